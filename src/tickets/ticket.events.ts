/**
 * The one place desk events are built and published. Built inside the change's transaction (so they
 * show the committed state and every unit that sees the ticket), published with the commit where the bus
 * allows it (PostgreSQL, `publishInTransaction`) and otherwise after it.
 */
import type { EventBus, EventCodec } from '../realtime/event-bus.js';
import type { Db, Tx } from '../store/db.js';
import type { TicketRow } from '../store/tables.js';
import { parseDeskEvent, type DeskEvent, type TicketEvent, type TicketEventType } from './desk-event.schema.js';
import { toTicketSummary } from './ticket.schema.js';

/** How desk events travel through LISTEN/NOTIFY: parsed with their schema, shrunk by dropping the summary. */
export const deskEventCodec: EventCodec<DeskEvent> = {
  parse: parseDeskEvent,
  shrink: (event) => ('ticket' in event ? { ...event, ticket: undefined } : event),
};

/** The event of a ticket's current state for every unit that sees it (read-only units and `extraUnits` included). */
export async function ticketEvent(
  db: Db,
  type: TicketEventType,
  ticketId: number,
  at: string,
  extraUnits: readonly string[] = [],
): Promise<TicketEvent | null> {
  const ticket = await db.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirst();
  if (!ticket) return null;
  const rows = await db.selectFrom('ticket_units').select('unit_id').where('ticket_id', '=', ticketId).execute();
  return ticketEventOf(type, ticket, [...rows.map((r) => r.unit_id), ...extraUnits], at);
}

/**
 * The same event from a ticket row and units the caller holds because it has just written them in this
 * transaction (intake's new ticket): two reads fewer per ticket.
 */
export function ticketEventOf(type: TicketEventType, ticket: TicketRow, units: readonly string[], at: string): TicketEvent {
  return { type, ticketId: ticket.id, units: [...new Set(units)], ticket: toTicketSummary(ticket), at };
}

/**
 * Sends events as part of the transaction `tx` where the bus travels through the database (PostgreSQL:
 * they go out exactly when it commits, so a process killed right after its commit cannot keep them from
 * the other processes' desks); returns those still to publish after the commit (the in-process bus).
 */
export async function publishInTransaction(
  ctx: { bus: EventBus<DeskEvent> },
  tx: Tx,
  events: ReadonlyArray<DeskEvent | null>,
): Promise<ReadonlyArray<DeskEvent | null>> {
  const within = ctx.bus.publishWithin?.bind(ctx.bus);
  if (!within) return events;
  for (const e of events) if (e) await within(tx, e);
  return [];
}

/**
 * Publishes events after their commit. A publish that fails never undoes the change: every desk
 * refetches when its stream reconnects. The failure is reported to `onError` (by type and ticket, never content).
 */
export async function publishEvents(
  ctx: { bus: EventBus<DeskEvent> },
  events: ReadonlyArray<DeskEvent | null>,
  onError?: (event: DeskEvent, err: unknown) => void,
): Promise<void> {
  for (const e of events) {
    if (!e) continue;
    try {
      await ctx.bus.publish(e);
    } catch (err) {
      onError?.(e, err);
    }
  }
}
