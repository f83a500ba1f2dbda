/**
 * Backups a force can restore: `chowki backup <dir>` writes the database (SQLite's online backup, or
 * `pg_dump` in PostgreSQL's custom format, taken in the same snapshot as the row counts), the media
 * files and a manifest of hashes and counts; `chowki restore <dir>` checks all of it before it touches
 * anything, restores into an empty database (or over one with `force`), brings the schema forward and
 * checks the restored counts against the manifest.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { z } from 'zod';
import type { Config } from '../config.js';
import { mediaPath } from '../media/media.store.js';
import { openStore, type Engine } from '../store/db.js';
import { KNOWN_MIGRATIONS, migrateToLatest } from '../store/migrate.js';

export const BACKUP_FORMAT = 'chowki-backup/1';

/** The tables whose row counts a restore must give back exactly: what a force cannot lose. */
export const COUNTED_TABLES = ['tickets', 'ticket_messages', 'inbound', 'audit_log', 'outbox', 'users', 'ticket_attachments'] as const;

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  engine: z.enum(['sqlite', 'postgres']),
  createdAt: z.string(),
  schema: z.string(),
  database: z.object({ file: z.string().regex(/^[\w.-]+$/), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  media: z.object({ files: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() }),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** A problem a user can act on: the CLI prints the message alone, without a stack. */
export class BackupError extends Error {}

type BackupConfig = Pick<Config, 'databaseUrl' | 'dataDir' | 'media'>;

function engineOf(config: BackupConfig): Engine {
  return config.databaseUrl ? 'postgres' : 'sqlite';
}

function sqliteFile(config: BackupConfig): string {
  if (config.dataDir === ':memory:') throw new BackupError('The database is in memory (CHOWKI_DATA_DIR=:memory:): there is nothing on disk to back up or restore into.');
  return join(config.dataDir, 'chowki.db');
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Runs a PostgreSQL client tool; a missing tool or a failure is a sentence, not a stack. */
function runTool(tool: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', (e: NodeJS.ErrnoException) =>
      reject(new BackupError(e.code === 'ENOENT' ? `${tool} was not found: install PostgreSQL's client tools (the server's version or newer).` : `${tool} could not start: ${e.message}`)),
    );
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new BackupError(`${tool} failed (exit ${code}): ${err.trim().split('\n').slice(-3).join(' ')}`))));
  });
}

/** Every stored media file (named by its SHA-256 under ab/cd/), in a stable order. */
async function listMedia(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const a of (await readdir(dir)).sort()) {
    if (!/^[0-9a-f]{2}$/.test(a)) continue;
    for (const b of (await readdir(join(dir, a))).sort()) {
      if (!/^[0-9a-f]{2}$/.test(b)) continue;
      for (const name of (await readdir(join(dir, a, b))).sort()) if (/^[0-9a-f]{64}$/.test(name)) found.push(name);
    }
  }
  return found;
}

/** Copies media files from one store to another, each checked against its name; returns the count and bytes. */
async function copyMedia(from: string, to: string, skipExisting: boolean): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const sha of await listMedia(from)) {
    const source = mediaPath(from, sha);
    if ((await fileSha256(source)) !== sha) throw new BackupError(`The media file ${sha} does not match its hash: it is damaged, so it was not copied.`);
    const target = mediaPath(to, sha);
    const size = (await stat(source)).size;
    files++;
    bytes += size;
    if (skipExisting && existsSync(target)) continue;
    await mkdir(join(to, sha.slice(0, 2), sha.slice(2, 4)), { recursive: true });
    const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await copyFile(source, tmp);
    await rename(tmp, target);
  }
  return { files, bytes };
}

async function countSqlite(file: string): Promise<{ counts: Record<string, number>; schema: string }> {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const counts: Record<string, number> = {};
    for (const t of COUNTED_TABLES) counts[t] = (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
    const last = db.prepare('select name from kysely_migration order by name desc limit 1').get() as { name: string } | undefined;
    return { counts, schema: last?.name ?? '' };
  } finally {
    db.close();
  }
}

async function countPg(client: pg.ClientBase): Promise<{ counts: Record<string, number>; schema: string }> {
  const counts: Record<string, number> = {};
  for (const t of COUNTED_TABLES) counts[t] = Number((await client.query<{ n: string }>(`select count(*) as n from ${t}`)).rows[0]?.n ?? 0);
  const last = await client.query<{ name: string }>('select name from kysely_migration order by name desc limit 1');
  return { counts, schema: last.rows[0]?.name ?? '' };
}

