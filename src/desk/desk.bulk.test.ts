/**
 * Bulk work on both engines (issue 15): one change for a selection, each ticket through its own audited
 * single action with a per-ticket answer; "close all from this sender as spam" for a flood.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngines } from '../../test/support/harness.js';
import { ingest } from '../intake/intake.service.js';

const engines = await testEngines();

describe.each(engines)('bulk desk actions on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let op = '';
  let opAmbazari = '';
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };
  let n = 0;

  const open = async (text = 'Bicycle stolen near Zero Mile this morning', author = `web:bulk${++n}`) => {
    clock.now += 60_000;
    n++;
    const out = await ingest(t.ctx, { channel: 'web', externalId: `bulk-${n}`, text, author: { id: author } });
    if (!out.ticketId) throw new Error('no ticket');
    return out.ticketId;
  };
  const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  const audit = (id: number) => t.ctx.store.db.selectFrom('audit_log').selectAll().where('ticket_id', '=', id).orderBy('id').execute();

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    op = await t.login('op.sitabuldi');
    opAmbazari = await t.login('op.ambazari');
  });
  afterAll(async () => t?.close());

  it('assigns, changes status with an outcome, merges and marks spam for a selection, each audited, reporting each ticket', async () => {
    const ids = [await open(), await open(), await open()];
    const assigned = await call(op, 'POST', '/api/desk/bulk', { ids, change: { action: 'assign', assignee: 'me' } });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({ done: 3, failed: 0 });
    for (const id of ids) expect((await audit(id)).filter((a) => a.action === 'ticket.assigned' && a.actor_user_id !== null)).toHaveLength(1);

    const resolved = await call(op, 'POST', '/api/desk/bulk', { ids: [ids[0]], change: { action: 'status', status: 'resolved', outcome: 'advised', reason: 'advised on the phone' } });
    expect(resolved.json()).toMatchObject({ done: 1, failed: 0 });
    // Resolving again is refused for that ticket alone, with its reason; the others move.
    const mixed = await call(op, 'POST', '/api/desk/bulk', { ids, change: { action: 'status', status: 'acknowledged' } });
    expect(mixed.json().done).toBe(2);
    expect(mixed.json().results.find((r: { ticketId: number }) => r.ticketId === ids[0])).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });

    const merged = await call(op, 'POST', '/api/desk/bulk', { ids: [ids[1], ids[2]], change: { action: 'merge', into: ids[1], reason: 'same bicycle' } });
    expect(merged.json()).toMatchObject({ done: 1, failed: 0 });
    expect((await audit(ids[2] ?? 0)).some((a) => a.action === 'ticket.merged')).toBe(true);

    const spam = [await open('buy cheap followers now at Zero Mile'), await open('buy cheap followers now at Zero Mile!!')];
    const marked = await call(op, 'POST', '/api/desk/bulk', { ids: spam, change: { action: 'spam', reason: 'advertising' } });
    expect(marked.json()).toMatchObject({ done: 2, failed: 0 });
    const rows = await t.ctx.store.db.selectFrom('tickets').select(['status', 'outcome']).where('id', 'in', spam).execute();
    expect(rows).toEqual([
      { status: 'spam', outcome: 'spam' },
      { status: 'spam', outcome: 'spam' },
    ]);
    const a = (await audit(spam[0] ?? 0)).find((x) => x.action === 'ticket.status_changed');
    expect(JSON.parse(a?.details ?? '{}')).toMatchObject({ to: 'spam', outcome: 'spam', reason: 'advertising' });
    const queue = await call(op, 'GET', '/api/desk/queue?limit=200');
    expect(queue.json().items.map((i: { id: number }) => i.id)).not.toContain(spam[0]);
  });

  it("refuses another station's tickets per ticket, bad input with 400, and the logged out with 401", async () => {
    const mine = await open();
    const res = await call(opAmbazari, 'POST', '/api/desk/bulk', { ids: [mine], change: { action: 'spam' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ done: 0, failed: 1, results: [{ ticketId: mine, ok: false, code: 'TICKET_NOT_FOUND' }] });
    expect((await call(op, 'POST', '/api/desk/bulk', { ids: [], change: { action: 'spam' } })).statusCode).toBe(400);
    expect((await call(op, 'POST', '/api/desk/bulk', { ids: [mine], change: { action: 'delete' } })).statusCode).toBe(400);
    expect((await call('', 'POST', '/api/desk/bulk', { ids: [mine], change: { action: 'spam' } })).statusCode).toBe(401);
    expect((await call('', 'POST', `/api/tickets/${mine}/spam-sender`, {})).statusCode).toBe(401);
    expect((await call(opAmbazari, 'POST', `/api/tickets/${mine}/spam-sender`, {})).statusCode).toBe(404);
  });

  it("closes a flood from one sender as spam, each ticket audited, and leaves other senders' tickets alone", async () => {
    const flood = [];
    for (let i = 0; i < 5; i++) flood.push(await open(`Win a free phone at Zero Mile, click here ${i}`, 'web:flooder'));
    const other = await open('Chain snatched near Zero Mile', 'web:citizen');
    const res = await call(op, 'POST', `/api/tickets/${flood[0]}/spam-sender`, { reason: 'flood from one client' });
    expect(res.statusCode).toBe(200);
    const threads = new Set(flood);
    expect(res.json().failed).toBe(0);
    expect(res.json().done).toBe(threads.size);
    for (const id of threads) {
      const row = await t.ctx.store.db.selectFrom('tickets').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.status).toBe('spam');
      const a = (await audit(id)).find((x) => x.action === 'ticket.status_changed');
      expect(JSON.parse(a?.details ?? '{}')).toMatchObject({ to: 'spam', floodFrom: flood[0], reason: 'flood from one client' });
    }
    const kept = await t.ctx.store.db.selectFrom('tickets').select('status').where('id', '=', other).executeTakeFirstOrThrow();
    expect(kept.status).not.toBe('spam');
  });
});
