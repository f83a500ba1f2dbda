import type { Db } from '../store/db.js';
import { insertCompiled, insertCompiledId } from '../store/compiled-insert.js';
import type { NewTicket, TicketRow, TicketUpdate } from '../store/tables.js';
import type { Relation } from '../auth/access.js';
import type { Category, Priority } from '../triage/triage.types.js';
import { judgeSentiment, type Sentiment } from '../triage/sentiment.js';
import { recordOfficerPraise } from './praise.repository.js';
import type { TicketStatus } from './ticket.model.js';
import { MAX_ESCALATION_LEVEL } from './sla.clock.js';

/** Adds `count` to a city's counter of the year (one upsert) and returns the new last number. */
async function advanceReferenceSeq(db: Db, cityId: string, year: number, count: number): Promise<number> {
  // One upsert: the row lock it takes serialises concurrent tickets of a city on PostgreSQL.
  const row = await db
    .insertInto('reference_counters')
    .values({ city_id: cityId, year, last_seq: count })
    .onConflict((oc) =>
      oc.columns(['city_id', 'year']).doUpdateSet((eb) => ({ last_seq: eb('reference_counters.last_seq', '+', count) })),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

/** The numbers a transaction has reserved and not handed out yet, by city and year (holdReferences). */
interface ReferenceBlock {
  cityId: string;
  year: number;
  next: number;
  top: number;
}

const heldReferences = new WeakMap<Db, { size: number; blocks: Map<string, ReferenceBlock> }>();

/**
 * Lets the transaction `tx` reserve reference numbers `size` at a time (an intake batch opening up to
 * `size` tickets): one counter update a batch instead of one a ticket. A transaction that holds numbers
 * must call releaseReferences before it commits, which gives back the ones it did not use when nobody took
 * a number after them, so that a city's references have no gaps; a number taken meanwhile by another path
 * comes after the reserved ones, never among them. Only for a transaction that is rolled back whole on any
 * failure: a savepoint rolled back would return the reservation's lock and not its numbers.
 */
export function holdReferences(tx: Db, size: number): void {
  heldReferences.set(tx, { size: Math.max(1, size), blocks: new Map() });
}

/** Gives back what `tx` reserved and did not use (see holdReferences). */
export async function releaseReferences(tx: Db): Promise<void> {
  const held = heldReferences.get(tx);
  heldReferences.delete(tx);
  for (const b of held?.blocks.values() ?? []) {
    if (b.next > b.top) continue;
    await tx
      .updateTable('reference_counters')
      .set({ last_seq: b.next - 1 })
      .where('city_id', '=', b.cityId)
      .where('year', '=', b.year)
      .where('last_seq', '=', b.top)
      .execute();
  }
}

/** The next reference number of a city's year: from the transaction's reservation when it holds one. */
export async function takeReferenceSeq(db: Db, cityId: string, year: number): Promise<number> {
  const held = heldReferences.get(db);
  if (!held) return advanceReferenceSeq(db, cityId, year, 1);
  const key = `${cityId}|${year}`;
  const block = held.blocks.get(key);
  if (block && block.next <= block.top) return block.next++;
  const top = await advanceReferenceSeq(db, cityId, year, held.size);
  held.blocks.set(key, { cityId, year, next: top - held.size + 2, top });
  return top - held.size + 1;
}

/**
 * Inserts a ticket and returns its row as written: the values given, the columns' defaults (0002, 0006)
 * and nulls, built as one literal of every column (the type checks that none is missing, and
 * test/compiled-insert.test.ts reads the row back on both engines). Merging the defaults with `{ ...a, ...b }`
 * took V8 40 µs a ticket, a fifth of an intake item.
 */
export async function insertTicket(db: Db, t: NewTicket): Promise<TicketRow> {
  const id = await insertCompiledId(db, 'tickets', t);
  return {
    id,
    reference: t.reference,
    city_id: t.city_id,
    status: t.status,
    category: t.category,
    priority: t.priority,
    language: t.language,
    flags: t.flags,
    station_id: t.station_id ?? null,
    zone_id: t.zone_id ?? null,
    place_id: t.place_id ?? null,
    place_name: t.place_name ?? null,
    place_lat: t.place_lat ?? null,
    place_lon: t.place_lon ?? null,
    place_method: t.place_method,
    place_confidence: t.place_confidence,
    reasons: t.reasons,
    channel: t.channel,
    contact_id: t.contact_id ?? null,
    assignee_id: t.assignee_id ?? null,
    summary: t.summary,
    tracking_token_hash: t.tracking_token_hash,
    outcome: t.outcome ?? null,
    created_at: t.created_at,
    updated_at: t.updated_at,
    first_response_at: t.first_response_at ?? null,
    resolved_at: t.resolved_at ?? null,
    first_response_due_at: t.first_response_due_at ?? null,
    resolve_due_at: t.resolve_due_at ?? null,
    sla_due_at: t.sla_due_at ?? null,
    escalate_at: t.escalate_at ?? null,
    escalated_at: t.escalated_at ?? null,
    escalation_level: t.escalation_level ?? 0,
    merged_into_id: t.merged_into_id ?? null,
    locked_fields: t.locked_fields ?? '[]',
  };
}

export async function updateTicket(db: Db, id: number, patch: TicketUpdate): Promise<TicketRow> {
  return db.updateTable('tickets').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/**
 * 0 for the control room's own tickets (no station holds it, an officer set it escalated, or its clock
 * escalated it to the control room), 1 for the rest: what ticket_units.control_rank holds (0040).
 */
export function controlRankOf(t: Pick<TicketRow, 'station_id' | 'status' | 'escalation_level'>): 0 | 1 {
  return t.station_id === null || t.status === 'escalated' || t.escalation_level >= MAX_ESCALATION_LEVEL ? 0 : 1;
}

/**
 * Records the units of a ticket just written, in one statement, each row with its copy of the ticket's
 * queue fields (0004) and control rank (0040) taken from `ticket` as written: the fill triggers then have
 * nothing to do (0082), which on SQLite spares each row two more writes.
 */
export async function insertTicketUnits(db: Db, ticket: TicketRow, units: Array<{ unitId: string; relation: Relation }>) {
  const seen = new Set<string>();
  const rows = units.filter((u) => !seen.has(u.unitId) && seen.add(u.unitId));
  if (rows.length === 0) return;
  const copy = {
    status: ticket.status,
    priority: ticket.priority,
    created_at: ticket.created_at,
    sla_due_at: ticket.sla_due_at,
    assignee_id: ticket.assignee_id,
    control_rank: controlRankOf(ticket),
  };
  await insertCompiled(db, 'ticket_units', rows.map((u) => ({ ticket_id: ticket.id, unit_id: u.unitId, relation: u.relation, ...copy })));
}

export async function listTicketUnits(db: Db, ticketId: number) {
  return db.selectFrom('ticket_units').select(['unit_id', 'relation']).where('ticket_id', '=', ticketId).execute();
}

export async function findTicketForUnit(db: Db, ticketId: number, unitId: string) {
  return db
    .selectFrom('tickets')
    .innerJoin('ticket_units', 'ticket_units.ticket_id', 'tickets.id')
    .selectAll('tickets')
    .select('ticket_units.relation')
    .where('tickets.id', '=', ticketId)
    .where('ticket_units.unit_id', '=', unitId)
    .executeTakeFirst();
}

export async function findTicketByReference(db: Db, reference: string): Promise<TicketRow | undefined> {
  return db.selectFrom('tickets').selectAll().where('reference', '=', reference).executeTakeFirst();
}

export interface TicketFilter {
  unitId: string;
  status?: TicketStatus[] | undefined;
  station?: string | undefined;
  priority?: Priority[] | undefined;
  category?: Category[] | undefined;
  /** Ids below this (newest first paging). */
  beforeId?: number | undefined;
  limit: number;
}

/** The tickets a unit sees, newest first. */
export async function listTicketsForUnit(db: Db, f: TicketFilter): Promise<TicketRow[]> {
  let q = db
    .selectFrom('tickets')
    .innerJoin('ticket_units', 'ticket_units.ticket_id', 'tickets.id')
    .selectAll('tickets')
    .where('ticket_units.unit_id', '=', f.unitId);
  if (f.status?.length) q = q.where('tickets.status', 'in', f.status);
  if (f.priority?.length) q = q.where('tickets.priority', 'in', f.priority);
  if (f.category?.length) q = q.where('tickets.category', 'in', f.category);
  if (f.station) q = q.where('tickets.station_id', '=', f.station);
  if (f.beforeId !== undefined) q = q.where('tickets.id', '<', f.beforeId);
  return q.orderBy('tickets.id', 'desc').limit(f.limit).execute();
}

export async function insertTicketMessage(
  db: Db,
  m: {
    ticketId: number;
    inboundId: number | null;
    direction: 'in' | 'out' | 'note';
    channel: string;
    authorUserId: number | null;
    text: string;
    at: string;
    /** A citizen's message: how to answer it. */
    reply?: { to: string; public: boolean } | null;
    /** A reply: who reads it. */
    visibility?: 'public' | 'private' | null;
    /** The client's key of the request that wrote it (a retried reply writes nothing twice). */
    clientKey?: string | null;
    /** A citizen's message: its sentiment when the caller has judged it already (intake's worker). */
    sentiment?: Sentiment | undefined;
  },
): Promise<number> {
  // A citizen's message keeps its sentiment; praise that names an officer is recorded for their SHO.
  const sentiment = m.direction === 'in' ? (m.sentiment ?? judgeSentiment(m.text).label) : null;
  const [row] = await insertCompiled<'ticket_messages', { id: number }>(
    db,
    'ticket_messages',
    [
      {
        ticket_id: m.ticketId,
        inbound_id: m.inboundId,
        direction: m.direction,
        channel: m.channel,
        author_user_id: m.authorUserId,
        text: m.text,
        created_at: m.at,
        reply_to: m.reply?.to ?? null,
        reply_public: m.reply ? (m.reply.public ? 1 : 0) : null,
        visibility: m.visibility ?? null,
        client_key: m.clientKey ?? null,
        sentiment,
      },
    ],
    ['id'],
  );
  if (row === undefined) throw new Error('the message insert returned no row');
  if (sentiment === 'praise') await recordOfficerPraise(db, { ticketId: m.ticketId, messageId: row.id, text: m.text, at: m.at });
  return row.id;
}

export async function listTicketMessages(db: Db, ticketId: number) {
  return db
    .selectFrom('ticket_messages')
    .leftJoin('users', 'users.id', 'ticket_messages.author_user_id')
    .select([
      'ticket_messages.id',
      'ticket_messages.direction',
      'ticket_messages.channel',
      'ticket_messages.text',
      'ticket_messages.created_at',
      'users.display_name as author_name',
    ])
    .where('ticket_messages.ticket_id', '=', ticketId)
    .orderBy('ticket_messages.id')
    .execute();
}
