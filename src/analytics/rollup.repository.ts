/** The rollup tables: applying a contribution's difference, each ticket's last contribution, the worker's cursor. */
import { CompiledQuery, sql } from 'kysely';
import type { Db } from '../store/db.js';
import { HOURLY_COLUMNS, OFFICER_COUNTERS, parseCells, UNIT_COLUMNS, type Cells } from './rollup.model.js';

const HOURLY_KEYS = ['hour', 'station_id', 'zone_id', 'category', 'channel', 'priority', 'language'] as const;
const OFFICER_KEYS = ['day', 'station_id', 'zone_id', 'officer_id'] as const;
const PLACE_KEYS = ['day', 'station_id', 'zone_id', 'category', 'hex_q', 'hex_r'] as const;
const UNIT_KEYS = ['day', 'station_id', 'zone_id'] as const;
const DIM_KEYS = ['day', 'station_id', 'zone_id', 'dim', 'value'] as const;
const MONTH_KEYS = ['month', 'station_id', 'zone_id', 'dim', 'value'] as const;
const CHUNK = 150;

/** Adds a difference of counters to the rollups (upserts that add, so it composes with any other pass). */
export async function applyCells(db: Db, diff: Cells): Promise<void> {
  const hourly: Array<{ key: string[]; counters: Record<string, number> }> = [];
  const officer: Array<{ key: string[]; counters: Record<string, number> }> = [];
  const place: Array<{ key: string[]; counters: Record<string, number> }> = [];
  const unit: Array<{ key: string[]; counters: Record<string, number> }> = [];
  const dim: Array<{ key: string[]; counters: Record<string, number> }> = [];
  const month: Array<{ key: string[]; counters: Record<string, number> }> = [];
  for (const [key, counters] of Object.entries(diff)) {
    const [kind, ...rest] = key.split('|');
    if (kind === 'h' && rest.length === HOURLY_KEYS.length) hourly.push({ key: rest, counters });
    else if (kind === 'o' && rest.length === OFFICER_KEYS.length) officer.push({ key: rest, counters });
    else if (kind === 'p' && rest.length === PLACE_KEYS.length) place.push({ key: rest, counters });
    else if (kind === 'u' && rest.length === UNIT_KEYS.length) unit.push({ key: rest, counters });
    else if (kind === 'x' && rest.length === DIM_KEYS.length) dim.push({ key: rest, counters });
    else if (kind === 'm' && rest.length === MONTH_KEYS.length) month.push({ key: rest, counters });
  }
  await upsertAdding(db, 'analytics_hourly', HOURLY_KEYS, HOURLY_COLUMNS, hourly);
  await upsertAdding(db, 'analytics_officer_daily', OFFICER_KEYS, OFFICER_COUNTERS, officer);
  await upsertAdding(db, 'analytics_place_daily', PLACE_KEYS, ['opened'], place);
  await upsertAdding(db, 'analytics_unit_daily', UNIT_KEYS, UNIT_COLUMNS, unit);
  await upsertAdding(db, 'analytics_dim_daily', DIM_KEYS, ['opened'], dim);
  await upsertAdding(db, 'analytics_dim_monthly', MONTH_KEYS, ['opened'], month);
}

/**
 * Multi-row upserts that add, written as plain SQL text with placeholders: a rebuild writes hundreds
 * of thousands of rows, and building each value as a query-builder node cost more than the database.
 * Table and column names come from the fixed lists above, never from input.
 */
async function upsertAdding(
  db: Db,
  table: string,
  keys: readonly string[],
  counters: readonly string[],
  rows: ReadonlyArray<{ key: string[]; counters: Record<string, number> }>,
): Promise<void> {
  if (rows.length === 0) return;
  // '?' on SQLite, '$1' on PostgreSQL: ask the dialect once.
  const numbered = sql`${0}`.compile(db).sql.startsWith('$');
  const numericKey = (k: string) => k === 'officer_id' || k === 'hex_q' || k === 'hex_r';
  const cols = [...keys, ...counters];
  const quote = (c: string) => `"${c}"`;
  const sets = counters.map((c) => `${quote(c)} = ${quote(table)}.${quote(c)} + excluded.${quote(c)}`).join(', ');
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const params: Array<string | number> = [];
    const tuples: string[] = [];
    for (const r of chunk) {
      const marks: string[] = [];
      keys.forEach((k, j) => {
        params.push(numericKey(k) ? Number(r.key[j]) : (r.key[j] ?? ''));
        marks.push(numbered ? `$${params.length}` : '?');
      });
      for (const c of counters) {
        params.push(r.counters[c] ?? 0);
        marks.push(numbered ? `$${params.length}` : '?');
      }
      tuples.push(`(${marks.join(', ')})`);
    }
    const text = `insert into ${quote(table)} (${cols.map(quote).join(', ')}) values ${tuples.join(', ')} on conflict (${keys.map(quote).join(', ')}) do update set ${sets}`;
    await db.executeQuery(CompiledQuery.raw(text, params));
  }
}

