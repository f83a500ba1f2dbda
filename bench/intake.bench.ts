/**
 * Intake throughput: messages per second delivered 64 at a time (as webhooks in a burst: each stored and
 * committed before its answer) and carried through the intake queue's batches: triage → locate → ticket →
 * event on SQLite, after a warm-up of as many messages, in three timed rounds; each round against the ceiling
 * of inserting its own rows again raw with better-sqlite3 in batched transactions, measured right after it.
 * Then the same on a database 10x and 100x larger, and once with one delivery in flight (no shared writes).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { buildEngines } from '../src/bootstrap.js';
import { readConfig, repoRoot } from '../src/config.js';
import { createAppContext, type AppContext } from '../src/context.js';
import { loadCityFromDir } from '../src/geo/city.load.js';
import { seedCity } from '../src/force/seed.service.js';
import { acceptInbound } from '../src/intake/intake.service.js';
import { createIntakeQueue } from '../src/intake/intake.queue.js';
import { createMemoryBus } from '../src/realtime/event-bus.js';
import { createRosterAssigner } from '../src/desk/roster.service.js';
import type { DeskEvent } from '../src/tickets/desk-event.schema.js';
import { applySqlitePragmas, openStore } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrate.js';
import type { BenchOptions, BenchResult } from './bench.types.js';

/** Base size of the database a measurement starts from ("today"): tickets already stored. */
const BASE_TICKETS = 10_000;

function sampleTexts(): string[] {
  const dev = join(repoRoot(), '../shared/eval/dev.jsonl');
  if (existsSync(dev)) {
    return readFileSync(dev, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const v: unknown = JSON.parse(l);
        return typeof v === 'object' && v !== null && 'text' in v ? String(v.text) : '';
      })
      .filter(Boolean);
  }
  return [
    'Mobile snatched near Zero Mile just now',
    'Sakkardara chowk pe traffic jam hai 1 ghante se',
    'धंतोली में रात को बहुत शोर होता है',
    'कळमन्यात बाजाराजवळ दोन गटांत दगडफेक सुरू आहे',
    'Thank you Nagpur police for the quick help',
  ];
}

/** Fills the tickets table with `n` rows the fast way, so that measurements start from a realistic size. */
function preload(file: string, n: number): void {
  if (n <= 0) return;
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  const t = db.prepare(
    `insert into tickets (reference, city_id, status, category, priority, language, flags, station_id, zone_id, place_method, place_confidence, reasons, channel, summary, tracking_token_hash, created_at, updated_at)
     values (?, 'ngp', 'closed', 'theft', 'p2', 'en', '[]', 'ngp-ps-sitabuldi', 'ngp-z2', 'gazetteer', 0.9, '{}', 'x', 'old ticket', 'x', ?, ?)`,
  );
  const u = db.prepare(`insert into ticket_units (ticket_id, unit_id, relation) values (?, ?, ?)`);
  const at = '2025-01-01T00:00:00.000Z';
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = Number(t.run(`NGP-2025-${String(i + 1).padStart(7, '0')}`, at, at).lastInsertRowid);
      u.run(id, 'ngp-ps-sitabuldi', 'owner');
      u.run(id, 'ngp-z2', 'zone');
      u.run(id, 'ngp', 'city');
    }
  });
  for (let i = 0; i < n; i += 5000) batch(i, Math.min(n, i + 5000));
  db.close();
}

/**
 * Deliveries in flight at once, as in a burst: a webhook server answers many at a time, and items stored
 * together share one write (inbound.acceptor.ts). One in flight is the quiet hour: each item its own commit.
 */
const IN_FLIGHT = 64;

/** Timed rounds per database size, each followed at once by the ceiling of its own rows: this VM's speed moves by half between minutes, and a pair measured seconds apart shares it. */
const ROUNDS = 3;

interface Round {
  throughput: number;
  /** The raw ceiling of the round's rows, measured right after it (with `ceiling`). */
  ceiling?: number;
}

