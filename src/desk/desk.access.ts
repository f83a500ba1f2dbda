/** The desk's access rules (DESIGN.md, Access), enforced here so that every route and worker shares them. */
import { canActWith, RELATIONS, type Actor, type Relation, type Role } from '../auth/access.js';
import { AppError } from '../errors.js';
import type { Db } from '../store/db.js';
import type { TicketRow } from '../store/tables.js';
import { findTicketForUnit } from '../tickets/ticket.repository.js';

/** Roles that work tickets; the admin manages users and rosters but does not act on cases. */
export const ACTING_ROLES: readonly Role[] = ['operator', 'sho', 'dcp', 'control_room', 'commissioner'];

/** Roles that may change a station's duty roster (their own station; the admin any). */
export const ROSTER_ROLES: readonly Role[] = ['sho', 'admin'];

function parseRelation(value: string): Relation | undefined {
  return RELATIONS.find((r) => r === value);
}

export interface VisibleTicket {
  ticket: TicketRow;
  relation: Relation;
}

/** A ticket the officer's unit sees, or TICKET_NOT_FOUND: another station's ticket does not exist for them. */
export async function ticketForRead(db: Db, actor: Actor, ticketId: number): Promise<VisibleTicket> {
  const found = await findTicketForUnit(db, ticketId, actor.unitId);
  if (!found) throw new AppError('TICKET_NOT_FOUND', `No ticket ${ticketId} on your desk`);
  const { relation, ...ticket } = found;
  return { ticket, relation: parseRelation(relation) ?? 'previous' };
}

/** A ticket the officer may act on: 404 when unseen, 403 when their station keeps read access only. */
export async function ticketForAction(db: Db, actor: Actor, ticketId: number): Promise<VisibleTicket> {
  const v = await ticketForRead(db, actor, ticketId);
  if (!ACTING_ROLES.includes(actor.role)) {
    throw new AppError('FORBIDDEN', 'Administrators manage users and rosters; ask a desk officer to act on tickets');
  }
  if (!canActWith(v.relation)) {
    const to = v.ticket.station_id ?? 'the control room';
    throw new AppError(
      'TICKET_READ_ONLY',
      `Ticket ${v.ticket.reference} was transferred to ${to}; your station keeps read access only. Ask ${to} to act on it.`,
    );
  }
  return v;
}