/** The last contributions of some tickets. */
export async function readFacts(db: Db, ticketIds: readonly number[]): Promise<Map<number, Cells>> {
  const out = new Map<number, Cells>();
  for (let i = 0; i < ticketIds.length; i += 500) {
    const rows = await db.selectFrom('analytics_ticket_facts').selectAll().where('ticket_id', 'in', ticketIds.slice(i, i + 500)).execute();
    for (const r of rows) out.set(Number(r.ticket_id), parseCells(r.cells));
  }
  return out;
}

/** Stores the tickets' present contributions. */
export async function writeFacts(db: Db, facts: ReadonlyArray<{ ticketId: number; cells: Cells }>): Promise<void> {
  for (let i = 0; i < facts.length; i += 500) {
    const chunk = facts.slice(i, i + 500).map((f) => ({ ticket_id: f.ticketId, cells: JSON.stringify(f.cells) }));
    if (chunk.length === 0) continue;
    await db
      .insertInto('analytics_ticket_facts')
      .values(chunk)
      .onConflict((oc) => oc.column('ticket_id').doUpdateSet((eb) => ({ cells: eb.ref('excluded.cells') })))
      .execute();
  }
}

export const ROLLUP_CURSOR = 'rollup';

/** Takes the worker's cursor, locking its row until the transaction ends (one pass at a time, on PostgreSQL too). */
export async function lockCursor(db: Db, initialUpdatedAfter: () => Promise<string>): Promise<{ auditId: number; updatedAfter: string }> {
  const locked = await db
    .updateTable('analytics_cursors')
    .set((eb) => ({ passes: eb('passes', '+', 1) }))
    .where('name', '=', ROLLUP_CURSOR)
    .returning(['audit_id', 'updated_after'])
    .executeTakeFirst();
  if (locked) return { auditId: Number(locked.audit_id), updatedAfter: locked.updated_after };
  // The first pass ever: the audit log holds the whole history, so the updated_at net starts from now.
  const updatedAfter = await initialUpdatedAfter();
  await db.insertInto('analytics_cursors').values({ name: ROLLUP_CURSOR, audit_id: 0, updated_after: updatedAfter, passes: 1 }).onConflict((oc) => oc.column('name').doNothing()).execute();
  return lockCursor(db, initialUpdatedAfter);
}

export async function saveCursor(db: Db, c: { auditId: number; updatedAfter: string }): Promise<void> {
  await db.updateTable('analytics_cursors').set({ audit_id: c.auditId, updated_after: c.updatedAfter }).where('name', '=', ROLLUP_CURSOR).execute();
}

/** The latest change time of any ticket ('' when there is none). */
export async function latestTicketUpdate(db: Db): Promise<string> {
  const row = await db.selectFrom('tickets').select((eb) => eb.fn.max('updated_at').as('m')).executeTakeFirst();
  return row?.m ?? '';
}

/** Empties the rollups and the contributions, and rewinds the cursor to the start of the audit log. */
export async function resetRollups(db: Db): Promise<void> {
  await db.deleteFrom('analytics_hourly').execute();
  await db.deleteFrom('analytics_officer_daily').execute();
  await db.deleteFrom('analytics_place_daily').execute();
  await db.deleteFrom('analytics_unit_daily').execute();
  await db.deleteFrom('analytics_dim_daily').execute();
  await db.deleteFrom('analytics_dim_monthly').execute();
  await db.deleteFrom('analytics_ticket_facts').execute();
  await saveCursor(db, { auditId: 0, updatedAfter: await latestTicketUpdate(db) });
}
