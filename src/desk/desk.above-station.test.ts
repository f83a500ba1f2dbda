/**
 * Above the station, on both engines (issue 15): the overview counts every open ticket, unplaced ones
 * too; the control room's own queue of unplaced and escalated tickets; auto-assignment says on the ticket
 * why it was or was not assigned; the SHO sets each officer's capacity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngines } from '../../test/support/harness.js';
import { ingest } from '../intake/intake.service.js';

const engines = await testEngines();

describe.each(engines)('above the station on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let op = '';
  let sho = '';
  let shoAmbazari = '';
  let control = '';
  let dcp = '';
  let opId = 0;
  let shoId = 0;
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };
  let n = 0;

  const open = async (text: string) => {
    clock.now += 60_000;
    n++;
    const out = await ingest(t.ctx, { channel: 'web', externalId: `above-${n}`, text, author: { id: `web:above${n}` } });
    if (!out.ticketId) throw new Error('no ticket');
    return out.ticketId;
  };
  const call = (cookie: string, method: 'GET' | 'PUT', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  const audit = async (id: number) =>
    (await t.ctx.store.db.selectFrom('audit_log').select(['action', 'details']).where('ticket_id', '=', id).orderBy('id').execute()).map((a) => ({ action: a.action, ...JSON.parse(a.details) }));

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    op = await t.login('op.sitabuldi');
    sho = await t.login('sho.sitabuldi');
    shoAmbazari = await t.login('sho.ambazari');
    control = await t.login('control');
    dcp = await t.login('dcp.z2');
    const users = await t.ctx.store.db.selectFrom('users').select(['id', 'username']).where('username', 'in', ['op.sitabuldi', 'sho.sitabuldi']).execute();
    opId = users.find((u) => u.username === 'op.sitabuldi')?.id ?? 0;
    shoId = users.find((u) => u.username === 'sho.sitabuldi')?.id ?? 0;
  });
  afterAll(async () => t?.close());

  it('says on the ticket that nobody was on duty, then who got it and why, then that everyone on duty was at their limit', async () => {
    const waiting = await open('Mobile snatched near Zero Mile just now');
    expect(await audit(waiting)).toContainEqual(expect.objectContaining({ action: 'ticket.not_assigned', reason: 'nobody_on_duty', station: 'ngp-ps-sitabuldi' }));

    // The SHO puts the operator on an all-day shift with room for one ticket.
    expect((await call(sho, 'PUT', '/api/desk/roster', { shifts: [{ name: 'All day', start: '00:00', end: '00:00', officers: [opId] }] })).statusCode).toBe(200);
    const capped = await call(sho, 'PUT', `/api/desk/roster/officers/${opId}/capacity`, { capacity: 1 });
    expect(capped.statusCode).toBe(200);
    expect(capped.json().officers.find((o: { id: number }) => o.id === opId)).toMatchObject({ capacity: 1, ownCapacity: 1 });

    const first = await open('Chain snatched near Zero Mile');
    const assigned = (await audit(first)).find((a) => a.action === 'ticket.assigned');
    expect(assigned).toMatchObject({ to: opId, auto: true, reason: 'fewest_open' });
    const second = await open('Bicycle stolen near Zero Mile');
    expect(await audit(second)).toContainEqual(expect.objectContaining({ action: 'ticket.not_assigned', reason: 'capacity_reached', onDuty: 1 }));

    // Back to the default: room again for the next one.
    expect((await call(sho, 'PUT', `/api/desk/roster/officers/${opId}/capacity`, { capacity: null })).json().officers.find((o: { id: number }) => o.id === opId).ownCapacity).toBeNull();
    const third = await open('Scooter stolen near Zero Mile');
    expect((await audit(third)).some((a) => a.action === 'ticket.assigned')).toBe(true);
  });

  it('lets only the SHO of the station (or an administrator) set a capacity', async () => {
    expect((await call('', 'PUT', `/api/desk/roster/officers/${opId}/capacity`, { capacity: 5 })).statusCode).toBe(401);
    expect((await call(sho, 'PUT', `/api/desk/roster/officers/${opId}/capacity`, { capacity: 0 })).statusCode).toBe(400);
    expect((await call(sho, 'PUT', `/api/desk/roster/officers/${opId}/capacity`, { capacity: 'many' })).statusCode).toBe(400);
    expect((await call(op, 'PUT', `/api/desk/roster/officers/${shoId}/capacity`, { capacity: 5 })).statusCode).toBe(403);
    expect((await call(shoAmbazari, 'PUT', `/api/desk/roster/officers/${opId}/capacity`, { capacity: 5 })).statusCode).toBe(404);
    expect((await call(dcp, 'PUT', `/api/desk/roster/officers/${opId}/capacity`, { capacity: 5 })).statusCode).toBe(403);
  });

  it("counts unplaced tickets in the overview's headline, and gives the control room its own queue of them", async () => {
    const lost = await open('Someone is shouting outside my house, please come');
    const row = await t.ctx.store.db.selectFrom('tickets').select('station_id').where('id', '=', lost).executeTakeFirstOrThrow();
    expect(row.station_id).toBeNull();
    const ov = (await call(control, 'GET', '/api/desk/overview?limit=200')).json();
    const queue = (await call(control, 'GET', '/api/desk/queue?limit=200')).json();
    expect(ov.totals.open).toBe(queue.counts.total);
    expect(ov.totals.unplaced).toBeGreaterThanOrEqual(1);
    expect(ov.totals.open).toBe(ov.stations.reduce((s: number, x: { open: number }) => s + x.open, 0) + ov.totals.unplaced);

    const own = (await call(control, 'GET', '/api/desk/queue?control=true&limit=200')).json();
    expect(own.items.map((i: { id: number }) => i.id)).toContain(lost);
    expect(own.items.every((i: { station: string | null; status: string; escalationLevel: number }) => i.station === null || i.status === 'escalated' || i.escalationLevel >= 2)).toBe(true);

    // A DCP reads the rosters of the zone's stations, not others'.
    expect((await call(dcp, 'GET', '/api/desk/roster?station=ngp-ps-sitabuldi')).statusCode).toBe(200);
    expect((await call(dcp, 'GET', '/api/desk/roster?station=ngp-ps-wadi')).statusCode).toBe(404);
  });
});
