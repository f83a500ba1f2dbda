import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngines } from '../../test/support/harness.js';
import { ingest } from '../intake/intake.service.js';
import { parseSlaPolicy } from '../tickets/sla.policy.js';
import { runDutyTick } from './roster.service.js';
import { runSlaTick } from './sla.service.js';

const engines = await testEngines();
type App = Awaited<ReturnType<typeof createTestApp>>;
const MIN = 60_000;

describe('SLA configuration', () => {
  it('overrides the defaults with what CHOWKI_SLA names and explains bad input', () => {
    const p = parseSlaPolicy('{"p1":{"firstResponseMinutes":10}}');
    expect(p.p1).toEqual({ firstResponseMinutes: 10, resolveMinutes: 120 });
    expect(p.p3).toEqual({ firstResponseMinutes: 1440, resolveMinutes: 10080 });
    expect(() => parseSlaPolicy('{p1')).toThrow(/CHOWKI_SLA: not JSON/);
    expect(() => parseSlaPolicy('{"p1":{"firstResponseMinutes":-1}}')).toThrow(/CHOWKI_SLA\.p1\.firstResponseMinutes/);
    expect(() => parseSlaPolicy('{"p4":{}}')).toThrow(/CHOWKI_SLA/);
  });
});

describe.each(engines)('SLA escalation, rosters and the overview on %s', (engine) => {
  let t: App;
  const clock = { now: Date.parse('2026-03-02T04:00:00Z') }; // 09:30 in Nagpur
  let n = 0;
  const cookies: Record<string, string> = {};
  const ids: Record<string, number> = {};
  const open = async (text = 'Mobile snatched near Zero Mile just now') => {
    n++;
    const out = await ingest(t.ctx, { channel: 'web', externalId: `clk-${n}`, text, author: { id: `web:clk${n}` } });
    return out.ticketId ?? 0;
  };
  const call = (cookie: string | undefined, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  const ticket = (id: number) => t.ctx.store.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    for (const u of ['op.sitabuldi', 'sho.sitabuldi', 'op.ambazari', 'sho.ambazari', 'dcp.z2', 'dcp.z3', 'control', 'admin']) cookies[u] = await t.login(u);
    for (const u of ['op.sitabuldi', 'sho.sitabuldi']) {
      ids[u] = (await t.ctx.store.db.selectFrom('users').select('id').where('username', '=', u).executeTakeFirstOrThrow()).id;
    }
  });
  afterAll(async () => t?.close());

  it('escalates a p1 ticket without a first response to the zone DCP, then the control room, once per level', async () => {
    const id = await open();
    await call(cookies['op.sitabuldi'], 'PATCH', `/api/tickets/${id}/triage`, { priority: 'p1' });
    const created = Date.parse((await ticket(id)).created_at);
    expect((await ticket(id)).first_response_due_at).toBe(new Date(created + 5 * MIN).toISOString());
    clock.now = created + 4 * MIN;
    expect(await runSlaTick(t.ctx)).toBe(0);
    clock.now = created + 6 * MIN;
    expect(await runSlaTick(t.ctx)).toBeGreaterThanOrEqual(1);
    expect(await runSlaTick(t.ctx)).toBe(0);
    let row = await ticket(id);
    expect(row.escalation_level).toBe(1);
    expect(JSON.parse(row.flags)).toContain('escalated');
    const audit = await t.ctx.store.db.selectFrom('audit_log').selectAll().where('ticket_id', '=', id).where('action', '=', 'ticket.escalated').execute();
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({ level: 1, to: 'ngp-z2', breach: 'first_response' });

    const overview = await call(cookies['dcp.z2'], 'GET', '/api/desk/overview');
    expect(overview.statusCode).toBe(200);
    expect(overview.json().tickets[0]).toMatchObject({ id, breached: true, escalationLevel: 1 });
    expect(overview.json().stations[0]).toMatchObject({ station: 'ngp-ps-sitabuldi' });
    expect(overview.json().stations[0].breached).toBeGreaterThanOrEqual(1);
    expect(overview.json().stations.map((s: { station: string }) => s.station)).not.toContain('ngp-ps-kotwali');
    const z3 = await call(cookies['dcp.z3'], 'GET', '/api/desk/overview');
    expect(z3.json().tickets.map((x: { id: number }) => x.id)).not.toContain(id);
    expect((await call(undefined, 'GET', '/api/desk/overview')).statusCode).toBe(401);
    expect((await call(cookies['dcp.z2'], 'GET', '/api/desk/overview?limit=0')).statusCode).toBe(400);

    clock.now = created + 12 * MIN;
    await runSlaTick(t.ctx);
    row = await ticket(id);
    expect(row.escalation_level).toBe(2);
    clock.now = created + 600 * MIN;
    await runSlaTick(t.ctx);
    expect((await ticket(id)).escalation_level).toBe(2);
    const control = await call(cookies.control, 'GET', '/api/desk/overview');
    expect(control.json().tickets.map((x: { id: number }) => x.id)).toContain(id);
    await call(cookies['op.sitabuldi'], 'POST', `/api/tickets/${id}/status`, { status: 'resolved', outcome: 'action_taken' });
    expect((await ticket(id)).escalate_at).toBeNull();
  });

  it('lets the SHO set the roster; others get 403, bad times 400, no login 401', async () => {
    clock.now = Date.parse('2026-03-03T04:00:00Z'); // Tuesday 09:30 IST
    const shifts = [
      { name: 'Day', start: '08:00', end: '20:00', officers: [ids['op.sitabuldi']] },
      { name: 'Night', start: '20:00', end: '08:00', officers: [ids['sho.sitabuldi']] },
    ];
    expect((await call(undefined, 'PUT', '/api/desk/roster', { shifts })).statusCode).toBe(401);
    expect((await call(cookies['op.sitabuldi'], 'PUT', '/api/desk/roster', { shifts })).statusCode).toBe(403);
    expect((await call(cookies['sho.ambazari'], 'PUT', '/api/desk/roster', { station: 'ngp-ps-sitabuldi', shifts })).statusCode).toBe(404);
    expect((await call(cookies['sho.ambazari'], 'PUT', '/api/desk/roster', { shifts })).statusCode).toBe(400);
    expect((await call(cookies['sho.sitabuldi'], 'PUT', '/api/desk/roster', { shifts: [{ ...shifts[0], start: '8am' }] })).statusCode).toBe(400);
    const res = await call(cookies['sho.sitabuldi'], 'PUT', '/api/desk/roster', { shifts });
    expect(res.statusCode).toBe(200);
    expect(res.json().onDutyNow).toEqual([ids['op.sitabuldi']]);
    const read = await call(cookies['dcp.z2'], 'GET', '/api/desk/roster?station=ngp-ps-sitabuldi');
    expect(read.json().shifts.map((s: { name: string }) => s.name)).toEqual(['Day', 'Night']);
    expect((await call(cookies['dcp.z3'], 'GET', '/api/desk/roster?station=ngp-ps-sitabuldi')).statusCode).toBe(404);
    expect((await call(cookies.admin, 'PUT', '/api/desk/roster', { station: 'ngp-ps-sitabuldi', shifts })).statusCode).toBe(200);
  });

  it('assigns new tickets to the on-duty officer and hands them over with the note at the shift change', async () => {
    clock.now = Date.parse('2026-03-03T05:00:00Z'); // 10:30 IST, day shift
    const id = await open();
    expect((await ticket(id)).assignee_id).toBe(ids['op.sitabuldi']);
    const note = await call(cookies['op.sitabuldi'], 'POST', '/api/desk/roster/handover', { note: 'Zero Mile snatching: CCTV requested from the metro.' });
    expect(note.statusCode).toBe(201);
    expect((await call(cookies['op.sitabuldi'], 'POST', '/api/desk/roster/handover', { note: '' })).statusCode).toBe(400);
    clock.now = Date.parse('2026-03-03T15:00:00Z'); // 20:30 IST, night shift
    const first = await runDutyTick(t.ctx);
    expect(first.handedOver).toBeGreaterThanOrEqual(1);
    expect((await ticket(id)).assignee_id).toBe(ids['sho.sitabuldi']);
    expect(await runDutyTick(t.ctx)).toEqual({ handedOver: 0, pickedUp: 0 });
    const msgs = await t.ctx.store.db.selectFrom('ticket_messages').select(['direction', 'text']).where('ticket_id', '=', id).execute();
    expect(msgs).toContainEqual({ direction: 'note', text: expect.stringContaining('CCTV requested from the metro') });
    const audit = await t.ctx.store.db.selectFrom('audit_log').select('action').where('ticket_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toContain('ticket.handed_over');
  });

  it('lets waiting tickets be picked up when an officer frees up', async () => {
    clock.now = Date.parse('2026-03-04T05:00:00Z'); // day shift again
    await runDutyTick(t.ctx);
    const load = await t.ctx.store.db
      .selectFrom('tickets')
      .select('id')
      .where('assignee_id', '=', ids['op.sitabuldi'] ?? 0)
      .where('status', 'in', ['new', 'acknowledged', 'in_progress'])
      .execute();
    await t.reconfigure({ officerCapacity: load.length + 1 });
    const mine = await open();
    expect((await ticket(mine)).assignee_id).toBe(ids['op.sitabuldi']);
    const waiting = await open();
    expect((await ticket(waiting)).assignee_id).toBeNull();
    const done = await call(cookies['op.sitabuldi'], 'POST', `/api/tickets/${mine}/status`, { status: 'resolved', outcome: 'advised' });
    expect(done.statusCode).toBe(200);
    expect((await ticket(waiting)).assignee_id).toBe(ids['op.sitabuldi']);
  });
});
