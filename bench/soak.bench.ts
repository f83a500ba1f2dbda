/**
 * Soak: a steady rate of signed WhatsApp deliveries offered for minutes to several `chowki serve`
 * processes on one PostgreSQL (a scratch database), as a riot or a viral post would bring them.
 * Counted at the end: deliveries answered, lost (answered but never a ticket), duplicated (a citizen
 * with two tickets, a message stored twice), acknowledgements sent twice (at a Graph API sink),
 * POST → desk event p50/p99, the backlog and each instance's memory over time, and how long the
 * backlog took to drain once the offer stopped.
 *
 * `chowki bench soak [--minutes N] [--rate R]` (defaults 10 and 1,000/s, bounded to 60 and 5,000);
 * PostgreSQL from CHOWKI_BENCH_PG_URL or DATABASE_URL (a server where it may create a database).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readConfig } from '../src/config.js';
import { loadCityFromDir } from '../src/geo/city.load.js';
import { seedCity } from '../src/force/seed.service.js';
import { openStore } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrate.js';
import type { BenchOptions, BenchResult } from './bench.types.js';

const SECRET = 'soak-app-secret';
const PHONE_ID = '106540352242922';
const PASSWORD = 'soak-password-1';
const INSTANCES = 2;
/** Deliveries in flight at most; beyond it the offer is counted as shed by the client, not hidden. */
const MAX_IN_FLIGHT = 2_000;
const SAMPLE_EVERY_MS = 10_000;
const TEXTS = [
  'My phone was stolen at Sitabuldi market yesterday',
  'Chain snatching near Dharampeth a few minutes ago',
  'मेरा मोबाइल सीताबर्डी बाजार में चोरी हो गया',
  'माझा मोबाईल सीताबर्डी बाजारात चोरीला गेला आहे',
  'Sakkardara chowk pe traffic jam hai 1 ghante se',
];

interface Instance {
  port: number;
  child: ChildProcess;
  stderr: string;
  stream?: http.ClientRequest;
}

function delivery(i: number): { id: string; body: string; signature: string } {
  const from = String(918800000000 + i);
  const id = `wamid.SOAK${i}`;
  const payload = {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: PHONE_ID },
              contacts: [{ profile: { name: 'Soak' }, wa_id: from }],
              messages: [{ from, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: TEXTS[i % TEXTS.length] ?? '' } }],
            },
          },
        ],
      },
    ],
  };
  const body = JSON.stringify(payload).replace(/[^\0-~]/g, (ch) => `\\u${`000${ch.charCodeAt(0).toString(16)}`.slice(-4)}`);
  return { id, body, signature: `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}` };
}

/** A Graph API stand-in that accepts every send and counts them per recipient. */
async function startGraphSink(): Promise<{ url: string; perRecipient: Map<string, number>; close: () => Promise<void> }> {
  const perRecipient = new Map<string, number>();
  let n = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      let to = '';
      try {
        const body: unknown = JSON.parse(raw);
        if (typeof body === 'object' && body !== null && 'to' in body) to = String(body.to);
      } catch {
        // Not JSON: answered like any send; the bench only counts recipients.
      }
      if (req.method === 'POST' && req.url?.endsWith('/messages')) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id: `wamid.SINK${++n}` }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v21.0`, perRecipient, close: () => new Promise((r) => server.close(() => r())) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = http.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function rssMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : 0;
  } catch {
    return 0;
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function openStream(port: number, cookie: string, onCreated: (ticketId: number, at: number) => void): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get(`http://127.0.0.1:${port}/api/events`, { headers: { cookie, accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`SSE answered ${res.statusCode}`));
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const at = performance.now();
        buf += chunk;
        let cut = buf.indexOf('\n\n');
        while (cut >= 0) {
          const frame = buf.slice(0, cut);
          buf = buf.slice(cut + 2);
          const data = /^event: ticket\.created$/m.test(frame) ? /^data: (.+)$/m.exec(frame)?.[1] : undefined;
          if (data) {
            const parsed: unknown = JSON.parse(data);
            if (typeof parsed === 'object' && parsed !== null && 'ticketId' in parsed && typeof parsed.ticketId === 'number') onCreated(parsed.ticketId, at);
          }
          cut = buf.indexOf('\n\n');
        }
      });
      res.on('error', () => undefined);
      resolve(req);
    });
    req.on('error', () => undefined);
  });
}

