/**
 * What every channel parser does the same way: fit provider text into an inbound item's limits,
 * keep a sender's clock from moving a message decades away, and name a problem without its content.
 * Providers retry a delivery that fails, so a parser never throws: one bad item is skipped and
 * reported, and the rest of the delivery is stored.
 */
import type { z } from 'zod';

/** The inbound item's limits (src/intake/inbound-item.ts), which overlong provider fields are cut to. */
export const MAX_TEXT = 10_000;
export const MAX_NAME = 200;
export const MAX_MIME = 100;

/** The first `max` UTF-16 units of `s`, never ending in half of a surrogate pair. */
export function fitText(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Earliest send time believed: older is a sender's broken clock or a corrupted field. */
const EARLIEST_MS = Date.UTC(2006, 0, 1);
/** How far ahead of our clock a sender's clock may run. */
const FUTURE_SLACK_MS = 24 * 60 * 60_000;

/**
 * When a message was sent (epoch ms), from the provider's unix seconds as a number or a digit
 * string; a missing, malformed or implausible value (before 2006, or more than a day ahead) is
 * replaced by the time it was received.
 */
export function sentAtFrom(unixSeconds: unknown, receivedAt: number): { at: number; replaced: boolean } {
  const n = typeof unixSeconds === 'string' && /^\d{1,15}$/.test(unixSeconds) ? Number(unixSeconds) : unixSeconds;
  if (typeof n !== 'number' || !Number.isInteger(n)) return { at: receivedAt, replaced: true };
  const ms = n * 1000;
  if (ms < EARLIEST_MS || ms > receivedAt + FUTURE_SLACK_MS) return { at: receivedAt, replaced: true };
  return { at: ms, replaced: false };
}

/** A zod failure as `path: message` for its first issue; zod's messages never quote the value. */
export function describeIssue(err: z.ZodError, prefix = ''): string {
  const issue = err.issues[0];
  if (!issue) return prefix || 'invalid';
  const path = [prefix, issue.path.map(String).join('.')].filter(Boolean).join('.');
  return `${path || 'value'}: ${issue.message}`;
}

/** An item a parser left out, by the provider's id when it had a usable one: never by its content. */
export interface SkippedItem {
  id: string | null;
  problem: string;
}

/** The id of a provider object for a log line, if it has a short printable one. */
export function idOf(value: unknown, key = 'id'): string | null {
  if (typeof value !== 'object' || value === null || !(key in value)) return null;
  const id: unknown = Reflect.get(value, key);
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id);
  return typeof id === 'string' && /^[\x21-\x7e]{1,200}$/.test(id) ? id : null;
}
