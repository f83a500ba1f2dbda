/**
 * What the public thinks (issue 16): after a ticket closes, its citizen is asked once to rate the
 * response, on their own channel (through the outbox, in the ticket's transaction) or on the tracking
 * page of a web report; their reply is recorded as the rating, not opened as a ticket. A rating writes an
 * audit row on its ticket, so the rollup worker counts it per day, station and officer like any change.
 */
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { enqueueOutbound } from '../outbox/outbox.repository.js';
import type { Db, Tx } from '../store/db.js';
import type { TicketRow } from '../store/tables.js';
import { appendAudit } from '../tickets/audit.repository.js';
import { findTrackedTicket } from '../tickets/ticket.service.js';
import { isOpenStatus } from '../tickets/ticket.model.js';
import { findPii, maskPii } from '../triage/pii.js';
import { LANGUAGES, type Category, type Language, type TriageResult } from '../triage/triage.types.js';
import { composeRatingRequest, composeRatingThanks, parseRating, RATING_REPLY_DAYS, RATING_TEMPLATE, UNRATED_OUTCOMES } from './rating.model.js';

const DAY_MS = 86_400_000;
/** What triage calls a reply that is only a rating; anything else is a report, whatever number it holds. */
const RATING_CATEGORIES: readonly Category[] = ['feedback', 'other', 'information'];

const languageOf = (l: string): Language => LANGUAGES.find((x) => x === l) ?? 'en';

/** The words beside a score, with any personal data masked (a word is read by leadership, not only the desk). */
function cleanWord(word: string | null | undefined): string | null {
  const w = word?.trim();
  if (!w) return null;
  return maskPii(w, findPii(w)).slice(0, 40);
}

/**
 * Asks the citizen of a ticket just resolved or closed to rate the response, once per ticket whatever
 * happens to it later (a reopened and re-closed ticket is not asked again). Inside the caller's
 * transaction: the question exists exactly when the closure does. A web report is asked on its tracking
 * page; a report that came without a private way to answer (a public post, an archive import) is not asked.
 */
export async function requestRating(tx: Tx, ticket: TicketRow, at: string): Promise<void> {
  if (isOpenStatus(ticket.status) || !ticket.outcome || UNRATED_OUTCOMES.includes(ticket.outcome)) return;
  const language = languageOf(ticket.language);
  const expiresAt = new Date(Date.parse(at) + RATING_REPLY_DAYS * DAY_MS).toISOString();
  const base = { ticket_id: ticket.id, channel: ticket.channel, language, station_id: ticket.station_id, officer_id: ticket.assignee_id, requested_at: at, expires_at: expiresAt };
  if (ticket.channel === 'web') {
    await tx.insertInto('ticket_ratings').values({ ...base, address: null }).onConflict((oc) => oc.column('ticket_id').doNothing()).execute();
    return;
  }
  const latest = await tx
    .selectFrom('ticket_messages')
    .select(['reply_to', 'reply_public', 'created_at'])
    .where('ticket_id', '=', ticket.id)
    .where('direction', '=', 'in')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest?.reply_to || latest.reply_public !== 0) return;
  const inserted = await tx
    .insertInto('ticket_ratings')
    .values({ ...base, address: latest.reply_to })
    .onConflict((oc) => oc.column('ticket_id').doNothing())
    .returning('ticket_id')
    .executeTakeFirst();
  if (!inserted) return;
  // Outside WhatsApp's 24-hour window the approved template goes instead, with the reference (recorded like a broadcast's).
  const template = ticket.channel === 'whatsapp' ? { template: { name: RATING_TEMPLATE, language, parameters: [ticket.reference] } } : {};
  const outboxId = await enqueueOutbound(
    tx,
    {
      channel: ticket.channel,
      kind: 'ack',
      ticketId: ticket.id,
      idempotencyKey: `rating:${ticket.id}`,
      payload: { to: latest.reply_to, text: composeRatingRequest(language, ticket.reference), reference: ticket.reference, language, windowFrom: latest.created_at, ...template },
    },
    at,
  );
  if (outboxId !== null) await tx.updateTable('ticket_ratings').set({ outbox_id: outboxId }).where('ticket_id', '=', ticket.id).execute();
}