function boundedNumber(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!(n > 0 && n <= max)) throw new Error(`bench soak: ${name} must be a number above 0 and at most ${max}`);
  return n;
}

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const minutes = boundedNumber('--minutes', opts.minutes, 10 * opts.scale, 60);
  const rate = boundedNumber('--rate', opts.rate, 1_000, 5_000);
  const adminUrl = process.env.CHOWKI_BENCH_PG_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('bench soak runs several instances on PostgreSQL: set CHOWKI_BENCH_PG_URL to a server where it may create a scratch database');
  const log = (line: string) => opts.verbose && process.stderr.write(`soak: ${line}\n`);

  const name = `chowki_soak_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const store = openStore({ databaseUrl, dataDir: ':memory:', poolSize: 2 });
  const sink = await startGraphSink();
  const dirs: string[] = [];
  const instances: Instance[] = [];
  try {
    await migrateToLatest(store);
    await store.db.transaction().execute((tx) => seedCity(tx, loadCityFromDir(readConfig({}).cityDir), PASSWORD));

    for (let k = 0; k < INSTANCES; k++) {
      const port = await freePort();
      const dataDir = mkdtempSync(join(tmpdir(), 'chowki-soak-'));
      dirs.push(dataDir);
      // The same program as this one (built, or through tsx in a checkout), as `chowki serve`.
      const child = spawn(process.execPath, [...process.execArgv, process.argv[1] ?? 'dist/src/main.js', 'serve', '--port', String(port)], {
        env: {
          ...process.env,
          CHOWKI_DATA_DIR: dataDir,
          DATABASE_URL: databaseUrl,
          LOG_LEVEL: 'error',
          HOST: '127.0.0.1',
          CHOWKI_WHATSAPP_APP_SECRET: SECRET,
          CHOWKI_WHATSAPP_VERIFY_TOKEN: 'soak-verify',
          CHOWKI_WHATSAPP_ACCESS_TOKEN: 'soak-token',
          CHOWKI_WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
          CHOWKI_WHATSAPP_API_URL: sink.url,
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const inst: Instance = { port, child, stderr: '' };
      child.stderr?.on('data', (d: Buffer) => (inst.stderr = (inst.stderr + d.toString()).slice(-4000)));
      instances.push(inst);
    }
    for (const inst of instances) {
      const deadline = Date.now() + 240_000;
      for (;;) {
        if (inst.child.exitCode !== null) throw new Error(`serve exited ${inst.child.exitCode}: ${inst.stderr}`);
        const ok = await fetch(`http://127.0.0.1:${inst.port}/healthz`).then((r) => r.ok, () => false);
        if (ok) break;
        if (Date.now() > deadline) throw new Error('an instance did not start in 4 minutes');
        await sleep(250);
      }
    }
    const login = await fetch(`http://127.0.0.1:${instances[0]?.port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'control', password: PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login answered ${login.status}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    // Each instance's desk: the first sight of a ticket on any of them is when the desk had it.
    const createdAt = new Map<number, number>();
    const seenBy = instances.map(() => new Set<number>());
    for (const [k, inst] of instances.entries()) {
      inst.stream = await openStream(inst.port, cookie, (ticketId, at) => {
        seenBy[k]?.add(ticketId);
        if (!createdAt.has(ticketId)) createdAt.set(ticketId, at);
      });
    }

    const total = Math.round(minutes * 60 * rate);
    log(`${INSTANCES} instances on PostgreSQL, offering ${rate}/s for ${minutes} min (${total} deliveries)`);
    const sentAt = new Map<string, number>();
    const answered = new Set<string>();
    let httpErrors = 0;
    let shed = 0;
    let inFlight = 0;
    const timeline: Array<{ s: number; answered: number; tickets: number; pending: number; rss_mb: number[] }> = [];
    const start = performance.now();
    const sample = async () => {
      const pending = await store.db.selectFrom('inbound').select((eb) => eb.fn.countAll<string | number>().as('n')).where('status', 'in', ['pending', 'processing']).executeTakeFirst();
      timeline.push({ s: Math.round((performance.now() - start) / 1000), answered: answered.size, tickets: createdAt.size, pending: Number(pending?.n ?? 0), rss_mb: instances.map((i) => rssMb(i.child.pid)) });
      const last = timeline[timeline.length - 1];
      if (last) log(`${last.s}s answered ${last.answered}, on the desk ${last.tickets}, backlog ${last.pending}, rss ${last.rss_mb.join('/')} MB`);
    };
    const sampler = setInterval(() => void sample().catch(() => undefined), SAMPLE_EVERY_MS);
    const post = async (i: number) => {
      const d = delivery(i);
      const inst = instances[i % INSTANCES];
      if (!inst) return;
      inFlight++;
      sentAt.set(d.id, performance.now());
      try {
        const res = await fetch(`http://127.0.0.1:${inst.port}/webhooks/whatsapp`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': d.signature },
          body: d.body,
        });
        await res.arrayBuffer();
        if (res.status === 200) answered.add(d.id);
        else httpErrors++;
      } catch {
        httpErrors++;
      } finally {
        inFlight--;
      }
    };
    const pending: Array<Promise<void>> = [];
    for (let i = 0; i < total; i++) {
      const wait = start + (i * 1000) / rate - performance.now();
      if (wait > 1) await sleep(wait);
      if (inFlight >= MAX_IN_FLIGHT) {
        shed++;
        continue;
      }
      pending.push(post(i));
      if (pending.length > 10_000) await Promise.all(pending.splice(0, pending.length));
    }
    await Promise.all(pending);
    const offeredSeconds = (performance.now() - start) / 1000;
    log(`offer over after ${offeredSeconds.toFixed(0)} s; waiting for the backlog to drain`);

    // Drain: bounded by the offer's own length (at least 2 minutes), then what is left is reported, not lost.
    const drainStart = performance.now();
    const drainLimit = Math.max(120_000, minutes * 60_000);
    let left = Infinity;
    while (performance.now() - drainStart < drainLimit) {
      const row = await store.db.selectFrom('inbound').select((eb) => eb.fn.countAll<string | number>().as('n')).where('status', 'in', ['pending', 'processing']).executeTakeFirst();
      left = Number(row?.n ?? 0);
      if (left === 0 && createdAt.size >= answered.size) break;
      await sleep(500);
    }
    const drainSeconds = (performance.now() - drainStart) / 1000;
    clearInterval(sampler);
    await sample();

    const rows = await store.db.selectFrom('inbound').select(['external_id', 'status', 'ticket_id']).where('channel', '=', 'whatsapp').execute();
    const byId = new Map(rows.map((r) => [r.external_id, r]));
    let lost = 0;
    const latencies: number[] = [];
    for (const id of answered) {
      const r = byId.get(id);
      if (!r || (r.status !== 'processed' && r.status !== 'pending' && r.status !== 'processing')) lost++;
      else if (r.ticket_id !== null) {
        const s = sentAt.get(id);
        const e = createdAt.get(r.ticket_id);
        if (s !== undefined && e !== undefined) latencies.push(e - s);
      }
    }
    latencies.sort((a, b) => a - b);
    const tickets = await store.db.selectFrom('tickets').select((eb) => eb.fn.countAll<string | number>().as('n')).where('channel', '=', 'whatsapp').executeTakeFirst();
    const storedTwice = rows.length - new Set(rows.map((r) => r.external_id)).size;
    const processed = rows.filter((r) => r.status === 'processed').length;
    const sentTwice = [...sink.perRecipient.values()].filter((n) => n > 1).length;
    const seenEverywhere = [...createdAt.keys()].filter((id) => seenBy.every((s) => s.has(id))).length;
    const peakRss = instances.map((_, k) => Math.max(0, ...timeline.map((t) => t.rss_mb[k] ?? 0)));
    return {
      engine: 'postgres',
      instances: INSTANCES,
      minutes,
      offered_rate_per_s: rate,
      offered: total,
      shed_by_client: shed,
      answered: answered.size,
      http_errors: httpErrors,
      answered_per_s: Math.round(answered.size / offeredSeconds),
      processed,
      tickets: Number(tickets?.n ?? 0),
      lost,
      stored_twice: storedTwice,
      duplicated_tickets: Math.max(0, Number(tickets?.n ?? 0) - processed),
      acks_sent_twice: sentTwice,
      desk_saw_on_every_instance: seenEverywhere,
      backlog_left: left === Infinity ? -1 : left,
      drain_s: Math.round(drainSeconds),
      p50_ms: percentile(latencies, 50),
      p99_ms: percentile(latencies, 99),
      peak_rss_mb: peakRss.join('/'),
      timeline: JSON.stringify(timeline.map((t) => [t.s, t.answered, t.tickets, t.pending, ...t.rss_mb])),
    };
  } finally {
    for (const inst of instances) {
      inst.stream?.destroy();
      if (inst.child.exitCode === null && inst.child.signalCode === null) {
        inst.child.kill('SIGTERM');
        await new Promise((r) => inst.child.once('exit', r));
      }
    }
    await sink.close();
    await store.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    const drop = new pg.Client({ connectionString: adminUrl });
    await drop.connect();
    await drop.query(`drop database if exists ${name} with (force)`);
    await drop.end();
  }
}
