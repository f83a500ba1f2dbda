/**
 * Intake: every inbound item is stored before anything else, then carried through
 * triage → locate → ticket → event. A crash at any point loses nothing: stored items
 * without a ticket are processed again at the next start.
 */
import type { AppContext } from '../context.js';
import { sql } from 'kysely';
import { AppError } from '../errors.js';
import { inboundTotal, intakeItemsTotal } from '../metrics/metrics.js';
import { enqueueOutbound } from '../outbox/outbox.repository.js';
import { communitySenders, interceptCommunityItem, linkBroadcastReply } from '../community/community.service.js';
import { interceptRatingReply } from '../feedback/rating.service.js';
import { cleanDeep } from '../store/clean-text.js';
import type { Db, Tx } from '../store/db.js';
import type { TicketRow } from '../store/tables.js';
import type { DeskEvent, TicketEvent } from '../tickets/desk-event.schema.js';
import { publishEvents, publishInTransaction, ticketEvent } from '../tickets/ticket.events.js';
import { addCitizenMessage, AWAITING_DETAILS, openTicket, rejudgeTicket, relocateTicket } from '../tickets/ticket.lifecycle.js';
import { LANGUAGES, type Language } from '../triage/triage.types.js';
import type { Sentiment } from '../triage/sentiment.js';
import { OPEN_STATUSES } from '../tickets/ticket.model.js';
import { lockThread, lockThreads, setThread } from '../tickets/thread.repository.js';
import { holdReferences, releaseReferences } from '../tickets/ticket.repository.js';
import { toE164 } from '../triage/phone.normalise.js';
import { composeAcknowledgement, composeDetailsRequest, composeUnsupportedReply, composeUrgentFollowUp } from './acknowledgement.text.js';
import type { InboundItem } from './inbound-item.js';
import { describeFailure, prepare, prepareSafely, UNREADABLE, type Prepared } from './prepare.js';
import { storeInboundGrouped } from './inbound.acceptor.js';
import { findInbound, listPendingInboundIds, markInbound, markInboundMany, type InboundMark } from './inbound.repository.js';

export type IntakeContext = Pick<AppContext, 'store' | 'bus' | 'city' | 'triager' | 'locator' | 'now' | 'config' | 'assigner'>;

export interface IntakeOutcome {
  inboundId: number;
  /** False when the same (channel, external id) had been stored before. */
  isNew: boolean;
  ticketId: number | null;
  reference: string | null;
  /** Only for the call that opened the ticket: the secret half of the public tracking link. */
  trackingToken: string | null;
}

/**
 * Stores an inbound item, idempotent on (channel, external id). Nothing else: cheap enough for a webhook.
 * Items arriving together share one write (inbound.acceptor.ts); each call resolves once its item is stored.
 */
export async function acceptInbound(ctx: Pick<AppContext, 'store' | 'now'>, item: InboundItem) {
  // Pollers and webhooks hand items over directly: cleaned here, so that no text fails a transaction.
  const stored = await storeInboundGrouped(ctx.store.db, cleanDeep(item), new Date(ctx.now()).toISOString());
  if (stored.isNew) inboundTotal.inc({ channel: item.channel });
  return stored;
}

async function upsertContact(db: Db, item: InboundItem, at: string, known?: Map<string, number>): Promise<number | null> {
  if (!item.author) return null;
  const key = senderKey(item.channel, item.author.id);
  const id = known?.get(key) ?? (await insertOrReadContact(db, item, item.author, at, known !== undefined));
  known?.set(key, id);
  return id;
}

/** Two halves of one key (channel and a sender's id or address) that no id can confuse. */
function senderKey(channel: string, id: string): string {
  return `${channel}\u0000${id}`;
}

