/** Desk events for changes made at the desk: published after the transaction commits. */
import type { AppContext } from '../context.js';
import type { DeskEvent } from '../realtime/event-bus.js';
import type { Db } from '../store/db.js';
import { toTicketSummary } from '../tickets/ticket.service.js';

/** Builds the event of a ticket's current state for every unit that sees it (read-only units included). */
export async function ticketEvent(db: Db, type: string, ticketId: number, at: string, extraUnits: readonly string[] = []): Promise<DeskEvent | null> {
  const ticket = await db.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirst();
  if (!ticket) return null;
  const rows = await db.selectFrom('ticket_units').select('unit_id').where('ticket_id', '=', ticketId).execute();
  const units = [...new Set([...rows.map((r) => r.unit_id), ...extraUnits])];
  return { type, ticketId, units, ticket: toTicketSummary(ticket), at };
}

/** Publishes events after commit; a failed publish never undoes the change (desks refetch). */
export async function publishAll(ctx: Pick<AppContext, 'bus'>, events: ReadonlyArray<DeskEvent | null>): Promise<void> {
  for (const e of events) if (e) await ctx.bus.publish(e).catch(() => undefined);
}
