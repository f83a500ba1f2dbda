import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertGeneratedTickets } from '../../test/support/analytics.generate.js';
import { createTestApp, testEngines } from '../../test/support/harness.js';
import { ingest } from '../intake/intake.service.js';
import { figuresSchema } from './analytics.schema.js';
import { catchUpRollups } from './rollup.worker.js';

const engines = await testEngines();
type App = Awaited<ReturnType<typeof createTestApp>>;
const DAY = 86_400_000;

describe.each(engines)('analytics API on %s', (engine) => {
  let t: App;
  // 10:30 in Nagpur on Monday 2 March 2026.
  const clock = { now: Date.parse('2026-03-02T05:00:00Z') };
  const cookies: Record<string, string> = {};
  const get = (who: string | null, url: string) => t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who] ?? '' } : {} });

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    for (const u of ['op.sitabuldi', 'sho.kotwali', 'dcp.z2', 'dcp.z3', 'control', 'cp', 'admin']) cookies[u] = await t.login(u);
    // Eight weeks of ordinary load over the city…
    await insertGeneratedTickets(t.ctx.store.db, t.ctx.city, { count: 900, from: clock.now - 56 * DAY, days: 56, seed: 5, categories: ['theft', 'traffic', 'nuisance', 'information'] });
    // …and this week a run of chain snatchings (theft) in Kotwali, zone 3.
    await insertGeneratedTickets(t.ctx.store.db, t.ctx.city, { count: 30, from: clock.now - 5 * DAY, days: 5, seed: 6, stations: ['ngp-ps-kotwali'], categories: ['theft'], refPrefix: 'SPIKE' });
    // What the worker does every few seconds in a running server (a request only reads a short tail).
    await catchUpRollups(t.ctx);
  });
  afterAll(async () => t?.close());

  it('asks for a login (401), explains bad input (400) and keeps other units out (403)', async () => {
    expect((await get(null, '/api/analytics/figures')).statusCode).toBe(401);
    expect((await get(null, '/api/analytics/alerts')).statusCode).toBe(401);
    expect((await get('control', '/api/analytics/figures?from=2026-13-01')).statusCode).toBe(400);
    expect((await get('control', '/api/analytics/figures?from=2026-03-05&to=2026-03-01')).statusCode).toBe(400);
    expect((await get('control', '/api/analytics/tickets?metric=everything')).statusCode).toBe(400);
    expect((await get('op.sitabuldi', '/api/analytics/figures?unit=ngp-ps-kotwali')).statusCode).toBe(403);
    expect((await get('dcp.z2', '/api/analytics/figures?unit=ngp-z3')).statusCode).toBe(403);
    expect((await get('dcp.z2', '/api/analytics/tickets?unit=ngp-ps-kotwali')).statusCode).toBe(403);
    expect((await get('op.sitabuldi', '/api/analytics/alerts')).statusCode).toBe(403);
    expect((await get('control', '/api/analytics/figures?unit=nowhere')).statusCode).toBe(404);
  });

  it('scopes figures by role: a station officer their station, a DCP the zone, the control room the city', async () => {
    const q = '?from=2026-02-01&to=2026-03-02';
    const station = figuresSchema.parse((await get('op.sitabuldi', `/api/analytics/figures${q}`)).json());
    expect(station.unit.id).toBe('ngp-ps-sitabuldi');
    expect(station.children).toEqual([]);
    // The other stations of the zone are not named to a station officer, only their median.
    expect(station.peers).toEqual([]);
    expect(station.peerMedian.units).toBeGreaterThan(1);

    const zone = figuresSchema.parse((await get('dcp.z2', `/api/analytics/figures${q}`)).json());
    expect(zone.unit.id).toBe('ngp-z2');
    expect(zone.children.map((c) => c.unit.id)).toContain('ngp-ps-sitabuldi');
    expect(zone.children.find((c) => c.unit.id === 'ngp-ps-sitabuldi')?.summary.opened).toBe(station.summary.opened);
    expect(zone.children.reduce((n, c) => n + c.summary.opened, 0)).toBe(zone.summary.opened);
    const zoneStation = figuresSchema.parse((await get('dcp.z2', `/api/analytics/figures${q}&unit=ngp-ps-sitabuldi`)).json());
    expect(zoneStation.peers.map((p) => p.unit.id)).toContain('ngp-ps-ambazari');

    const city = figuresSchema.parse((await get('control', `/api/analytics/figures${q}`)).json());
    expect(city.children.length).toBeGreaterThanOrEqual(3);
    expect(city.children.every((c) => c.unit.kind === 'zone')).toBe(true);
    expect(city.summary.opened).toBeGreaterThan(zone.summary.opened);
    const count = await t.ctx.store.db
      .selectFrom('tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('created_at', '>=', '2026-01-31T18:30:00.000Z')
      .where('created_at', '<', '2026-03-02T18:30:00.000Z')
      .executeTakeFirstOrThrow();
    expect(city.summary.opened).toBe(Number(count.n));
    expect(city.byDay).toHaveLength(30);
    // February whole from the monthly rollup, 1–2 March from the daily one: the breakdowns add up.
    expect(city.byHour.reduce((n, h) => n + h.opened, 0)).toBe(city.summary.opened);
    expect(city.byCategory.reduce((n, c) => n + c.opened, 0)).toBe(city.summary.opened);
    expect(city.byChannel.reduce((n, c) => n + c.previous, 0)).toBe(city.previous.opened);
    expect(city.byCategory.find((c) => c.key === 'theft')?.opened).toBeGreaterThan(0);
    expect(city.previousPeriod).toEqual({ from: '2026-01-02', to: '2026-01-31' });
    expect(city.summary.firstResponseMinutes.median).not.toBeNull();
    const p90 = city.summary.firstResponseMinutes.p90 ?? 0;
    expect(p90).toBeGreaterThanOrEqual(city.summary.firstResponseMinutes.median ?? 0);
    // The admin sees the city's figures too (no citizen's data is in them).
    expect((await get('admin', `/api/analytics/figures${q}`)).statusCode).toBe(200);
  });

  it('follows a new ticket at once and drills down to the tickets behind a number', async () => {
    const before = figuresSchema.parse((await get('op.sitabuldi', '/api/analytics/figures')).json()).summary.opened;
    const out = await ingest(t.ctx, { channel: 'web', externalId: 'an-1', text: 'My mobile was snatched near Sitabuldi fort just now', author: { id: 'web:an1' } });
    expect(out.ticketId).toBeTruthy();
    const after = figuresSchema.parse((await get('op.sitabuldi', '/api/analytics/figures')).json()).summary.opened;
    expect(after).toBe(before + 1);
    const list = (await get('dcp.z3', '/api/analytics/tickets?unit=ngp-ps-kotwali&category=theft&from=2026-02-25&to=2026-03-02')).json();
    expect(list.tickets.length).toBeGreaterThanOrEqual(30);
    expect(list.tickets.every((x: { station: string; category: string }) => x.station === 'ngp-ps-kotwali' && x.category === 'theft')).toBe(true);
    expect(list.queueUrl).toBe('/desk?category=theft');
  });

  it('raises a trend alert for the spike, to the DCP and the control room, not elsewhere', async () => {
    const dcp = (await get('dcp.z3', '/api/analytics/alerts')).json();
    const kotwali = dcp.alerts.find((a: { unit: { id: string }; category: string }) => a.unit.id === 'ngp-ps-kotwali' && a.category === 'theft');
    expect(kotwali).toBeTruthy();
    expect(kotwali.current).toBeGreaterThanOrEqual(30);
    expect(kotwali.ticketsUrl).toContain('unit=ngp-ps-kotwali');
    const control = (await get('control', '/api/analytics/alerts')).json();
    expect(control.alerts.some((a: { unit: { id: string } }) => a.unit.id === 'ngp-ps-kotwali')).toBe(true);
    const z2 = (await get('dcp.z2', '/api/analytics/alerts')).json();
    expect(z2.alerts.some((a: { unit: { id: string } }) => a.unit.id === 'ngp-ps-kotwali')).toBe(false);
    // The ordinary load raises nothing much: at most a stray alert among the city's series.
    expect(control.alerts.filter((a: { unit: { id: string } }) => a.unit.id !== 'ngp-ps-kotwali' && a.unit.id !== 'ngp-z3').length).toBeLessThanOrEqual(1);
  });

  it('maps hotspots by hexagon within the unit', async () => {
    const res = await get('dcp.z3', '/api/analytics/hotspots?from=2026-02-01&to=2026-03-02&category=theft');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.cells.length).toBeGreaterThan(0);
    expect(body.cells.every((c: { top: string }) => c.top === 'theft')).toBe(true);
  });
});