async function measurePipeline(dir: string, existing: number, messages: number, texts: string[], inFlight = IN_FLIGHT, ceiling = true): Promise<Round[]> {
  const config = readConfig({ CHOWKI_DATA_DIR: dir, LOG_LEVEL: 'silent' });
  const store = openStore({ dataDir: dir });
  await migrateToLatest(store);
  const city = loadCityFromDir(config.cityDir);
  await store.db.transaction().execute((tx) => seedCity(tx, city, 'bench-password'));
  preload(join(dir, 'chowki.db'), existing);
  const { triager, locator } = await buildEngines(store, city, config);
  const bus = createMemoryBus<DeskEvent>();
  let events = 0;
  bus.subscribe(() => events++);
  const ctx: AppContext = createAppContext({ config, store, bus, city, triager, locator, now: Date.now, assigner: createRosterAssigner({ config, now: Date.now }) });
  // As webhooks and pollers do: each item stored (committed before its delivery is answered) and handed
  // to the intake queue, which carries them through in batches of one transaction each.
  const queue = createIntakeQueue(ctx);
  let firstInbound = Number.POSITIVE_INFINITY;
  const deliver = async (round: string, i: number) => {
    const stored = await acceptInbound(ctx, { channel: 'x', externalId: `bench-${round}-${i}`, text: texts[i % texts.length] ?? '', author: { id: `u${i % 500}` } });
    firstInbound = Math.min(firstInbound, stored.id);
    queue.push(stored.id);
  };
  const offer = async (round: string, count: number) => {
    for (let i = 0; i < count; i += inFlight) {
      await Promise.all(Array.from({ length: Math.min(inFlight, count - i) }, (_, j) => deliver(round, i + j)));
    }
    await queue.drain();
  };
  // A server in a burst has compiled its hot code and started its preparing worker (prepare.pool.ts, about
  // 0.7 s): as many messages first, not timed nor copied by the ceiling.
  await offer('warm-up', messages);
  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    firstInbound = Number.POSITIVE_INFINITY;
    const start = process.hrtime.bigint();
    await offer(`timed-${r}`, messages);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    // The queue is idle: the ceiling writes the same rows again on a connection of its own.
    rounds.push({ throughput: messages / seconds, ...(ceiling ? { ceiling: measureCeiling(dir, firstInbound, `ceiling-${r}`) } : {}) });
  }
  await queue.close();
  await store.close();
  if (events !== (ROUNDS + 1) * messages) throw new Error(`expected ${(ROUNDS + 1) * messages} events, saw ${events}`);
  return rounds;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/**
 * The ceiling: the rows the pipeline has just written for its messages (the stored item, the ticket, its
 * unit rows with their queue copy, the message and the audit rows), inserted again raw with better-sqlite3
 * prepared statements in transactions of 500 messages. The copies keep every value but the keys, so they
 * land in the same places of the same indexes (stations, priorities, times) as the pipeline's rows did;
 * rows that all carried one station and one priority would fill one leaf of each queue index and measure
 * a best case no force sees (the ceiling before 2026-12-04, which read within 5% of this one: BENCHMARKS.md).
 */
