/**
 * The force's own accounts tagged in a message (X handles from the units data), matched
 * case-insensitively: a station's account routes to the station when no place is named.
 */
import type { Unit } from './city.js';

export interface TaggedUnit {
  unit: Unit;
  /** The handle as written, with its @. */
  written: string;
  span: [number, number];
}

export interface HandleMatcher {
  /** The force's units tagged in the text, in order of appearance. */
  tagged(text: string): TaggedUnit[];
}

// A handle starts after anything but a word character (an e-mail address is not a tag).
const HANDLE_RE = /(?<![\p{L}\p{N}_])@([A-Za-z0-9_]{1,50})/gu;

/** Builds the handle matcher over a city's units. */
export function createHandleMatcher(units: readonly Unit[]): HandleMatcher {
  const byHandle = new Map<string, Unit>();
  for (const u of units) {
    if (u.xHandle) byHandle.set(u.xHandle.replace(/^@/, '').toLowerCase(), u);
  }
  return {
    tagged(text: string): TaggedUnit[] {
      const out: TaggedUnit[] = [];
      for (const m of text.matchAll(HANDLE_RE)) {
        const unit = byHandle.get((m[1] ?? '').toLowerCase());
        if (unit) out.push({ unit, written: m[0], span: [m.index, m.index + m[0].length] });
      }
      return out;
    },
  };
}
