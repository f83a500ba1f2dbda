import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngines } from '../../test/support/harness.js';
import { ingest } from '../intake/intake.service.js';

const engines = await testEngines();

describe.each(engines)('the desk ticket view on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let op = '';
  let opAmbazari = '';
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    op = await t.login('op.sitabuldi');
    opAmbazari = await t.login('op.ambazari');
  });
  afterAll(async () => t?.close());

  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  it("shows SLA state, the conversation across a merged ticket with reply visibility, and the citizen's earlier tickets", async () => {
    const phone = '+91 98220 55555';
    const earlier = await ingest(t.ctx, { channel: 'web', externalId: 'v-1', text: 'Bicycle stolen near Zero Mile yesterday', author: { id: 'web:v1', phone } });
    clock.now += 3600_000;
    const wa = await ingest(t.ctx, {
      channel: 'whatsapp',
      externalId: 'v-2',
      text: 'Mobile snatched near Zero Mile just now',
      author: { id: '919822055555', phone },
      reply: { to: '919822055555', public: false },
    });
    clock.now += 60_000;
    const web = await ingest(t.ctx, { channel: 'web', externalId: 'v-3', text: 'My mobile was snatched at Zero Mile', author: { id: 'web:v3' } });
    const [e, w, d] = [earlier.ticketId, wa.ticketId, web.ticketId];
    if (!e || !w || !d) throw new Error('no tickets');

    const reply = await t.app.inject({ method: 'POST', url: `/api/tickets/${w}/replies`, headers: { cookie: op }, payload: { text: 'We are on it', visibility: 'private' } });
    expect(reply.statusCode).toBe(201);
    const merge = await t.app.inject({ method: 'POST', url: `/api/tickets/${d}/merge`, headers: { cookie: op }, payload: { into: w, reason: 'same incident' } });
    expect(merge.statusCode).toBe(200);

    const res = await get(op, `/api/desk/tickets/${w}`);
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(v.access).toBe('act');
    expect(v.ticket.firstResponseDueAt).toBeTruthy();
    expect(v.ticket.breached).toBe(false);
    expect(v.messages.map((m: { channel: string }) => m.channel)).toEqual(expect.arrayContaining(['whatsapp', 'web']));
    expect(v.messages.find((m: { direction: string }) => m.direction === 'out').visibility).toBe('private');
    expect(v.messages.some((m: { ticketId: number }) => m.ticketId === d)).toBe(true);
    expect(v.earlier.map((x: { id: number }) => x.id)).toEqual([e]);

    // Past the deadline with no answer: breached.
    clock.now += 2 * 24 * 3600_000;
    expect((await get(op, `/api/desk/tickets/${e}`)).json().ticket.breached).toBe(true);

    // Another station's ticket does not exist for them.
    expect((await get(opAmbazari, `/api/desk/tickets/${w}`)).statusCode).toBe(404);
  });
});
