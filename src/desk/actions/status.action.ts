/** Moves a ticket along its lifecycle; resolving needs an outcome; anything else answers 409 INVALID_TRANSITION. */
import type { Actor } from '../../auth/access.js';
import { AppError } from '../../errors.js';
import { requestRating } from '../../feedback/rating.service.js';
import { appendAudit } from '../../tickets/audit.repository.js';
import type { DeskEvent } from '../../tickets/desk-event.schema.js';
import { slaColumns } from '../../tickets/sla.clock.js';
import { ticketEvent } from '../../tickets/ticket.events.js';
import { updateTicketIfUnchanged } from '../../tickets/ticket.lifecycle.js';
import { allowedTransitions, isOpenStatus, OUTCOMES, type Outcome, type SettableStatus } from '../../tickets/ticket.model.js';
import { deskAction, type DeskContext } from '../desk.action.js';
import { pickUpForStation } from '../roster.service.js';

export async function changeStatus(
  ctx: DeskContext,
  actor: Actor,
  ticketId: number,
  input: { status: SettableStatus; outcome?: Outcome | undefined; reason?: string | undefined },
) {
  return deskAction(ctx, actor, ticketId, async ({ tx, ticket, at }) => {
    if (ticket.merged_into_id !== null) {
      throw new AppError('INVALID_TRANSITION', `Ticket ${ticket.reference} was merged into ticket ${ticket.merged_into_id}; work on that one`);
    }
    const allowed = allowedTransitions(ticket.status);
    if (!allowed.includes(input.status)) {
      throw new AppError(
        'INVALID_TRANSITION',
        allowed.length
          ? `status: a ${ticket.status} ticket can move to ${allowed.join(' or ')}, not ${input.status}`
          : `status: a ${ticket.status} ticket is final and cannot change`,
      );
    }
    const outcome = input.outcome ?? (input.status === 'closed' ? ticket.outcome : null);
    if ((input.status === 'resolved' || input.status === 'closed') && !outcome) {
      throw new AppError('VALIDATION_FAILED', `outcome: required to mark a ticket ${input.status}; one of ${OUTCOMES.join(', ')}`);
    }
    const reopening = ticket.status === 'resolved' && input.status === 'in_progress';
    const next = {
      ...ticket,
      status: input.status,
      outcome: reopening ? null : (outcome ?? ticket.outcome),
      resolved_at: input.status === 'resolved' ? at : reopening ? null : ticket.resolved_at,
    };
    await updateTicketIfUnchanged(tx, ticket, {
      status: next.status,
      outcome: next.outcome,
      resolved_at: next.resolved_at,
      updated_at: at,
      escalate_at: slaColumns(ctx.config.sla, next).escalate_at,
    });
    await appendAudit(tx, {
      ticketId,
      actorUserId: actor.userId,
      action: 'ticket.status_changed',
      details: { from: ticket.status, to: input.status, outcome: next.outcome, reason: input.reason ?? null },
      at,
    });
    // A closed case asks its citizen what they thought of the response, once per ticket.
    if (!isOpenStatus(input.status)) await requestRating(tx, { ...ticket, ...next }, at);
    const events: Array<DeskEvent | null> = [await ticketEvent(tx, 'ticket.updated', ticketId, at)];
    // An officer who closes a case has room again: the station's waiting tickets move.
    if (!isOpenStatus(input.status) && ticket.station_id && ticket.assignee_id !== null) {
      for (const id of await pickUpForStation(tx, ctx, ticket.station_id)) events.push(await ticketEvent(tx, 'ticket.updated', id, at));
    }
    return { result: { ticketId, status: next.status }, events };
  });
}
