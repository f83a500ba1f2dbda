/**
 * /metrics for the people on call: Prometheus text with the intake backlog, quarantine, outbox and
 * channels, behind a bearer token when one is set and for loopback clients only when not — on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { acceptInbound, processPending } from '../src/intake/intake.service.js';
import { createTestApp, reconfigured, testEngines } from './support/harness.js';

const engines = await testEngines();
const TOKEN = 'metrics-token-for-tests-0123456789';

/** The value of one sample (name plus exact label text) in Prometheus's text format. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe.each(engines)('metrics on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('answers a loopback client in Prometheus format with the backlog, the quarantine and the outbox', async () => {
    const good = await acceptInbound(t.ctx, { channel: 'telegram', externalId: 'tg-metrics-1', text: 'Fight at Itwari market now', author: { id: '61' } });
    await acceptInbound(t.ctx, { channel: 'telegram', externalId: 'tg-metrics-2', text: 'Loud DJ at Dharampeth since midnight', author: { id: '62' } });
    expect(good.isNew).toBe(true);
    let res = await t.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(sample(res.body, 'chowki_intake_pending')).toBe(2);
    expect(sample(res.body, 'chowki_intake_pending_oldest_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(res.body, 'chowki_inbound_total{channel="telegram"}')).toBeGreaterThanOrEqual(2);
    for (const name of ['chowki_intake_quarantined', 'chowki_outbox_messages', 'chowki_sse_clients', 'chowki_sla_breaches_total', 'chowki_intake_processing_seconds', 'chowki_provider_rate_limited_total']) {
      expect(res.body).toContain(`# TYPE ${name} `);
    }
    await processPending(t.ctx);
    res = await t.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(sample(res.body, 'chowki_intake_pending')).toBe(0);
    expect(sample(res.body, 'chowki_intake_pending_oldest_seconds')).toBe(0);
    expect(sample(res.body, 'chowki_intake_quarantined')).toBe(0);
    expect(sample(res.body, 'chowki_intake_items_total{outcome="processed"}')).toBeGreaterThanOrEqual(2);
    // Telegram items carry no reply address here: nothing waits in the outbox.
    expect(sample(res.body, 'chowki_outbox_messages{status="pending"}')).toBe(0);
  });

  it('counts the desk streams open on this process', async () => {
    const cookie = await t.login('control');
    const before = sample((await t.app.inject({ url: '/metrics' })).body, 'chowki_sse_clients') ?? 0;
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const stream = await fetch(`${address}/api/events`, { headers: { cookie }, signal: controller.signal });
    expect(stream.status).toBe(200);
    expect(sample((await t.app.inject({ url: '/metrics' })).body, 'chowki_sse_clients')).toBe(before + 1);
    controller.abort();
    // The server hears of the closed stream when the socket closes: poll until it has.
    let now = before + 1;
    for (let i = 0; i < 100 && now !== before; i++) {
      await new Promise((r) => setTimeout(r, 10));
      now = sample((await t.app.inject({ url: '/metrics' })).body, 'chowki_sse_clients') ?? -1;
    }
    expect(now).toBe(before);
  });

  it('refuses a client that is not on loopback when no token is set', async () => {
    const res = await t.app.inject({ url: '/metrics', remoteAddress: '10.1.2.3', headers: { 'x-forwarded-for': '127.0.0.1' } });
    expect(res.statusCode).toBe(403);
  });

  it('asks for the bearer token when one is set, from anywhere', async () => {
    const app = await buildApp(reconfigured(t.ctx, { metricsToken: TOKEN }), { webDir: null });
    try {
      expect((await app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' })).statusCode).toBe(401);
      expect((await app.inject({ url: '/metrics', remoteAddress: '10.1.2.3', headers: { authorization: 'Bearer wrong-token' } })).statusCode).toBe(401);
      expect((await app.inject({ url: '/metrics', remoteAddress: '10.1.2.3', headers: { authorization: `Basic ${TOKEN}` } })).statusCode).toBe(401);
      const ok = await app.inject({ url: '/metrics', remoteAddress: '10.1.2.3', headers: { authorization: `Bearer ${TOKEN}` } });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toContain('chowki_intake_pending ');
    } finally {
      await app.close();
    }
  });
});
