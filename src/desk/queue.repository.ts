/** The desk queue's queries: open tickets of one unit in queue order, shaped to walk the partial indexes of 0002. */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../store/db.js';
import type { Database, TicketRow } from '../store/tables.js';
import { OPEN_STATUSES } from '../tickets/ticket.model.js';
import { QUEUE_INDEX_STATUSES } from '../store/migrations/0002-desk.js';

export type QueueSort = 'priority' | 'sla';

export interface QueueFilter {
  unitId: string;
  status?: string[] | undefined;
  priority?: string[] | undefined;
  category?: string[] | undefined;
  channel?: string[] | undefined;
  /** A user id, or null for unassigned tickets. */
  assignee?: number | null | undefined;
  breached?: boolean | undefined;
  /** Matched in the masked summary and the reference. */
  search?: string | undefined;
  now: string;
}

/** Where a page ended: the sort key of its last row. */
export interface QueueCursor {
  k: string;
  c: string;
  id: number;
}

type TicketsEb = ExpressionBuilder<Database, 'tickets'>;

/** Open statuses the queue's partial indexes cover; the query repeats them literally so that both planners can use those indexes. */
const INDEXED_OPEN = QUEUE_INDEX_STATUSES.filter((s) => OPEN_STATUSES.includes(s));

function visibleTo(eb: TicketsEb, unitId: string) {
  // A correlated EXISTS, not a join: the planner walks the open-ticket index in queue order and
  // probes ticket_units' primary key per row, so a page costs a page whatever the history.
  return eb.exists(
    eb
      .selectFrom('ticket_units')
      .select(sql.lit(1).as('one'))
      .whereRef('ticket_units.ticket_id', '=', 'tickets.id')
      .where('ticket_units.unit_id', '=', unitId)
      .where('ticket_units.relation', '!=', 'previous'),
  );
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filtered(db: Db, f: QueueFilter) {
  let q = db
    .selectFrom('tickets')
    .where(sql<boolean>`tickets.status in (${sql.join(INDEXED_OPEN.map((s) => sql.lit(s)))})`)
    .where((eb) => visibleTo(eb, f.unitId));
  if (f.status?.length) q = q.where('tickets.status', 'in', f.status);
  if (f.priority?.length) q = q.where('tickets.priority', 'in', f.priority);
  if (f.category?.length) q = q.where('tickets.category', 'in', f.category);
  if (f.channel?.length) q = q.where('tickets.channel', 'in', f.channel);
  if (f.assignee === null) q = q.where('tickets.assignee_id', 'is', null);
  else if (f.assignee !== undefined) q = q.where('tickets.assignee_id', '=', f.assignee);
  if (f.breached === true) q = q.where('tickets.sla_due_at', '<', f.now);
  if (f.breached === false) q = q.where((eb) => eb.or([eb('tickets.sla_due_at', 'is', null), eb('tickets.sla_due_at', '>=', f.now)]));
  if (f.search) {
    const pattern = `%${escapeLike(f.search.toLowerCase())}%`;
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`lower(tickets.summary) like ${pattern} escape '\\'`,
        sql<boolean>`lower(tickets.reference) like ${pattern} escape '\\'`,
      ]),
    );
  }
  return q;
}

/** One page of a unit's open tickets: p1 first then oldest (`priority`), or the nearest SLA deadline first (`sla`). */
export async function queuePage(db: Db, f: QueueFilter, sort: QueueSort, after: QueueCursor | undefined, limit: number): Promise<TicketRow[]> {
  let q = filtered(db, f).selectAll('tickets');
  if (sort === 'priority') {
    if (after) {
      q = q.where((eb) =>
        eb.or([
          eb('tickets.priority', '>', after.k),
          eb.and([eb('tickets.priority', '=', after.k), eb('tickets.created_at', '>', after.c)]),
          eb.and([eb('tickets.priority', '=', after.k), eb('tickets.created_at', '=', after.c), eb('tickets.id', '>', after.id)]),
        ]),
      );
    }
    q = q.orderBy('tickets.priority').orderBy('tickets.created_at').orderBy('tickets.id');
  } else {
    // Tickets without a clock yet sort last: '~' follows every ISO timestamp.
    if (after) {
      q = q.where((eb) =>
        eb.or([
          eb(eb.fn.coalesce('tickets.sla_due_at', sql.lit('~')), '>', after.k),
          eb.and([eb(eb.fn.coalesce('tickets.sla_due_at', sql.lit('~')), '=', after.k), eb('tickets.id', '>', after.id)]),
        ]),
      );
    }
    q = q.orderBy('tickets.sla_due_at').orderBy('tickets.id');
  }
  return q.limit(limit).execute();
}

/** Open tickets of a unit by status and priority, and how many are past their deadline. */
export async function queueCounts(db: Db, unitId: string, now: string) {
  const rows = await filtered(db, { unitId, now })
    .select((eb) => [
      'tickets.status',
      'tickets.priority',
      eb.fn.countAll<string | number>().as('n'),
      eb.fn.sum<string | number | null>(sql`case when tickets.sla_due_at < ${now} then 1 else 0 end`).as('breached'),
    ])
    .groupBy(['tickets.status', 'tickets.priority'])
    .execute();
  const status: Record<string, number> = {};
  const priority: Record<string, number> = {};
  let total = 0;
  let breached = 0;
  for (const r of rows) {
    const n = Number(r.n);
    status[r.status] = (status[r.status] ?? 0) + n;
    priority[r.priority] = (priority[r.priority] ?? 0) + n;
    total += n;
    breached += Number(r.breached ?? 0);
  }
  return { total, breached, status, priority };
}

/** The SQL of a queue page, for EXPLAIN in the bench. */
export function queuePageQuery(db: Db, f: QueueFilter, sort: QueueSort, limit: number) {
  const q = filtered(db, f).selectAll('tickets');
  return (sort === 'priority' ? q.orderBy('tickets.priority').orderBy('tickets.created_at').orderBy('tickets.id') : q.orderBy('tickets.sla_due_at').orderBy('tickets.id'))
    .limit(limit)
    .compile();
}
