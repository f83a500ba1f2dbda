/**
 * Webhooks end to end: signed WhatsApp notifications POSTed over real HTTP on loopback, stored,
 * answered, processed into tickets; first offered at a steady 300/s (open loop), then CONCURRENCY at
 * a time as fast as they are answered; measured as deliveries per second until the last ticket's
 * event, and per delivery from the POST to its `ticket.created` on the desk's SSE stream.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { closeContext, openContext } from '../src/bootstrap.js';
import { createChannelRuntime } from '../src/channels/channel.runtime.js';
import { readConfig } from '../src/config.js';
import type { BenchOptions, BenchResult } from './bench.types.js';

const SECRET = 'bench-app-secret';
const PASSWORD = 'bench-password-1';
const CONCURRENCY = 16;
/** The open-loop phase's rate: a busy day's burst, offered steadily whatever the answers' pace. */
const PACED_RATE = 300;
/** Deliveries carried through before measuring, not counted. */
const WARM_UP = 200;
const TEXTS = [
  'My phone was stolen at Sitabuldi market yesterday',
  'Chain snatching near Dharampeth a few minutes ago',
  'मेरा मोबाइल सीताबर्डी बाजार में चोरी हो गया',
  'माझा मोबाईल सीताबर्डी बाजारात चोरीला गेला आहे',
  'Sakkardara chowk pe traffic jam hai 1 ghante se',
];

function notification(i: number): string {
  const from = String(919700000000 + i);
  const body = {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
              contacts: [{ profile: { name: 'Bench' }, wa_id: from }],
              messages: [{ from, id: `wamid.BENCH${i}`, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: TEXTS[i % TEXTS.length] ?? '' } }],
            },
          },
        ],
      },
    ],
  };
  // Meta sends ASCII with \u escapes and signs those bytes.
  return JSON.stringify(body).replace(/[^\0-~]/g, (ch) => `\\u${`000${ch.charCodeAt(0).toString(16)}`.slice(-4)}`);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Opens the desk's event stream; calls back with each event's type, ticket id and arrival time. */
