/**
 * Sentiment of every inbound message: stored with the message, counted in the rollups by day (the
 * figures' bySentiment and its daily trend), and praise that names an officer of the ticket's station
 * listed for the SHO, the DCP and the city, with personal data masked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresSchema, praiseSchema } from '../src/analytics/analytics.schema.js';
import { catchUpRollups } from '../src/analytics/rollup.worker.js';
import { ingest } from '../src/intake/intake.service.js';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();
type App = Awaited<ReturnType<typeof createTestApp>>;

describe.each(engines)('sentiment on %s', (engine) => {
  let t: App;
  const clock = { now: Date.parse('2026-03-02T05:00:00Z') };
  const cookies: Record<string, string> = {};
  let n = 0;
  let officerId = 0;
  const say = (who: string, text: string) => ingest(t.ctx, { channel: 'whatsapp', externalId: `sent-${engine}-${++n}`, text, author: { id: who }, reply: { to: who, public: false } });
  const get = (who: string, url: string) => t.app.inject({ url, headers: { cookie: cookies[who] ?? '' } });

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    const row = await t.ctx.store.db
      .insertInto('users')
      .values({ username: 'psi.deshmukh', display_name: 'PSI Rahul Deshmukh', password_hash: 'x', role: 'operator', unit_id: 'ngp-ps-sitabuldi', active: 1, capacity: null, created_at: new Date(clock.now).toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    officerId = row.id;
    for (const u of ['op.sitabuldi', 'sho.sitabuldi', 'sho.ambazari', 'dcp.z2', 'cp']) cookies[u] = await t.login(u);
  });
  afterAll(async () => t?.close());

  it('stores the sentiment of each citizen message and counts it in the figures by day', async () => {
    const a = await say('919800002001', 'Thank you Deshmukh sir, Sitabuldi police found my stolen phone, call me on 98220 12345');
    const b = await say('919800002002', 'I am scared, a man is following me near Sitabuldi fort');
    await say('919800002003', 'Useless police at Sitabuldi, nobody came for three days');
    await say('919800002003', 'still waiting, this is disgusting');
    const rows = await t.ctx.store.db.selectFrom('ticket_messages').select(['ticket_id', 'sentiment']).where('direction', '=', 'in').orderBy('id').execute();
    expect(rows.map((r) => r.sentiment)).toEqual(['praise', 'fear', 'anger', 'anger']);
    expect(rows[0]?.ticket_id).toBe(a.ticketId);
    expect(rows[1]?.ticket_id).toBe(b.ticketId);

    await catchUpRollups(t.ctx);
    const f = figuresSchema.parse((await get('cp', '/api/analytics/figures')).json());
    const count = (k: string) => f.bySentiment.find((x) => x.key === k)?.opened ?? 0;
    expect({ praise: count('praise'), fear: count('fear'), anger: count('anger') }).toEqual({ praise: 1, fear: 1, anger: 2 });
    const today = f.sentimentByDay[f.sentimentByDay.length - 1];
    expect(today).toMatchObject({ praise: 1, fear: 1, anger: 2 });
  });

  it("lists praise that names an officer for the station's SHO, the DCP and the city, masked, and for nobody else", async () => {
    const sho = praiseSchema.parse((await get('sho.sitabuldi', '/api/analytics/praise')).json());
    expect(sho.praise).toHaveLength(1);
    expect(sho.praise[0]).toMatchObject({ officer: { id: officerId, name: 'PSI Rahul Deshmukh' }, station: 'ngp-ps-sitabuldi' });
    expect(sho.praise[0]?.excerpt).toContain('Deshmukh');
    expect(sho.praise[0]?.excerpt).not.toContain('98220');
    expect(praiseSchema.parse((await get('dcp.z2', '/api/analytics/praise')).json()).praise).toHaveLength(1);
    expect(praiseSchema.parse((await get('cp', '/api/analytics/praise')).json()).praise).toHaveLength(1);
    expect(praiseSchema.parse((await get('sho.ambazari', '/api/analytics/praise')).json()).praise).toHaveLength(0);
    expect((await get('sho.ambazari', '/api/analytics/praise?unit=ngp-ps-sitabuldi')).statusCode).toBe(403);
    expect((await get('op.sitabuldi', '/api/analytics/praise')).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/analytics/praise' })).statusCode).toBe(401);
    expect((await get('cp', '/api/analytics/praise?from=2026-02-30x')).statusCode).toBe(400);
  });
});
