/**
 * The desk at scale: with 1,000,000 tickets stored (2% open, three ticket_units rows each), the latency
 * of the queue (GET /api/desk/queue) and of one ticket (GET /api/tickets/:id) through the real HTTP
 * stack, on SQLite and on PostgreSQL (when it answers). Rows go in by batched multi-row inserts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { buildEngines } from '../src/bootstrap.js';
import { readConfig } from '../src/config.js';
import { createAppContext, type AppContext } from '../src/context.js';
import { queueCountsQuery, queuePageQuery } from '../src/desk/queue.repository.js';
import { slaColumns } from '../src/tickets/sla.clock.js';
import { seedCity } from '../src/force/seed.service.js';
import { loadCityFromDir } from '../src/geo/city.load.js';
import { createMemoryBus } from '../src/realtime/event-bus.js';
import { createRosterAssigner } from '../src/desk/roster.service.js';
import { openStore, type Engine, type Store } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrate.js';
import type { NewTicket } from '../src/store/tables.js';
import type { TicketStatus } from '../src/tickets/ticket.model.js';
import type { Category, Priority } from '../src/triage/triage.types.js';
import type { BenchOptions, BenchResult } from './bench.types.js';

const TICKETS = 1_000_000;
const OPEN_SHARE = 0.02;
const BATCH = 500;
const REQUESTS = 300;
const PASSWORD = 'bench-password-1';
const PG_URL = process.env.CHOWKI_BENCH_PG_URL ?? process.env.CHOWKI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/**
 * CHOWKI_BENCH_KEEP=<name> keeps the loaded data (PostgreSQL database chowki_bench_<name>, SQLite
 * folder <tmp>/chowki-desk-bench-<name>) and reuses it on the next run, migrating it to the latest
 * schema: the load takes minutes, a query change should be measurable in seconds.
 */
const KEEP = process.env.CHOWKI_BENCH_KEEP;
/** CHOWKI_BENCH_ENGINES=postgres (or sqlite) measures one engine only. */
const ENGINES = (process.env.CHOWKI_BENCH_ENGINES ?? 'sqlite,postgres').split(',').map((s) => s.trim());

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0) * 100) / 100;
}

async function fill(ctx: AppContext, n: number, log: (s: string) => void): Promise<void> {
  const city = ctx.city;
  const stations = city.units.filter((u) => u.kind === 'station' && u.status === 'active');
  const random = rng(42);
  const end = ctx.now();
  const span = 730 * 24 * 3600_000;
  const categories: Category[] = ['theft', 'traffic', 'nuisance', 'cyber_fraud', 'violence', 'information'];
  const summaries = ['Mobile snatched near Zero Mile', 'Traffic jam at Sakkardara chowk', 'Loud music after midnight', 'UPI fraud, money lost', 'Fight outside the bar', 'Passport verification status?'];
  const started = Date.now();
  for (let from = 0; from < n; from += BATCH) {
    const rows: NewTicket[] = [];
    for (let i = from; i < Math.min(n, from + BATCH); i++) {
      const station = stations[Math.floor(random() * stations.length)];
      // Older tickets are closed; the open ones are recent, as on a working desk.
      const open = random() < OPEN_SHARE;
      const created = new Date(end - (open ? random() * 3 * 24 * 3600_000 : random() * span)).toISOString();
      const r = random();
      const priority: Priority = r < 0.1 ? 'p1' : r < 0.6 ? 'p2' : 'p3';
      const openStatuses: TicketStatus[] = ['new', 'acknowledged', 'in_progress'];
      const status: TicketStatus = open ? (openStatuses[Math.floor(random() * 3)] ?? 'new') : 'closed';
      const k = Math.floor(random() * categories.length);
      const base = { priority, created_at: created, first_response_at: status === 'new' ? null : created, status, escalation_level: 0, escalated_at: null };
      rows.push({
        reference: `NGP-B-${String(i + 1).padStart(7, '0')}`,
        city_id: city.id,
        status,
        category: categories[k] ?? 'other',
        priority,
        language: 'en',
        flags: '[]',
        station_id: station?.id ?? null,
        zone_id: station?.parent ?? null,
        place_method: 'gazetteer',
        place_confidence: 0.9,
        reasons: '{}',
        channel: random() < 0.5 ? 'x' : 'whatsapp',
        summary: `${summaries[k] ?? ''} #${i}`,
        tracking_token_hash: 'bench',
        outcome: open ? null : 'action_taken',
        created_at: created,
        updated_at: created,
        ...slaColumns(ctx.config.sla, base),
      });
    }
    const ids = await ctx.store.db.insertInto('tickets').values(rows).returning(['id', 'station_id', 'zone_id']).execute();
    const units = ids.flatMap((t) => [
      { ticket_id: t.id, unit_id: t.station_id ?? city.id, relation: 'owner' as const },
      { ticket_id: t.id, unit_id: t.zone_id ?? city.id, relation: 'zone' as const },
      { ticket_id: t.id, unit_id: city.id, relation: 'city' as const },
    ]);
    await ctx.store.db.insertInto('ticket_units').values(units).onConflict((oc) => oc.doNothing()).execute();
    if ((from / BATCH) % 200 === 0) log(`  ${from + rows.length} tickets (${Math.round((Date.now() - started) / 1000)} s)`);
  }
}

