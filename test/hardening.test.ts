/**
 * No input takes Chowki down: text a database refuses is cleaned at the edge, numbers outside the
 * engines' range are a 400, and an item that cannot be processed is quarantined with its reason
 * instead of blocking the items behind it — on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeInbound } from '../src/intake/inbound.repository.js';
import { acceptInbound, ingest, processInbound, processPending, type IntakeContext } from '../src/intake/intake.service.js';
import type { Triager } from '../src/triage/triage.types.js';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();
const NUL = '\u0000';

type App = Awaited<ReturnType<typeof createTestApp>>;

describe.each(engines)('hardening on %s', (engine) => {
  let t: App;
  let control = '';
  let admin = '';
  let op = '';
  let n = 0;
  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });

  /** The same context with a triage engine that fails on one word: a fault injected, nothing else changed. */
  const poisoned = (): IntakeContext => {
    const real = t.ctx.triager;
    const triager: Triager = {
      version: real.version,
      triage: (input) => {
        if (input.text.includes('POISON')) throw new Error('triage engine fault (injected)');
        return real.triage(input);
      },
    };
    return { ...t.ctx, triager };
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    control = await t.login('control');
    admin = await t.login('admin');
    op = await t.login('op.sitabuldi');
  });
  afterAll(async () => t?.close());

  it('opens a ticket for a public report with NUL and other non-characters in its text and name', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: { text: `Chain snatched${NUL} near Zero Mile\uFFFE just now`, name: `Asha${NUL}`, clientId: 'nul-report-0001' },
    });
    expect(res.statusCode).toBe(201);
    const ticket = await t.ctx.store.db.selectFrom('tickets').select(['summary', 'station_id']).where('reference', '=', res.json().reference).executeTakeFirstOrThrow();
    expect(ticket.summary).toBe('Chain snatched near Zero Mile just now');
    expect(ticket.station_id).toBe('ngp-ps-sitabuldi');
  });

  it('cleans items that pollers hand to intake directly', async () => {
    const out = await ingest(t.ctx, { channel: 'telegram', externalId: `tg-nul-${++n}`, text: `Fight at Itwari${NUL} now`, author: { id: `9${n}`, name: `R${NUL}` } });
    expect(out.ticketId).not.toBeNull();
  });

  it('processes an item stored with NUL before cleaning existed', async () => {
    // The repository stores what it is given: this is a row written by an older version.
    const stored = await storeInbound(t.ctx.store.db, { channel: 'whatsapp', externalId: 'wamid.legacy-nul', text: `Loud DJ${NUL} at Dharampeth`, author: { id: '9198', name: `N${NUL}` } }, new Date().toISOString());
    expect(await processPending(t.ctx)).toBeGreaterThanOrEqual(1);
    const row = await t.ctx.store.db.selectFrom('inbound').select(['status', 'ticket_id']).where('id', '=', stored.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('processed');
    expect(row.ticket_id).not.toBeNull();
  });

  it('quarantines an item that cannot be processed, and carries the ones behind it through', async () => {
    const bad = await acceptInbound(t.ctx, { channel: 'whatsapp', externalId: 'wamid.poison-1', text: 'POISON message', author: { id: '9199' } });
    const good = await acceptInbound(t.ctx, { channel: 'whatsapp', externalId: 'wamid.after-poison', text: 'Car parked blocking gate at Ramdaspeth', author: { id: '9200' } });
    expect(await processPending(poisoned())).toBe(2);
    const rows = await t.ctx.store.db.selectFrom('inbound').select(['id', 'status', 'error']).where('id', 'in', [bad.id, good.id]).orderBy('id').execute();
    expect(rows.map((r) => r.status)).toEqual(['failed', 'processed']);
    expect(rows[0]?.error).toContain('triage engine fault');
    // A quarantined item is not pending: the next drain (the next start) does not meet it again.
    expect(await processPending(poisoned())).toBe(0);
    expect((await t.app.inject({ url: '/healthz' })).json().backlog).toEqual({ pending: 0, failed: 1 });
  });

  it('shows failed items to the control room and admin only, with the reason and a masked preview', async () => {
    // The number straddles the preview's cut at 160 characters: masked whole all the same.
    await acceptInbound(t.ctx, { channel: 'telegram', externalId: 'tg-poison-2', text: `POISON ${'x'.repeat(147)} call me on 9822012345`, author: { id: '77' } });
    await processPending(poisoned());
    for (const cookie of [control, admin]) {
      const res = await call(cookie, 'GET', '/api/intake/failed');
      expect(res.statusCode).toBe(200);
      const item = res.json().items.find((i: { channel: string }) => i.channel === 'telegram');
      expect(item.reason).toContain('triage engine fault');
      expect(item.preview).toContain('POISON');
      expect(item.preview).not.toContain('9822012345');
      expect(item.preview).not.toContain('98220');
    }
    expect((await call(op, 'GET', '/api/intake/failed')).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/intake/failed' })).statusCode).toBe(401);
  });

  it('retries a failed item into a ticket once its cause is gone, and discards another, both audited', async () => {
    const list = (await call(control, 'GET', '/api/intake/failed')).json().items as Array<{ id: number; channel: string }>;
    const wa = list.find((i) => i.channel === 'whatsapp');
    const tg = list.find((i) => i.channel === 'telegram');
    if (!wa || !tg) throw new Error('expected two failed items');
    const retried = await call(control, 'POST', `/api/intake/failed/${wa.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ id: wa.id, status: 'processed' });
    expect(retried.json().ticketId).toEqual(expect.any(Number));
    expect((await call(control, 'POST', `/api/intake/failed/${wa.id}/retry`)).statusCode).toBe(404);

    expect((await call(admin, 'POST', `/api/intake/failed/${tg.id}/discard`, {})).statusCode).toBe(400);
    expect((await call(admin, 'POST', `/api/intake/failed/${tg.id}/discard`, { reason: 'test message' })).statusCode).toBe(200);
    expect((await call(control, 'GET', '/api/intake/failed')).json().total).toBe(0);
    const audit = await t.ctx.store.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'in', ['inbound.retried', 'inbound.discarded']).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['inbound.retried', 'inbound.discarded']);
    // The item was processed once: retrying twice opened one ticket.
    const tickets = await t.ctx.store.db.selectFrom('inbound').select('ticket_id').where('id', '=', wa.id).executeTakeFirstOrThrow();
    expect(tickets.ticket_id).toBe(retried.json().ticketId);
  });

  it('answers 400, never 500, for NUL in a note, a search, a login, and ids outside the integer range', async () => {
    const ticket = await ingest(t.ctx, { channel: 'web', externalId: `h-${++n}`, text: 'Mobile snatched near Zero Mile just now', author: { id: `web:h${n}` } });
    const id = ticket.ticketId;
    expect((await call(op, 'POST', `/api/tickets/${id}/notes`, { text: `seen${NUL} the CCTV` })).statusCode).toBeLessThan(300);
    expect((await call(op, 'GET', `/api/desk/queue?q=${encodeURIComponent(`Zero${NUL}`)}`)).statusCode).toBe(200);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `op.sitabuldi${NUL}`, password: 'wrong' } });
    expect(login.statusCode).toBe(401);
    for (const url of ['/api/tickets/2147483648', '/api/tickets/99999999999999999999', '/api/desk/tickets/2147483648', '/api/desk/canned-replies?ticket=2147483648']) {
      const res = await call(op, 'GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await call(op, 'GET', '/api/tickets/2147483647')).statusCode).toBe(404);
    const bigCursor = Buffer.from('t:2147483648').toString('base64url');
    expect((await call(op, 'GET', `/api/tickets?cursor=${bigCursor}`)).statusCode).toBe(400);
    const queueCursor = Buffer.from(JSON.stringify({ s: 'priority', k: `a${NUL}`, c: 'b', id: 1 })).toString('base64url');
    expect((await call(op, 'GET', `/api/desk/queue?cursor=${queueCursor}`)).statusCode).toBe(400);
    expect((await call(op, 'GET', '/api/desk/queue?assignee=99999999999')).statusCode).toBe(400);
    expect((await call(op, 'POST', `/api/tickets/${id}/assign`, { assignee: 2147483648 })).statusCode).toBe(400);
  });

  it('processes an item once even when two callers retry it at the same time after a failure', async () => {
    const stored = await acceptInbound(t.ctx, { channel: 'x', externalId: '1900000000000000001', text: 'Fight at Itwari market now' });
    const [a, b] = await Promise.all([processInbound(t.ctx, stored.id), processInbound(t.ctx, stored.id)]);
    expect([a.trackingToken, b.trackingToken].filter(Boolean)).toHaveLength(1);
  });
});