function openEventStream(base: string, cookie: string, onEvent: (type: string, ticketId: number, at: number) => void): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}/api/events`, { headers: { cookie, accept: 'text/event-stream' } }, (res) => {
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
          const type = /^event: (.+)$/m.exec(frame)?.[1];
          const data = /^data: (.+)$/m.exec(frame)?.[1];
          if (type && data) {
            const parsed: unknown = JSON.parse(data);
            if (typeof parsed === 'object' && parsed !== null && 'ticketId' in parsed && typeof parsed.ticketId === 'number') onEvent(type, parsed.ticketId, at);
          }
          cut = buf.indexOf('\n\n');
        }
      });
      resolve(req);
    });
    req.on('error', reject);
  });
}

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const deliveries = Math.max(20, Math.round(2000 * opts.scale));
  const dir = mkdtempSync(join(tmpdir(), 'chowki-bench-webhooks-'));
  const config = readConfig({ CHOWKI_DATA_DIR: dir, LOG_LEVEL: 'silent', CHOWKI_DEMO_PASSWORD: PASSWORD, CHOWKI_WHATSAPP_APP_SECRET: SECRET });
  const ctx = await openContext(config);
  const runtime = createChannelRuntime(ctx);
  const app = await buildApp(ctx, { webDir: null, channels: runtime });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  try {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'control', password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const created = new Map<number, number>();
    let waitingFor = 0;
    let allCreated: () => void = () => undefined;
    const sse = await openEventStream(base, cookie, (type, ticketId, at) => {
      if (type !== 'ticket.created') return;
      created.set(ticketId, at);
      if (created.size >= waitingFor) allCreated();
    });

    const sentAt = new Map<string, number>();
    let httpErrors = 0;
    const post = async (i: number) => {
      const body = notification(i);
      const signature = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
      sentAt.set(`wamid.BENCH${i}`, performance.now());
      try {
        const res = await fetch(`${base}/webhooks/whatsapp`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
          body,
        });
        await res.arrayBuffer();
        if (res.status !== 200) httpErrors++;
      } catch {
        // Refused or timed out (an open loop faster than the server opens more and more connections):
        // Meta would redeliver; here it counts as an error and the phase goes on.
        httpErrors++;
      }
    };
    /** Deliveries [from, from + count): paced at `rate` per second (open loop), or CONCURRENCY at a time as fast as answered. */
    const phase = async (from: number, count: number, rate: number | null) => {
      waitingFor = created.size + count;
      const done = new Promise<void>((resolve) => {
        allCreated = resolve;
        if (created.size >= waitingFor) resolve();
      });
      const start = performance.now();
      if (rate === null) {
        let next = from;
        const sender = async () => {
          for (let i = next++; i < from + count; i = next++) await post(i);
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, sender));
      } else {
        const inFlight: Array<Promise<void>> = [];
        for (let k = 0; k < count; k++) {
          const due = start + (k * 1000) / rate;
          const wait = due - performance.now();
          if (wait > 1) await new Promise((r) => setTimeout(r, wait));
          inFlight.push(post(from + k));
        }
        await Promise.all(inFlight);
      }
      const answeredMs = performance.now() - start;
      // The timer is cleared: left pending it kept the process alive two minutes after the result.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([done, new Promise((r) => (timer = setTimeout(r, 120_000)))]);
      clearTimeout(timer);
      const elapsedMs = performance.now() - start;
      const rows = await ctx.store.db.selectFrom('inbound').select(['external_id', 'ticket_id']).where('channel', '=', 'whatsapp').execute();
      const latencies: number[] = [];
      let tickets = 0;
      for (const r of rows) {
        const n = Number(r.external_id.replace('wamid.BENCH', ''));
        if (!(n >= from && n < from + count)) continue;
        const s = sentAt.get(r.external_id);
        const e = r.ticket_id === null ? undefined : created.get(r.ticket_id);
        if (e !== undefined) tickets++;
        if (s !== undefined && e !== undefined) latencies.push(e - s);
      }
      latencies.sort((a, b) => a - b);
      return { tickets, answeredMs, elapsedMs, p50: Math.round(percentile(latencies, 50) * 10) / 10, p99: Math.round(percentile(latencies, 99) * 10) / 10 };
    };

    if (opts.verbose) process.stderr.write(`webhooks: ${deliveries} signed deliveries at ${PACED_RATE}/s, then ${deliveries} ${CONCURRENCY} at a time\n`);
    let paced: Awaited<ReturnType<typeof phase>>;
    let fast: Awaited<ReturnType<typeof phase>>;
    try {
      // A running server is warm: the first deliveries of a cold process (compiling the code paths,
      // preparing the statements) are carried through first and not counted, as in any steady-state measure.
      await phase(2 * deliveries, WARM_UP, null);
      paced = await phase(0, deliveries, PACED_RATE);
      fast = await phase(deliveries, deliveries, null);
    } finally {
      // An open event stream would keep app.close() waiting for ever.
      sse.destroy();
    }
    return {
      engine: ctx.store.engine,
      deliveries,
      concurrency: CONCURRENCY,
      tickets: paced.tickets + fast.tickets,
      paced_tickets: paced.tickets,
      http_errors: httpErrors,
      paced_rate_per_s: PACED_RATE,
      paced_p50_ms: paced.p50,
      paced_p99_ms: paced.p99,
      answered_per_s: Math.round((deliveries / fast.answeredMs) * 1000),
      throughput_per_s: Math.round((fast.tickets / fast.elapsedMs) * 1000),
      p50_ms: fast.p50,
      p99_ms: fast.p99,
    };
  } finally {
    await app.close();
    await closeContext(ctx);
    rmSync(dir, { recursive: true, force: true });
  }
}
