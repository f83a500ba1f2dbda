/**
 * An SQLite file's write-ahead log is copied back into the database by a worker thread, not by the
 * commit that happens to cross the threshold (src/store/checkpointer.ts).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../src/store/db.js';

describe('SQLite checkpoints in a worker', () => {
  let dir = '';
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies committed pages into the database file while the main connection only commits', async () => {
    dir = mkdtempSync(join(tmpdir(), 'chowki-checkpoint-'));
    store = openStore({ dataDir: dir });
    const db = store.db;
    // The main connection would checkpoint itself only past 10,000 pages.
    const threshold = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
    expect(threshold.rows[0]?.wal_autocheckpoint).toBe(10_000);
    await sql`create table blobs (id integer primary key, body text not null)`.execute(db);
    const body = 'x'.repeat(2000);
    // About 2,000 pages: well under the main connection's own threshold of 10,000.
    for (let batch = 0; batch < 8; batch++) {
      await db.transaction().execute(async (tx) => {
        for (let i = 0; i < 500; i++) await sql`insert into blobs (body) values (${body})`.execute(tx);
      });
    }
    const file = join(dir, 'chowki.db');
    await vi.waitFor(() => expect(statSync(file).size).toBeGreaterThan(6_000_000), { timeout: 10_000, interval: 100 });
    const count = await sql<{ n: number }>`select count(*) as n from blobs`.execute(db);
    expect(count.rows[0]?.n).toBe(4000);
  });

  it('stops its worker when the store closes, and the file opens again with every row', async () => {
    dir = mkdtempSync(join(tmpdir(), 'chowki-checkpoint-'));
    const first = openStore({ dataDir: dir });
    await sql`create table notes (id integer primary key, body text not null)`.execute(first.db);
    await sql`insert into notes (body) values ('kept')`.execute(first.db);
    await first.close();
    store = openStore({ dataDir: dir });
    const rows = await sql<{ body: string }>`select body from notes`.execute(store.db);
    expect(rows.rows.map((r) => r.body)).toEqual(['kept']);
  });
});
