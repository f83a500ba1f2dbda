/**
 * The desk queue's queries: open tickets of one unit in queue order. They read the unit's own entries
 * of ticket_units, which carry a trigger-kept copy of each ticket's queue fields (0004), through partial
 * indexes that lead with the unit: a page is a range scan of that unit's open entries, and the counts
 * read those entries from the index alone, whatever the size of the city or of the closed history.
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../store/db.js';
import type { TicketStatus } from '../tickets/ticket.model.js';
import { PRIORITIES, type Category, type Priority } from '../triage/triage.types.js';
import type { Database, TicketRow } from '../store/tables.js';
import { OPEN_STATUSES } from '../tickets/ticket.model.js';

export type QueueSort = 'priority' | 'sla';

export interface QueueFilter {
  unitId: string;
  status?: TicketStatus[] | undefined;
  priority?: Priority[] | undefined;
  category?: Category[] | undefined;
  channel?: string[] | undefined;
  /** A user id, or null for unassigned tickets. */
  assignee?: number | null | undefined;
  breached?: boolean | undefined;
  /** Matched in the masked summary, the reference and the place's name. */
  search?: string | undefined;
  /** A phone in E.164: tickets of every contact with that number, whatever channel or spelling. */
  phone?: string | undefined;
  /** Received at or after / before these instants (ISO). */
  from?: string | undefined;
  to?: string | undefined;
  /**
   * History: every status the filter names (or every status at all), not only the open queue. Off the
   * open entries' partial indexes, so only for a search, a date range or a chosen closed status.
   */
  history?: boolean | undefined;
  /** The control room's own queue: tickets no station holds, and those escalated to it (`controlRankOf`). */
  unplacedOrEscalated?: boolean | undefined;
  /**
   * The city's desks (the control room, the Commissioner): their own work first, tickets no station
   * holds and escalated ones, then the rest, each part in the chosen order. Open queue only.
   */
  controlFirst?: boolean | undefined;
  now: string;
}

/** Where a page ended: the sort key of its last row (`r`, its control rank, in a control-first queue). */
export interface QueueCursor {
  k: string;
  c: string;
  id: number;
  r?: number | undefined;
}

type UnitsEb = ExpressionBuilder<Database, 'ticket_units'>;

/**
 * Open statuses, which the queue's partial indexes cover (migration 0004 keeps its own copy of the
 * list; test/queue-index.test.ts checks the two agree); the query repeats them literally so that both
 * planners can use those indexes.
 */
const INDEXED_OPEN = OPEN_STATUSES;

/** The unit's own open entries; an earlier owner keeps read access to a transferred ticket but not a place in its queue. */
function onQueueOf(eb: UnitsEb, unitId: string) {
  return eb.and([
    eb('ticket_units.unit_id', '=', unitId),
    sql<boolean>`ticket_units.status in (${sql.join(INDEXED_OPEN.map((s) => sql.lit(s)))})`,
    eb('ticket_units.relation', '!=', 'previous'),
  ]);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Every entry of the unit that is its own (not a read-only earlier owner's), whatever the status. */
function onDeskOf(eb: UnitsEb, unitId: string) {
  return eb.and([eb('ticket_units.unit_id', '=', unitId), eb('ticket_units.relation', '!=', 'previous')]);
}

function filtered(db: Db, f: QueueFilter) {
  // Filters on the copied fields stay in the index; category, channel and search read the ticket,
  // which the page reads anyway.
  let q = db
    .selectFrom('ticket_units')
    .innerJoin('tickets', 'tickets.id', 'ticket_units.ticket_id')
    .where((eb) => (f.history ? onDeskOf(eb, f.unitId) : onQueueOf(eb, f.unitId)));
  // The city's entries, literally, so that both planners take the control indexes (0040), which cover only those.
  if (f.controlFirst && !f.history) q = q.where(sql<boolean>`ticket_units.relation = 'city'`);
  if (f.status?.length) q = q.where('ticket_units.status', 'in', f.status);
  if (f.priority?.length) q = q.where('ticket_units.priority', 'in', f.priority);
  if (f.category?.length) q = q.where('tickets.category', 'in', f.category);
  if (f.channel?.length) q = q.where('tickets.channel', 'in', f.channel);
  if (f.assignee === null) q = q.where('ticket_units.assignee_id', 'is', null);
  else if (f.assignee !== undefined) q = q.where('ticket_units.assignee_id', '=', f.assignee);
  if (f.breached === true) q = q.where('ticket_units.sla_due_at', '<', f.now);
  if (f.breached === false) q = q.where((eb) => eb.or([eb('ticket_units.sla_due_at', 'is', null), eb('ticket_units.sla_due_at', '>=', f.now)]));
  if (f.unplacedOrEscalated) q = q.where('ticket_units.control_rank', '=', 0);
  if (f.from) q = q.where('ticket_units.created_at', '>=', f.from);
  if (f.to) q = q.where('ticket_units.created_at', '<', f.to);
  if (f.search) {
    const pattern = `%${escapeLike(f.search.toLowerCase())}%`;
    const phone = f.phone;
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`lower(tickets.summary) like ${pattern} escape '\\'`,
        sql<boolean>`lower(tickets.reference) like ${pattern} escape '\\'`,
        sql<boolean>`lower(coalesce(tickets.place_name, '')) like ${pattern} escape '\\'`,
        ...(phone ? [eb('tickets.contact_id', 'in', eb.selectFrom('contacts').select('contacts.id').where('contacts.phone_e164', '=', phone))] : []),
      ]),
    );
  }
  return q;
}

