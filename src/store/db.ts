/** The database: Kysely over better-sqlite3 (embedded) or pg, one set of queries for both. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, type Transaction } from 'kysely';
import pg from 'pg';
import { startCheckpointer } from './checkpointer.js';
import type { Database } from './tables.js';

/** The main connection's own checkpoint threshold when a worker checkpoints (4 KiB pages). */
const SAFETY_CHECKPOINT_PAGES = 10_000;

export type Engine = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  engine: Engine;
  /** For PostgreSQL: the URL, so that LISTEN can open its own connection. */
  url: string | null;
  close(): Promise<void>;
}

export type Tx = Transaction<Database>;
export type Db = Kysely<Database> | Tx;

export interface StoreOptions {
  databaseUrl?: string | undefined;
  /** Folder for the SQLite file; `:memory:` keeps it in memory. */
  dataDir: string;
  poolSize?: number;
}

/** Opens the configured database: PostgreSQL when a URL is given, else SQLite under dataDir. */
export function openStore(opts: StoreOptions): Store {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    // A dropped idle connection must not bring the process down; the pool replaces it.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', url: opts.databaseUrl, close: () => db.destroy() };
  }
  let file = ':memory:';
  if (opts.dataDir !== ':memory:') {
    mkdirSync(opts.dataDir, { recursive: true });
    file = join(opts.dataDir, 'chowki.db');
  }
  const sqlite = new SQLite(file);
  applySqlitePragmas(sqlite);
  // A file's checkpoints run in a worker (checkpointer.ts); the main connection checkpoints itself only
  // if the log reaches about 40 MB, which the worker never lets happen while it runs.
  const checkpointer = file === ':memory:' ? null : startCheckpointer(file);
  if (checkpointer) sqlite.pragma(`wal_autocheckpoint = ${SAFETY_CHECKPOINT_PAGES}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    engine: 'sqlite',
    url: null,
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

/**
 * The settings of every connection Chowki opens on an SQLite file (and of the bench's raw ceiling, so that
 * it measures the same database). Temporary storage is in memory: SQLite builds a small temporary table for
 * every RETURNING clause and every multi-row insert that fires triggers (each ticket, its unit rows, each
 * stored item), and on a temporary file each one cost 40–80 µs; in memory intake carries 30% more items a
 * second (BENCHMARKS.md). Nothing large is sorted outside an index, so the memory it takes stays small.
 */
export function applySqlitePragmas(sqlite: SQLite.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('temp_store = MEMORY');
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements can be reused, and preparing
 * was a tenth of intake's time. The same SQL text always compiles to the same statement.
 */
function withStatementCache(sqlite: SQLite.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let stmt = cache.get(text);
      if (!stmt) {
        stmt = sqlite.prepare(text);
        if (cache.size >= max) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

/** Now, as the ISO-8601 UTC text every timestamp column holds. */
export function nowIso(clock: () => number = Date.now): string {
  return new Date(clock()).toISOString();
}