async function insertOrReadContact(db: Db, item: InboundItem, author: NonNullable<InboundItem['author']>, at: string, lookedUp: boolean): Promise<number> {
  // A batch has looked its senders up already (knownContacts): a miss there goes straight to the insert.
  const found = lookedUp
    ? undefined
    : await db.selectFrom('contacts').select('id').where('channel', '=', item.channel).where('external_user_id', '=', author.id).executeTakeFirst();
  if (found) return found.id;
  const row = await db
    .insertInto('contacts')
    .values({
      channel: item.channel,
      external_user_id: author.id,
      display_name: author.name ?? null,
      phone: author.phone ?? null,
      phone_e164: toE164(author.phone),
      created_at: at,
    })
    // Another instance may be adding the same citizen at this moment: the loser of the race reads the
    // winner's row instead of failing on the unique key (which quarantined a message in test/instances.test.ts).
    .onConflict((oc) => oc.columns(['channel', 'external_user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return row.id;
  const winner = await db
    .selectFrom('contacts')
    .select('id')
    .where('channel', '=', item.channel)
    .where('external_user_id', '=', author.id)
    .executeTakeFirstOrThrow();
  return winner.id;
}

/**
 * Carries one stored item through the pipeline; a second call for the same item does nothing.
 * An item that fails twice is quarantined as `failed` with its reason: it never blocks the items
 * behind it nor a restart, and the control room can retry or discard it.
 */
export async function processInbound(ctx: IntakeContext, inboundId: number): Promise<IntakeOutcome> {
  try {
    return await carryInbound(ctx, inboundId);
  } catch {
    // Once more: a lost connection or a serialisation conflict passes; a poisoned item fails again.
  }
  try {
    return await carryInbound(ctx, inboundId);
  } catch (err) {
    await markInbound(ctx.store.db, inboundId, { status: 'failed', error: describeFailure(err), at: new Date(ctx.now()).toISOString() }, 'pending');
    return { inboundId, isNew: true, ticketId: null, reference: null, trackingToken: null };
  }
}

interface Carried {
  /** Null when community took the message (a join, a STOP, a check-in answer) and no ticket opened. */
  ticket: TicketRow | null;
  events: Array<TicketEvent | null>;
  trackingToken: string | null;
}

async function carryInbound(ctx: IntakeContext, inboundId: number): Promise<IntakeOutcome> {
  const row = await findInbound(ctx.store.db, inboundId);
  if (!row) throw new AppError('NOT_FOUND', `No inbound item ${inboundId}`);
  const done = async (): Promise<IntakeOutcome> => {
    const again = await findInbound(ctx.store.db, inboundId);
    const ticketId = again?.ticket_id ?? null;
    const t = ticketId
      ? await ctx.store.db.selectFrom('tickets').select('reference').where('id', '=', ticketId).executeTakeFirst()
      : undefined;
    return { inboundId, isNew: false, ticketId, reference: t?.reference ?? null, trackingToken: null };
  };
  if (row.status !== 'pending') return done();

  const prepared = prepare(ctx, row.payload);
  if (prepared.kind !== 'ready') {
    await markInbound(ctx.store.db, inboundId, { status: 'failed', error: UNREADABLE, at: new Date(ctx.now()).toISOString() });
    return { inboundId, isNew: true, ticketId: null, reference: null, trackingToken: null };
  }
  const opened = await ctx.store.db.transaction().execute(async (tx) => {
    // Claim the item: under concurrency only one transaction turns it from pending.
    const claimed = await tx
      .updateTable('inbound')
      .set({ status: 'processing' })
      .where('id', '=', inboundId)
      .where('status', '=', 'pending')
      .returning('id')
      .executeTakeFirst();
    if (!claimed) return null;
    const carried = await carryClaimed(tx, ctx, inboundId, prepared);
    return { ...carried, after: await publishInTransaction(ctx, tx, carried.events) };
  });
  if (!opened) return done();
  await publishEvents(ctx, opened.after);
  return {
    inboundId,
    isNew: true,
    ticketId: opened.ticket?.id ?? null,
    reference: opened.ticket?.reference ?? null,
    trackingToken: opened.trackingToken,
  };
}

/** Everything after the claim, inside the caller's transaction: join the item's thread or open a ticket. */
async function carryClaimed(
  tx: Tx,
  ctx: IntakeContext,
  inboundId: number,
  prepared: Extract<Prepared, { kind: 'ready' }>,
  batch?: BatchState,
): Promise<Carried> {
  const { item, triage, placement, contentless, sentiment } = prepared;
  const at = new Date(ctx.now()).toISOString();
  if (item.ignore) {
    // Kept with its reason (and its raw payload in the item) for whoever audits what was left out.
    await markCarried(tx, batch, inboundId, { status: 'ignored', error: `not a report: ${item.ignore}`, at });
    return { ticket: null, events: [], trackingToken: null };
  }
  if (item.unsupported) {
    await answerUnsupported(tx, ctx, item, at);
    await markCarried(tx, batch, inboundId, { status: 'ignored', error: `cannot be read: ${item.unsupported}`, at });
    return { ticket: null, events: [], trackingToken: null };
  }
  const contactId = await upsertContact(tx, item, at, batch?.contacts);
  // Community's pre-ticket hook: joins, STOPs and check-in answers are not reports.
  const knownSender = batch && item.reply ? batch.communitySenders.has(senderKey(item.channel, item.reply.to)) : undefined;
  const community = await interceptCommunityItem(tx, ctx, { item, inboundId, contactId, triage, at, knownSender });
  if (community) {
    if (batch) {
      // Community may have joined the sender, or pointed a thread at a check-in's ticket: what the
      // batch read before is no longer sure.
      if (item.reply) batch.communitySenders.add(senderKey(item.channel, item.reply.to));
      batch.threads.clear();
    }
    await markCarried(tx, batch, inboundId, { status: 'processed', ticketId: community.ticket?.id ?? null, at });
    return { ticket: community.ticket, events: community.events, trackingToken: null };
  }
  // A reply to the question asked after a ticket closed ("4", "५ बहुत अच्छा") is a rating, not a report.
  if (await interceptRatingReply(tx, { item, inboundId, triage, at })) {
    await markCarried(tx, batch, inboundId, { status: 'processed', ticketId: null, at });
    return { ticket: null, events: [], trackingToken: null };
  }
  const thread = threadOf(item, ctx.config.channels.threadWindowMinutes);
  const messageAt = item.receivedAt ?? at;
  if (thread) {
    const held = takeHeldThread(batch, item.channel, thread.key) ?? (await lockThread(tx, item.channel, thread.key, messageAt));
    const joined = held.ticketId === null ? null : await joinTicket(tx, ctx, held.ticketId, thread, held.lastAt, { item, inboundId, at, messageAt, sentiment });
    if (joined) {
      const lastAt = messageAt > held.lastAt ? messageAt : held.lastAt;
      await setThread(tx, item.channel, thread.key, joined.ticket.id, lastAt);
      if (joined.becameUrgent && item.reply) {
        // The conversation turned urgent: 112 first, once per ticket, on the citizen's channel.
        await enqueueOutbound(
          tx,
          {
            channel: item.channel,
            kind: 'ack',
            ticketId: joined.ticket.id,
            idempotencyKey: `urgent:${joined.ticket.id}`,
            payload: {
              to: item.reply.to,
              text: composeUrgentFollowUp({ language: languageOf(joined.ticket.language), reference: joined.ticket.reference }),
              reference: joined.ticket.reference,
              language: joined.ticket.language,
              inReplyTo: item.externalId,
              windowFrom: messageAt,
            },
          },
          at,
        );
      }
      await markCarried(tx, batch, inboundId, { status: 'processed', ticketId: joined.ticket.id, at });
      return { ticket: joined.ticket, events: joined.events, trackingToken: null };
    }
  }
  const result = await openTicket(tx, ctx, {
    text: item.text,
    channel: item.channel,
    inboundId,
    contactId,
    triage,
    placement,
    reply: item.reply,
    sentiment,
  });
  if (thread) await setThread(tx, item.channel, thread.key, result.ticket.id, messageAt);
  await linkBroadcastReply(tx, { channel: item.channel, address: item.reply?.to, ticketId: result.ticket.id, inboundId, at, knownSender });
  if (item.reply) {
    // In the ticket's transaction: the acknowledgement exists exactly when the ticket does.
    await enqueueOutbound(
      tx,
      {
        channel: item.channel,
        kind: 'ack',
        ticketId: result.ticket.id,
        idempotencyKey: `ack:${item.channel}:${item.externalId}`,
        payload: {
          to: item.reply.to,
          text: contentless
            ? composeDetailsRequest({ language: /^\s*\//.test(item.text) ? null : triage.language, reference: result.ticket.reference })
            : composeAcknowledgement({
                language: triage.language,
                priority: triage.priority,
                reference: result.ticket.reference,
                isPublic: item.reply.public,
              }),
          reference: result.ticket.reference,
          language: triage.language,
          inReplyTo: item.externalId,
          windowFrom: messageAt,
        },
      },
      at,
    );
  }
  await markCarried(tx, batch, inboundId, { status: 'processed', ticketId: result.ticket.id, at });
  return { ticket: result.ticket, events: [result.event], trackingToken: result.trackingToken };
}

/**
 * Tells a citizen in a private chat, once per conversation, what Chowki can read, after a message it
 * cannot (a contact card, a sticker, a poll): in the language of their open ticket, else of their app,
 * else in English, Hindi and Marathi. A conversation is their open ticket, or without one the thread
 * window; no ticket is opened for a message that says nothing readable. In a group (public) nothing is
 * answered: a sticker among members is not addressed to the police.
 */
async function answerUnsupported(tx: Tx, ctx: IntakeContext, item: InboundItem, at: string): Promise<void> {
  if (!item.reply || item.reply.public) return;
  const windowMs = (ctx.config.channels.threadWindowMinutes > 0 ? ctx.config.channels.threadWindowMinutes : 24 * 60) * 60_000;
  let cutoff = new Date(Date.parse(at) - windowMs).toISOString();
  let ticket: Pick<TicketRow, 'reference' | 'language' | 'created_at'> | undefined;
  const thread = threadOf(item, ctx.config.channels.threadWindowMinutes);
  if (thread) {
    // The thread's lock also orders two stickers of the same citizen: one answer, not two.
    const held = await lockThread(tx, item.channel, thread.key, item.receivedAt ?? at);
    if (held.ticketId !== null) {
      ticket = await tx
        .selectFrom('tickets')
        .select(['reference', 'language', 'created_at'])
        .where('id', '=', held.ticketId)
        .where('status', 'in', [...OPEN_STATUSES])
        .executeTakeFirst();
      if (ticket && ticket.created_at < cutoff) cutoff = ticket.created_at;
    }
  }
  const prefix = `unsupported:${item.channel}:${item.reply.to}:`;
  const told = await tx
    .selectFrom('outbox')
    .select('id')
    .where(sql<string>`substr(idempotency_key, 1, ${prefix.length})`, '=', prefix)
    .where('created_at', '>=', cutoff)
    .executeTakeFirst();
  if (told) return;
  const language = LANGUAGES.find((l) => l === (ticket?.language ?? item.language?.toLowerCase().slice(0, 2))) ?? null;
  await enqueueOutbound(
    tx,
    {
      channel: item.channel,
      kind: 'ack',
      ticketId: null,
      idempotencyKey: `${prefix}${item.externalId}`,
      payload: {
        to: item.reply.to,
        text: composeUnsupportedReply({ language, reference: ticket?.reference ?? null }),
        ...(language ? { language } : {}),
        inReplyTo: item.externalId,
        windowFrom: item.receivedAt ?? at,
      },
    },
    at,
  );
}

/**
 * What a batch's transaction has read once for all its items, so that each item does not read it again.
 * Only ever a shortcut: an item that finds nothing here reads the database as one processed alone does.
 */
interface BatchState {
  /** Threads locked at the batch's start with what they held then, each good for its first item only. */
  threads: Map<string, { ticketId: number | null; lastAt: string }>;
  /** The batch's senders' contact ids, and those the batch has added. */
  contacts: Map<string, number>;
  /** The batch's senders who are community members (communitySenders). */
  communitySenders: Set<string>;
  /** The outcomes of the items carried so far, written together before the commit (markInboundMany). */
  marks: Array<{ id: number } & InboundMark>;
}

/** Records a carried item's outcome: at once when it is alone, else with the batch's others in one statement before the commit. */
async function markCarried(tx: Tx, batch: BatchState | undefined, inboundId: number, patch: InboundMark): Promise<void> {
  if (batch) batch.marks.push({ id: inboundId, ...patch });
  else await markInbound(tx, inboundId, patch);
}

/** The thread as the batch's start locked it, once: a second item of the thread reads what the first left. */
function takeHeldThread(batch: BatchState | undefined, channel: string, key: string): { ticketId: number | null; lastAt: string } | undefined {
  const name = senderKey(channel, key);
  const held = batch?.threads.get(name);
  batch?.threads.delete(name);
  return held;
}

/**
 * Adds, in one statement, the contacts of the batch's senders it does not know yet and whose threads it
 * holds (so no other instance adds them meanwhile); an item of a sender left out adds theirs itself.
 */
async function addContacts(tx: Tx, items: readonly InboundItem[], known: Map<string, number>, locked: ReadonlyMap<string, unknown>, windowMinutes: number, at: string): Promise<void> {
  const fresh = new Map<string, InboundItem & { author: NonNullable<InboundItem['author']> }>();
  for (const item of items) {
    if (!item.author || item.ignore || item.unsupported) continue;
    const key = senderKey(item.channel, item.author.id);
    const thread = threadOf(item, windowMinutes);
    if (known.has(key) || fresh.has(key) || !thread || !locked.has(senderKey(item.channel, thread.key))) continue;
    fresh.set(key, { ...item, author: item.author });
  }
  if (fresh.size === 0) return;
  const rows = await tx
    .insertInto('contacts')
    .values(
      [...fresh.values()].map((item) => ({
        channel: item.channel,
        external_user_id: item.author.id,
        display_name: item.author.name ?? null,
        phone: item.author.phone ?? null,
        phone_e164: toE164(item.author.phone),
        created_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['channel', 'external_user_id']).doNothing())
    .returning(['id', 'channel', 'external_user_id'])
    .execute();
  for (const r of rows) known.set(senderKey(r.channel, r.external_user_id), r.id);
}

/** The contact ids of the batch's senders, in one query. */
async function knownContacts(tx: Tx, items: readonly InboundItem[]): Promise<Map<string, number>> {
  const byChannel = new Map<string, Set<string>>();
  for (const item of items) if (item.author) byChannel.set(item.channel, (byChannel.get(item.channel) ?? new Set()).add(item.author.id));
  if (byChannel.size === 0) return new Map();
  const rows = await tx
    .selectFrom('contacts')
    .select(['id', 'channel', 'external_user_id'])
    .where((eb) => eb.or([...byChannel].map(([channel, ids]) => eb.and([eb('channel', '=', channel), eb('external_user_id', 'in', [...ids])]))))
    .execute();
  return new Map(rows.map((r) => [senderKey(r.channel, r.external_user_id), r.id]));
}

/** An item of an unguarded batch failed: the batch is rolled back and runs again with a savepoint per item. */
class ItemRefused extends Error {}

/** The largest batch one transaction carries on PostgreSQL: big enough to share a commit, small enough to hold locks briefly. */
export const INTAKE_BATCH_MAX = 64;

/**
 * The largest batch for an engine. SQLite has one writer and no lock another process waits on, and its
 * commit writes every page the batch touched to the log: four times the items share one write of the
 * ticket indexes' pages, +10% items a second (BENCHMARKS.md). On PostgreSQL an item is several round trips,
 * so a batch of 256 would hold its threads' locks for most of a second.
 */
export function intakeBatchMax(engine: 'sqlite' | 'postgres'): number {
  return engine === 'sqlite' ? 4 * INTAKE_BATCH_MAX : INTAKE_BATCH_MAX;
}

/**
 * A database error that says nothing about the item (a deadlock between instances, a serialisation
 * conflict, a lost connection): the whole batch is given up and its items go one at a time instead,
 * so that such an error never quarantines an item.
 */
function isTransient(err: unknown): boolean {
  const code = err !== null && typeof err === 'object' && 'code' in err && typeof err.code === 'string' ? err.code : '';
  return /^(40|08|53|57)/.test(code) || code === 'SQLITE_BUSY' || code === 'ECONNRESET' || code === 'ECONNREFUSED';
}

/**
 * Group commit: carries several stored items through in one transaction, with the guarantees of
 * one at a time. Each item is claimed (SKIP LOCKED on PostgreSQL, so that instances share the
 * backlog), carried in id order (a citizen's second message in the batch joins the ticket the
 * first opened) inside a savepoint, so that a poisoned item is rolled back alone and quarantined
 * while the rest commit. Events go out after the commit. Returns how many items it was given that
 * were still pending.
 */
export async function processInboundBatch(ctx: IntakeContext, inboundIds: readonly number[], onProcessed?: (inboundId: number, at: number) => void): Promise<number> {
  return carryBatch(ctx, await readBatch(ctx, inboundIds), onProcessed);
}

/** A batch's pending items as read and judged, before its transaction. */
export interface ReadBatch {
  rows: ReadonlyArray<{ id: number; payload: string }>;
  prepared: ReadonlyArray<{ id: number; p: Prepared }>;
}

/** Judges a batch's payloads: on this thread, or elsewhere (the intake queue's worker). */
export type PrepareMany = (payloads: readonly string[]) => Promise<Prepared[]>;

/**
 * Reads the items of `inboundIds` still pending and runs their pure stages (prepare.ts), with `prepareMany`
 * when given (the intake queue's worker: this thread meanwhile writes the batch before). Nothing is claimed
 * here: carryBatch claims what is still pending when its transaction starts.
 */
export async function readBatch(ctx: IntakeContext, inboundIds: readonly number[], prepareMany?: PrepareMany): Promise<ReadBatch> {
  return judgeRows(ctx, await loadPendingRows(ctx, inboundIds), prepareMany);
}

/** The stored payloads of the items of `inboundIds` still pending, in id order. */
export async function loadPendingRows(ctx: IntakeContext, inboundIds: readonly number[]): Promise<ReadBatch['rows']> {
  if (inboundIds.length === 0) return [];
  return ctx.store.db
    .selectFrom('inbound')
    .select(['id', 'payload'])
    .where('id', 'in', [...inboundIds])
    .where('status', '=', 'pending')
    .orderBy('id')
    .execute();
}

/** Runs the pure stages over rows loadPendingRows read: with `prepareMany` when given, else here. */
export async function judgeRows(ctx: IntakeContext, rows: ReadBatch['rows'], prepareMany?: PrepareMany): Promise<ReadBatch> {
  if (rows.length === 0) return { rows, prepared: [] };
  const judged = prepareMany ? await prepareMany(rows.map((r) => r.payload)) : rows.map((r) => prepareSafely(ctx, r.payload));
  return { rows, prepared: rows.map((r, i) => ({ id: r.id, p: judged[i] ?? { kind: 'failed', error: 'processing failed: the item was not judged' } })) };
}

/** Carries a read batch through in one transaction (processInboundBatch); returns how many of its items were pending. */
export async function carryBatch(ctx: IntakeContext, batchRead: ReadBatch, onProcessed?: (inboundId: number, at: number) => void): Promise<number> {
  const { rows, prepared } = batchRead;
  if (rows.length === 0) return 0;
  const db = ctx.store.db;
  let events: Array<TicketEvent | null> = [];
  let after: ReadonlyArray<DeskEvent | null> = [];
  let carried: number[] = [];
  let quarantined = 0;
  // guarded: each item in a savepoint, so that one the database refuses is rolled back and quarantined
  // alone. Two round trips an item, so a batch first runs without them; when an item fails, that
  // transaction is rolled back whole and the batch runs again guarded.
  const run = (guarded: boolean) =>
    db.transaction().execute(async (tx) => {
      events = [];
      carried = [];
      quarantined = 0;
      const claimed = await claimInbound(tx, ctx.store.engine, rows.map((r) => r.id));
      const at = new Date(ctx.now()).toISOString();
      const ready = prepared.flatMap(({ id, p }) => (claimed.has(id) && p.kind === 'ready' ? [p.item] : []));
      // Unguarded, any failure rolls the whole transaction back: its tickets' references can be reserved
      // together, one counter update a batch (what it does not use is given back before the commit).
      if (!guarded) holdReferences(tx, ready.length);
      // Every thread this batch touches, locked first and in one order: two instances' batches then
      // queue behind each other instead of deadlocking (one holding a citizen's thread and the
      // reference counter, the other the reverse), and a citizen's contact row is only ever written
      // under their thread's lock.
      const threads = new Map<string, { channel: string; key: string; at: string }>();
      for (const item of ready) {
        const thread = threadOf(item, ctx.config.channels.threadWindowMinutes);
        if (thread) threads.set(senderKey(item.channel, thread.key), { channel: item.channel, key: thread.key, at: item.receivedAt ?? at });
      }
      const batch: BatchState = { threads: new Map(), contacts: new Map(), communitySenders: new Set(), marks: [] };
      batch.threads = await lockThreads(
        tx,
        [...threads.keys()].sort().flatMap((name) => threads.get(name) ?? []),
      );
      batch.contacts = await knownContacts(tx, ready);
      await addContacts(tx, ready, batch.contacts, batch.threads, ctx.config.channels.threadWindowMinutes, at);
      batch.communitySenders = await communitySenders(
        tx,
        ready.flatMap((item) => (item.reply && !item.reply.public ? [{ channel: item.channel, address: item.reply.to }] : [])),
      );
      for (const { id, p } of prepared) {
        if (!claimed.has(id)) continue;
        if (p.kind !== 'ready') {
          quarantined++;
          await markInbound(tx, id, { status: 'failed', error: p.kind === 'failed' ? p.error : UNREADABLE, at });
          continue;
        }
        if (!guarded) {
          try {
            const r = await carryClaimed(tx, ctx, id, p, batch);
            events.push(...r.events);
            carried.push(id);
            continue;
          } catch (err) {
            throw isTransient(err) ? err : new ItemRefused();
          }
        }
        let failure: unknown = null;
        const marked = batch.marks.length;
        for (let attempt = 0; attempt < 2; attempt++) {
          await sql`savepoint chowki_item`.execute(tx);
          try {
            const r = await carryClaimed(tx, ctx, id, p, batch);
            await sql`release savepoint chowki_item`.execute(tx);
            events.push(...r.events);
            carried.push(id);
            failure = null;
            break;
          } catch (err) {
            if (isTransient(err)) throw err;
            await sql`rollback to savepoint chowki_item`.execute(tx);
            await sql`release savepoint chowki_item`.execute(tx);
            // Contacts the item added are gone with it, and so is its outcome.
            batch.contacts.clear();
            batch.marks.length = marked;
            failure = err;
          }
        }
        if (failure !== null) {
          quarantined++;
          await markInbound(tx, id, { status: 'failed', error: describeFailure(failure), at });
        }
      }
      if (!guarded) await releaseReferences(tx);
      await markInboundMany(tx, batch.marks);
      // On PostgreSQL the events go out with this commit: an instance killed right after it must not
      // leave the other instances' desks without the tickets it opened.
      after = await publishInTransaction(ctx, tx, events);
    });
  try {
    try {
      await run(false);
    } catch (err) {
      if (!(err instanceof ItemRefused)) throw err;
      await run(true);
    }
  } catch {
    // The batch as a whole failed (a deadlock with another instance, a lost connection): one at a
    // time instead, each with its own retry and quarantine; what the database refuses stays pending.
    for (const r of rows) {
      await processInbound(ctx, r.id);
      onProcessed?.(r.id, ctx.now());
    }
    return rows.length;
  }
  const doneAt = ctx.now();
  intakeItemsTotal.inc({ outcome: 'processed' }, carried.length);
  intakeItemsTotal.inc({ outcome: 'quarantined' }, quarantined);
  for (const id of carried) onProcessed?.(id, doneAt);
  await publishEvents(ctx, after);
  return rows.length;
}

/** Claims the pending items among `ids` for this transaction; on PostgreSQL skipping those another instance holds. */
async function claimInbound(tx: Tx, engine: 'sqlite' | 'postgres', ids: readonly number[]): Promise<Set<number>> {
  const claimed =
    engine === 'postgres'
      ? await tx
          .updateTable('inbound')
          .set({ status: 'processing' })
          .where('id', 'in', (eb) => eb.selectFrom('inbound').select('id').where('id', 'in', [...ids]).where('status', '=', 'pending').forUpdate().skipLocked())
          .returning('id')
          .execute()
      : // SQLite has one writer: the transaction alone decides.
        await tx.updateTable('inbound').set({ status: 'processing' }).where('id', 'in', [...ids]).where('status', '=', 'pending').returning('id').execute();
  return new Set(claimed.map((c) => c.id));
}

function languageOf(code: string): Language {
  return LANGUAGES.find((l) => l === code) ?? 'en';
}

interface Thread {
  key: string;
  /** Null: the thread never expires (an X conversation); else how far apart two messages may be. */
  windowMs: number | null;
}

/**
 * Which thread an item continues. A channel conversation id (an X conversation) is a thread for
 * as long as the ticket is open; otherwise the sender is, within the configured window, because
 * chat channels have no conversations, only people who write again.
 */
function threadOf(item: InboundItem, windowMinutes: number): Thread | null {
  if (item.conversationId) return { key: `conversation:${item.conversationId}`, windowMs: null };
  // Only items a channel can answer are chats; the web form's authors are one-off ids.
  if (item.author && item.reply && windowMinutes > 0) return { key: `sender:${item.author.id}`, windowMs: windowMinutes * 60_000 };
  return null;
}

/** Adds a follow-up to its open ticket; null when the ticket is closed or the window has passed. */
async function joinTicket(
  tx: Tx,
  ctx: IntakeContext,
  ticketId: number,
  thread: Thread,
  lastAt: string,
  m: { item: InboundItem; inboundId: number; at: string; messageAt: string; sentiment?: Sentiment },
): Promise<{ ticket: TicketRow; events: Array<TicketEvent | null>; becameUrgent: boolean } | null> {
  if (thread.windowMs !== null && Math.abs(Date.parse(m.messageAt) - Date.parse(lastAt)) > thread.windowMs) return null;
  const ticket = await tx
    .selectFrom('tickets')
    .selectAll()
    .where('id', '=', ticketId)
    .where('status', 'in', [...OPEN_STATUSES])
    .executeTakeFirst();
  if (!ticket) return null;
  const updated = await addCitizenMessage(tx, ticket, {
    inboundId: m.inboundId,
    channel: m.item.channel,
    text: m.item.text,
    reply: m.item.reply,
    sentiment: m.sentiment,
    attachments: m.item.attachments?.length ?? 0,
    at: m.at,
  });
  // A pin places the ticket first (it is where the citizen is); then the conversation is judged
  // again as a whole, its words placing only what neither a pin nor an officer did.
  const rerouted = m.item.geo ? await rerouteByPin(tx, ctx, updated, m.item.geo, m) : null;
  const current = rerouted ? await tx.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirstOrThrow() : updated;
  const judged = await rejudgeTicket(tx, ctx, current, { inboundId: m.inboundId }, m.at);
  const events: Array<TicketEvent | null> = [rerouted, ...judged.events];
  if (!events.some((e) => e !== null)) events.push(await ticketEvent(tx, 'ticket.updated', ticketId, m.at));
  const now = await tx.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirstOrThrow();
  return { ticket: now, events, becameUrgent: judged.becameUrgent };
}

/**
 * A pin that follows a report places it better than the words did: when the ticket has no place, or
 * only the handle it was addressed to, the pin becomes its place and, when it lies in another
 * station's jurisdiction, the ticket moves there as a desk transfer would (the old owner keeps read
 * access). A place an officer or the gazetteer already gave is left alone.
 */
async function rerouteByPin(
  tx: Tx,
  ctx: IntakeContext,
  ticket: TicketRow,
  geo: { lat: number; lon: number },
  m: { item: InboundItem; inboundId: number; at: string },
): Promise<TicketEvent | null> {
  if (ticket.place_id !== null && ticket.place_method !== 'handle' && ticket.place_method !== 'none') return null;
  const placement = ctx.locator.locate({ text: '', channel: m.item.channel, geo }, ticket.category);
  const reason = `the citizen shared a location (${geo.lat.toFixed(4)},${geo.lon.toFixed(4)}) after the report`;
  return relocateTicket(tx, ctx, ticket, placement, { via: 'pin', inboundId: m.inboundId, reason }, m.at);
}

/** Stores and processes one item: what the web form and the importer use. */
export async function ingest(ctx: IntakeContext, item: InboundItem): Promise<IntakeOutcome> {
  const stored = await acceptInbound(ctx, item);
  const outcome = await processInbound(ctx, stored.id);
  return { ...outcome, isNew: stored.isNew && outcome.isNew };
}

/** Processes every stored item still pending (after a crash, or behind a webhook), in batches; returns how many. */
export async function processPending(ctx: IntakeContext, batch = intakeBatchMax(ctx.store.engine)): Promise<number> {
  let count = 0;
  let after = 0;
  for (;;) {
    const ids = await listPendingInboundIds(ctx.store.db, after, batch);
    if (ids.length === 0) return count;
    // processInboundBatch quarantines what fails; anything it throws past that (the database is
    // gone) stops the drain, and the items stay pending for the next one.
    await processInboundBatch(ctx, ids);
    count += ids.length;
    after = ids[ids.length - 1] ?? after;
  }
}
