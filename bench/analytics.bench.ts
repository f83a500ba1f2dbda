/**
 * Analytics at scale (issue 16): with 100,000 tickets over a year (× --scale; 10 for the issue's
 * 1,000,000), how long the rollup worker takes per 10,000 audit rows (a full replay of the log), and
 * the latency of the leadership figures through the real HTTP stack: the city over a year, a zone over
 * 30 days, a station over 7 days, trend alerts and the hotspot map, on SQLite and PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { catchUpRollups } from '../src/analytics/rollup.worker.js';
import { buildApp } from '../src/app.js';
import { buildEngines } from '../src/bootstrap.js';
import { readConfig } from '../src/config.js';
import { createAppContext } from '../src/context.js';
import { createRosterAssigner } from '../src/desk/roster.service.js';
import { seedCity } from '../src/force/seed.service.js';
import { loadCityFromDir } from '../src/geo/city.load.js';
import { createMemoryBus } from '../src/realtime/event-bus.js';
import { openStore, type Engine } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { insertGeneratedTickets } from '../test/support/analytics.generate.js';
import { createPgDatabase, postgresAvailable } from '../test/support/harness.js';
import type { BenchOptions, BenchResult } from './bench.types.js';

const TICKETS = 100_000;
const REQUESTS = 250;
const PASSWORD = 'bench-password-1';
const DAY = 86_400_000;
const ENGINES = (process.env.CHOWKI_BENCH_ENGINES ?? 'sqlite,postgres').split(',').map((s) => s.trim());

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0) * 100) / 100;
}

async function measure(engine: Engine, n: number, log: (s: string) => void): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'chowki-analytics-bench-'));
  const pgDb = engine === 'postgres' ? await createPgDatabase() : undefined;
  const config = readConfig({ CHOWKI_DATA_DIR: dir, LOG_LEVEL: 'silent', CHOWKI_INSECURE_TEST_PASSWORD_HASH: 'true', ...(pgDb ? { DATABASE_URL: pgDb.url } : {}) });
  const store = openStore({ databaseUrl: pgDb?.url, dataDir: dir });
  try {
    await migrateToLatest(store);
    const city = loadCityFromDir(config.cityDir);
    await store.db.transaction().execute((tx) => seedCity(tx, city, PASSWORD, config.passwordHash));
    const now = Date.now();
    const t0 = performance.now();
    for (let done = 0; done < n; done += 10_000) {
      await insertGeneratedTickets(store.db, city, { count: Math.min(10_000, n - done), from: now - 365 * DAY, days: 365, seed: 100 + done, refPrefix: `B${done}` });
      log(`${engine}: ${Math.min(n, done + 10_000)} tickets loaded`);
    }
    const loadS = (performance.now() - t0) / 1000;
    const audit = Number((await store.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const r0 = performance.now();
    await catchUpRollups({ store, config }, { batch: 5000 });
    const rollupMs = performance.now() - r0;
    const rows = Number((await store.db.selectFrom('analytics_hourly').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    log(`${engine}: rollups from ${audit} audit rows in ${Math.round(rollupMs)} ms (${rows} rollup rows)`);
    // A running PostgreSQL has analysed its tables long before a year of tickets is read (autovacuum);
    // straight after a bulk load it has not, and plans as if the rollups were empty.
    if (engine === 'postgres') await sql`vacuum analyze`.execute(store.db);

    const { locator, triager } = await buildEngines(store, city, config);
    const ctx = createAppContext({ config, store, bus: createMemoryBus(), city, triager, locator, now: Date.now, assigner: createRosterAssigner({ config, now: Date.now }) });
    const app = await buildApp(ctx, { webDir: null });
    const login = async (username: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: PASSWORD } });
      const c = res.cookies.find((x) => x.name === 'chowki_session');
      if (!c) throw new Error(`login ${username}: ${res.statusCode}`);
      return `chowki_session=${c.value}`;
    };
    const cp = await login('cp');
    const dcp = await login('dcp.z2');
    const sho = await login('sho.sitabuldi');
    const day = (ms: number) => new Date(ms + 330 * 60_000).toISOString().slice(0, 10);
    const calls: Array<[string, string]> = [
      [cp, `/api/analytics/figures?from=${day(now - 364 * DAY)}&to=${day(now)}`],
      [dcp, `/api/analytics/figures?from=${day(now - 29 * DAY)}&to=${day(now)}`],
      [sho, '/api/analytics/figures'],
      [cp, '/api/analytics/alerts'],
      [dcp, `/api/analytics/hotspots?from=${day(now - 29 * DAY)}&to=${day(now)}`],
    ];
    const lat: number[] = [];
    const yearCity: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const [cookie, url] = calls[i % calls.length] ?? calls[0] ?? ['', ''];
      const s = performance.now();
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      const ms = performance.now() - s;
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      if (i >= calls.length) {
        lat.push(ms);
        if (i % calls.length === 0) yearCity.push(ms);
      }
    }
    await app.close();
    return {
      [`${engine}_tickets`]: n,
      [`${engine}_load_s`]: Math.round(loadS * 10) / 10,
      [`${engine}_audit_rows`]: audit,
      [`${engine}_rollup_rows`]: rows,
      [`${engine}_rollup_ms_per_10k_audit`]: Math.round((rollupMs / audit) * 10_000),
      [`${engine}_p50_ms`]: percentile(lat, 50),
      [`${engine}_p95_ms`]: percentile(lat, 95),
      [`${engine}_city_year_p95_ms`]: percentile(yearCity, 95),
    };
  } finally {
    await store.close();
    await pgDb?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const log = (s: string) => {
    if (opts.verbose) process.stderr.write(`${s}\n`);
  };
  const n = Math.max(1000, Math.round(TICKETS * opts.scale));
  const out: BenchResult = {};
  for (const engine of ['sqlite', 'postgres'] as const) {
    if (!ENGINES.includes(engine)) continue;
    if (engine === 'postgres' && !(await postgresAvailable())) {
      out.postgres_p95_ms = null;
      continue;
    }
    Object.assign(out, await measure(engine, n, log));
  }
  return out;
}
