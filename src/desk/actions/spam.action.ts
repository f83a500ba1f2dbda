/**
 * Marks a ticket as spam: it leaves every queue as final status `spam` with outcome `spam`, its SLA
 * clock stopped. One ticket per deskAction, so that the flood tool and the bulk endpoint audit each.
 */
import type { Actor } from '../../auth/access.js';
import type { Db } from '../../store/db.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../../tickets/audit.repository.js';
import { ticketEvent } from '../../tickets/ticket.events.js';
import { updateTicketIfUnchanged } from '../../tickets/ticket.lifecycle.js';
import { isOpenStatus, OPEN_STATUSES } from '../../tickets/ticket.model.js';
import { deskAction, type DeskContext } from '../desk.action.js';
import { ticketForAction } from '../desk.access.js';

export async function markSpam(ctx: DeskContext, actor: Actor, ticketId: number, input: { reason?: string | undefined; sender?: number | undefined }) {
  return deskAction(ctx, actor, ticketId, async ({ tx, ticket, at }) => {
    if (ticket.merged_into_id !== null) throw new AppError('INVALID_TRANSITION', `Ticket ${ticket.reference} was merged into ticket ${ticket.merged_into_id}; work on that one`);
    if (!isOpenStatus(ticket.status)) throw new AppError('INVALID_TRANSITION', `status: a ${ticket.status} ticket is no longer open and cannot be marked as spam`);
    await updateTicketIfUnchanged(tx, ticket, { status: 'spam', outcome: 'spam', resolved_at: at, escalate_at: null, updated_at: at });
    await appendAudit(tx, {
      ticketId,
      actorUserId: actor.userId,
      action: 'ticket.status_changed',
      // `sender` names the ticket whose sender was closed as a flood, when that is how it happened.
      details: { from: ticket.status, to: 'spam', outcome: 'spam', reason: input.reason ?? null, ...(input.sender ? { floodFrom: input.sender } : {}) },
      at,
    });
    return { result: { ticketId, status: 'spam' }, events: [await ticketEvent(tx, 'ticket.updated', ticketId, at)] };
  });
}

/** The open tickets on the officer's desk from the same sender as this one (its contact, or a contact with the same phone). */
export async function openTicketsOfSender(db: Db, actor: Actor, ticketId: number): Promise<number[]> {
  const { ticket } = await ticketForAction(db, actor, ticketId);
  if (ticket.contact_id === null) throw new AppError('VALIDATION_FAILED', `Ticket ${ticket.reference} has no known sender to close tickets by`);
  const c = await db.selectFrom('contacts').select('phone').where('id', '=', ticket.contact_id).executeTakeFirst();
  const contactIds = c?.phone ? (await db.selectFrom('contacts').select('id').where('phone', '=', c.phone).execute()).map((r) => r.id) : [];
  const ids = [...new Set([ticket.contact_id, ...contactIds])];
  const rows = await db
    .selectFrom('tickets')
    .innerJoin('ticket_units', 'ticket_units.ticket_id', 'tickets.id')
    .select('tickets.id')
    .where('tickets.contact_id', 'in', ids)
    .where('tickets.status', 'in', [...OPEN_STATUSES])
    .where('tickets.merged_into_id', 'is', null)
    .where('ticket_units.unit_id', '=', actor.unitId)
    .where('ticket_units.relation', '!=', 'previous')
    .orderBy('tickets.id')
    .limit(1000)
    .execute();
  return [...new Set(rows.map((r) => r.id))];
}
