/** Assigns a ticket to an officer of its owning unit, to the acting officer (`me`), or to nobody. */
import type { Actor } from '../../auth/access.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../../tickets/audit.repository.js';
import { ticketEvent } from '../../tickets/ticket.events.js';
import { updateTicketIfUnchanged } from '../../tickets/ticket.lifecycle.js';
import { deskAction, type DeskContext } from '../desk.action.js';

export async function assignTicket(ctx: DeskContext, actor: Actor, ticketId: number, input: { assignee: number | 'me' | null; reason?: string | undefined }) {
  return deskAction(ctx, actor, ticketId, async ({ tx, ticket, at }) => {
    const to = input.assignee === 'me' ? actor.userId : input.assignee;
    const owner = ticket.station_id ?? ctx.city.id;
    if (to !== null) {
      const user = await tx.selectFrom('users').select(['id', 'unit_id', 'active', 'role']).where('id', '=', to).executeTakeFirst();
      if (!user || user.active !== 1) throw new AppError('VALIDATION_FAILED', `assignee: no active officer ${to}`);
      if (user.unit_id !== owner) {
        throw new AppError(
          'VALIDATION_FAILED',
          input.assignee === 'me'
            ? `assignee: you are not an officer of ${owner}, which owns ${ticket.reference}; assign one of its officers or transfer the ticket`
            : `assignee: officer ${to} is not of ${owner}, which owns ${ticket.reference}; pick one of its officers (GET /api/desk/roster)`,
        );
      }
    }
    const result = { ticketId, assigneeId: to };
    if (ticket.assignee_id === to) return { result, events: [] };
    await updateTicketIfUnchanged(tx, ticket, { assignee_id: to, updated_at: at });
    await appendAudit(tx, { ticketId, actorUserId: actor.userId, action: 'ticket.assigned', details: { from: ticket.assignee_id, to, reason: input.reason ?? null }, at });
    return { result, events: [await ticketEvent(tx, 'ticket.updated', ticketId, at)] };
  });
}
