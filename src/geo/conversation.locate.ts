/**
 * The place of a conversation: citizens often name it in a later message ("Hi" / "my phone was
 * snatched" / "Sadar, near the temple") or share a pin after the report. Each message is located by
 * the rules of locator.ts; then the earliest message whose place or pin fixes a station decides, a
 * tagged station account only when no message names a place or shares a pin, and else no station.
 */
import type { LocateInput, Locator, Placement } from './locate.types.js';

/** Locate a conversation: the earliest place or pin that fixes a station, else the earliest station account. */
export function locateConversation(locator: Locator, messages: readonly LocateInput[], category?: string): Placement {
  let byHandle: { index: number; placement: Placement } | null = null;
  let last: Placement | null = null;
  for (let index = 0; index < messages.length; index += 1) {
    const message = messages[index];
    if (message === undefined) continue;
    const placement = locator.locate(message, category);
    last = placement;
    const method = placement.place?.method ?? 'none';
    if (placement.station !== null && (method === 'gazetteer' || method === 'pin')) {
      return messages.length === 1 ? placement : withReasons(placement, index, messages.length);
    }
    if (placement.station !== null && method === 'handle' && byHandle === null) byHandle = { index, placement };
  }
  if (byHandle !== null) return messages.length === 1 ? byHandle.placement : withReasons(byHandle.placement, byHandle.index, messages.length);
  if (last === null) return { station: null, zone: null, place: null, specialUnits: [], reasons: ['no message: control room'] };
  return messages.length === 1 ? last : { ...last, reasons: [`no message of ${messages.length} names a place, shares a pin or tags a station: control room`] };
}

function withReasons(placement: Placement, index: number, total: number): Placement {
  return { ...placement, reasons: [`message ${index + 1} of ${total} decides the place`, ...placement.reasons.map((r) => `message ${index + 1}: ${r}`)] };
}
