/**
 * The pure stages of intake: a stored payload read back, judged (language, category, priority) and placed.
 * No I/O, so that it runs outside any transaction, on this thread or on the preparing worker
 * (prepare.worker.ts) while this thread writes the batch before.
 */
import { AppError } from '../errors.js';
import type { Locator } from '../geo/locate.types.js';
import { cleanDeep } from '../store/clean-text.js';
import { AWAITING_DETAILS } from '../tickets/ticket.model.js';
import { isContentless } from '../triage/contentless.js';
import { judgeSentiment, type Sentiment } from '../triage/sentiment.js';
import type { Triager, TriageResult } from '../triage/triage.types.js';
import { inboundItemSchema, type InboundItem } from './inbound-item.js';

/** What the pure stages need: the engines of the city. */
export interface PrepareEngines {
  triager: Pick<Triager, 'triage'>;
  locator: Pick<Locator, 'locate'>;
}

/** An item read and judged by the pure stages, ready for its transaction. Plain data: it crosses threads. */
export type Prepared =
  | { kind: 'ready'; item: InboundItem; triage: TriageResult; placement: ReturnType<Locator['locate']>; contentless: boolean; sentiment: Sentiment }
  | { kind: 'unreadable' }
  | { kind: 'failed'; error: string };

export const UNREADABLE = 'stored payload does not match the inbound item schema';

/** Reads and judges one stored payload. Throws only on an engine's own failure (see prepareSafely). */
export function prepare(engines: PrepareEngines, payload: string): Prepared {
  // Cleaned again: an item stored before cleaning existed must not fail forever.
  const parsed = inboundItemSchema.safeParse(cleanDeep(safeParse(payload)));
  if (!parsed.success) return { kind: 'unreadable' };
  const item = parsed.data;
  const read = engines.triager.triage({ text: item.text, channel: item.channel });
  // An opener that holds no report ("Hi", /start) decides nothing: the ticket waits for details.
  const contentless = isContentless(item.text);
  const triage = contentless ? awaitingDetails(read) : read;
  // A place the channel named (an X place) is read like words of the message, after them.
  const placeText = item.placeName ? `${item.text}\n${item.placeName}` : item.text;
  const placement = engines.locator.locate({ text: placeText, channel: item.channel, geo: item.geo, addressedTo: item.addressedTo }, triage.category);
  // Kept with the message (praise, anger, fear): judged here, off the thread that writes it.
  return { kind: 'ready', item, triage, placement, contentless, sentiment: judgeSentiment(item.text).label };
}

/** Prepares a payload, once more when an engine throws; a second failure is the item's, with its reason. */
export function prepareSafely(engines: PrepareEngines, payload: string): Prepared {
  try {
    return prepare(engines, payload);
  } catch {
    // Once more, as for one item: a poisoned item fails again.
  }
  try {
    return prepare(engines, payload);
  } catch (err) {
    return { kind: 'failed', error: describeFailure(err) };
  }
}

/** Why processing failed, in words safe to show an administrator: never the item's content. */
export function describeFailure(err: unknown): string {
  if (err instanceof AppError) return `${err.code}: ${err.message}`.slice(0, 300);
  const code = err !== null && typeof err === 'object' && 'code' in err && typeof err.code === 'string' ? ` (${err.code})` : '';
  const message = err instanceof Error ? err.message : 'unknown error';
  return `processing failed${code}: ${message}`.slice(0, 300);
}

/** What a ticket opened by a contentless message holds until the report comes: nothing decided. */
function awaitingDetails(read: TriageResult): TriageResult {
  return {
    ...read,
    category: 'other',
    priority: 'p3',
    flags: [...read.flags.filter((f) => f !== 'unsure'), AWAITING_DETAILS],
    reasons: ['no report yet: a greeting or a command; the citizen is asked what happened and where', ...read.reasons],
  };
}

function safeParse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}
