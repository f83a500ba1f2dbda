/**
 * What a reply's send or receipt means for its ticket, in the transaction that records it: the ticket's
 * first response is the earliest reply the channel accepted (and did not later report failed), a
 * failure raises the ticket's alert, and every change is a live `ticket.updated` for the desk.
 */
import type { AppContext } from '../context.js';
import type { Db, Tx } from '../store/db.js';
import type { DeskEvent } from '../tickets/desk-event.schema.js';
import { clearReplyFailure, markFirstResponse, raiseReplyFailure } from '../tickets/reply-delivery.js';
import type { SlaPolicy } from '../tickets/sla.policy.js';
import { publishEvents, publishInTransaction, ticketEvent } from '../tickets/ticket.events.js';
import type { OutboxKind } from './outbox.model.js';
import { recordDeliveryReceipt } from './outbox.repository.js';

/** When the ticket's earliest reply that the channel accepted went out; null when none did. */
export async function firstSentReplyAt(db: Db, ticketId: number): Promise<string | null> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.min('sent_at').as('first'))
    .where('ticket_id', '=', ticketId)
    .where('kind', '=', 'reply')
    .where('status', '=', 'sent')
    .where((eb) => eb.or([eb('delivery_status', 'is', null), eb('delivery_status', '!=', 'failed')]))
    .executeTakeFirst();
  return row?.first ?? null;
}

/** Whether a reply of the ticket is given up on (failed to send, failed on delivery, or unconfirmed). */
export async function hasFailingReply(db: Db, ticketId: number): Promise<boolean> {
  const row = await db
    .selectFrom('outbox')
    .select('id')
    .where('ticket_id', '=', ticketId)
    .where('kind', '=', 'reply')
    .where((eb) => eb.or([eb('status', 'in', ['failed', 'unconfirmed']), eb('delivery_status', '=', 'failed')]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export interface OutboundChange {
  id: number;
  ticketId: number | null;
  kind: OutboxKind;
  channel: string;
  /** Set when this change gave the message up: the provider's code. */
  failure?: string | undefined;
}

/**
 * Brings the ticket of a changed outbox row up to date (first response, alert) and builds its live
 * event; call it in the transaction that changed the row. Acknowledgements touch no clock.
 */
export async function settleOutboundChange(tx: Tx, policy: SlaPolicy, change: OutboundChange, at: string): Promise<DeskEvent | null> {
  if (change.ticketId === null) return null;
  if (change.kind === 'reply') {
    await markFirstResponse(tx, policy, change.ticketId, await firstSentReplyAt(tx, change.ticketId), at);
    if (change.failure !== undefined) {
      await raiseReplyFailure(tx, change.ticketId, { outboxId: change.id, channel: change.channel, reason: change.failure }, at);
    } else if (!(await hasFailingReply(tx, change.ticketId))) {
      await clearReplyFailure(tx, change.ticketId, at);
    }
  }
  return ticketEvent(tx, 'ticket.updated', change.ticketId, at);
}

export type DeliveryContext = Pick<AppContext, 'store' | 'bus' | 'config'>;

/**
 * Applies a channel's delivery receipt and what it means for the ticket: a `failed` receipt (e.g.
 * WhatsApp's 131047 after the 24-hour window closed) takes a reply back from the first response.
 */
export async function applyDeliveryReceipt(
  ctx: DeliveryContext,
  r: { channel: string; externalId: string; idempotencyKey?: string | undefined; status: string; at: string; error?: string | undefined },
): Promise<boolean> {
  const settled = await ctx.store.db.transaction().execute(async (tx) => {
    const outcome = await recordDeliveryReceipt(tx, r);
    if (!outcome?.changed) return { found: outcome !== null, after: [] };
    const failure = r.status === 'failed' ? (r.error ?? 'RECEIPT:FAILED') : undefined;
    return { found: true, after: await publishInTransaction(ctx, tx, [await settleOutboundChange(tx, ctx.config.sla, { ...outcome, failure }, r.at)]) };
  });
  await publishEvents(ctx, settled.after);
  return settled.found;
}
