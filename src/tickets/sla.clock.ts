/**
 * A ticket's SLA clocks: when the first response and the resolution are due, and when the next
 * escalation fires. Started when a ticket opens, recomputed on every change that moves them (a first
 * reply, a new priority, a status, an escalation), so every path computes them alike.
 */
import type { TicketRow, TicketUpdate } from '../store/tables.js';
import { addMinutes, clockFor, type SlaPolicy } from './sla.policy.js';
import { isOpenStatus } from './ticket.model.js';

/** The highest escalation level: the control room and the Commissioner. */
export const MAX_ESCALATION_LEVEL = 2;

export type SlaInput = Pick<TicketRow, 'priority' | 'created_at' | 'first_response_at' | 'status' | 'escalation_level' | 'escalated_at'>;
export type SlaColumns = Required<Pick<TicketUpdate, 'first_response_due_at' | 'resolve_due_at' | 'sla_due_at' | 'escalate_at'>>;

/** The SLA columns a ticket should hold in its present state; pure. */
export function slaColumns(policy: SlaPolicy, t: SlaInput): SlaColumns {
  const clock = clockFor(policy, t.priority);
  const firstDue = addMinutes(t.created_at, clock.firstResponseMinutes);
  const resolveDue = addMinutes(t.created_at, clock.resolveMinutes);
  const slaDue = t.first_response_at ? resolveDue : firstDue;
  let escalateAt: string | null = null;
  if (isOpenStatus(t.status) && t.escalation_level < MAX_ESCALATION_LEVEL) {
    escalateAt = slaDue;
    if (t.escalation_level > 0 && t.escalated_at) {
      // Each level gets a full window of the running clock before the next one is called.
      const window = t.first_response_at ? clock.resolveMinutes : clock.firstResponseMinutes;
      const next = addMinutes(t.escalated_at, window);
      if (next > escalateAt) escalateAt = next;
    }
  }
  return { first_response_due_at: firstDue, resolve_due_at: resolveDue, sla_due_at: slaDue, escalate_at: escalateAt };
}

/** Whether a ticket has missed the deadline of its running clock. */
export function isBreached(t: Pick<TicketRow, 'status' | 'sla_due_at'>, nowIso: string): boolean {
  return isOpenStatus(t.status) && t.sla_due_at !== null && t.sla_due_at < nowIso;
}
