/**
 * A restart is never blocked by what is stored: `chowki serve` listens first, drains the backlog in
 * the background, and an item that cannot be processed is quarantined, not fatal. A real process on
 * both databases.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { loadCityFromDir } from '../src/geo/city.load.js';
import { seedCity } from '../src/force/seed.service.js';
import { storeInbound } from '../src/intake/inbound.repository.js';
import { openStore } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { createPgDatabase, DEMO_PASSWORD, testEngines } from './support/harness.js';
import { freePort, waitFor } from './support/process.js';

const engines = await testEngines();

const BACKLOG = 300;

describe.each(engines)('chowki serve restarts on %s', { timeout: 180_000 }, (engine) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chowki-restart-'));
  let child: ChildProcess | undefined;
  let dropPg: (() => Promise<void>) | undefined;
  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child?.once('exit', r));
    }
    await dropPg?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('comes up with a poisoned backlog, processes what it can and quarantines the rest', async () => {
    const pgDb = engine === 'postgres' ? await createPgDatabase() : undefined;
    dropPg = pgDb?.drop;
    const store = openStore({ databaseUrl: pgDb?.url, dataDir });
    await migrateToLatest(store);
    const config = readConfig({});
    await store.db.transaction().execute((tx) => seedCity(tx, loadCityFromDir(config.cityDir), DEMO_PASSWORD));
    const at = new Date().toISOString();
    // What a crash during a burst leaves: stored, acknowledged, never processed; some with NUL (as an
    // older version stored them) and one whose payload no version can read.
    for (let i = 0; i < BACKLOG; i++) {
      const text = i % 50 === 0 ? `Chain snatched\u0000 near Zero Mile just now ${i}` : `Loud music at Dharampeth since midnight ${i}`;
      await storeInbound(store.db, { channel: 'whatsapp', externalId: `wamid.burst-${i}`, text, author: { id: `91${i}`, name: `N\u0000${i}` } }, at);
    }
    await store.db
      .insertInto('inbound')
      .values({ channel: 'whatsapp', external_id: 'wamid.unreadable', received_at: at, payload: '{"not": "an item"', status: 'pending', error: null, ticket_id: null, processed_at: null })
      .execute();
    await store.close();

    const port = await freePort();
    child = spawn('node', ['--import', 'tsx', 'src/main.ts', 'serve', '--port', String(port)], {
      cwd: process.cwd(),
      env: { ...process.env, CHOWKI_DATA_DIR: dataDir, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...(pgDb ? { DATABASE_URL: pgDb.url } : {}) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));

    const health = async () => {
      if (child?.exitCode !== null) throw new Error(`serve exited ${child?.exitCode}: ${stderr}`);
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      return res.ok ? ((await res.json()) as { backlog: { pending: number; failed: number } }) : undefined;
    };
    const first = await waitFor('the server to listen', health);
    expect(first.backlog.pending + first.backlog.failed).toBeGreaterThan(0);
    const drained = await waitFor('the backlog to drain', async () => {
      const h = await health();
      return h && h.backlog.pending === 0 ? h : undefined;
    });
    expect(drained.backlog.failed).toBe(1);
    expect(child.exitCode).toBeNull();

    const check = openStore({ databaseUrl: pgDb?.url, dataDir });
    try {
      const statuses = await check.db.selectFrom('inbound').select(['status', 'error']).where('external_id', 'like', 'wamid.%').execute();
      expect(statuses.filter((s) => s.status === 'processed')).toHaveLength(BACKLOG);
      expect(statuses.find((s) => s.status === 'failed')?.error).toContain('does not match');
    } finally {
      await check.close();
    }
  });
});
