import type { Tx } from '../store/db.js';
import type { TicketRow } from '../store/tables.js';
import { appendAudits, type AuditEntry } from './audit.repository.js';

/** Who takes a ticket once it has a station: the duty roster in a running server (src/desk/roster.service.ts). */
export interface TicketAssigner {
  /**
   * Gives an open, unassigned ticket to an officer on duty at its station; their id, or null when none has room.
   * `known` is the ticket's row as the caller has just written it in this transaction, which spares a read.
   * `audit`: entries the caller has not written yet (the ticket's creation); the assigner must write them,
   * before its own entry and in the same statement.
   */
  assignNew(tx: Tx, ticketId: number, known?: TicketRow, audit?: readonly AuditEntry[]): Promise<number | null>;
}

/** An assigner that assigns nobody (tools that open tickets without a roster); it writes the caller's audit entries. */
export const NO_ASSIGNER: TicketAssigner = {
  assignNew: async (tx, _ticketId, _known, audit) => {
    await appendAudits(tx, audit ?? []);
    return null;
  },
};