/** Records a rating on its request, once (a second answer changes nothing); audited on the ticket. */
async function recordRating(tx: Tx, ticketId: number, r: { score: number; word: string | null; source: 'channel' | 'web'; inboundId: number | null; at: string }): Promise<boolean> {
  const done = await tx
    .updateTable('ticket_ratings')
    .set({ score: r.score, word: cleanWord(r.word), source: r.source, rated_at: r.at, inbound_id: r.inboundId })
    .where('ticket_id', '=', ticketId)
    .where('score', 'is', null)
    .returning('ticket_id')
    .executeTakeFirst();
  if (!done) return false;
  await appendAudit(tx, { ticketId, actorUserId: null, action: 'ticket.rated', details: { score: r.score, source: r.source }, at: r.at });
  return true;
}

export interface RatingReplyInput {
  /** What triage made of the message: a report ("2 men snatched my chain") is never taken for a rating. */
  triage: Pick<TriageResult, 'category' | 'priority'>;
  item: { channel: string; externalId: string; text: string; receivedAt?: string | undefined; reply?: { to: string; public: boolean } | undefined };
  inboundId: number;
  at: string;
}

/**
 * Intake's pre-ticket hook for ratings: a private message that plainly reads as a rating, from an
 * address with an unanswered, unexpired question, is that rating (thanked, not ticketed). Anything else
 * (a new complaint, a rating after the question expired) returns false and goes on as a message; a
 * rating that complains of the police's conduct is recorded and returns false, so it is a report too.
 */
export async function interceptRatingReply(tx: Tx, input: RatingReplyInput): Promise<boolean> {
  const { item, at } = input;
  if (!item.reply || item.reply.public) return false;
  // A rating that complains of the police ("2 no one came") is recorded and goes on as a report too.
  const alsoReport = input.triage.category === 'police_conduct' && input.triage.priority !== 'p1';
  if (!alsoReport && (input.triage.priority === 'p1' || !RATING_CATEGORIES.includes(input.triage.category))) return false;
  const parsed = parseRating(item.text);
  if (!parsed) return false;
  const messageAt = item.receivedAt ?? at;
  const pending = await tx
    .selectFrom('ticket_ratings')
    .select(['ticket_id', 'language'])
    .where('channel', '=', item.channel)
    .where('address', '=', item.reply.to)
    .where('expires_at', '>', messageAt)
    .where('score', 'is', null)
    .orderBy('requested_at', 'desc')
    .executeTakeFirst();
  if (!pending) return false;
  if (!(await recordRating(tx, pending.ticket_id, { ...parsed, source: 'channel', inboundId: input.inboundId, at }))) return false;
  if (alsoReport) return false;
  const language = languageOf(pending.language);
  await enqueueOutbound(
    tx,
    {
      channel: item.channel,
      kind: 'ack',
      ticketId: pending.ticket_id,
      idempotencyKey: `rating-thanks:${pending.ticket_id}`,
      payload: { to: item.reply.to, text: composeRatingThanks(language), language, inReplyTo: item.externalId, windowFrom: messageAt },
    },
    at,
  );
  return true;
}

/** What the tracking page shows about rating a report: whether it may be rated now, and the rating given. */
export async function trackingRating(db: Db, now: number, reference: string, token: string) {
  const t = await findTrackedTicket(db, reference, token);
  const r = await db.selectFrom('ticket_ratings').selectAll().where('ticket_id', '=', t.id).executeTakeFirst();
  return {
    reference: t.reference,
    canRate: !!r && r.score === null && r.expires_at > new Date(now).toISOString(),
    score: r?.score ?? null,
    word: r?.word ?? null,
  };
}

/** A citizen rates their closed report on its tracking page (its token); once, before the question expires. */
export async function rateOnWeb(ctx: Pick<AppContext, 'store' | 'now'>, reference: string, body: { token: string; score: number; word?: string | undefined }) {
  const at = new Date(ctx.now()).toISOString();
  return ctx.store.db.transaction().execute(async (tx) => {
    const t = await findTrackedTicket(tx, reference, body.token);
    const r = await tx.selectFrom('ticket_ratings').select(['score', 'expires_at']).where('ticket_id', '=', t.id).executeTakeFirst();
    if (!r) throw new AppError('CONFLICT', 'This report cannot be rated yet: a report is rated once it is closed');
    if (r.score !== null) throw new AppError('CONFLICT', 'This report has already been rated; thank you');
    if (r.expires_at <= at) throw new AppError('CONFLICT', `Ratings are taken for ${RATING_REPLY_DAYS} days after a report closes; this one can no longer be rated`);
    await recordRating(tx, t.id, { score: body.score, word: body.word ?? null, source: 'web', inboundId: null, at });
    return { reference: t.reference, score: body.score };
  });
}
