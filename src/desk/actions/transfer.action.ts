/** Transfers a ticket to another station with a reason: it appears there at once; the sender keeps read access. */
import type { Actor } from '../../auth/access.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { moveTicket } from '../../tickets/ticket.lifecycle.js';
import { isOpenStatus } from '../../tickets/ticket.model.js';
import { deskAction, type DeskContext } from '../desk.action.js';

/** Throws unless the unit is an active station (or special unit) a ticket can belong to. */
export function requireStation(ctx: Pick<AppContext, 'city'>, station: string): void {
  const unit = ctx.city.units.find((u) => u.id === station);
  if (!unit || (unit.kind !== 'station' && unit.kind !== 'special') || unit.status !== 'active') {
    throw new AppError('VALIDATION_FAILED', `station: "${station}" is not an active police station; see GET /api/units`);
  }
}

export async function transferTicket(ctx: DeskContext, actor: Actor, ticketId: number, input: { station: string; reason: string }) {
  return deskAction(ctx, actor, ticketId, async ({ tx, ticket, at }) => {
    requireStation(ctx, input.station);
    if (ticket.station_id === input.station) throw new AppError('CONFLICT', `station: ${ticket.reference} is already with ${input.station}`);
    if (!isOpenStatus(ticket.status)) throw new AppError('INVALID_TRANSITION', `Ticket ${ticket.reference} is ${ticket.status}; reopen it before a transfer`);
    const event = await moveTicket(tx, ctx, actor, ticket, input.station, { action: 'transfer', reason: input.reason }, at);
    return { result: { ticketId, station: input.station }, events: [event] };
  });
}
