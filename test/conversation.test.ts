/**
 * A conversation is judged as a whole (issue 9): a greeting decides nothing, each new message re-runs
 * triage and place resolution over the citizen's messages until an officer locks a field, priority
 * only rises, and a place named later routes the ticket live — on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/intake/intake.service.js';
import type { DeskEvent } from '../src/tickets/desk-event.schema.js';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();
type App = Awaited<ReturnType<typeof createTestApp>>;

describe.each(engines)('conversations on %s', (engine) => {
  let t: App;
  let n = 0;
  const clock = { now: Date.parse('2026-06-01T10:00:00Z') };
  const events: DeskEvent[] = [];

  /** One chat message from a citizen, as a chat channel hands it to intake. */
  const say = (channel: 'whatsapp' | 'telegram', who: string, text: string, geo?: { lat: number; lon: number }) => {
    clock.now += 30_000;
    return ingest(t.ctx, { channel, externalId: `${channel}-conv-${++n}`, text, author: { id: who }, reply: { to: who, public: false }, ...(geo ? { geo } : {}) });
  };
  const ticket = (id: number | null) => t.ctx.store.db.selectFrom('tickets').selectAll().where('id', '=', id ?? 0).executeTakeFirstOrThrow();
  const outbox = (id: number | null) => t.ctx.store.db.selectFrom('outbox').select(['kind', 'payload', 'idempotency_key']).where('ticket_id', '=', id ?? 0).orderBy('id').execute();
  const audit = (id: number | null) => t.ctx.store.db.selectFrom('audit_log').select(['action', 'details']).where('ticket_id', '=', id ?? 0).orderBy('id').execute();

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    t.ctx.bus.subscribe((e) => events.push(e));
  });
  afterAll(async () => t?.close());

  it('holds a "Hi" as awaiting details, asks what happened and where, and routes the report that follows', async () => {
    const hi = await say('whatsapp', '919800000001', 'Hi');
    let row = await ticket(hi.ticketId);
    expect(row).toMatchObject({ category: 'other', priority: 'p3', station_id: null });
    expect(JSON.parse(row.flags)).toContain('awaiting_details');
    const ask = await outbox(hi.ticketId);
    expect(ask).toHaveLength(1);
    expect(JSON.parse(ask[0]?.payload ?? '{}').text).toMatch(/what happened and where/);

    const report = await say('whatsapp', '919800000001', 'abhi Zero Mile signal pe mera mobile chheen ke bhage');
    expect(report.ticketId).toBe(hi.ticketId);
    row = await ticket(hi.ticketId);
    expect(row).toMatchObject({ category: 'theft', priority: 'p1', station_id: 'ngp-ps-sitabuldi', place_id: 'zero-mile', language: 'hi-Latn' });
    expect(JSON.parse(row.flags)).not.toContain('awaiting_details');
    expect(row.summary).toContain('Zero Mile');
    const actions = (await audit(hi.ticketId)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['ticket.rejudged', 'ticket.rerouted', 'ticket.transferred']));
    // The citizen hears 112 at once, in their own register.
    const sent = await outbox(hi.ticketId);
    expect(sent.map((o) => o.idempotency_key)).toContain(`urgent:${hi.ticketId}`);
    expect(JSON.parse(sent.at(-1)?.payload ?? '{}').text).toMatch(/112/);
    // The station's desk hears it: the event names the station that now owns it.
    await waitFor(() => events.some((e) => 'ticketId' in e && e.ticketId === hi.ticketId && e.units.includes('ngp-ps-sitabuldi')));
  });

  it('reads a Telegram /start then a report of a woman being beaten now as p1 at her station, and asks in three languages first', async () => {
    const start = await say('telegram', '5001', '/start');
    const ask = JSON.parse((await outbox(start.ticketId))[0]?.payload ?? '{}').text as string;
    expect(ask).toMatch(/what happened and where/);
    expect(ask).toMatch(/क्या हुआ और कहाँ/);
    expect(ask).toMatch(/काय घडले आणि कुठे/);
    await say('telegram', '5001', 'a man is beating a woman right now outside Sitabuldi fort, she is screaming');
    expect(await ticket(start.ticketId)).toMatchObject({ category: 'women_safety', priority: 'p1', station_id: 'ngp-ps-sitabuldi' });
  });

  it('moves the ticket to the place a later message corrects to, and keeps it where a later message only names another', async () => {
    const report = await say('whatsapp', '919800000011', 'sir meri bike chori ho gayi Sadar me, kal raat');
    expect((await ticket(report.ticketId)).station_id).toBe('ngp-ps-sadar');
    await say('whatsapp', '919800000011', 'main Ajni me rehta hu');
    expect((await ticket(report.ticketId)).station_id).toBe('ngp-ps-sadar');
    await say('whatsapp', '919800000011', 'sorry galat likha, Sadar nahi, Sakkardara chowk ke paas');
    expect((await ticket(report.ticketId)).station_id).toBe('ngp-ps-sakkardara');
    expect((await audit(report.ticketId)).map((a) => a.action)).toContain('ticket.rerouted');
  });

  it('never lowers priority by itself and lets thanks decide nothing', async () => {
    const first = await say('whatsapp', '919800000002', 'Two men are fighting with knives at Zero Mile right now');
    const before = await ticket(first.ticketId);
    expect(before.priority).toBe('p1');
    await say('whatsapp', '919800000002', 'ok they went away, thank you sir');
    await say('whatsapp', '919800000002', 'thanks');
    const after = await ticket(first.ticketId);
    expect(after.priority).toBe('p1');
    expect(after.station_id).toBe(before.station_id);
  });

  it('keeps what an officer corrected: a later message re-judges only the fields left open', async () => {
    const first = await say('whatsapp', '919800000003', 'Hello sir');
    await say('whatsapp', '919800000003', 'my bike was stolen from outside my house yesterday night in Dharampeth');
    const cookie = await t.login('op.ambazari');
    const fix = await t.app.inject({ method: 'PATCH', url: `/api/tickets/${first.ticketId}/triage`, headers: { cookie }, payload: { category: 'nuisance', reason: 'the caller says it was borrowed by a neighbour' } });
    expect(fix.statusCode).toBe(200);
    expect(JSON.parse((await ticket(first.ticketId)).locked_fields)).toEqual(['category']);
    await say('whatsapp', '919800000003', 'now the thief is here again, he is breaking the lock of my car right now');
    const row = await ticket(first.ticketId);
    expect(row.category).toBe('nuisance');
    expect(row.priority).toBe('p1');
  });

  it('locks what an officer confirms with one call, so later messages leave it as confirmed', async () => {
    const first = await say('whatsapp', '919800000005', 'loud music from a wedding hall in Dharampeth since 11 pm');
    const before = await ticket(first.ticketId);
    const owner = before.station_id === 'ngp-ps-ambazari' ? 'op.ambazari' : 'control';
    const cookie = await t.login(owner);
    expect((await t.app.inject({ method: 'POST', url: `/api/tickets/${first.ticketId}/confirm`, payload: {} })).statusCode).toBe(401);
    const other = await t.login('op.sitabuldi');
    expect((await t.app.inject({ method: 'POST', url: `/api/tickets/${first.ticketId}/confirm`, headers: { cookie: other }, payload: {} })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/tickets/${first.ticketId}/confirm`, headers: { cookie }, payload: { fields: ['colour'] } })).statusCode).toBe(400);
    const ok = await t.app.inject({ method: 'POST', url: `/api/tickets/${first.ticketId}/confirm`, headers: { cookie }, payload: {} });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().locked).toEqual(['category', 'priority', 'place']);
    await say('whatsapp', '919800000005', 'now they are beating a man with sticks at Sitabuldi, he is bleeding');
    const after = await ticket(first.ticketId);
    expect({ category: after.category, priority: after.priority, station: after.station_id }).toEqual({ category: before.category, priority: before.priority, station: before.station_id });
    expect((await audit(first.ticketId)).map((a) => a.action)).toContain('ticket.confirmed');
  });

  it('routes a ticket whose only place came later, and a pin after that does not undo the named place', async () => {
    const first = await say('whatsapp', '919800000004', 'namaste');
    await say('whatsapp', '919800000004', 'there is a loud DJ since midnight and nobody can sleep');
    expect((await ticket(first.ticketId)).station_id).toBeNull();
    await say('whatsapp', '919800000004', 'it is in Dharampeth');
    const named = await ticket(first.ticketId);
    expect(named).toMatchObject({ category: 'nuisance', place_id: 'dharampeth' });
    expect(named.station_id).not.toBeNull();
  });
});

async function waitFor(ok: () => boolean): Promise<void> {
  // On PostgreSQL events arrive through LISTEN/NOTIFY after the commit.
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(ok()).toBe(true);
}
