/**
 * The queue reads a copy of each ticket's status, priority, deadline and assignee kept in ticket_units
 * by triggers (0004). These tests change tickets through the API and check that every unit's queue and
 * counts follow, and that the copy equals the ticket after each kind of write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngines } from '../../test/support/harness.js';
import { ingest } from '../intake/intake.service.js';

const engines = await testEngines();

type App = Awaited<ReturnType<typeof createTestApp>>;

interface QueueBody {
  items: { id: number; priority: string; assigneeName: string | null }[];
  counts: { total: number; breached: number; status: Record<string, number>; priority: Record<string, number> };
}

describe.each(engines)('queue copy in ticket_units on %s', (engine) => {
  let t: App;
  let op = '';
  let sho = '';
  let kotwali = '';
  let dcpZ2 = '';
  let dcpZ3 = '';
  let control = '';
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };
  let n = 0;

  const open = async () => {
    clock.now += 60_000;
    n++;
    const out = await ingest(t.ctx, { channel: 'web', externalId: `sync-${n}`, text: 'Mobile snatched near Zero Mile just now', author: { id: `web:sync${n}` } });
    if (!out.ticketId) throw new Error('no ticket');
    return out.ticketId;
  };
  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });
  const queue = async (cookie: string, query = ''): Promise<QueueBody> => {
    const res = await call(cookie, 'GET', `/api/desk/queue?limit=200${query}`);
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const ids = (q: QueueBody) => q.items.map((i) => i.id);

  /** Every unit row of the ticket carries the ticket's current fields and its control rank (0040). */
  const expectCopyInSync = async (ticketId: number) => {
    const db = t.ctx.store.db;
    const row = await db
      .selectFrom('tickets')
      .select(['status', 'priority', 'created_at', 'sla_due_at', 'assignee_id', 'station_id', 'escalation_level'])
      .where('id', '=', ticketId)
      .executeTakeFirstOrThrow();
    const { station_id, escalation_level, ...ticket } = row;
    const units = await db
      .selectFrom('ticket_units')
      .select(['unit_id', 'status', 'priority', 'created_at', 'sla_due_at', 'assignee_id', 'control_rank'])
      .where('ticket_id', '=', ticketId)
      .execute();
    expect(units.length).toBeGreaterThan(0);
    const control_rank = station_id === null || row.status === 'escalated' || escalation_level >= 2 ? 0 : 1;
    for (const u of units) expect({ ...u, unit_id: undefined }).toEqual({ ...ticket, control_rank, unit_id: undefined });
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    op = await t.login('op.sitabuldi');
    sho = await t.login('sho.sitabuldi');
    kotwali = await t.login('op.kotwali');
    dcpZ2 = await t.login('dcp.z2');
    dcpZ3 = await t.login('dcp.z3');
    control = await t.login('control');
  });
  afterAll(async () => t?.close());

  it('fills the copy when a ticket comes in', async () => {
    const id = await open();
    await expectCopyInSync(id);
    for (const who of [op, dcpZ2, control]) expect(ids(await queue(who))).toContain(id);
  });

  it('takes a closed ticket out of every unit queue and its counts', async () => {
    const id = await open();
    const before = await Promise.all([op, dcpZ2, control].map((c) => queue(c)));
    for (const step of [{ status: 'acknowledged' }, { status: 'in_progress' }, { status: 'resolved', outcome: 'advised' }]) {
      expect((await call(op, 'POST', `/api/tickets/${id}/status`, step)).statusCode).toBe(200);
    }
    await expectCopyInSync(id);
    const after = await Promise.all([op, dcpZ2, control].map((c) => queue(c)));
    for (const [i, a] of after.entries()) {
      const b = before[i];
      if (!b) throw new Error('missing queue');
      expect(ids(a)).not.toContain(id);
      expect(a.counts.total).toBe(b.counts.total - 1);
      expect(a.counts.status.new ?? 0).toBe((b.counts.status.new ?? 0) - 1);
    }
  });

  it('follows status, priority and assignee changes in the filters and the counts', async () => {
    const id = await open();
    const base = await queue(op);
    expect((await call(op, 'PATCH', `/api/tickets/${id}/triage`, { priority: 'p1' })).statusCode).toBe(200);
    expect((await call(op, 'POST', `/api/tickets/${id}/status`, { status: 'acknowledged' })).statusCode).toBe(200);
    expect((await call(op, 'POST', `/api/tickets/${id}/assign`, { assignee: 'me' })).statusCode).toBe(200);
    await expectCopyInSync(id);
    const now = await queue(op);
    expect(now.counts.total).toBe(base.counts.total);
    expect(now.counts.status.acknowledged ?? 0).toBe((base.counts.status.acknowledged ?? 0) + 1);
    expect(ids(await queue(op, '&priority=p1&status=acknowledged&assignee=me'))).toEqual([id]);
    expect(ids(await queue(op, '&assignee=none'))).not.toContain(id);
    // p1 first: nothing above it is of a lower priority.
    const at = ids(now).indexOf(id);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(now.items.slice(0, at).every((i) => i.priority === 'p1')).toBe(true);
  });

  it('moves a transferred ticket between the stations’ and the zones’ queues', async () => {
    const id = await open();
    const before = { op: await queue(op), kotwali: await queue(kotwali), z2: await queue(dcpZ2), z3: await queue(dcpZ3), city: await queue(control) };
    expect(ids(before.op)).toContain(id);
    expect(ids(before.kotwali)).not.toContain(id);
    const res = await call(sho, 'POST', `/api/tickets/${id}/transfer`, { station: 'ngp-ps-kotwali', reason: 'the theft happened at Kotwali market' });
    expect(res.statusCode).toBe(200);
    await expectCopyInSync(id);
    const after = { op: await queue(op), kotwali: await queue(kotwali), z2: await queue(dcpZ2), z3: await queue(dcpZ3), city: await queue(control) };
    // Sitabuldi (zone 2) keeps read access but not a place in its queue; Kotwali (zone 3) gains it.
    expect(ids(after.op)).not.toContain(id);
    expect(after.op.counts.total).toBe(before.op.counts.total - 1);
    expect(ids(after.z2)).not.toContain(id);
    expect(after.z2.counts.total).toBe(before.z2.counts.total - 1);
    expect(ids(after.kotwali)).toContain(id);
    expect(after.kotwali.counts.total).toBe(before.kotwali.counts.total + 1);
    expect(ids(after.z3)).toContain(id);
    expect(after.z3.counts.total).toBe(before.z3.counts.total + 1);
    expect(after.city.counts.total).toBe(before.city.counts.total);
    expect((await call(op, 'GET', `/api/tickets/${id}`)).json().access).toBe('read');
    // A change made by the new owner reaches the old owner's read-only row too.
    expect((await call(kotwali, 'POST', `/api/tickets/${id}/status`, { status: 'acknowledged' })).statusCode).toBe(200);
    await expectCopyInSync(id);
  });

  it('pages the whole queue by cursor in queue order', async () => {
    for (let i = 0; i < 3; i++) await open();
    const all = ids(await queue(control));
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(control, 'GET', `/api/desk/queue?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const page: { items: { id: number }[]; nextCursor: string | null } = res.json();
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });
});
