/**
 * The database harness: every repository and API suite runs on SQLite and on PostgreSQL.
 * Each PostgreSQL suite gets a database of its own, so that files run in parallel.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildApp } from '../../src/app.js';
import { readConfig } from '../../src/config.js';
import { buildEngines, reloadCityEngines } from '../../src/bootstrap.js';
import type { Config } from '../../src/config.js';
import { createAppContext, type AppContext } from '../../src/context.js';
import { createRosterAssigner } from '../../src/desk/roster.service.js';
import { deskEventCodec } from '../../src/tickets/ticket.events.js';
import { loadCityFromDir } from '../../src/geo/city.load.js';
import { seedCity } from '../../src/force/seed.service.js';
import { createEventBus } from '../../src/realtime/event-bus.js';
import { openStore, type Engine } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrate.js';

export const TEST_PG_URL = process.env.CHOWKI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const DEMO_PASSWORD = 'demo-password-1';

let pgChecked: Promise<boolean> | undefined;

/** Whether PostgreSQL answers; under CI it must. */
export function postgresAvailable(): Promise<boolean> {
  pgChecked ??= (async () => {
    const c = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
      await c.query('select 1');
      return true;
    } catch (err) {
      if (process.env.CI === 'true') {
        throw new Error(`PostgreSQL does not answer at ${TEST_PG_URL} and CI=true: ${err instanceof Error ? err.message : String(err)}`);
      }
      console.warn(`PostgreSQL does not answer at ${TEST_PG_URL}: its suites are skipped`);
      return false;
    } finally {
      await c.end().catch(() => undefined);
    }
  })();
  return pgChecked;
}

/** The engines to run a suite on: SQLite always, PostgreSQL when it answers. */
export async function testEngines(): Promise<Engine[]> {
  return (await postgresAvailable()) ? ['sqlite', 'postgres'] : ['sqlite'];
}

export async function createPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `chowki_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: TEST_PG_URL });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export interface TestContext {
  ctx: AppContext;
  close: () => Promise<void>;
}

/** A migrated, seeded Nagpur demo on the given engine, with a settable clock. */
export async function createTestContext(engine: Engine, opts: { now?: () => number } = {}): Promise<TestContext> {
  const pgDb = engine === 'postgres' ? await createPgDatabase() : undefined;
  const config = readConfig({ CHOWKI_DATA_DIR: ':memory:', LOG_LEVEL: 'silent', CHOWKI_INSECURE_TEST_PASSWORD_HASH: 'true', ...(pgDb ? { DATABASE_URL: pgDb.url } : {}) });
  const store = openStore({ databaseUrl: pgDb?.url, dataDir: ':memory:', poolSize: 4 });
  await migrateToLatest(store);
  const city = loadCityFromDir(config.cityDir);
  await store.db.transaction().execute((tx) => seedCity(tx, city, DEMO_PASSWORD, config.passwordHash));
  const { locator, triager } = await buildEngines(store, city, config);
  const bus = await createEventBus(store, deskEventCodec);
  const now = opts.now ?? Date.now;
  const ctx = contextWith({ config, store, bus, city, triager, locator, now });
  return {
    ctx,
    close: async () => {
      await bus.close();
      await store.close();
      await pgDb?.drop();
    },
  };
}

/** A context over the given parts, wired as `openContext` wires a running server. */
function contextWith(parts: Pick<AppContext, 'config' | 'store' | 'bus' | 'city' | 'triager' | 'locator' | 'now'>): AppContext {
  return createAppContext({
    ...parts,
    assigner: createRosterAssigner({ config: parts.config, now: parts.now }),
    loadEngines: () => reloadCityEngines(parts.store, parts.city.id, parts.config),
  });
}

/** The same database, bus and engines under other settings (the context itself is read-only). */
export function reconfigured(ctx: AppContext, patch: Partial<Config>): AppContext {
  return contextWith({ ...pick(ctx), config: { ...ctx.config, ...patch } });
}

function pick(ctx: AppContext) {
  return { config: ctx.config, store: ctx.store, bus: ctx.bus, city: ctx.city, triager: ctx.triager, locator: ctx.locator, now: ctx.now };
}

/** The app over a test context, with a helper to log in as a demo user. */
export async function createTestApp(engine: Engine, opts: { now?: () => number } = {}) {
  const t = await createTestContext(engine, opts);
  const app = await buildApp(t.ctx, { webDir: null });
  const login = async (username: string): Promise<string> => {
    // The current app: after `reconfigure` the first one is closed.
    const res = await handle.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'chowki_session');
    if (!cookie) throw new Error('no session cookie');
    return `chowki_session=${cookie.value}`;
  };
  const handle = {
    ...t,
    app,
    login,
    /** Swaps in a context with other settings and an app over it (same database and sessions). */
    reconfigure: async (patch: Partial<Config>) => {
      const ctx = reconfigured(handle.ctx, patch);
      const next = await buildApp(ctx, { webDir: null });
      await handle.app.close();
      handle.ctx = ctx;
      handle.app = next;
    },
    close: async () => {
      await handle.app.close();
      await t.close();
    },
  };
  return handle;
}
