/**
 * The spine of Chowki, end to end over HTTP: a citizen's report becomes one ticket on the
 * right station's desk, seen by the units above it and by no other station.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskEvent } from '../src/tickets/desk-event.schema.js';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();

describe.each(engines)('message path on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function report(text: string, extra: Record<string, unknown> = {}) {
    return t.app.inject({ method: 'POST', url: '/api/public/reports', payload: { text, ...extra } });
  }

  it('turns a public report into a ticket with a reference and a tracking link', async () => {
    const res = await report('Mobile snatched near Zero Mile just now', { name: 'Asha', phone: '+91 98230 12345' });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ reference: string; trackingUrl: string; token: string }>();
    expect(body.reference).toMatch(/^NGP-\d{4}-\d{6}$/);
    expect(body.trackingUrl).toContain(`/track/${body.reference}?token=`);

    const status = await t.app.inject({ url: `/api/public/reports/${body.reference}?token=${body.token}` });
    expect(status.statusCode).toBe(200);
    const s = status.json<Record<string, unknown>>();
    expect(s).toMatchObject({ reference: body.reference, status: 'new', station: { id: 'ngp-ps-sitabuldi' } });
    // No personal data on the public face; the citizen's own words are theirs to see.
    expect(JSON.stringify(s)).not.toMatch(/Asha|98230/);

    const wrong = await t.app.inject({ url: `/api/public/reports/${body.reference}?token=not-the-right-token` });
    expect(wrong.statusCode).toBe(404);
  });

  it('numbers references in sequence per city and year', async () => {
    const a = (await report('Chain snatching at Sitabuldi market this morning')).json<{ reference: string }>();
    const b = (await report('Chain snatching at Dharampeth this morning')).json<{ reference: string }>();
    const seq = (r: string) => Number(r.split('-')[2]);
    expect(seq(b.reference)).toBe(seq(a.reference) + 1);
  });

  it('shows the ticket to the owning station, its zone and the city, and to no other station', async () => {
    const created = (await report('Two men fighting with a knife at Zero Mile right now')).json<{ reference: string }>();
    const seen = async (user: string) => {
      const cookie = await t.login(user);
      const res = await t.app.inject({ url: '/api/tickets?limit=200', headers: { cookie } });
      expect(res.statusCode).toBe(200);
      return res.json<{ items: Array<{ reference: string; id: number }> }>().items.find((i) => i.reference === created.reference);
    };
    const mine = await seen('op.sitabuldi');
    expect(mine).toBeDefined();
    expect(await seen('dcp.z2')).toBeDefined();
    expect(await seen('cp')).toBeDefined();
    expect(await seen('control')).toBeDefined();
    expect(await seen('op.ambazari')).toBeUndefined();
    expect(await seen('dcp.z1')).toBeUndefined();

    // Another station asking for it by id gets 404, not 403: it does not learn the ticket exists.
    const other = await t.app.inject({ url: `/api/tickets/${mine?.id}`, headers: { cookie: await t.login('op.ambazari') } });
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ error: { code: 'TICKET_NOT_FOUND' } });

    const detail = await t.app.inject({ url: `/api/tickets/${mine?.id}`, headers: { cookie: await t.login('op.sitabuldi') } });
    expect(detail.statusCode).toBe(200);
    const d = detail.json<{ messages: Array<{ text: string }>; audit: Array<{ action: string }>; priority: string; category: string }>();
    expect(d.messages[0]?.text).toContain('knife');
    expect(d.audit.map((a) => a.action)).toContain('ticket.created');
    expect(d.priority).toBe('p1');
    expect(d.category).toBe('violence');
  });

  it('sends a report with no place to the control room, never to a guess', async () => {
    const created = (await report('Someone is calling me again and again and abusing me, please help')).json<{ reference: string }>();
    const list = await t.app.inject({ url: '/api/tickets?limit=200', headers: { cookie: await t.login('control') } });
    const item = list.json<{ items: Array<{ reference: string; station: string | null }> }>().items.find((i) => i.reference === created.reference);
    expect(item?.station).toBeNull();
    const station = await t.app.inject({ url: '/api/tickets?limit=200', headers: { cookie: await t.login('op.sitabuldi') } });
    expect(station.json<{ items: Array<{ reference: string }> }>().items.some((i) => i.reference === created.reference)).toBe(false);
  });

  it('routes a pin to the station whose jurisdiction holds it', async () => {
    // A point a few hundred metres from Ambazari station, with no place named.
    const res = await report('Street light broken and bike stolen from outside my house', { lat: 21.1488, lon: 79.0548 });
    const ref = res.json<{ reference: string }>().reference;
    const list = await t.app.inject({ url: '/api/tickets?limit=200', headers: { cookie: await t.login('op.ambazari') } });
    const item = list.json<{ items: Array<{ reference: string; place: { method: string } }> }>().items.find((i) => i.reference === ref);
    expect(item?.place.method).toBe('pin');
  });

  it('publishes a ticket.created event naming exactly the units that may see it', async () => {
    const events: DeskEvent[] = [];
    const off = t.ctx.bus.subscribe((e) => events.push(e));
    const ref = (await report('Bag snatched near Sitabuldi main road')).json<{ reference: string }>().reference;
    // On PostgreSQL the event comes back through LISTEN/NOTIFY: wait for it (bounded).
    for (let i = 0; i < 100 && !events.some((e) => 'ticket' in e && JSON.stringify(e.ticket).includes(ref)); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    off();
    const ev = events.find((e) => 'ticket' in e && JSON.stringify(e.ticket).includes(ref));
    expect(ev?.type).toBe('ticket.created');
    expect(ev?.units.sort()).toEqual(['ngp', 'ngp-ps-sitabuldi', 'ngp-z2']);
  });

  it('filters and pages the ticket list', async () => {
    const cookie = await t.login('cp');
    const p1 = await t.app.inject({ url: '/api/tickets?priority=p1', headers: { cookie } });
    expect(p1.statusCode).toBe(200);
    const items = p1.json<{ items: Array<{ priority: string }> }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.priority === 'p1')).toBe(true);

    const page1 = await t.app.inject({ url: '/api/tickets?limit=2', headers: { cookie } });
    const b1 = page1.json<{ items: Array<{ id: number }>; nextCursor: string | null }>();
    expect(b1.items).toHaveLength(2);
    expect(b1.nextCursor).not.toBeNull();
    const page2 = await t.app.inject({ url: `/api/tickets?limit=2&cursor=${b1.nextCursor}`, headers: { cookie } });
    const b2 = page2.json<{ items: Array<{ id: number }> }>();
    expect(Math.max(...b2.items.map((i) => i.id))).toBeLessThan(Math.min(...b1.items.map((i) => i.id)));
  });

  it('answers bad input with 400 naming the field, and unknown routes with 404', async () => {
    const empty = await report('');
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect(empty.json<{ error: { message: string } }>().error.message).toContain('text');

    const halfPin = await report('Theft at my shop', { lat: 21.1 });
    expect(halfPin.statusCode).toBe(400);
    expect(halfPin.json<{ error: { message: string } }>().error.message).toMatch(/lat, lon/);

    const badFilter = await t.app.inject({ url: '/api/tickets?priority=p9', headers: { cookie: await t.login('cp') } });
    expect(badFilter.statusCode).toBe(400);
    expect(badFilter.json<{ error: { message: string } }>().error.message).toContain('priority');

    const badJson = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: { 'content-type': 'application/json' },
      payload: '{"text": ',
    });
    expect(badJson.statusCode).toBe(400);

    const nowhere = await t.app.inject({ url: '/api/nothing-here' });
    expect(nowhere.statusCode).toBe(404);
    expect(nowhere.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('refuses an oversized body with 413', async () => {
    const res = await report('x'.repeat(t.ctx.config.bodyLimit + 10));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('asks for a login on the desk API, and rejects a wrong password', async () => {
    expect((await t.app.inject({ url: '/api/tickets' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/events' })).statusCode).toBe(401);
    const bad = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'op.sitabuldi', password: 'nope-nope' } });
    expect(bad.statusCode).toBe(401);
    expect(bad.json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    const missing = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'op.sitabuldi' } });
    expect(missing.statusCode).toBe(400);
  });

  it('sets an HttpOnly SameSite session cookie and ends it at logout', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'cp', password: 'demo-password-1' } });
    const cookie = res.cookies.find((c) => c.name === 'chowki_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(String(cookie?.sameSite).toLowerCase()).toBe('strict');
    const header = `chowki_session=${cookie?.value}`;
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: header } })).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: header } });
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: header } })).statusCode).toBe(401);
  });

  it('serves health, units, jurisdictions and the OpenAPI document', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toMatchObject({ status: 'ok', engine, backlog: { pending: 0 } });
    const units = (await t.app.inject({ url: '/api/units' })).json<{ units: Array<{ id: string }> }>();
    expect(units.units.some((u) => u.id === 'ngp-ps-sitabuldi')).toBe(true);
    const geo = (await t.app.inject({ url: '/api/units/jurisdictions' })).json<{ type: string; features: unknown[] }>();
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(30);
    const doc = (await t.app.inject({ url: '/api/docs/json' })).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/tickets', '/api/public/reports', '/api/auth/login']));
  });
});
