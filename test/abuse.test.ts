/**
 * Abuse, on both databases: password guessing is locked per account and per address (in the
 * database, so that every process sees the lock), the public form limits reports per address and per
 * browser without ever stopping a real citizen, refuses a report it has just been sent, answers a
 * retry with the first reference and tracking link, and says "received" when processing failed.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import type { AbuseConfig, Config } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import type { Triager } from '../src/triage/triage.types.js';
import { createTestContext, DEMO_PASSWORD, testEngines, type TestContext } from './support/harness.js';

const engines = await testEngines();

const TIGHT: AbuseConfig = {
  login: { maxFailures: 5, maxFailuresPerIp: 8, windowMinutes: 15 },
  reports: { perHourPerIp: 6, perHourPerDevice: 3, repeatMinutes: 60, retryHours: 24 },
};

function withConfig(ctx: AppContext, patch: Partial<Config>): AppContext {
  return { ...ctx, config: { ...ctx.config, ...patch } };
}

describe.each(engines)('abuse on %s', (engine) => {
  let t: TestContext;
  let app: FastifyInstance;
  let clock = Date.parse('2026-12-04T10:00:00Z');
  let n = 0;
  const apps: FastifyInstance[] = [];

  const build = async (ctx: AppContext) => {
    const a = await buildApp(ctx, { webDir: null });
    apps.push(a);
    return a;
  };
  const login = (a: FastifyInstance, username: string, password: string, remoteAddress = '198.51.100.1') =>
    a.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });
  const report = (
    a: FastifyInstance,
    payload: Record<string, unknown>,
    opts: { remoteAddress?: string; device?: string } = {},
  ) =>
    a.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload,
      remoteAddress: opts.remoteAddress ?? '203.0.113.1',
      ...(opts.device ? { cookies: { chowki_device: opts.device } } : {}),
    });
  const throttled = async () =>
    (await t.ctx.store.db.selectFrom('audit_log').select(['ticket_id', 'actor_user_id', 'details']).where('action', '=', 'auth.throttled').orderBy('id').execute()).map(
      (r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }),
    );
  const ticketCount = async () => Number((await t.ctx.store.db.selectFrom('tickets').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  /** A fresh browser: the device cookie the form hands out on the first report. */
  const newDevice = async (a: FastifyInstance, remoteAddress: string) => {
    const res = await report(a, { text: `First report number ${++n}: a street light is out near Itwari`, clientId: `device-probe-${n}` }, { remoteAddress });
    expect(res.statusCode).toBe(201);
    const cookie = res.cookies.find((c) => c.name === 'chowki_device');
    if (!cookie) throw new Error('no device cookie');
    return cookie.value;
  };

  beforeAll(async () => {
    t = await createTestContext(engine, { now: () => clock });
    app = await build(withConfig(t.ctx, { abuse: TIGHT }));
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await t?.close();
  });

  describe('login', () => {
    it('locks an account after 5 failures, refuses even the right password until the window ends, and audits each refusal', async () => {
      for (let i = 0; i < 5; i++) expect((await login(app, 'op.sitabuldi', `wrong-${i}`)).statusCode).toBe(401);
      const locked = await login(app, 'op.sitabuldi', DEMO_PASSWORD);
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe('RATE_LIMITED');
      expect(locked.json().error.message).toMatch(/locked/);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
      expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
      expect(locked.cookies.find((c) => c.name === 'chowki_session')).toBeUndefined();

      // Another officer at the same address is not locked out.
      expect((await login(app, 'op.ambazari', DEMO_PASSWORD)).statusCode).toBe(200);

      const audit = await throttled();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ ticket_id: null, actor_user_id: null, details: { scope: 'account', username: 'op.sitabuldi', address: '198.51.100.1' } });
      expect(JSON.stringify(audit)).not.toContain(DEMO_PASSWORD);
      expect(JSON.stringify(audit)).not.toContain('wrong-');

      clock += 10 * 60_000;
      expect((await login(app, 'op.sitabuldi', DEMO_PASSWORD)).statusCode).toBe(429);
      expect(await throttled()).toHaveLength(2);
      clock += 5 * 60_000 + 1000;
      expect((await login(app, 'op.sitabuldi', DEMO_PASSWORD)).statusCode).toBe(200);
    });

    it('forgets earlier failures after a successful login', async () => {
      // Two addresses, so that the address's own limit (8) stays out of the way.
      for (let i = 0; i < 4; i++) expect((await login(app, 'sho.sitabuldi', 'nope-nope', '198.51.100.2')).statusCode).toBe(401);
      expect((await login(app, 'sho.sitabuldi', DEMO_PASSWORD, '198.51.100.2')).statusCode).toBe(200);
      for (let i = 0; i < 4; i++) expect((await login(app, 'sho.sitabuldi', 'nope-nope', '198.51.100.3')).statusCode).toBe(401);
      expect((await login(app, 'sho.sitabuldi', DEMO_PASSWORD, '198.51.100.3')).statusCode).toBe(200);
    });

    it('counts a burst of parallel guesses: no more than the limit are ever checked', async () => {
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(app, 'sho.ambazari', `guess-${i}`, '198.51.100.50')));
      const codes = answers.map((a) => a.statusCode);
      expect(codes.filter((c) => c === 401)).toHaveLength(5);
      expect(codes.filter((c) => c === 429)).toHaveLength(7);
    });

    it('locks an address that guesses across many accounts, and only that address', async () => {
      const ip = '198.51.100.77';
      for (let i = 0; i < 8; i++) expect((await login(app, `nobody-${i}`, 'password-1', ip)).statusCode).toBe(401);
      const res = await login(app, 'op.sadar', DEMO_PASSWORD, ip);
      expect(res.statusCode).toBe(429);
      expect(res.json().error.message).toMatch(/network/);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect((await throttled()).at(-1)?.details).toMatchObject({ scope: 'address', address: ip, username: 'op.sadar' });
      expect((await login(app, 'op.sadar', DEMO_PASSWORD, '198.51.100.78')).statusCode).toBe(200);
    });

    it('holds the lock in the database: a second process on the same database refuses too', async () => {
      const other = await build(withConfig(t.ctx, { abuse: TIGHT }));
      for (let i = 0; i < 5; i++) expect((await login(app, 'op.dharampeth', 'bad-password', '198.51.100.4')).statusCode).toBe(401);
      expect((await login(other, 'op.dharampeth', DEMO_PASSWORD, '198.51.100.4')).statusCode).toBe(429);
    });
  });

  describe('public reports', () => {
    it('answers a retry with the same reference and tracking token, and opens one ticket', async () => {
      const before = await ticketCount();
      const body = { text: 'Mobile snatched near Zero Mile just now', clientId: 'retry-client-0001' };
      const first = await report(app, body);
      expect(first.statusCode).toBe(201);
      const again = await report(app, body);
      expect(again.statusCode).toBe(201);
      expect(again.json()).toEqual(first.json());
      expect(await ticketCount()).toBe(before + 1);

      const { reference, token } = first.json();
      const status = await app.inject({ url: `/api/public/reports/${reference}?token=${encodeURIComponent(token)}` });
      expect(status.statusCode).toBe(200);

      // Nothing stored opens the link: the clientId is kept nowhere, the token only sealed under it.
      const receipt = await t.ctx.store.db.selectFrom('webform_receipts').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();
      expect(JSON.stringify(receipt)).not.toContain(token);
      expect(JSON.stringify(receipt)).not.toContain('retry-client-0001');
      const inbound = await t.ctx.store.db.selectFrom('inbound').select(['external_id', 'payload']).where('channel', '=', 'web').execute();
      expect(JSON.stringify(inbound)).not.toContain('retry-client-0001');
    });

    it('gives both halves of a double submit the same receipt', async () => {
      // Several pairs, each in its own words: the second half can look for the receipt at any moment of
      // the first's work (before its claim, between the claim and the stored item, after).
      const places = ['Sitabuldi fort', 'Zero Mile', 'Variety Square', 'Jhansi Rani Square', 'Futala lake', 'Itwari market'];
      for (const [i, place] of places.entries()) {
        const body = { text: `Two men fighting outside ${place}`, clientId: `double-submit-000${i}` };
        const [a, b] = await Promise.all([report(app, body, { remoteAddress: `203.0.113.${20 + i}` }), report(app, body, { remoteAddress: `203.0.113.${20 + i}` })]);
        expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
        expect(a.json()).toEqual(b.json());
      }
    });

    it('hands out a device cookie, HttpOnly and scoped to the public API', async () => {
      const res = await report(app, { text: 'Water pipe burst on Wardha Road', clientId: 'cookie-client-01' }, { remoteAddress: '203.0.113.3' });
      const cookie = res.cookies.find((c) => c.name === 'chowki_device');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/public/' });
    });

    it('refuses a near-identical report from the same browser within the hour, naming the first reference', async () => {
      const ip = '203.0.113.4';
      const device = await newDevice(app, ip);
      const first = await report(app, { text: 'Loud DJ music at Dharampeth after 11 pm', clientId: 'repeat-0001' }, { remoteAddress: ip, device });
      expect(first.statusCode).toBe(201);
      const before = await ticketCount();
      const repeat = await report(app, { text: 'loud DJ music at Dharampeth after 11 pm!!', clientId: 'repeat-0002' }, { remoteAddress: ip, device });
      expect(repeat.statusCode).toBe(409);
      expect(repeat.json().error.code).toBe('REPORT_REPEATED');
      expect(repeat.json().error.message).toContain(first.json().reference);
      expect(repeat.json().error.details).toEqual({ reference: first.json().reference });
      expect(await ticketCount()).toBe(before);
      // Something else from the same browser is a new report.
      expect((await report(app, { text: 'Car blocking the gate at Ramdaspeth', clientId: 'repeat-0003' }, { remoteAddress: ip, device })).statusCode).toBe(201);
      // An hour later the same words are a new report again.
      clock += 61 * 60_000;
      expect((await report(app, { text: 'Loud DJ music at Dharampeth after 11 pm', clientId: 'repeat-0004' }, { remoteAddress: ip, device })).statusCode).toBe(201);
    });

    it('lets a few citizens behind one address send the same words, then groups the rest', async () => {
      const ip = '203.0.113.5';
      const text = 'Accident at Variety Square, two bikes, people hurt';
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await report(app, { text, clientId: `shared-ip-${i}-000` }, { remoteAddress: ip })).statusCode);
      expect(codes).toEqual([201, 201, 201, 409, 409]);
    });

    it('limits reports per browser and per address with 429, Retry-After and words a citizen can act on', async () => {
      const ip = '203.0.113.6';
      // The browser's first report came without the cookie: it counts against the address only.
      const device = await newDevice(app, ip);
      const sent = ['Chain snatching at Sadar market', 'Stray cattle blocking Kamptee Road', 'Street fight near Gandhibagh garden'];
      for (const [i, text] of sent.entries()) {
        expect((await report(app, { text, clientId: `limit-dev-0${i}` }, { remoteAddress: ip, device })).statusCode).toBe(201);
      }
      const limited = await report(app, { text: 'Drunk driver on Amravati Road', clientId: 'limit-dev-09' }, { remoteAddress: ip, device });
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.json().error.code).toBe('RATE_LIMITED');
      expect(limited.json().error.message).toMatch(/wait .*minutes.* 112/);

      // A retry of a report already sent is never limited: it is the same report.
      const retried = await report(app, { text: sent[1], clientId: 'limit-dev-01' }, { remoteAddress: ip, device });
      expect(retried.statusCode).toBe(201);

      // Another browser at the address carries on until the address's limit: 6 an hour, of which
      // the first browser's 5 attempts (the refused one too) took 5.
      const others = ['Pickpocket on the bus to Koradi', 'Open manhole on Central Avenue'];
      const codes: number[] = [];
      for (const [i, text] of others.entries()) codes.push((await report(app, { text, clientId: `limit-ip-${i}-00` }, { remoteAddress: ip })).statusCode);
      expect(codes).toEqual([201, 429]);

      clock += 61 * 60_000;
      expect((await report(app, { text: 'Drunk driver on Amravati Road', clientId: 'limit-dev-09' }, { remoteAddress: ip, device })).statusCode).toBe(201);
    });

    it('never stops a real citizen with the default limits: several reports an hour and a retry', async () => {
      const real = await build(t.ctx);
      const ip = '203.0.113.9';
      const device = await newDevice(real, ip);
      const texts = ['My scooter was stolen from Sitabuldi parking', 'Someone is harassing women at the bus stop near Zero Mile', 'Broken traffic signal at Variety Square'];
      for (const [i, text] of texts.entries()) {
        const body = { text, clientId: `real-citizen-${i}` };
        const res = await report(real, body, { remoteAddress: ip, device });
        expect(res.statusCode).toBe(201);
        const retry = await report(real, body, { remoteAddress: ip, device });
        expect(retry.json()).toEqual(res.json());
      }
    });

    it('says "received, we are processing it" when the report could not be processed, also on a retry', async () => {
      const triager: Triager = {
        version: t.ctx.triager.version,
        triage: () => {
          throw new Error('triage engine fault (injected)');
        },
      };
      const broken = await build({ ...withConfig(t.ctx, { abuse: TIGHT }), triager });
      const body = { text: 'Report that meets a broken engine', clientId: 'broken-engine-01' };
      const res = await report(broken, body, { remoteAddress: '203.0.113.10' });
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({ status: 'processing', message: expect.stringMatching(/received your report/) });
      expect(res.json()).not.toHaveProperty('duplicate');
      const retry = await report(broken, body, { remoteAddress: '203.0.113.10' });
      expect(retry.statusCode).toBe(202);
      const row = await t.ctx.store.db.selectFrom('inbound').select('status').where('channel', '=', 'web').orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(row.status).toBe('failed');
    });

    it('after the retry window, a retry gets the reference but no longer the link', async () => {
      const body = { text: 'Cheating by a fake job agency in Dhantoli', clientId: 'old-retry-0001' };
      const first = await report(app, body, { remoteAddress: '203.0.113.11' });
      expect(first.statusCode).toBe(201);
      clock += 25 * 3_600_000;
      const late = await report(app, body, { remoteAddress: '203.0.113.11' });
      expect(late.statusCode).toBe(200);
      expect(late.json()).toEqual({ reference: first.json().reference, duplicate: true });
    });
  });
});
