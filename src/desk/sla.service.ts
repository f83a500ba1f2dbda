/**
 * SLA clocks and escalation by rank: a breach moves a ticket up the unit tree, station → zone DCP →
 * control room and Commissioner, one level per missed deadline.
 */
import type { AppContext } from '../context.js';
import type { DeskEvent } from '../realtime/event-bus.js';
import type { Db, Tx } from '../store/db.js';
import type { TicketRow, TicketUpdate } from '../store/tables.js';
import { appendAudit } from '../tickets/audit.repository.js';
import { addFlag, OPEN_STATUSES } from '../tickets/ticket.model.js';
import { publishAll, ticketEvent } from './desk.events.js';
import { addMinutes, clockFor, type SlaPolicy } from './sla.policy.js';

/** The highest escalation level: the control room and the Commissioner. */
export const MAX_ESCALATION_LEVEL = 2;

type SlaInput = Pick<TicketRow, 'priority' | 'created_at' | 'first_response_at' | 'status' | 'escalation_level' | 'escalated_at'>;

/** The SLA columns a ticket should hold in its present state; pure, so every change recomputes them alike. */
export function slaColumns(
  policy: SlaPolicy,
  t: SlaInput,
): Pick<TicketUpdate, 'first_response_due_at' | 'resolve_due_at' | 'sla_due_at' | 'escalate_at'> {
  const clock = clockFor(policy, t.priority);
  const firstDue = addMinutes(t.created_at, clock.firstResponseMinutes);
  const resolveDue = addMinutes(t.created_at, clock.resolveMinutes);
  const slaDue = t.first_response_at ? resolveDue : firstDue;
  let escalateAt: string | null = null;
  if (OPEN_STATUSES.some((s) => s === t.status) && t.escalation_level < MAX_ESCALATION_LEVEL) {
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
  return OPEN_STATUSES.some((s) => s === t.status) && t.sla_due_at !== null && t.sla_due_at < nowIso;
}

/** Starts a new ticket's clocks (inside its transaction); a ticket that has them keeps them. */
export async function stampSla(tx: Tx, ctx: Pick<AppContext, 'config'>, ticket: TicketRow): Promise<TicketRow> {
  if (ticket.first_response_due_at !== null) return ticket;
  return tx
    .updateTable('tickets')
    .set(slaColumns(ctx.config.sla, ticket))
    .where('id', '=', ticket.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The unit a ticket escalates to at a level: the zone's DCP first (the city when it has no zone), then the city. */
function escalationTarget(ctx: Pick<AppContext, 'city'>, t: TicketRow, level: number): { unitId: string; relation: 'zone' | 'city' } {
  if (level === 1 && t.zone_id) return { unitId: t.zone_id, relation: 'zone' };
  return { unitId: ctx.city.id, relation: 'city' };
}

/** Escalates one ticket by one level if it is still due; false when another tick or a reply got there first. */
async function escalateOne(tx: Tx, ctx: Pick<AppContext, 'config' | 'city'>, t: TicketRow, at: string): Promise<boolean> {
  const level = t.escalation_level + 1;
  const next = slaColumns(ctx.config.sla, { ...t, escalation_level: level, escalated_at: at });
  const updated = await tx
    .updateTable('tickets')
    .set({ escalation_level: level, escalated_at: at, escalate_at: next.escalate_at, flags: addFlag(t.flags, 'escalated'), updated_at: at })
    .where('id', '=', t.id)
    .where('escalation_level', '=', t.escalation_level)
    .where('escalate_at', '<=', at)
    .returningAll()
    .executeTakeFirst();
  if (!updated) return false;
  const target = escalationTarget(ctx, t, level);
  const existing = await tx
    .selectFrom('ticket_units')
    .select('relation')
    .where('ticket_id', '=', t.id)
    .where('unit_id', '=', target.unitId)
    .executeTakeFirst();
  if (!existing) {
    await tx.insertInto('ticket_units').values({ ticket_id: t.id, unit_id: target.unitId, relation: target.relation }).execute();
  } else if (existing.relation === 'previous') {
    // A zone that lost the ticket in a transfer must be able to act once it is escalated to it.
    await tx
      .updateTable('ticket_units')
      .set({ relation: target.relation })
      .where('ticket_id', '=', t.id)
      .where('unit_id', '=', target.unitId)
      .execute();
  }
  await appendAudit(tx, {
    ticketId: t.id,
    actorUserId: null,
    action: 'ticket.escalated',
    details: {
      level,
      to: target.unitId,
      breach: t.first_response_at ? 'resolution' : 'first_response',
      dueAt: t.sla_due_at,
      why: `SLA of ${t.priority} missed: ${t.first_response_at ? 'not resolved' : 'no first response'} by ${t.sla_due_at ?? 'its deadline'}`,
    },
    at,
  });
  return true;
}

/** Escalates every ticket whose deadline has passed; safe to run again and from several processes. */
export async function runSlaTick(ctx: Pick<AppContext, 'store' | 'bus' | 'config' | 'city' | 'now'>, batch = 200): Promise<number> {
  const at = new Date(ctx.now()).toISOString();
  let escalated = 0;
  for (;;) {
    const due = await ctx.store.db
      .selectFrom('tickets')
      .selectAll()
      .where('escalate_at', '<=', at)
      .where('status', 'in', [...OPEN_STATUSES])
      .orderBy('escalate_at')
      .orderBy('id')
      .limit(batch)
      .execute();
    if (due.length === 0) return escalated;
    let progressed = 0;
    const events: Array<DeskEvent | null> = [];
    for (const t of due) {
      const done = await ctx.store.db.transaction().execute((tx) => escalateOne(tx, ctx, t, at));
      if (!done) continue;
      progressed++;
      events.push(await ticketEvent(ctx.store.db, 'ticket.escalated', t.id, at));
    }
    await publishAll(ctx, events);
    escalated += progressed;
    // A ticket escalated now may be due again at once (a long outage): the next pass takes it one level up.
    if (progressed === 0) return escalated;
  }
}

/** Loads the SLA columns of a ticket after a change in the same transaction. */
export async function refreshSla(tx: Db, ctx: Pick<AppContext, 'config'>, ticketId: number): Promise<TicketRow> {
  const t = await tx.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirstOrThrow();
  return tx.updateTable('tickets').set(slaColumns(ctx.config.sla, t)).where('id', '=', ticketId).returningAll().executeTakeFirstOrThrow();
}
