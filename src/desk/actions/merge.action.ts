/**
 * Merges a duplicate into another ticket (the same citizen on two channels, or several citizens about
 * one incident): the duplicate closes with outcome `duplicate`, its citizen's follow-ups join the other.
 */
import type { Actor } from '../../auth/access.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../../tickets/audit.repository.js';
import { ticketEvent } from '../../tickets/ticket.events.js';
import { updateTicketIfUnchanged } from '../../tickets/ticket.lifecycle.js';
import { moveThreads } from '../../tickets/thread.repository.js';
import { ticketForAction } from '../desk.access.js';
import { deskAction, type DeskContext } from '../desk.action.js';

export async function mergeTicket(ctx: DeskContext, actor: Actor, ticketId: number, input: { into: number; reason?: string | undefined }) {
  if (input.into === ticketId) throw new AppError('VALIDATION_FAILED', 'into: a ticket cannot be merged into itself');
  return deskAction(ctx, actor, ticketId, async ({ tx, ticket, at }) => {
    const { ticket: target } = await ticketForAction(tx, actor, input.into);
    if (ticket.merged_into_id !== null) throw new AppError('CONFLICT', `Ticket ${ticket.reference} is already merged into ticket ${ticket.merged_into_id}`);
    if (target.merged_into_id !== null) {
      throw new AppError('CONFLICT', `into: ticket ${target.reference} was itself merged into ticket ${target.merged_into_id}; merge into that one`);
    }
    await updateTicketIfUnchanged(tx, ticket, {
      status: 'closed',
      outcome: 'duplicate',
      merged_into_id: target.id,
      resolved_at: ticket.resolved_at ?? at,
      escalate_at: null,
      updated_at: at,
    });
    // The duplicate's station follows the case it reported, read-only, unless it already sees it.
    if (ticket.station_id) {
      await tx
        .insertInto('ticket_units')
        .values({ ticket_id: target.id, unit_id: ticket.station_id, relation: 'previous' })
        .onConflict((oc) => oc.columns(['unit_id', 'ticket_id']).doNothing())
        .execute();
    }
    await moveThreads(tx, ticket.id, target.id);
    await tx.updateTable('tickets').set({ updated_at: at }).where('id', '=', target.id).execute();
    await appendAudit(tx, { ticketId, actorUserId: actor.userId, action: 'ticket.merged', details: { into: target.id, reference: target.reference, reason: input.reason ?? null }, at });
    await appendAudit(tx, { ticketId: target.id, actorUserId: actor.userId, action: 'ticket.merged_in', details: { from: ticket.id, reference: ticket.reference, reason: input.reason ?? null }, at });
    const merged = await ticketEvent(tx, 'ticket.merged', ticketId, at);
    return {
      result: { ticketId, mergedInto: input.into },
      events: [merged ? { ...merged, into: target.id } : null, await ticketEvent(tx, 'ticket.updated', target.id, at)],
    };
  });
}
