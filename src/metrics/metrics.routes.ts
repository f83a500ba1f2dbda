/** GET /metrics: Prometheus's text format, for a bearer token or (without one configured) loopback only. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Gauge, Registry } from 'prom-client';
import type { AppContext } from '../context.js';
import { processRegistry } from './metrics.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Compares in constant time: both sides hashed first, so that neither length nor prefix leaks. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The gauges read from the database at each scrape: a handful of indexed counts, the channels' small table. */
function databaseRegistry(ctx: Pick<AppContext, 'store' | 'now'>): Registry {
  const registry = new Registry();
  const db = ctx.store.db;
  const ageSeconds = (iso: string | null | undefined) => (iso ? Math.max(0, (ctx.now() - Date.parse(iso)) / 1000) : 0);
  new Gauge({
    name: 'chowki_intake_pending',
    help: 'Inbound items stored and not yet carried through (all instances)',
    registers: [registry],
    async collect() {
      const row = await db
        .selectFrom('inbound')
        .select((eb) => [eb.fn.countAll<number | string>().as('n')])
        .where('status', '=', 'pending')
        .executeTakeFirst();
      this.set(Number(row?.n ?? 0));
    },
  });
  new Gauge({
    name: 'chowki_intake_pending_oldest_seconds',
    help: 'Age of the oldest pending inbound item (0 when none)',
    registers: [registry],
    async collect() {
      // The lowest pending id is the oldest stored: one step down the status index.
      const row = await db.selectFrom('inbound').select('received_at').where('status', '=', 'pending').orderBy('id').limit(1).executeTakeFirst();
      this.set(ageSeconds(row?.received_at));
    },
  });
  new Gauge({
    name: 'chowki_intake_quarantined',
    help: 'Inbound items that failed twice and wait for the control room (retry or discard)',
    registers: [registry],
    async collect() {
      const row = await db
        .selectFrom('inbound')
        .select((eb) => [eb.fn.countAll<number | string>().as('n')])
        .where('status', '=', 'failed')
        .executeTakeFirst();
      this.set(Number(row?.n ?? 0));
    },
  });
  new Gauge({
    name: 'chowki_outbox_messages',
    help: 'Outbound messages by status: pending (the depth still to send), sending, failed (given up)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const status of ['pending', 'sending', 'failed'] as const) {
        const row = await db
          .selectFrom('outbox')
          .select((eb) => [eb.fn.countAll<number | string>().as('n')])
          .where('status', '=', status)
          .executeTakeFirst();
        this.set({ status }, Number(row?.n ?? 0));
      }
    },
  });
  new Gauge({
    name: 'chowki_channel_last_inbound_seconds',
    help: 'Seconds since each channel last brought a message (the silent-channel alarm)',
    labelNames: ['channel'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await db.selectFrom('channel_health').select(['channel', 'last_inbound_at']).execute();
      for (const r of rows) if (r.last_inbound_at) this.set({ channel: r.channel }, ageSeconds(r.last_inbound_at));
    },
  });
  new Gauge({
    name: 'chowki_channel_last_inbound_timestamp_seconds',
    help: 'When each channel last brought a message, as a Unix time',
    labelNames: ['channel'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await db.selectFrom('channel_health').select(['channel', 'last_inbound_at']).execute();
      for (const r of rows) if (r.last_inbound_at) this.set({ channel: r.channel }, Date.parse(r.last_inbound_at) / 1000);
    },
  });
  return registry;
}

/** The /metrics route. */
export function metricsRoutes(ctx: Pick<AppContext, 'store' | 'now' | 'config'>): FastifyPluginAsyncZod {
  return async (app) => {
    const fromDatabase = databaseRegistry(ctx);
    const token = ctx.config.metricsToken;
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      if (token) {
        const header = request.headers.authorization ?? '';
        const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
        if (!given || !sameSecret(given, token)) {
          return reply.code(401).header('www-authenticate', 'Bearer realm="metrics"').send({ error: { code: 'UNAUTHENTICATED', message: 'Send the metrics token as a bearer token' } });
        }
      } else if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) {
        // The socket's own address, not X-Forwarded-For: a proxy cannot make a stranger look local.
        return reply.code(403).send({ error: { code: 'FORBIDDEN', message: 'Metrics answer loopback clients only; set CHOWKI_METRICS_TOKEN to scrape from elsewhere' } });
      }
      const merged = Registry.merge([processRegistry, fromDatabase]);
      return reply.header('content-type', merged.contentType).send(await merged.metrics());
    });
  };
}
