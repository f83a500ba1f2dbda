/**
 * SLA clocks and escalation by rank: a breach moves a ticket up the unit tree, station → zone DCP →
 * control room and Commissioner, one level per missed deadline.
 */
import type { AppContext } from '../context.js';
import type { Tx } from '../store/db.js';
import type { TicketRow } from '../store/tables.js';
import { appendAudit } from '../tickets/audit.repository.js';
import type { DeskEvent } from '../tickets/desk-event.schema.js';
import { slaColumns } from '../tickets/sla.clock.js';
import { publishEvents, publishInTransaction, ticketEvent } from '../tickets/ticket.events.js';
import { addFlag, OPEN_STATUSES } from '../tickets/ticket.model.js';

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
      // On PostgreSQL the event goes out with the escalation's commit (publishInTransaction).
      const done = await ctx.store.db.transaction().execute(async (tx) =>
        (await escalateOne(tx, ctx, t, at)) ? { after: await publishInTransaction(ctx, tx, [await ticketEvent(tx, 'ticket.escalated', t.id, at)]) } : null,
      );
      if (!done) continue;
      progressed++;
      events.push(...done.after);
    }
    await publishEvents(ctx, events);
    escalated += progressed;
    // A ticket escalated now may be due again at once (a long outage): the next pass takes it one level up.
    if (progressed === 0) return escalated;
  }
}
