/**
 * The skeleton every desk action shares: one transaction that loads the ticket the officer may act on
 * (404 unseen, 403 read-only), makes the change with its audit entry, and builds the events; the events
 * go out with the commit on PostgreSQL and after it in one process (`publishInTransaction`). An action
 * file supplies only the change.
 */
import type { Actor, Relation } from '../auth/access.js';
import type { AppContext } from '../context.js';
import type { Tx } from '../store/db.js';
import type { TicketRow } from '../store/tables.js';
import type { DeskEvent } from '../tickets/desk-event.schema.js';
import { publishEvents, publishInTransaction } from '../tickets/ticket.events.js';
import { ticketForAction } from './desk.access.js';

export type DeskContext = Pick<AppContext, 'store' | 'bus' | 'config' | 'city' | 'locator' | 'now' | 'assigner'>;

export interface ActionScope {
  tx: Tx;
  actor: Actor;
  /** The ticket as it was when the action began (compare-and-set against its updated_at). */
  ticket: TicketRow;
  relation: Relation;
  /** The action's one timestamp, for every row it writes. */
  at: string;
}

export interface ActionOutcome<R> {
  result: R;
  events: ReadonlyArray<DeskEvent | null>;
}

/** Runs one desk action on one ticket. */
export async function deskAction<R>(ctx: DeskContext, actor: Actor, ticketId: number, change: (scope: ActionScope) => Promise<ActionOutcome<R>>): Promise<R> {
  const at = new Date(ctx.now()).toISOString();
  const out = await ctx.store.db.transaction().execute(async (tx) => {
    const { ticket, relation } = await ticketForAction(tx, actor, ticketId);
    const done = await change({ tx, actor, ticket, relation, at });
    return { result: done.result, after: await publishInTransaction(ctx, tx, done.events) };
  });
  await publishEvents(ctx, out.after);
  return out.result;
}
