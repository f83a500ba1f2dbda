import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, testEngines } from '../../test/support/harness.js';
import { ingest } from '../intake/intake.service.js';
import type { DeskEvent } from '../tickets/desk-event.schema.js';

const engines = await testEngines();

type App = Awaited<ReturnType<typeof createTestApp>>;

describe.each(engines)('desk actions on %s', (engine) => {
  let t: App;
  let op = '';
  let sho = '';
  let opAmbazari = '';
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };
  const events: DeskEvent[] = [];
  let n = 0;

  const open = async (text = 'Mobile snatched near Zero Mile just now', extra: Record<string, unknown> = {}) => {
    clock.now += 60_000;
    n++;
    const out = await ingest(t.ctx, { channel: 'web', externalId: `act-${n}`, text, author: { id: `web:act${n}` }, ...extra });
    if (!out.ticketId) throw new Error('no ticket');
    return out.ticketId;
  };
  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as object }) });

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    op = await t.login('op.sitabuldi');
    sho = await t.login('sho.sitabuldi');
    opAmbazari = await t.login('op.ambazari');
    t.ctx.bus.subscribe((e) => events.push(e));
  });
  afterAll(async () => t?.close());

  it('orders the queue p1 first then oldest, filters, counts, and pages without gaps', async () => {
    const ids = [await open(), await open(), await open(), await open()];
    const prio = ['p3', 'p1', 'p2', 'p1'];
    for (const [i, id] of ids.entries()) {
      expect((await call(op, 'PATCH', `/api/tickets/${id}/triage`, { priority: prio[i] })).statusCode).toBe(200);
    }
    const res = await call(op, 'GET', '/api/desk/queue?limit=200');
    expect(res.statusCode).toBe(200);
    const mine = res.json().items.filter((i: { id: number }) => ids.includes(i.id)).map((i: { id: number }) => i.id);
    expect(mine).toEqual([ids[1], ids[3], ids[2], ids[0]]);
    expect(res.json().counts.priority.p1).toBeGreaterThanOrEqual(2);
    expect(res.json().counts.total).toBe(res.json().items.length);

    const p1 = await call(op, 'GET', '/api/desk/queue?priority=p1');
    expect(p1.json().items.every((i: { priority: string }) => i.priority === 'p1')).toBe(true);

    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: ReturnType<typeof JSON.parse> = (await call(op, 'GET', `/api/desk/queue?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((i: { id: number }) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(res.json().items.map((i: { id: number }) => i.id));

    const bySla = await call(op, 'GET', '/api/desk/queue?sort=sla&limit=200');
    const due = bySla.json().items.map((i: { slaDueAt: string }) => i.slaDueAt);
    expect([...due].sort()).toEqual(due);

    const ref = res.json().items.find((i: { id: number }) => i.id === ids[2]).reference;
    const found = await call(op, 'GET', `/api/desk/queue?q=${ref.toLowerCase()}`);
    expect(found.json().items.map((i: { id: number }) => i.id)).toEqual([ids[2]]);
    const words = await call(op, 'GET', '/api/desk/queue?q=ZERO%20mile');
    expect(words.json().items.length).toBeGreaterThanOrEqual(4);

    expect((await call(op, 'POST', `/api/tickets/${ids[0]}/assign`, { assignee: 'me' })).statusCode).toBe(200);
    const me = await call(op, 'GET', '/api/desk/queue?assignee=me');
    expect(me.json().items.map((i: { id: number }) => i.id)).toEqual([ids[0]]);
    const none = await call(op, 'GET', '/api/desk/queue?assignee=none&limit=200');
    expect(none.json().items.map((i: { id: number }) => i.id)).not.toContain(ids[0]);
    expect((await call(op, 'GET', '/api/desk/queue?cursor=nonsense')).statusCode).toBe(400);
  });

  it('shows breached tickets once the clock passes their deadline', async () => {
    const id = await open();
    await call(op, 'PATCH', `/api/tickets/${id}/triage`, { priority: 'p1' });
    expect((await call(op, 'GET', '/api/desk/queue?breached=true')).json().items.map((i: { id: number }) => i.id)).not.toContain(id);
    clock.now += 6 * 60_000;
    const res = await call(op, 'GET', '/api/desk/queue?breached=true&limit=200');
    const row = res.json().items.find((i: { id: number }) => i.id === id);
    expect(row.breached).toBe(true);
    expect(res.json().counts.breached).toBeGreaterThanOrEqual(1);
  });

  it('assigns only to officers of the owning station', async () => {
    const id = await open();
    const other = await t.ctx.store.db.selectFrom('users').select('id').where('username', '=', 'op.ambazari').executeTakeFirstOrThrow();
    const own = await t.ctx.store.db.selectFrom('users').select('id').where('username', '=', 'sho.sitabuldi').executeTakeFirstOrThrow();
    const bad = await call(op, 'POST', `/api/tickets/${id}/assign`, { assignee: other.id });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/ngp-ps-sitabuldi/);
    const ok = await call(op, 'POST', `/api/tickets/${id}/assign`, { assignee: own.id, reason: 'SHO takes p1 cases' });
    expect(ok.json().assigneeId).toBe(own.id);
    const detail = (await call(op, 'GET', `/api/tickets/${id}`)).json();
    expect(detail.assigneeId).toBe(own.id);
    expect(detail.audit.at(-1)).toMatchObject({ action: 'ticket.assigned', actor: 'Desk operator, Sitabuldi' });
  });

  it('moves status only along the lifecycle, with an outcome to resolve', async () => {
    const id = await open();
    const skip = await call(op, 'POST', `/api/tickets/${id}/status`, { status: 'closed', outcome: 'advised' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.code).toBe('INVALID_TRANSITION');
    expect((await call(op, 'POST', `/api/tickets/${id}/status`, { status: 'acknowledged' })).statusCode).toBe(200);
    expect((await call(op, 'POST', `/api/tickets/${id}/status`, { status: 'in_progress' })).statusCode).toBe(200);
    const noOutcome = await call(op, 'POST', `/api/tickets/${id}/status`, { status: 'resolved' });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().error.message).toMatch(/outcome/);
    expect((await call(op, 'POST', `/api/tickets/${id}/status`, { status: 'resolved', outcome: 'fir_registered' })).statusCode).toBe(200);
    expect((await call(op, 'POST', `/api/tickets/${id}/status`, { status: 'acknowledged' })).statusCode).toBe(409);
    expect((await call(op, 'POST', `/api/tickets/${id}/status`, { status: 'closed' })).json().status).toBe('closed');
    expect((await call(op, 'POST', `/api/tickets/${id}/status`, { status: 'in_progress' })).statusCode).toBe(409);
    const detail = (await call(op, 'GET', `/api/tickets/${id}`)).json();
    const changes = detail.audit.filter((a: { action: string }) => a.action === 'ticket.status_changed').map((a: { details: { to: string } }) => a.details.to);
    expect(changes).toEqual(['acknowledged', 'in_progress', 'resolved', 'closed']);
    expect(detail.audit.at(-1).details.outcome).toBe('fir_registered');
  });

  it('replies on a chat channel through the outbox, once per client key; the first-response clock runs until the reply is sent', async () => {
    clock.now += 60_000;
    const got = await ingest(t.ctx, {
      channel: 'telegram',
      externalId: 'tg-1',
      text: 'Mobile snatched near Zero Mile just now, call me on 98220 12345',
      author: { id: 'tg-user-1', name: 'Ravi' },
      reply: { to: 'chat-77', public: false },
    });
    const id = got.ticketId ?? 0;
    const outboxBefore = await t.ctx.store.db.selectFrom('outbox').select('id').where('ticket_id', '=', id).execute();
    const body = { text: 'An officer from Sitabuldi will call you on 98220 12345.', visibility: 'private', clientKey: 'reply-key-0001' };
    const first = await call(op, 'POST', `/api/tickets/${id}/replies`, body);
    expect(first.statusCode).toBe(201);
    expect(first.json().queued).toBe(true);
    const again = await call(op, 'POST', `/api/tickets/${id}/replies`, body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ replayed: true, messageId: first.json().messageId });
    const rows = await t.ctx.store.db.selectFrom('outbox').selectAll().where('ticket_id', '=', id).where('kind', '=', 'reply').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.idempotency_key).toBe(`reply:${id}:reply-key-0001`);
    expect(JSON.parse(rows[0]?.payload ?? '{}')).toMatchObject({ to: 'chat-77', visibility: 'private' });
    expect(outboxBefore.length).toBeLessThanOrEqual(1);
    const detail = (await call(op, 'GET', `/api/tickets/${id}`)).json();
    expect(detail.status).toBe('acknowledged');
    expect(detail.messages.filter((m: { direction: string }) => m.direction === 'out')).toHaveLength(1);
    const q = (await call(op, 'GET', '/api/desk/queue?limit=200')).json().items.find((i: { id: number }) => i.id === id);
    // Queued is not answered: the outbox worker stops the clock when the channel accepts it (test/channels/reply-delivery.test.ts).
    expect(q.firstResponseAt).toBeNull();
    expect(q.slaDueAt).toBe(q.firstResponseDueAt);

    const publicOnChat = await call(op, 'POST', `/api/tickets/${id}/replies`, { text: 'Noted.', visibility: 'public' });
    expect(publicOnChat.statusCode).toBe(400);
  });

  it('refuses personal data in a public reply, and shows a web report reply on its tracking page without an outbox row', async () => {
    clock.now += 60_000;
    const out = await ingest(t.ctx, { channel: 'web', externalId: 'web-pub', text: 'Mobile snatched near Zero Mile just now', author: { id: 'web:pub' } });
    const id = out.ticketId ?? 0;
    const pii = await call(op, 'POST', `/api/tickets/${id}/replies`, { text: 'Call us back on 9822012345 or mail a@b.com', visibility: 'public' });
    expect(pii.statusCode).toBe(422);
    expect(pii.json().error.code).toBe('PERSONAL_DATA_IN_PUBLIC_REPLY');
    expect(pii.json().error.details.masked).not.toContain('9822012345');
    const priv = await call(op, 'POST', `/api/tickets/${id}/replies`, { text: 'Hello', visibility: 'private' });
    expect(priv.statusCode).toBe(400);
    const ok = await call(op, 'POST', `/api/tickets/${id}/replies`, { text: 'A team is on its way to Zero Mile.', visibility: 'public' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().queued).toBe(false);
    expect(await t.ctx.store.db.selectFrom('outbox').select('id').where('ticket_id', '=', id).execute()).toHaveLength(0);
    const page = await t.app.inject({ method: 'GET', url: `/api/public/reports/${out.reference}/replies?token=${out.trackingToken}` });
    expect(page.json().replies.map((r: { text: string }) => r.text)).toEqual(['A team is on its way to Zero Mile.']);
    const wrong = await t.app.inject({ method: 'GET', url: `/api/public/reports/${out.reference}/replies?token=not-the-token-at-all` });
    expect(wrong.statusCode).toBe(404);
  });

  it('keeps category and priority corrections as training examples', async () => {
    const id = await open();
    const res = await call(op, 'PATCH', `/api/tickets/${id}/triage`, { category: 'violence', priority: 'p1', reason: 'a knife was shown' });
    expect(res.json()).toMatchObject({ category: 'violence', priority: 'p1', station: 'ngp-ps-sitabuldi' });
    const ex = await t.ctx.store.db.selectFrom('training_examples').selectAll().where('ticket_id', '=', id).execute();
    expect(ex).toEqual([expect.objectContaining({ category: 'violence', priority: 'p1', source: 'officer', text: 'Mobile snatched near Zero Mile just now' })]);
    expect((await call(op, 'PATCH', `/api/tickets/${id}/triage`, {})).statusCode).toBe(400);
  });

  it('re-routes a ticket whose place an officer corrects, keeps the spelling for review, and tells both stations', async () => {
    const id = await open('Bag snatched near Zero Mile, by the Ambzari talav gate');
    const place = t.ctx.city.gazetteer.find((g) => g.station === 'ngp-ps-ambazari');
    if (!place) throw new Error('the demo gazetteer has no Ambazari place');
    const before = await call(op, 'GET', `/api/tickets/${id}`);
    const owner = before.json().station;
    events.length = 0;
    const res = await call(op, 'PATCH', `/api/tickets/${id}/triage`, { placeId: place.id, placeWords: 'Ambzari talav' });
    expect(res.statusCode).toBe(200);
    expect(res.json().station).toBe('ngp-ps-ambazari');
    const units = await t.ctx.store.db.selectFrom('ticket_units').select(['unit_id', 'relation']).where('ticket_id', '=', id).execute();
    expect(units).toContainEqual({ unit_id: 'ngp-ps-ambazari', relation: 'owner' });
    if (owner && owner !== 'ngp-ps-ambazari') expect(units).toContainEqual({ unit_id: owner, relation: 'previous' });
    const sugg = await t.ctx.store.db.selectFrom('gazetteer_suggestions').selectAll().where('ticket_id', '=', id).execute();
    expect(sugg).toEqual([expect.objectContaining({ words: 'Ambzari talav', place_id: place.id, status: 'pending' })]);
    await vi.waitFor(() => expect(events.find((e) => e.type === 'ticket.transferred' && e.ticketId === id)).toBeDefined());
    const ev = events.find((e) => e.type === 'ticket.transferred' && e.ticketId === id);
    expect(ev?.units).toContain('ngp-ps-ambazari');
    if (owner) expect(ev?.units).toContain(owner);
    const theirs = await call(opAmbazari, 'GET', '/api/desk/queue?limit=200');
    expect(theirs.json().items.map((i: { id: number }) => i.id)).toContain(id);
  });

  it('transfers with a reason: the receiving desk gets the event and the ticket at once', async () => {
    const id = await open();
    events.length = 0;
    const res = await call(sho, 'POST', `/api/tickets/${id}/transfer`, { station: 'ngp-ps-kotwali', reason: 'the theft happened at Kotwali market' });
    expect(res.statusCode).toBe(200);
    await vi.waitFor(() => expect(events.find((e) => e.type === 'ticket.transferred' && e.ticketId === id)).toBeDefined());
    const ev = events.find((e) => e.type === 'ticket.transferred' && e.ticketId === id);
    expect(ev?.units).toEqual(expect.arrayContaining(['ngp-ps-kotwali', 'ngp-z3', 'ngp-ps-sitabuldi', 'ngp-z2']));
    const kotwali = await t.login('op.kotwali');
    expect((await call(kotwali, 'GET', `/api/tickets/${id}`)).json().access).toBe('act');
    const audit = (await call(kotwali, 'GET', `/api/tickets/${id}`)).json().audit;
    expect(audit.find((a: { action: string }) => a.action === 'ticket.transferred').details).toMatchObject({
      from: 'ngp-ps-sitabuldi',
      to: 'ngp-ps-kotwali',
      reason: 'the theft happened at Kotwali market',
    });
    expect((await call(sho, 'POST', `/api/tickets/${id}/transfer`, { station: 'ngp-ps-nowhere', reason: 'typo station' })).statusCode).toBe(403);
    const again = await call(kotwali, 'POST', `/api/tickets/${id}/transfer`, { station: 'ngp-ps-nowhere', reason: 'typo station' });
    expect(again.statusCode).toBe(400);
  });

  it('suggests and merges duplicates: one citizen on two channels, and several citizens about one incident', async () => {
    clock.now += 60_000;
    const web = await ingest(t.ctx, {
      channel: 'web',
      externalId: 'dup-web',
      text: 'Fight with knives outside Zero Mile metro station right now',
      author: { id: 'web:dup', phone: '+91 98220 55555' },
    });
    clock.now += 60_000;
    const chat = await ingest(t.ctx, {
      channel: 'whatsapp',
      externalId: 'dup-wa',
      text: 'knives fight Zero Mile metro, please send police',
      author: { id: '919822055555', phone: '+91 98220 55555' },
      reply: { to: '919822055555', public: false },
    });
    clock.now += 60_000;
    const other = await ingest(t.ctx, { channel: 'web', externalId: 'dup-other', text: 'People fighting with knives at Zero Mile metro', author: { id: 'web:other' } });
    const [a, b, c] = [web.ticketId ?? 0, chat.ticketId ?? 0, other.ticketId ?? 0];
    const sim = await call(op, 'GET', `/api/tickets/${a}/similar`);
    expect(sim.statusCode).toBe(200);
    const ids = sim.json().items.map((i: { id: number }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([b, c]));
    expect(sim.json().items.find((i: { id: number }) => i.id === b).reasons.join(' ')).toMatch(/phone/);

    for (const dup of [b, c]) {
      const res = await call(op, 'POST', `/api/tickets/${dup}/merge`, { into: a, reason: 'same incident' });
      expect(res.statusCode).toBe(200);
    }
    const merged = (await call(op, 'GET', `/api/tickets/${b}`)).json();
    expect(merged).toMatchObject({ status: 'closed' });
    expect((await call(op, 'POST', `/api/tickets/${b}/merge`, { into: a })).statusCode).toBe(409);
    expect((await call(op, 'POST', `/api/tickets/${a}/merge`, { into: b })).statusCode).toBe(409);
    expect((await call(op, 'POST', `/api/tickets/${a}/merge`, { into: a })).statusCode).toBe(400);
    const target = (await call(op, 'GET', `/api/tickets/${a}`)).json();
    expect(target.audit.filter((x: { action: string }) => x.action === 'ticket.merged_in')).toHaveLength(2);
    const queue = (await call(op, 'GET', '/api/desk/queue?limit=200')).json().items.map((i: { id: number }) => i.id);
    expect(queue).toContain(a);
    expect(queue).not.toContain(b);
  });

  it('fills canned replies in three languages from the ticket, with 112 for p1', async () => {
    const id = await open();
    await call(op, 'PATCH', `/api/tickets/${id}/triage`, { priority: 'p1' });
    const res = await call(op, 'GET', `/api/desk/canned-replies?ticket=${id}`);
    expect(res.statusCode).toBe(200);
    const ref = (await call(op, 'GET', `/api/tickets/${id}`)).json().reference;
    const ack = res.json().replies.find((r: { id: string }) => r.id === 'acknowledge');
    expect(ack.texts.en).toContain(ref);
    expect(ack.texts.en).toContain('Sitabuldi');
    expect(ack.texts.en).toContain('112');
    expect(ack.texts.mr).toContain('सीताबर्डी');
    expect(ack.texts.hi).toContain('112');
    expect((await call(op, 'GET', '/api/desk/canned-replies?ticket=abc')).statusCode).toBe(400);
  });
});