function measureCeiling(dir: string, firstInbound: number, tag: string): number {
  const db = new SQLite(join(dir, 'chowki.db'));
  // The app's own connection settings: the same database, measured without the app.
  applySqlitePragmas(db);
  type Row = Record<string, unknown>;
  const inbound = db.prepare('select * from inbound where id >= ? order by id').all(firstInbound) as Row[];
  const messages = db.prepare("select * from ticket_messages where inbound_id >= ? and direction = 'in' order by id").all(firstInbound) as Row[];
  const messageOf = new Map(messages.map((m) => [Number(m.inbound_id), m]));
  const firstTicket = Math.min(...messages.map((m) => Number(m.ticket_id)));
  const tickets = new Map((db.prepare('select * from tickets where id >= ?').all(firstTicket) as Row[]).map((t) => [Number(t.id), t]));
  const unitsOf = groupBy(db.prepare('select * from ticket_units where ticket_id >= ?').all(firstTicket) as Row[], (u) => Number(u.ticket_id));
  const auditsOf = groupBy(db.prepare('select * from audit_log where ticket_id >= ? order by id').all(firstTicket) as Row[], (a) => Number(a.ticket_id));
  const insert = (table: string, row: Row, omit: readonly string[]) => {
    const cols = Object.keys(row).filter((c) => !omit.includes(c));
    const st = db.prepare(`insert into ${table} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`);
    return { cols, run: (r: Row) => st.run(...cols.map((c) => r[c])) };
  };
  const sample = (m: Map<number, Row[]>) => [...m.values()][0]?.[0] ?? {};
  const inb = insert('inbound', inbound[0] ?? {}, ['id']);
  const tk = insert('tickets', tickets.values().next().value ?? {}, ['id']);
  const tu = insert('ticket_units', sample(unitsOf), []);
  const msg = insert('ticket_messages', messages[0] ?? {}, ['id']);
  const aud = insert('audit_log', sample(auditsOf), ['id']);
  const copied = new Map<number, number>();
  let n = 0;
  const batch = db.transaction((items: Row[]) => {
    for (const item of items) {
      n += 1;
      const inboundId = Number(inb.run({ ...item, external_id: `${tag}-${n}` }).lastInsertRowid);
      const m = messageOf.get(Number(item.id));
      if (!m) continue;
      const from = Number(m.ticket_id);
      let ticketId = copied.get(from);
      if (ticketId === undefined) {
        const t = tickets.get(from) ?? {};
        ticketId = Number(tk.run({ ...t, reference: `${tag}-${n}-${String(t.reference)}` }).lastInsertRowid);
        copied.set(from, ticketId);
        for (const u of unitsOf.get(from) ?? []) tu.run({ ...u, ticket_id: ticketId });
        for (const a of auditsOf.get(from) ?? []) aud.run({ ...a, ticket_id: ticketId });
      }
      msg.run({ ...m, ticket_id: ticketId, inbound_id: inboundId });
    }
  });
  const start = process.hrtime.bigint();
  for (let i = 0; i < inbound.length; i += 500) batch(inbound.slice(i, i + 500));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  db.close();
  return inbound.length / seconds;
}

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const texts = sampleTexts();
  const messages = Math.max(50, Math.round(4000 * opts.scale));
  const result: BenchResult = { engine: 'sqlite', messages, base_tickets: Math.round(BASE_TICKETS * opts.scale) };
  for (const [label, factor] of [['', 1], ['_10x', 10], ['_100x', 100]] as const) {
    const existing = Math.round(BASE_TICKETS * opts.scale * factor);
    const dir = mkdtempSync(join(tmpdir(), 'chowki-bench-'));
    try {
      if (opts.verbose) process.stderr.write(`intake: ${messages} messages over ${existing} stored tickets…\n`);
      const rounds = await measurePipeline(dir, existing, messages, texts);
      const ratios = rounds.map((r) => r.throughput / (r.ceiling ?? Number.NaN));
      // Medians of the rounds, and every round's ratio for the spread.
      result[`throughput${label}_per_s`] = Math.round(median(rounds.map((r) => r.throughput)));
      result[`ceiling${label}_per_s`] = Math.round(median(rounds.map((r) => r.ceiling ?? Number.NaN)));
      result[`ratio${label}`] = Number(median(ratios).toFixed(3));
      result[`ratio${label}_rounds`] = ratios.map((x) => x.toFixed(3)).join(' ');
      if (factor === 1) {
        // The same messages delivered one at a time, on a fresh database of the same size: no two share a write.
        const quiet = mkdtempSync(join(tmpdir(), 'chowki-bench-'));
        try {
          result.throughput_one_in_flight_per_s = Math.round(median((await measurePipeline(quiet, existing, messages, texts, 1, false)).map((r) => r.throughput)));
        } finally {
          rmSync(quiet, { recursive: true, force: true });
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  result.rss_mb = Math.round(process.memoryUsage().rss / 1e6);
  return result;
}