/** The plan of a query: SQLite's query plan, or PostgreSQL's with actual times and buffers. */
async function explain(store: Store, q: CompiledQuery): Promise<string> {
  if (store.engine === 'sqlite') {
    const rows = await store.db.executeQuery({ ...q, sql: `explain query plan ${q.sql}` });
    return rows.rows.map((x) => (typeof x === 'object' && x !== null && 'detail' in x ? String(x.detail) : '')).join(' | ');
  }
  const rows = await store.db.executeQuery({ ...q, sql: `explain (analyze, buffers) ${q.sql}` });
  return rows.rows.map((x) => (typeof x === 'object' && x !== null ? Object.values(x).join('') : '')).join('\n');
}

async function measure(engine: Engine, scale: number, log: (s: string) => void): Promise<BenchResult> {
  let pgName: string | null = null;
  let url: string | undefined;
  if (KEEP !== undefined && !/^[a-z0-9_]+$/.test(KEEP)) throw new Error('CHOWKI_BENCH_KEEP: use lowercase letters, digits and _');
  const dir = KEEP ? join(tmpdir(), `chowki-desk-bench-${KEEP}`) : mkdtempSync(join(tmpdir(), 'chowki-desk-bench-'));
  if (engine === 'postgres') {
    pgName = KEEP ? `chowki_bench_${KEEP}` : `chowki_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    const exists = await admin.query('select 1 from pg_database where datname = $1', [pgName]);
    if (exists.rowCount === 0) await admin.query(`create database ${pgName}`);
    await admin.end();
    const u = new URL(PG_URL);
    u.pathname = `/${pgName}`;
    url = u.toString();
  }
  const config = readConfig({ CHOWKI_DATA_DIR: dir, LOG_LEVEL: 'silent', ...(url ? { DATABASE_URL: url } : {}) });
  const store = openStore({ databaseUrl: url, dataDir: dir });
  try {
    await migrateToLatest(store);
    const city = loadCityFromDir(config.cityDir);
    const seeded = await store.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (!seeded) await store.db.transaction().execute((tx) => seedCity(tx, city, PASSWORD));
    const { locator, triager } = await buildEngines(store, city, config);
    const ctx: AppContext = createAppContext({ config, store, bus: createMemoryBus(), city, triager, locator, now: Date.now, assigner: createRosterAssigner({ config, now: Date.now }) });
    const n = Math.max(1000, Math.round(TICKETS * scale));
    const have = Number((await store.db.selectFrom('tickets').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);
    let insertS: number | null = null;
    if (have === 0) {
      log(`${engine}: inserting ${n} tickets`);
      const t0 = Date.now();
      await fill(ctx, n, log);
      insertS = Math.round((Date.now() - t0) / 100) / 10;
    } else if (have !== n) {
      throw new Error(`${engine}: the kept database holds ${have} tickets, not ${n}; drop it or use another CHOWKI_BENCH_KEEP`);
    } else {
      log(`${engine}: reusing ${have} kept tickets`);
    }
    // PostgreSQL: VACUUM too, as autovacuum would soon after a bulk load, so that the visibility map
    // lets the counts be read from the index alone as they are at a desk in steady use.
    await sql.raw(store.engine === 'postgres' ? 'vacuum analyze' : 'analyze').execute(store.db);
    const nowIso = new Date().toISOString();
    const plans: string[] = [];
    for (const [who, unitId] of [['station', 'ngp-ps-sitabuldi'], ['zone', 'ngp-z2'], ['city', city.id]] as const) {
      // The city's desks (the control room) see their own work first (0040).
      const page = await explain(store, queuePageQuery(store.db, { unitId, now: nowIso, controlFirst: who === 'city' }, 'priority', 51));
      const counts = await explain(store, queueCountsQuery(store.db, unitId, nowIso));
      log(`${engine} queue page plan (${who}):\n${page}`);
      log(`${engine} queue counts plan (${who}):\n${counts}`);
      plans.push(page, counts);
    }

    const app = await buildApp(ctx, { webDir: null });
    const stations = city.units.filter((u) => u.kind === 'station' && u.status === 'active').map((u) => u.id.replace(/^ngp-ps-/, ''));
    const cookies: string[] = [];
    for (const s of stations.slice(0, 8)) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `op.${s}`, password: PASSWORD } });
      const c = res.cookies.find((x) => x.name === 'chowki_session');
      if (c) cookies.push(`chowki_session=${c.value}`);
    }
    const control = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'control', password: PASSWORD } });
    const controlCookie = `chowki_session=${control.cookies.find((x) => x.name === 'chowki_session')?.value ?? ''}`;
    const random = rng(7);
    const timed = async (url: string, cookie: string): Promise<{ ms: number; body: string }> => {
      const s = process.hrtime.bigint();
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      const ms = Number(process.hrtime.bigint() - s) / 1e6;
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      return { ms, body: res.body };
    };
    const queue: number[] = [];
    const queueCity: number[] = [];
    const ticket: number[] = [];
    const filters = ['', '&priority=p1', '&assignee=none', '&breached=true', '&sort=sla', '&q=fraud'];
    for (let i = 0; i < 20; i++) await timed('/api/desk/queue', cookies[0] ?? controlCookie); // warm-up
    for (let i = 0; i < REQUESTS; i++) {
      const cookie = cookies[i % cookies.length] ?? controlCookie;
      const r = await timed(`/api/desk/queue?limit=50${filters[i % filters.length] ?? ''}`, cookie);
      queue.push(r.ms);
      const items: unknown = JSON.parse(r.body).items;
      const list = Array.isArray(items) ? items : [];
      const pick: unknown = list[Math.floor(random() * list.length)];
      const id = typeof pick === 'object' && pick !== null && 'id' in pick ? Number(pick.id) : null;
      if (id !== null) ticket.push((await timed(`/api/tickets/${id}`, cookie)).ms);
      if (i % 3 === 0) queueCity.push((await timed('/api/desk/queue?limit=50', controlCookie)).ms);
    }
    await app.close();
    return {
      [`${engine}_tickets`]: n,
      [`${engine}_insert_s`]: insertS,
      [`${engine}_queue_p50_ms`]: percentile(queue, 50),
      [`${engine}_queue_p95_ms`]: percentile(queue, 95),
      [`${engine}_queue_city_p95_ms`]: percentile(queueCity, 95),
      [`${engine}_ticket_p95_ms`]: percentile(ticket, 95),
      // A station's and a zone's page read the queue indexes (0004), the city's control-first page its own (0040).
      [`${engine}_queue_uses_index`]: plans.every((p) => /ticket_units_(queue|control)(_sla)?_idx/.test(p)),
    };
  } finally {
    await store.close();
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
    if (pgName && !KEEP) {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${pgName} with (force)`);
      await admin.end();
    }
  }
}

async function postgresAnswers(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Runs the desk bench on SQLite, then on PostgreSQL when it answers. */
export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const log = (s: string) => {
    if (opts.verbose) process.stderr.write(`${s}\n`);
  };
  const result: BenchResult = { open_share: OPEN_SHARE };
  if (ENGINES.includes('sqlite')) Object.assign(result, await measure('sqlite', opts.scale, log));
  if (!ENGINES.includes('postgres')) return result;
  if (await postgresAnswers()) Object.assign(result, await measure('postgres', opts.scale, log));
  else result.postgres = 'not reachable';
  return result;
}
