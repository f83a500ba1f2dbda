/**
 * The durable outbox: every outbound message is written in the transaction of the change
 * that caused it, and sent later by a worker. The idempotency key makes a second enqueue
 * of the same message a no-op.
 */
import type { Db } from '../store/db.js';

export interface OutboundMessage {
  channel: string;
  /** `ack`, `reply`, `broadcast`, … */
  kind: string;
  ticketId: number | null;
  /** Channel-specific addressing and content, e.g. `{ to, text, inReplyTo }`. */
  payload: Record<string, unknown>;
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
