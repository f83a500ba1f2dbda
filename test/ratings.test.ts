/**
 * What the public thinks: after a ticket closes its citizen is asked once, in their channel and language,
 * to rate the response; a reply that reads as a rating is recorded, not ticketed, until the question
 * expires; the web form's citizen rates on the tracking page; ratings reach the figures per station and officer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresSchema } from '../src/analytics/analytics.schema.js';
import { catchUpRollups } from '../src/analytics/rollup.worker.js';
import { parseRating } from '../src/feedback/rating.model.js';
import { ingest } from '../src/intake/intake.service.js';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();
type App = Awaited<ReturnType<typeof createTestApp>>;
const DAY = 86_400_000;

describe('a reply read as a rating', () => {
  it.each([
    ['4', 4, null],
    ['४', 4, null],
    ['5 very good', 5, 'very good'],
    ['bahut accha 5', 5, 'bahut accha'],
    ['५ खूप छान', 5, 'खूप छान'],
    ['4/5', 4, null],
    ['3 out of 5, slow', 3, 'slow'],
    ['⭐ 2', 2, null],
  ])('%s is %i', (text, score, word) => {
    expect(parseRating(text)).toEqual({ score, word });
  });
  it.each(['9822012345', 'call me on 98220 12345', '6', '0', 'very good', '4 5', 'my bike 2 was stolen again today from the same place near the temple', ''])('%s is not a rating', (text) => {
    expect(parseRating(text)).toBeNull();
  });
});

describe.each(engines)('ratings on %s', (engine) => {
  let t: App;
  const clock = { now: Date.parse('2026-03-02T05:00:00Z') };
  let control = '';
  let n = 0;
  const say = (who: string, text: string) =>
    ingest(t.ctx, { channel: 'whatsapp', externalId: `rate-${engine}-${++n}`, text, author: { id: who }, reply: { to: who, public: false }, receivedAt: new Date(clock.now).toISOString() });
  const desk = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { cookie: control }, payload });
  const close = async (id: number, outcome = 'action_taken') => {
    expect((await desk(`/api/tickets/${id}/status`, { status: 'resolved', outcome })).statusCode).toBe(200);
  };
  const ratingOf = (id: number) => t.ctx.store.db.selectFrom('ticket_ratings').selectAll().where('ticket_id', '=', id).executeTakeFirst();
  const outboxOf = (key: string) => t.ctx.store.db.selectFrom('outbox').selectAll().where('idempotency_key', '=', key).execute();
  const tickets = async () => Number((await t.ctx.store.db.selectFrom('tickets').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    control = await t.login('control');
  });
  afterAll(async () => t?.close());

  it('asks once after the ticket closes, in its language, with the template named for outside the window', async () => {
    const opened = await say('919800001001', 'माझी सायकल सीताबर्डी बाजारातून चोरीला गेली');
    const id = opened.ticketId ?? 0;
    expect(await outboxOf(`rating:${id}`)).toHaveLength(0);
    await close(id);
    const asked = await outboxOf(`rating:${id}`);
    expect(asked).toHaveLength(1);
    const payload = JSON.parse(asked[0]?.payload ?? '{}') as { to: string; text: string; language: string; template: { name: string; parameters: string[] } };
    expect(payload.to).toBe('919800001001');
    expect(payload.language).toBe('mr');
    expect(payload.text).toContain(opened.reference ?? '');
    expect(payload.text).toContain('पोलिसांचा प्रतिसाद');
    expect(payload.template).toEqual({ name: 'chowki_rating_request', language: 'mr', parameters: [opened.reference] });
    // Closed, reopened and resolved again: still asked once.
    expect((await desk(`/api/tickets/${id}/status`, { status: 'closed' })).statusCode).toBe(200);
    expect(await outboxOf(`rating:${id}`)).toHaveLength(1);
    expect((await ratingOf(id))?.score).toBeNull();
  });

  it('records a reply as the rating, thanks the citizen and opens no ticket', async () => {
    const opened = await say('919800001002', 'loud DJ music at Sitabuldi since midnight');
    const id = opened.ticketId ?? 0;
    await close(id);
    const before = await tickets();
    const reply = await say('919800001002', '४ बहुत अच्छा');
    expect(reply.ticketId).toBeNull();
    expect(await tickets()).toBe(before);
    expect(await ratingOf(id)).toMatchObject({ score: 4, word: 'बहुत अच्छा', source: 'channel', inbound_id: reply.inboundId });
    expect(await outboxOf(`rating-thanks:${id}`)).toHaveLength(1);
    const audit = await t.ctx.store.db.selectFrom('audit_log').select(['action', 'details']).where('ticket_id', '=', id).where('action', '=', 'ticket.rated').execute();
    expect(audit).toHaveLength(1);
    // A second number is a message again (the rating is given once), and so is a new report.
    const again = await say('919800001002', '5');
    expect(again.ticketId).not.toBeNull();
    expect((await ratingOf(id))?.score).toBe(4);
  });

  it('does not take a new report for a rating, nor a reply after the question expired', async () => {
    const a = await say('919800001003', 'my phone was stolen at Sitabuldi market');
    await close(a.ticketId ?? 0);
    const report = await say('919800001003', '2 men snatched my chain near the temple');
    expect(report.ticketId).not.toBeNull();
    expect((await ratingOf(a.ticketId ?? 0))?.score).toBeNull();

    const b = await say('919800001004', 'noise from a factory at night in Sitabuldi');
    await close(b.ticketId ?? 0);
    clock.now += 8 * DAY;
    const late = await say('919800001004', '5');
    expect(late.ticketId).not.toBeNull();
    expect((await ratingOf(b.ticketId ?? 0))?.score).toBeNull();
    clock.now -= 8 * DAY;
  });

  it('records a rating that complains of the police and opens a ticket for the complaint too', async () => {
    const a = await say('919800001006', 'chain snatched near Sitabuldi bus stand');
    await close(a.ticketId ?? 0);
    const reply = await say('919800001006', '2 no one came');
    expect(reply.ticketId).not.toBeNull();
    expect(reply.ticketId).not.toBe(a.ticketId);
    expect(await ratingOf(a.ticketId ?? 0)).toMatchObject({ score: 2, word: 'no one came' });
    expect(await outboxOf(`rating-thanks:${a.ticketId}`)).toHaveLength(0);
  });

  it('asks nobody after spam, nor on a public post', async () => {
    const pub = await ingest(t.ctx, { channel: 'x', externalId: `rate-${engine}-x`, text: '@NagpurPolice signal broken at Sitabuldi', author: { id: 'x-user-1' }, reply: { to: 'tweet-1', public: true } });
    await close(pub.ticketId ?? 0);
    expect(await ratingOf(pub.ticketId ?? 0)).toBeUndefined();
    const spam = await say('919800001005', 'buy cheap followers now');
    await close(spam.ticketId ?? 0, 'spam');
    expect(await ratingOf(spam.ticketId ?? 0)).toBeUndefined();
  });

  it('lets the web report be rated once on its tracking page', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/public/reports', payload: { text: 'Mobile snatched near Zero Mile just now' } });
    const r = res.json<{ reference: string; token: string }>();
    const url = `/api/public/reports/${r.reference}/rating`;
    const id = (await t.ctx.store.db.selectFrom('tickets').select('id').where('reference', '=', r.reference).executeTakeFirstOrThrow()).id;
    expect((await t.app.inject({ url: `${url}?token=${r.token}` })).json()).toMatchObject({ canRate: false, score: null });
    expect((await t.app.inject({ method: 'POST', url, payload: { token: r.token, score: 5 } })).statusCode).toBe(409);
    await close(id, 'fir_registered');
    expect((await t.app.inject({ url: `${url}?token=${r.token}` })).json()).toMatchObject({ canRate: true });
    expect((await t.app.inject({ method: 'POST', url, payload: { token: r.token, score: 9 } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url, payload: { token: 'not-the-right-token', score: 5 } })).statusCode).toBe(404);
    const rated = await t.app.inject({ method: 'POST', url, payload: { token: r.token, score: 5, word: 'quick, call me 9822012345' } });
    expect(rated.statusCode).toBe(201);
    expect((await ratingOf(id))?.word).not.toContain('9822012345');
    expect((await t.app.inject({ method: 'POST', url, payload: { token: r.token, score: 1 } })).statusCode).toBe(409);
    expect((await t.app.inject({ url: `${url}?token=${r.token}` })).json()).toMatchObject({ canRate: false, score: 5 });
  });

  it('counts ratings in the figures per station and officer', async () => {
    await catchUpRollups(t.ctx);
    const rows = await t.ctx.store.db.selectFrom('ticket_ratings').innerJoin('tickets', 'tickets.id', 'ticket_ratings.ticket_id').select(['tickets.station_id', 'ticket_ratings.score']).where('ticket_ratings.score', 'is not', null).execute();
    expect(rows.length).toBe(3);
    const city = figuresSchema.parse((await t.app.inject({ url: '/api/analytics/figures', headers: { cookie: control } })).json());
    expect(city.summary.satisfaction.rated).toBe(3);
    expect(city.summary.satisfaction.mean).toBe(3.7);
    expect(city.summary.satisfaction.distribution).toEqual([0, 1, 0, 1, 1]);
    const station = rows[0]?.station_id ?? '';
    const own = rows.filter((r) => r.station_id === station);
    const figures = figuresSchema.parse((await t.app.inject({ url: `/api/analytics/figures?unit=${station}`, headers: { cookie: control } })).json());
    expect(figures.summary.satisfaction.rated).toBe(own.length);
    expect(figures.byDay.reduce((a, d) => a + d.rated, 0)).toBe(own.length);
  });
});
