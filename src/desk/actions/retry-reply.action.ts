/**
 * Sends again a reply that did not reach the citizen (failed, failed on delivery, or unconfirmed after a
 * crash): the same outbox row goes back to the queue with its idempotency key, so the channel sees the
 * same message, and the ticket's alert is lowered once no reply of it is failing.
 */
import type { Actor } from '../../auth/access.js';
import { AppError } from '../../errors.js';
import { settleOutboundChange } from '../../outbox/delivery.service.js';
import { deliveryStateOf } from '../../outbox/outbox.model.js';
import { requeueOutbound } from '../../outbox/outbox.repository.js';
import { appendAudit } from '../../tickets/audit.repository.js';
import { updateTicketIfUnchanged } from '../../tickets/ticket.lifecycle.js';
import { deskAction, type DeskContext } from '../desk.action.js';

export async function retryReply(ctx: DeskContext, actor: Actor, ticketId: number, outboxId: number) {
  return deskAction(ctx, actor, ticketId, async ({ tx, ticket, at }) => {
    const row = await tx
      .selectFrom('outbox')
      .select(['id', 'kind', 'channel', 'status', 'delivery_status', 'last_error'])
      .where('id', '=', outboxId)
      .where('ticket_id', '=', ticketId)
      .where('kind', '=', 'reply')
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `outboxId: ticket ${ticket.reference} has no reply ${outboxId}`);
    const state = deliveryStateOf(row);
    if (state !== 'failed' && state !== 'unconfirmed') {
      throw new AppError('CONFLICT', `Reply ${outboxId} is ${state}, not failed: only a reply that did not reach the citizen is sent again`);
    }
    await updateTicketIfUnchanged(tx, ticket, { updated_at: at });
    if (!(await requeueOutbound(tx, row.id, at))) throw new AppError('CONFLICT', `Reply ${outboxId} changed meanwhile; reload the ticket`);
    await appendAudit(tx, { ticketId, actorUserId: actor.userId, action: 'reply.retried', details: { outboxId, channel: row.channel, reason: row.last_error }, at });
    const event = await settleOutboundChange(tx, ctx.config.sla, { id: row.id, ticketId, kind: row.kind, channel: row.channel }, at);
    return { result: { ticketId, outboxId, state: 'queued' as const }, events: [event] };
  });
}