/** Writes a backup of the configured database and media into `dir` (which must be new or empty). */
export async function backupTo(config: BackupConfig, dir: string, now: () => number = Date.now): Promise<BackupManifest> {
  if (existsSync(dir) && (await readdir(dir)).length > 0) throw new BackupError(`${dir} is not empty: a backup goes into a new folder, so that it never mixes with another one.`);
  await mkdir(dir, { recursive: true });
  const engine = engineOf(config);
  let dbFile: string;
  let counted: { counts: Record<string, number>; schema: string };
  if (engine === 'sqlite') {
    const source = sqliteFile(config);
    if (!existsSync(source)) throw new BackupError(`There is no database at ${source}: nothing to back up.`);
    dbFile = 'chowki.db';
    // The online backup API: consistent while Chowki runs, the WAL included.
    const db = new SQLite(source, { fileMustExist: true });
    try {
      await db.backup(join(dir, dbFile));
    } finally {
      db.close();
    }
    // The copy keeps the source's WAL mode, so reading it (the counts below) would leave a -wal and a -shm
    // beside it that no manifest names: made a single self-contained file; Chowki sets WAL again when it opens it.
    const copy = new SQLite(join(dir, dbFile), { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    counted = await countSqlite(join(dir, dbFile));
  } else {
    dbFile = 'chowki.pgdump';
    // The counts and the dump read one snapshot, so the manifest says exactly what the dump holds.
    const client = new pg.Client({ connectionString: config.databaseUrl ?? '' });
    await client.connect();
    try {
      await client.query('begin isolation level repeatable read read only');
      const snapshot = (await client.query<{ s: string }>('select pg_export_snapshot() as s')).rows[0]?.s ?? '';
      counted = await countPg(client);
      await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, `--file=${join(dir, dbFile)}`, `--dbname=${config.databaseUrl ?? ''}`]);
      await client.query('commit');
    } finally {
      await client.end();
    }
  }
  const media = await copyMedia(config.media.dir, join(dir, 'media'), false);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    engine,
    createdAt: new Date(now()).toISOString(),
    schema: counted.schema,
    database: { file: dbFile, bytes: (await stat(join(dir, dbFile))).size, sha256: await fileSha256(join(dir, dbFile)) },
    counts: counted.counts,
    media,
  };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Reads and checks a backup folder: the manifest, the database file's hash, the schema this version knows. */
export async function readBackup(dir: string): Promise<BackupManifest> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  } catch {
    throw new BackupError(`${dir} holds no readable manifest.json: it is not a Chowki backup.`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError(`${dir}/manifest.json is not a Chowki backup manifest (${parsed.error.issues[0]?.path.join('.') ?? 'format'}).`);
  const m = parsed.data;
  const file = join(dir, m.database.file);
  if (!existsSync(file)) throw new BackupError(`The database file ${m.database.file} is missing from the backup.`);
  if ((await fileSha256(file)) !== m.database.sha256) throw new BackupError(`The database file ${m.database.file} does not match the hash in the manifest: the backup is damaged.`);
  if (m.schema && !KNOWN_MIGRATIONS.includes(m.schema)) throw new BackupError(`The backup's schema (${m.schema}) is newer than this version of Chowki: restore it with the version that made it.`);
  return m;
}

export interface RestoreSummary {
  manifest: BackupManifest;
  counts: Record<string, number>;
  migrated: string[];
  media: { files: number; bytes: number };
}

async function pgHasTables(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(`select 1 from information_schema.tables where table_schema = 'public' limit 1`);
    return (r.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup into the configured database and media folder. Refuses a target that holds data
 * unless `force` (then it replaces it); stop every `chowki serve` on the target first.
 */
export async function restoreFrom(config: BackupConfig, dir: string, opts: { force?: boolean } = {}): Promise<RestoreSummary> {
  const manifest = await readBackup(dir);
  const engine = engineOf(config);
  if (manifest.engine !== engine) {
    throw new BackupError(
      manifest.engine === 'postgres'
        ? 'This backup is of a PostgreSQL database: set DATABASE_URL to the PostgreSQL database to restore it into.'
        : 'This backup is of a SQLite database: unset DATABASE_URL and set CHOWKI_DATA_DIR to the folder to restore it into.',
    );
  }
  const source = join(dir, manifest.database.file);
  if (engine === 'sqlite') {
    const target = sqliteFile(config);
    if (existsSync(target) && !opts.force) throw new BackupError(`${target} already exists: restore into an empty folder, or add --force to replace it (stop Chowki first).`);
    await mkdir(config.dataDir, { recursive: true });
    const tmp = `${target}.restore-${randomBytes(4).toString('hex')}`;
    await copyFile(source, tmp);
    // The old database's WAL must not be replayed over the restored file.
    await rm(`${target}-wal`, { force: true });
    await rm(`${target}-shm`, { force: true });
    await rename(tmp, target);
  } else {
    const url = config.databaseUrl ?? '';
    const occupied = await pgHasTables(url);
    if (occupied && !opts.force) throw new BackupError('The PostgreSQL database already holds tables: restore into an empty database, or add --force to replace them (stop Chowki first).');
    await runTool('pg_restore', ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', ...(occupied ? ['--clean', '--if-exists'] : []), `--dbname=${url}`, source]);
  }
  const media = await copyMedia(join(dir, 'media'), config.media.dir, true);
  const store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    const migrated = (await migrateToLatest(store)).map((r) => r.migrationName);
    const counts: Record<string, number> = {};
    for (const t of COUNTED_TABLES) {
      const row = await store.db.selectFrom(t).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
      counts[t] = Number(row?.n ?? 0);
    }
    const differs = COUNTED_TABLES.filter((t) => manifest.counts[t] !== undefined && manifest.counts[t] !== counts[t]);
    if (differs.length > 0) throw new BackupError(`The restored database does not hold what the backup's manifest says (${differs.map((t) => `${t}: ${counts[t]} of ${manifest.counts[t]}`).join(', ')}).`);
    return { manifest, counts, migrated, media };
  } finally {
    await store.close();
  }
}
