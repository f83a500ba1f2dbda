/**
 * The control room's queue on both engines (issue 15): its own work first, in the queue itself, not in
 * a list above it. Tickets no station holds and those escalated to the control room come before the rest
 * of the city, each part in the chosen order (priority or deadline); cursor pages walk the same order;
 * a ticket leaves the first part when a station takes it. A station's and a zone's queue are unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngines } from '../../test/support/harness.js';
import { ingest } from '../intake/intake.service.js';
import { runSlaTick } from './sla.service.js';

const engines = await testEngines();
const MIN = 60_000;
const PRIORITY_ORDER = ['p1', 'p2', 'p3'];

interface Row {
  id: number;
  reference: string;
  station: string | null;
  status: string;
  priority: string;
  createdAt: string;
  slaDueAt: string | null;
  escalationLevel: number;
}

const own = (r: Row) => r.station === null || r.status === 'escalated' || r.escalationLevel >= 2;
/** Whether no ticket of the control room's own comes after one of the rest. */
const ownFirst = (rows: Row[]) => rows.every((r, i) => !own(r) || rows.slice(0, i).every(own));

describe.each(engines)("the control room's queue on %s", (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const cookies: Record<string, string> = {};
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };
  let n = 0;
  const ids: Record<string, number> = {};

  const open = async (text: string) => {
    clock.now += 1000;
    n++;
    const out = await ingest(t.ctx, { channel: 'web', externalId: `control-${n}`, text, author: { id: `web:control${n}` } });
    if (!out.ticketId) throw new Error('no ticket');
    return out.ticketId;
  };
  const get = async (who: string, url: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who] ?? '' } });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json() as { items: Row[]; nextCursor: string | null; counts: { total: number } };
  };
  /** Every page of a queue, walked by its cursors `limit` rows at a time. */
  const walk = async (who: string, query: string, limit: number) => {
    const rows: Row[] = [];
    let cursor: string | null = null;
    do {
      const page = await get(who, `/api/desk/queue?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      rows.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return rows;
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    for (const u of ['op.sitabuldi', 'dcp.z2', 'control', 'cp']) cookies[u] = await t.login(u);
    ids.placedA = await open('Bicycle stolen near Zero Mile last week');
    ids.lostA = await open('Someone is shouting outside my house, please come');
    ids.urgent = await open('Chain snatched near Zero Mile, two men on a bike');
    ids.placedB = await open('Loud music near Sitabuldi market every night');
    ids.lostB = await open('My neighbour keeps threatening me');
    ids.placedC = await open('Shop lock broken near Zero Mile');
    // One ticket of a station reaches the control room: p1, unanswered through two windows.
    const patched = await t.app.inject({ method: 'PATCH', url: `/api/tickets/${ids.urgent}/triage`, headers: { cookie: cookies['op.sitabuldi'] ?? '' }, payload: { priority: 'p1' } });
    expect(patched.statusCode, patched.body).toBe(200);
    clock.now += 6 * MIN;
    await runSlaTick(t.ctx);
    clock.now += 6 * MIN;
    await runSlaTick(t.ctx);
  });
  afterAll(async () => t?.close());

  it("puts the control room's own tickets first, then the city's, each part p1 first then oldest", async () => {
    const { items } = await get('control', '/api/desk/queue?limit=200');
    const byId = new Map(items.map((r) => [r.id, r]));
    expect(byId.get(ids.lostA ?? 0)?.station).toBeNull();
    expect(byId.get(ids.urgent ?? 0)).toMatchObject({ station: 'ngp-ps-sitabuldi', escalationLevel: 2 });
    expect(own(byId.get(ids.placedA ?? 0) as Row)).toBe(false);

    const firstRest = items.findIndex((r) => !own(r));
    expect(firstRest).toBeGreaterThanOrEqual(3);
    expect(items.slice(firstRest).some(own), 'no own ticket after the first of the rest').toBe(false);
    for (const part of [items.slice(0, firstRest), items.slice(firstRest)]) {
      const key = (r: Row) => `${PRIORITY_ORDER.indexOf(r.priority)}|${r.createdAt}|${String(r.id).padStart(12, '0')}`;
      expect(part.map(key)).toEqual([...part.map(key)].sort());
    }
    // The urgent ticket of a station comes after nothing that is not the control room's.
    expect(items.findIndex((r) => r.id === ids.urgent)).toBeLessThan(firstRest);

    // The Commissioner's desk is the city's too.
    expect((await get('cp', '/api/desk/queue?limit=200')).items.map((r) => r.id)).toEqual(items.map((r) => r.id));
  });

  it('walks the same order page by page, sorted by priority or by deadline', async () => {
    for (const sort of ['priority', 'sla']) {
      const whole = (await get('control', `/api/desk/queue?sort=${sort}&limit=200`)).items.map((r) => r.id);
      expect(whole.length).toBeGreaterThan(4);
      expect((await walk('control', `sort=${sort}`, 2)).map((r) => r.id), sort).toEqual(whole);
      expect(ownFirst((await get('control', `/api/desk/queue?sort=${sort}&limit=200`)).items), sort).toBe(true);
    }
    // Filters keep the order: the city's tickets other than p1, its own first.
    const calmer = await walk('control', 'priority=p2,p3', 1);
    expect(calmer.every((r) => r.priority !== 'p1')).toBe(true);
    expect(calmer.length).toBeGreaterThan(1);
    expect(ownFirst(calmer)).toBe(true);
  });

  it("leaves a station's and a zone's queue in plain priority order", async () => {
    for (const who of ['op.sitabuldi', 'dcp.z2']) {
      const { items } = await get(who, '/api/desk/queue?limit=200');
      const key = (r: Row) => `${PRIORITY_ORDER.indexOf(r.priority)}|${r.createdAt}|${String(r.id).padStart(12, '0')}`;
      expect(items.map(key), who).toEqual([...items.map(key)].sort());
      expect(items.map((r) => r.id)).toContain(ids.urgent);
    }
  });

  it('moves a ticket down to the city part once a station takes it', async () => {
    const lost = ids.lostB ?? 0;
    const before = (await get('control', '/api/desk/queue?limit=200')).items;
    expect(own(before.find((r) => r.id === lost) as Row)).toBe(true);
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/tickets/${lost}/transfer`,
      headers: { cookie: cookies.control ?? '' },
      payload: { station: 'ngp-ps-sitabuldi', reason: 'the caller is near Sitabuldi fort' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = (await get('control', '/api/desk/queue?limit=200')).items;
    const firstRest = after.findIndex((r) => !own(r));
    expect(after.findIndex((r) => r.id === lost)).toBeGreaterThanOrEqual(firstRest);
    const ownOnly = (await get('control', '/api/desk/queue?control=true&limit=200')).items.map((r) => r.id);
    expect(ownOnly).not.toContain(lost);
    expect(ownOnly).toEqual(expect.arrayContaining([ids.lostA, ids.urgent]));
  });

  it("refuses a cursor of another order, and a station's cursor on the city's queue", async () => {
    const stationPage = await get('op.sitabuldi', '/api/desk/queue?limit=1');
    expect(stationPage.nextCursor).not.toBeNull();
    const res = await t.app.inject({ method: 'GET', url: `/api/desk/queue?limit=1&cursor=${stationPage.nextCursor ?? ''}`, headers: { cookie: cookies.control ?? '' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('cursor');
    const controlPage = await get('control', '/api/desk/queue?limit=1');
    const wrong = await t.app.inject({ method: 'GET', url: `/api/desk/queue?limit=1&sort=sla&cursor=${controlPage.nextCursor ?? ''}`, headers: { cookie: cookies.control ?? '' } });
    expect(wrong.statusCode).toBe(400);
  });
});
