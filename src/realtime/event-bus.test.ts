/** The PostgreSQL bus: events sent with a transaction go out at its commit; LISTEN comes back after a cut. */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgDatabase, postgresAvailable } from '../../test/support/harness.js';
import { openStore } from '../store/db.js';
import { createPostgresBus, type BusEvent } from './event-bus.js';

const hasPg = await postgresAvailable();

describe.skipIf(!hasPg)('PostgreSQL event bus', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  /** A fresh database, a store on it and a bus that records the numbered events it hears. */
  const openBus = async () => {
    const db = await createPgDatabase();
    cleanups.push(db.drop);
    const store = openStore({ databaseUrl: db.url, dataDir: ':memory:', poolSize: 2 });
    cleanups.push(() => store.close());
    const bus = await createPostgresBus<BusEvent & { n: number }>(store, {
      parse: (v) => (typeof v === 'object' && v !== null && typeof Reflect.get(v, 'n') === 'number' ? { type: 't', units: [], n: Number(Reflect.get(v, 'n')) } : undefined),
      shrink: (e) => e,
    });
    cleanups.push(() => bus.close());
    const heard: number[] = [];
    bus.subscribe((e) => heard.push(e.n));
    return { db, store, bus, heard };
  };

  it('sends an event published within a transaction when it commits, and never when it rolls back', async () => {
    const { store, bus, heard } = await openBus();
    const within = bus.publishWithin?.bind(bus);
    if (!within) throw new Error('the PostgreSQL bus publishes within transactions');

    await store.db.transaction().execute(async (tx) => {
      await within(tx, { type: 't', units: [], n: 10 });
      // Not before the commit, however long the transaction still runs.
      await new Promise((r) => setTimeout(r, 300));
      expect(heard).not.toContain(10);
    });
    await expect.poll(() => heard, { timeout: 5_000 }).toContain(10);

    await store.db
      .transaction()
      .execute(async (tx) => {
        await within(tx, { type: 't', units: [], n: 11 });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await bus.publish({ type: 't', units: [], n: 12 });
    await expect.poll(() => heard, { timeout: 5_000 }).toContain(12);
    expect(heard).not.toContain(11);
  });

  it('reconnects after its LISTEN connection is terminated, and delivers what is published after', async () => {
    const { db, bus, heard } = await openBus();
    await bus.publish({ type: 't', units: [], n: 1 });
    await expect.poll(() => heard, { timeout: 5_000 }).toContain(1);

    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    const killed = await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'LISTEN%'");
    await admin.end();
    expect(killed.rowCount).toBe(1);

    // Published until one is heard: those sent while the bus is away are lost to this process (by design).
    await expect
      .poll(
        async () => {
          await bus.publish({ type: 't', units: [], n: 2 });
          return heard.includes(2);
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe(true);
  });
});
