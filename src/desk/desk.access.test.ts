import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngines } from '../../test/support/harness.js';
import { ingest } from '../intake/intake.service.js';

const engines = await testEngines();

type App = Awaited<ReturnType<typeof createTestApp>>;

describe.each(engines)('desk access rules on %s', (engine) => {
  let t: App;
  const cookies: Record<string, string> = {};
  let sitabuldi = 0;
  let moved = 0;
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    for (const u of ['op.sitabuldi', 'sho.sitabuldi', 'op.ambazari', 'dcp.z2', 'dcp.z3', 'control', 'cp', 'admin']) cookies[u] = await t.login(u);
    const a = await ingest(t.ctx, { channel: 'web', externalId: 'acc-1', text: 'Mobile snatched near Zero Mile just now', author: { id: 'web:a1' } });
    const b = await ingest(t.ctx, { channel: 'web', externalId: 'acc-2', text: 'Chain snatched near Zero Mile this morning', author: { id: 'web:a2' } });
    sitabuldi = a.ticketId ?? 0;
    moved = b.ticketId ?? 0;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/tickets/${moved}/transfer`,
      headers: { cookie: cookies['sho.sitabuldi'] },
      payload: { station: 'ngp-ps-ambazari', reason: 'the victim was at Ambazari lake when it happened' },
    });
    expect(res.statusCode).toBe(200);
  });
  afterAll(async () => t?.close());

  /** Every desk action on a ticket, with a valid and an invalid body. */
  const actions = (id: number) => [
    { name: 'assign', method: 'POST' as const, url: `/api/tickets/${id}/assign`, ok: { assignee: null }, bad: { assignee: 'someone' } },
    { name: 'status', method: 'POST' as const, url: `/api/tickets/${id}/status`, ok: { status: 'acknowledged' }, bad: { status: 'done' } },
    { name: 'reply', method: 'POST' as const, url: `/api/tickets/${id}/replies`, ok: { text: 'We are on it.', visibility: 'public' }, bad: { text: '', visibility: 'public' } },
    { name: 'note', method: 'POST' as const, url: `/api/tickets/${id}/notes`, ok: { text: 'Called the beat marshal.' }, bad: { text: 42 } },
    { name: 'triage', method: 'PATCH' as const, url: `/api/tickets/${id}/triage`, ok: { priority: 'p2' }, bad: { priority: 'p9' } },
    { name: 'transfer', method: 'POST' as const, url: `/api/tickets/${id}/transfer`, ok: { station: 'ngp-ps-dhantoli', reason: 'it happened in Dhantoli' }, bad: { station: 'ngp-ps-dhantoli' } },
    { name: 'merge', method: 'POST' as const, url: `/api/tickets/${id}/merge`, ok: null, bad: { into: 'x' } },
  ];
  const reads = (id: number) => [`/api/tickets/${id}`, `/api/tickets/${id}/similar`, `/api/desk/canned-replies?ticket=${id}`];

  it('answers 401 to every desk endpoint without a login', async () => {
    for (const a of actions(sitabuldi)) {
      const res = await t.app.inject({ method: a.method, url: a.url, payload: a.ok ?? { into: moved } });
      expect(res.statusCode, a.name).toBe(401);
    }
    for (const url of [...reads(sitabuldi), '/api/desk/queue', '/api/desk/overview', '/api/desk/roster']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
  });

  it('answers 400 with the field to fix for bad input', async () => {
    for (const a of actions(sitabuldi)) {
      const res = await t.app.inject({ method: a.method, url: a.url, headers: { cookie: cookies['op.sitabuldi'] }, payload: a.bad });
      expect(res.statusCode, a.name).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const q = await t.app.inject({ method: 'GET', url: '/api/desk/queue?priority=p7', headers: { cookie: cookies['op.sitabuldi'] } });
    expect(q.statusCode).toBe(400);
    expect(q.json().error.message).toMatch(/priority/);
  });

  it("gives an operator of another station, and another zone's DCP, 404 for the ticket: to read and to act", async () => {
    for (const user of ['op.ambazari', 'dcp.z3']) {
      for (const url of reads(sitabuldi)) {
        const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[user] } });
        expect(res.statusCode, `${user} ${url}`).toBe(404);
      }
      for (const a of actions(sitabuldi)) {
        const res = await t.app.inject({ method: a.method, url: a.url, headers: { cookie: cookies[user] }, payload: a.ok ?? { into: moved } });
        expect(res.statusCode, `${user} ${a.name}`).toBe(404);
        expect(res.json().error.code).toBe('TICKET_NOT_FOUND');
      }
      const queue = await t.app.inject({ method: 'GET', url: '/api/desk/queue', headers: { cookie: cookies[user] } });
      expect(queue.json().items.map((i: { id: number }) => i.id)).not.toContain(sitabuldi);
    }
  });

  it('lets a transferred-away station read the ticket but not act on it (403 with the reason)', async () => {
    const read = await t.app.inject({ method: 'GET', url: `/api/tickets/${moved}`, headers: { cookie: cookies['op.sitabuldi'] } });
    expect(read.statusCode).toBe(200);
    expect(read.json().access).toBe('read');
    for (const a of actions(moved)) {
      const res = await t.app.inject({ method: a.method, url: a.url, headers: { cookie: cookies['op.sitabuldi'] }, payload: a.ok ?? { into: sitabuldi } });
      expect(res.statusCode, a.name).toBe(403);
      expect(res.json().error.code).toBe('TICKET_READ_ONLY');
      expect(res.json().error.message).toMatch(/transferred to ngp-ps-ambazari/);
    }
    const queue = await t.app.inject({ method: 'GET', url: '/api/desk/queue', headers: { cookie: cookies['op.sitabuldi'] } });
    expect(queue.json().items.map((i: { id: number }) => i.id)).not.toContain(moved);
    const theirs = await t.app.inject({ method: 'GET', url: '/api/desk/queue', headers: { cookie: cookies['op.ambazari'] } });
    expect(theirs.json().items.map((i: { id: number }) => i.id)).toContain(moved);
  });

  it('lets the admin read but not act on tickets', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/tickets/${sitabuldi}`, headers: { cookie: cookies.admin } })).statusCode).toBe(200);
    for (const a of actions(sitabuldi)) {
      const res = await t.app.inject({ method: a.method, url: a.url, headers: { cookie: cookies.admin }, payload: a.ok ?? { into: moved } });
      expect(res.statusCode, a.name).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('lets the owning station, its zone DCP, the control room and the Commissioner act', async () => {
    for (const user of ['op.sitabuldi', 'sho.sitabuldi', 'dcp.z2', 'control', 'cp']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/tickets/${sitabuldi}/notes`,
        headers: { cookie: cookies[user] },
        payload: { text: `seen by ${user}` },
      });
      expect(res.statusCode, user).toBe(201);
      const q = await t.app.inject({ method: 'GET', url: '/api/desk/queue', headers: { cookie: cookies[user] } });
      expect(q.json().items.map((i: { id: number }) => i.id), user).toContain(sitabuldi);
    }
    const detail = await t.app.inject({ method: 'GET', url: `/api/tickets/${sitabuldi}`, headers: { cookie: cookies['op.sitabuldi'] } });
    const notes = detail.json().audit.filter((a: { action: string }) => a.action === 'ticket.noted');
    expect(notes).toHaveLength(5);
  });
});
