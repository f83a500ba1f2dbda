/**
 * `chowki backup` and `chowki restore` on both engines: what is backed up comes back whole (tickets,
 * messages, audit, media), a damaged or foreign backup is refused before anything is touched, and a
 * database that holds data is never overwritten without --force.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { closeContext, openContext } from '../src/bootstrap.js';
import { importArchive } from '../src/channels/archive/archive.service.js';
import { readConfig, type Config } from '../src/config.js';
import { mediaPath, putMedia } from '../src/media/media.store.js';
import { BackupError, backupTo, readBackup, restoreFrom } from '../src/ops/backup.js';
import { openStore } from '../src/store/db.js';
import { createPgDatabase, testEngines } from './support/harness.js';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'chowki-backup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
const folder = (name: string) => join(scratch, `${name}-${++n}`);

const REPORTS = [
  { id: 'r1', channel: 'x', text: 'Mobile snatched near Zero Mile just now' },
  { id: 'r2', channel: 'whatsapp', text: 'धंतोली में रात को बहुत शोर होता है' },
  { id: 'r3', channel: 'telegram', text: 'कळमन्यात बाजाराजवळ दोन गटांत दगडफेक सुरू आहे' },
]
  .map((r) => JSON.stringify({ id: r.id, channel: r.channel, text: r.text }))
  .join('\n');

/** A configuration of one engine: a fresh SQLite folder, or a fresh PostgreSQL database. */
async function target(engine: string): Promise<{ config: Config; env: Record<string, string>; drop: () => Promise<void> }> {
  const dataDir = folder('data');
  const env: Record<string, string> = { CHOWKI_DATA_DIR: dataDir, CHOWKI_DEMO_PASSWORD: 'backup-demo-pass', LOG_LEVEL: 'silent', CHOWKI_INSECURE_TEST_PASSWORD_HASH: 'true' };
  if (engine === 'postgres') {
    const db = await createPgDatabase();
    env.DATABASE_URL = db.url;
    return { config: readConfig(env), env, drop: db.drop };
  }
  return { config: readConfig(env), env, drop: async () => undefined };
}

async function tickets(config: Config) {
  const store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    return await store.db.selectFrom('tickets').select(['reference', 'category', 'priority', 'station_id', 'summary']).orderBy('reference').execute();
  } finally {
    await store.close();
  }
}

describe.each(await testEngines())('backup and restore on %s', { timeout: 120_000 }, (engine) => {
  it('gives back every ticket, message, audit row and media file, and checks itself', async () => {
    const source = await target(engine);
    const copy = await target(engine);
    try {
      const ctx = await openContext(source.config);
      const photo = Buffer.from(`a citizen's photo ${engine}`);
      let sha: string;
      try {
        expect((await importArchive(ctx, REPORTS)).imported).toBe(3);
        sha = await putMedia(source.config.media, photo);
      } finally {
        await closeContext(ctx);
      }
      const before = await tickets(source.config);
      expect(before).toHaveLength(3);

      const dir = folder('backup');
      const manifest = await backupTo(source.config, dir);
      expect(manifest).toMatchObject({ engine, media: { files: 1, bytes: photo.length } });
      expect(manifest.counts.tickets).toBe(3);
      expect(manifest.counts.audit_log).toBeGreaterThanOrEqual(3);
      // Only what the manifest names: no SQLite -wal or -shm left beside the copy.
      expect(readdirSync(dir).sort()).toEqual([manifest.database.file, 'manifest.json', 'media'].sort());

      const restored = await restoreFrom(copy.config, dir);
      expect(restored.counts).toEqual(manifest.counts);
      expect(await tickets(copy.config)).toEqual(before);
      expect(readFileSync(mediaPath(copy.config.media.dir, sha))).toEqual(photo);

      // A second restore over data that is there is refused; --force replaces it.
      await expect(restoreFrom(copy.config, dir)).rejects.toThrow(/already (exists|holds tables)/);
      expect((await restoreFrom(copy.config, dir, { force: true })).counts.tickets).toBe(3);
    } finally {
      await source.drop();
      await copy.drop();
    }
  });

  it('refuses a damaged backup, a foreign folder and a backup of the other engine before touching the target', async () => {
    const source = await target(engine);
    const copy = await target(engine);
    try {
      await closeContext(await openContext(source.config));
      const dir = folder('backup');
      const manifest = await backupTo(source.config, dir);
      await expect(backupTo(source.config, dir)).rejects.toThrow(/not empty/);

      const file = join(dir, manifest.database.file);
      const bytes = readFileSync(file);
      bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0xff;
      writeFileSync(file, bytes);
      await expect(restoreFrom(copy.config, dir)).rejects.toThrow(/damaged/);

      await expect(readBackup(folder('empty'))).rejects.toThrow(BackupError);
      const other = engine === 'sqlite' ? { ...copy.config, databaseUrl: 'postgres://127.0.0.1:1/none' } : { ...copy.config, databaseUrl: undefined };
      const good = folder('backup');
      await backupTo(source.config, good);
      await expect(restoreFrom(other, good)).rejects.toThrow(engine === 'sqlite' ? /SQLite database/ : /PostgreSQL database/);
      expect(await tickets(copy.config).catch(() => 'no tables')).toBe('no tables');
    } finally {
      await source.drop();
      await copy.drop();
    }
  });

  it.runIf(engine === 'sqlite')('works as a user runs it: chowki backup, then chowki restore into a new folder', async () => {
    const source = await target(engine);
    const copy = await target(engine);
    const chowki = (args: string[], env: Record<string, string>) => run('node', ['--import', 'tsx', 'src/main.ts', ...args], { env: { ...process.env, ...env }, cwd: process.cwd() });
    await chowki(['seed'], source.env);
    const dir = folder('backup');
    const backedUp = await chowki(['backup', dir], source.env);
    expect(backedUp.stdout).toMatch(/^Backed up sqlite \(schema \d{4}-[\w-]+\) to .*: 0 tickets/);
    const restored = await chowki(['restore', dir], copy.env);
    expect(restored.stdout).toMatch(/^Restored sqlite backup of .*every count as in the manifest/);
    const again = await chowki(['restore', dir], copy.env).then(
      () => 'restored twice',
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(again).toEqual({ code: 1, stderr: expect.stringMatching(/already exists: restore into an empty folder, or add --force/) });
  });
});
