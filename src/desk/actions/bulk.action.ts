/**
 * One action for a selection of tickets. Each ticket goes through the single action in its own
 * deskAction, not all in one transaction: each keeps its own access check, compare-and-set, audit row
 * and events, exactly as when done one by one; a ticket a colleague changed meanwhile (409) or another
 * station took (403/404) fails alone instead of undoing the other 199; and the answer says per ticket
 * what happened, so the officer can look at the few that failed.
 */
import type { Actor } from '../../auth/access.js';
import { AppError } from '../../errors.js';
import type { Outcome, SettableStatus } from '../../tickets/ticket.model.js';
import type { DeskContext } from '../desk.action.js';
import { assignTicket } from './assign.action.js';
import { mergeTicket } from './merge.action.js';
import { markSpam, openTicketsOfSender } from './spam.action.js';
import { changeStatus } from './status.action.js';

export type BulkChange =
  | { action: 'assign'; assignee: number | 'me' | null; reason?: string | undefined }
  | { action: 'status'; status: SettableStatus; outcome?: Outcome | undefined; reason?: string | undefined }
  | { action: 'merge'; into: number; reason?: string | undefined }
  | { action: 'spam'; reason?: string | undefined };

export interface BulkResult {
  ticketId: number;
  ok: boolean;
  code: string | null;
  message: string | null;
}

async function runEach(ids: readonly number[], run: (id: number) => Promise<unknown>) {
  const results: BulkResult[] = [];
  for (const ticketId of ids) {
    try {
      await run(ticketId);
      results.push({ ticketId, ok: true, code: null, message: null });
    } catch (err) {
      // A known refusal is this ticket's answer; anything else is a fault of ours and stops the run.
      if (!(err instanceof AppError)) throw err;
      results.push({ ticketId, ok: false, code: err.code, message: err.message });
    }
  }
  return { done: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, results };
}

/** Runs one change on each selected ticket, reporting each ticket's success or refusal. */
export async function bulkAction(ctx: DeskContext, actor: Actor, ids: readonly number[], change: BulkChange) {
  const unique = [...new Set(ids)];
  switch (change.action) {
    case 'assign':
      return runEach(unique, (id) => assignTicket(ctx, actor, id, { assignee: change.assignee, reason: change.reason }));
    case 'status':
      return runEach(unique, (id) => changeStatus(ctx, actor, id, { status: change.status, outcome: change.outcome, reason: change.reason }));
    case 'merge':
      return runEach(
        unique.filter((id) => id !== change.into),
        (id) => mergeTicket(ctx, actor, id, { into: change.into, reason: change.reason }),
      );
    case 'spam':
      return runEach(unique, (id) => markSpam(ctx, actor, id, { reason: change.reason }));
  }
}

/** Closes every open ticket of this ticket's sender as spam (a flood from one client), each audited. */
export async function closeSenderAsSpam(ctx: DeskContext, actor: Actor, ticketId: number, input: { reason?: string | undefined }) {
  const ids = await openTicketsOfSender(ctx.store.db, actor, ticketId);
  return runEach(ids, (id) => markSpam(ctx, actor, id, { reason: input.reason, sender: ticketId }));
}
