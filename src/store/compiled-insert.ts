/**
 * Inserts on intake's hot path through SQL compiled once. Kysely builds and compiles a statement anew on
 * every call (an immutable tree of nodes, frozen, then visited): about a tenth of an intake item's CPU
 * profile on SQLite. The SQL of an insert depends only on the dialect, the table, the column list, the
 * number of rows and what it returns, so for the inserts every new ticket makes (the ticket, its unit rows,
 * its message, its audit rows) it is compiled by Kysely the first time and reused with new parameters
 * after: 5% more items per second, interleaved with the code before (BENCHMARKS.md).
 */
import { CompiledQuery, SqliteAdapter, type Insertable } from 'kysely';
import type { Db } from './db.js';
import type { Database } from './tables.js';

type Table = keyof Database & string;
type Returning = 'none' | 'all' | readonly string[];

const compiledSql = new Map<string, string>();
/** Bounded: a key per table, column list and row count in use, a few dozen in practice. */
const MAX_ENTRIES = 500;

function valueList(row: Record<string, unknown>, columns: readonly string[]): unknown[] {
  return columns.map((c) => row[c]);
}

/**
 * Inserts `rows` (all with the same columns, in the same order) and returns what `returning` asks for.
 * Rows whose columns differ go through Kysely as built, as does any statement whose compiled parameters
 * are not the row values in column order (so nothing Kysely would write differently is ever cached).
 */
export async function insertCompiled<T extends Table, R = Record<string, unknown>>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  returning: Returning = 'none',
): Promise<R[]> {
  return (await executeInsert<T, R>(db, table, rows, returning)).rows;
}

/**
 * Inserts one row and returns its generated id: on SQLite the connection's last row id, so that no
 * RETURNING clause builds a temporary table for it (a ticket row cost 62 µs with `returning *` and about
 * half that without, BENCHMARKS.md); on PostgreSQL `returning id`.
 */
export async function insertCompiledId<T extends Table>(db: Db, table: T, row: Insertable<Database[T]>): Promise<number> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    const [r] = await insertCompiled<T, { id: number }>(db, table, [row], ['id']);
    if (r === undefined) throw new Error(`the ${table} insert returned no row`);
    return r.id;
  }
  const { insertId } = await executeInsert(db, table, [row], 'none');
  if (insertId === undefined) throw new Error(`the ${table} insert gave no row id`);
  return Number(insertId);
}

async function executeInsert<T extends Table, R>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  returning: Returning,
): Promise<{ rows: R[]; insertId?: bigint }> {
  const records = rows as readonly Record<string, unknown>[];
  const first = records[0];
  if (first === undefined) return { rows: [] };
  const columns = Object.keys(first).filter((c) => first[c] !== undefined);
  const sameShape = records.every((r, i) => {
    if (i === 0) return true;
    const keys = Object.keys(r).filter((c) => r[c] !== undefined);
    return keys.length === columns.length && keys.every((k, i) => k === columns[i]);
  });
  const params = records.flatMap((r) => valueList(r, columns));
  const dialect = db.getExecutor().adapter.constructor.name;
  const key = `${dialect}|${table}|${columns.join(',')}|${records.length}|${typeof returning === 'string' ? returning : returning.join(',')}`;
  const cached = sameShape ? compiledSql.get(key) : undefined;
  if (cached !== undefined) return db.executeQuery<R>(CompiledQuery.raw(cached, params));

  const base = db.insertInto(table).values(rows as never);
  const compiled =
    returning === 'none' ? base.compile() : returning === 'all' ? base.returningAll().compile() : base.returning(returning as never).compile();
  const reusable = sameShape && compiled.parameters.length === params.length && compiled.parameters.every((p, i) => p === params[i]);
  if (reusable) {
    if (compiledSql.size >= MAX_ENTRIES) compiledSql.clear();
    compiledSql.set(key, compiled.sql);
  }
  return db.executeQuery<R>(compiled);
}
