/**
 * The durable outbox: every outbound message is written in the transaction of the change
 * that caused it, and sent later by a worker. The idempotency key makes a second enqueue
 * of the same message a no-op.
 */
import type { Db } from '../store/db.js';
import type { OutboxRow } from '../store/tables.js';
import type { OutboundPayload, OutboxKind } from './outbox.model.js';

export interface OutboundMessage {
  channel: string;
  kind: OutboxKind;
  ticketId: number | null;
  /** Addressing and content: `{ to, text, inReplyTo, … }`. */
  payload: OutboundPayload;
  idempotencyKey: string;
}

/** Enqueues one message; returns its id, or null when the key was enqueued before. */
export async function enqueueOutbound(db: Db, m: OutboundMessage, at: string): Promise<number | null> {
  const row = await db
    .insertInto('outbox')
    .values({
      channel: m.channel,
      kind: m.kind,
      ticket_id: m.ticketId,
      payload: JSON.stringify(m.payload),
      idempotency_key: m.idempotencyKey,
      status: 'pending',
      attempts: 0,
      next_attempt_at: at,
      last_error: null,
      external_id: null,
      created_at: at,
      sent_at: null,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Claims due rows of the given channels for one worker: `sending` with a lease, not yet begun (see
 * markOutboundStarted). On PostgreSQL
 * FOR UPDATE SKIP LOCKED lets several processes claim side by side without ever taking the same
 * row; SQLite has one writer at a time, so the single UPDATE is the claim.
 */
export async function claimDueOutbound(
  db: Db,
  engine: 'sqlite' | 'postgres',
  channels: readonly string[],
  now: string,
  leaseUntil: string,
  limit: number,
): Promise<OutboxRow[]> {
  if (channels.length === 0) return [];
  const due = db
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where('channel', 'in', [...channels])
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit);
  const rows = await db
    .updateTable('outbox')
    .set({ status: 'sending', lease_until: leaseUntil, send_started_at: null })
    .where('id', 'in', engine === 'postgres' ? due.forUpdate().skipLocked() : due)
    .where('status', '=', 'pending')
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.id - b.id);
}

/**
 * Marks a claimed row as being handed to its channel, just before the call. Returns false when the
 * worker no longer holds it (its lease ran out and the row went back or was given up): it must not be sent.
 */
export async function markOutboundStarted(db: Db, id: number, leaseUntil: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('outbox')
    .set({ send_started_at: at })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('lease_until', '=', leaseUntil)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Records a delivery; only the worker holding the row may. */
export async function markOutboundSent(db: Db, id: number, externalId: string, at: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: 'sent', external_id: externalId, sent_at: at, lease_until: null, last_error: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** Puts a row back to wait, or gives it up, after a failed send. */
export async function markOutboundFailed(
  db: Db,
  id: number,
  patch: { status: 'pending' | 'failed'; attempts: number; nextAttemptAt: string; error: string },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: patch.status, attempts: patch.attempts, next_attempt_at: patch.nextAttemptAt, last_error: patch.error, lease_until: null, send_started_at: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/**
 * Rows left `sending` past their lease belonged to a worker that died. Those it had not begun to send
 * (no `send_started_at`) never reached the channel: they go back to wait, with no attempt spent. For
 * those it had begun, whether the channel got the message is unknown: they become `unconfirmed`
 * (visible, never resent by themselves) because a duplicate message to a citizen cannot be taken back,
 * while an unconfirmed one can be checked and re-sent by an officer. A later receipt can still confirm
 * it. Returns the unconfirmed rows.
 */
export async function resolveExpiredLeases(db: Db, now: string): Promise<Array<Pick<OutboxRow, 'id' | 'ticket_id' | 'kind' | 'channel'>>> {
  await db
    .updateTable('outbox')
    .set({ status: 'pending', lease_until: null, next_attempt_at: now })
    .where('status', '=', 'sending')
    .where('lease_until', '<', now)
    .where('send_started_at', 'is', null)
    .execute();
  return db
    .updateTable('outbox')
    .set({ status: 'unconfirmed', lease_until: null, last_error: 'INTERRUPTED_WHILE_SENDING' })
    .where('status', '=', 'sending')
    .where('lease_until', '<', now)
    .returning(['id', 'ticket_id', 'kind', 'channel'])
    .execute();
}

const RECEIPT_RANK: Record<string, number> = { sent: 1, delivered: 2, read: 3, played: 3, failed: 4 };

/** What a receipt changed: the row it matched (null when none), and whether it changed anything. */
export interface ReceiptOutcome {
  id: number;
  ticketId: number | null;
  kind: OutboxKind;
  channel: string;
  changed: boolean;
}

/**
 * Applies a channel's delivery receipt, found by the channel's id or by the idempotency key the
 * channel echoed back; a receipt for an unconfirmed row proves it went out. Receipts arrive in
 * any order: a `delivered` after a `read` changes nothing.
 */
export async function recordDeliveryReceipt(
  db: Db,
  r: { channel: string; externalId: string; idempotencyKey?: string | undefined; status: string; at: string; error?: string | undefined },
): Promise<ReceiptOutcome | null> {
  const key = r.idempotencyKey;
  const row = await db
    .selectFrom('outbox')
    .select(['id', 'status', 'delivery_status', 'ticket_id', 'kind', 'channel'])
    .where('channel', '=', r.channel)
    .where((eb) => (key ? eb.or([eb('external_id', '=', r.externalId), eb('idempotency_key', '=', key)]) : eb('external_id', '=', r.externalId)))
    .executeTakeFirst();
  if (!row) return null;
  const outcome = { id: row.id, ticketId: row.ticket_id, kind: row.kind, channel: row.channel };
  const rank = (s: string | null) => (s ? (RECEIPT_RANK[s] ?? 0) : 0);
  if (rank(r.status) <= rank(row.delivery_status)) return { ...outcome, changed: false };
  await db
    .updateTable('outbox')
    .set({
      delivery_status: r.status,
      delivery_at: r.at,
      external_id: r.externalId,
      // The channel saw it: a row we could not confirm (or gave up on after a timeout) did go out.
      ...((row.status === 'unconfirmed' || row.status === 'failed') && r.status !== 'failed' ? { status: 'sent', sent_at: r.at } : {}),
      ...(r.error ? { last_error: r.error } : {}),
    })
    .where('id', '=', row.id)
    .execute();
  return { ...outcome, changed: true };
}

/** Puts a reply that failed (or was never confirmed) back in the queue as new; its idempotency key stays, so the channel sees the same message. */
export async function requeueOutbound(db: Db, id: number, at: string): Promise<boolean> {
  const row = await db
    .updateTable('outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: at, last_error: null, lease_until: null, send_started_at: null, delivery_status: null, delivery_at: null })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('status', 'in', ['failed', 'unconfirmed']), eb('delivery_status', '=', 'failed')]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Withdraws messages no worker has claimed yet (a cancelled broadcast): they become `failed` with
 * CANCELLED and are never sent; what is being sent or was sent stays as it is. Returns the ids withdrawn.
 */
export async function withdrawPendingOutbound(db: Db, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .updateTable('outbox')
    .set({ status: 'failed', last_error: 'CANCELLED', lease_until: null })
    .where('id', 'in', [...ids])
    .where('status', '=', 'pending')
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