/** One page of a unit's open tickets: p1 first then oldest (`priority`), or the nearest SLA deadline first (`sla`). */
export async function queuePage(db: Db, f: QueueFilter, sort: QueueSort, after: QueueCursor | undefined, limit: number): Promise<TicketRow[]> {
  let q = filtered(db, f).selectAll('tickets');
  const rank = f.controlFirst === true && !f.history;
  if (sort === 'priority') {
    // A row-value comparison, so that both engines start the next page by seeking in the index
    // instead of re-reading the pages before it.
    if (after) {
      q = rank
        ? q.where((eb) =>
            eb(
              eb.refTuple('ticket_units.control_rank', 'ticket_units.priority', 'ticket_units.created_at', 'ticket_units.ticket_id'),
              '>',
              eb.tuple(after.r ?? 0, priorityOf(after.k), after.c, after.id),
            ),
          )
        : q.where((eb) =>
            eb(eb.refTuple('ticket_units.priority', 'ticket_units.created_at', 'ticket_units.ticket_id'), '>', eb.tuple(priorityOf(after.k), after.c, after.id)),
          );
    }
  } else if (after) {
    // Tickets without a clock yet sort last: '~' follows every ISO timestamp.
    const pastDeadline = (eb: UnitsEb) =>
      eb.or([
        eb(eb.fn.coalesce('ticket_units.sla_due_at', sql.lit('~')), '>', after.k),
        eb.and([eb(eb.fn.coalesce('ticket_units.sla_due_at', sql.lit('~')), '=', after.k), eb('ticket_units.ticket_id', '>', after.id)]),
      ]);
    q = rank
      ? q.where((eb) => eb.or([eb('ticket_units.control_rank', '>', after.r ?? 0), eb.and([eb('ticket_units.control_rank', '=', after.r ?? 0), pastDeadline(eb)])]))
      : q.where((eb) => pastDeadline(eb));
  }
  return ordered(q, sort, rank).limit(limit).execute();
}

/** The queue's order, the control rank first on the city's control-first queue. */
function ordered<Q extends { orderBy(ref: 'ticket_units.control_rank' | 'ticket_units.priority' | 'ticket_units.created_at' | 'ticket_units.ticket_id' | 'ticket_units.sla_due_at'): Q }>(
  q: Q,
  sort: QueueSort,
  rank: boolean,
): Q {
  const r = rank ? q.orderBy('ticket_units.control_rank') : q;
  return sort === 'priority'
    ? r.orderBy('ticket_units.priority').orderBy('ticket_units.created_at').orderBy('ticket_units.ticket_id')
    : r.orderBy('ticket_units.sla_due_at').orderBy('ticket_units.ticket_id');
}

function countsQuery(db: Db, unitId: string, now: string) {
  // ticket_units alone: every column it needs is in ticket_units_queue_idx, so no ticket is read.
  return db
    .selectFrom('ticket_units')
    .where((eb) => onQueueOf(eb, unitId))
    .select((eb) => [
      'ticket_units.status',
      'ticket_units.priority',
      eb.fn.countAll<string | number>().as('n'),
      eb.fn.sum<string | number | null>(sql`case when ticket_units.sla_due_at < ${now} then 1 else 0 end`).as('breached'),
    ])
    .groupBy(['ticket_units.status', 'ticket_units.priority']);
}

/** Open tickets of a unit by status and priority, and how many are past their deadline. */
export async function queueCounts(db: Db, unitId: string, now: string) {
  const rows = await countsQuery(db, unitId, now).execute();
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
  return ordered(filtered(db, f).selectAll('tickets'), sort, Boolean(f.controlFirst && !f.history))
    .limit(limit)
    .compile();
}

/** The SQL of a unit's queue counts, for EXPLAIN in the bench. */
export function queueCountsQuery(db: Db, unitId: string, now: string) {
  return countsQuery(db, unitId, now).compile();
}

/** The priority a priority-sorted cursor carries (the service checked it when it decoded the cursor). */
function priorityOf(k: string): Priority {
  return PRIORITIES.find((p) => p === k) ?? 'p3';
}
