/**
 * The place of a conversation: citizens often name it in a later message ("Hi" / "my phone was
 * snatched" / "Sadar, near the temple") or share a pin after the report. Each message is located by
 * the rules of locator.ts; then the earliest message whose place or pin fixes a station decides, a
 * tagged station account only when no message names a place or shares a pin, and else no station.
 *
 * A correction moves it: a later message that takes the place back ("sorry, galat likha, Sadar nahi", "चुकलो", "not
 * Ganeshpeth") hands the decision to the first place or pin from that message on. A correction that names no new place
 * leaves the old one standing: a place unsaid is not a place.
 */
import type { LocateInput, Locator, Placement } from './locate.types.js';

// Words of a citizen correcting what they wrote: "sorry, wrong place", "galti se likha", "गलत लिखा", "चुकलो", "क्षमा करा".
const CORRECTING =
  /\b(?:correction|galti|galati|galat|mistake|wrong|typo|i mean|i meant|sorry|sry|matlab)\b|गलत|गलती|ग़लत|ग़लती|चुकलो|चुकले|चुकून|चूक|क्षमा|माफ/iu;

/** Locate a conversation: the earliest place or pin that fixes a station, unless a later message corrects it. */
export function locateConversation(locator: Locator, messages: readonly LocateInput[], category?: string): Placement {
  let byHandle: { index: number; placement: Placement } | null = null;
  let decided: { index: number; placement: Placement } | null = null;
  let corrected = false;
  let last: Placement | null = null;
  for (let index = 0; index < messages.length; index += 1) {
    const message = messages[index];
    if (message === undefined) continue;
    const placement = locator.locate(message, category);
    last = placement;
    const method = placement.place?.method ?? 'none';
    const fixes = placement.station !== null && (method === 'gazetteer' || method === 'pin');
    if (decided !== null) {
      const takesBack = placement.denied?.includes(decided.placement.place?.id ?? '') === true || CORRECTING.test(message.text);
      if (takesBack) corrected = true;
      if (fixes && corrected && placement.heading !== true && placement.place?.id !== decided.placement.place?.id) {
        decided = { index, placement: { ...placement, reasons: [`a correction replaces message ${decided.index + 1}'s place`, ...placement.reasons] } };
        corrected = false;
      }
      continue;
    }
    if (fixes) {
      if (messages.length === 1) return placement;
      decided = { index, placement };
      continue;
    }
    if (placement.station !== null && method === 'handle' && byHandle === null) byHandle = { index, placement };
  }
  if (decided !== null) return messages.length === 1 ? decided.placement : withReasons(decided.placement, decided.index, messages.length);
  if (byHandle !== null) return messages.length === 1 ? byHandle.placement : withReasons(byHandle.placement, byHandle.index, messages.length);
  if (last === null) return { station: null, zone: null, place: null, specialUnits: [], reasons: ['no message: control room'] };
  return messages.length === 1 ? last : { ...last, reasons: [`no message of ${messages.length} names a place, shares a pin or tags a station: control room`] };
}

function withReasons(placement: Placement, index: number, total: number): Placement {
  return { ...placement, reasons: [`message ${index + 1} of ${total} decides the place`, ...placement.reasons.map((r) => `message ${index + 1}: ${r}`)] };
}
