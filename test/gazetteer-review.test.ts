/** An officer's place correction becomes a spelling that routes by itself, after review: on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();

describe.each(engines)('gazetteer review on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('turns a reviewed correction into a spelling the locator knows', async () => {
    const text = 'My bike was stolen near Lokhandi pul bus stop yesterday';
    // "Lokhandi pul" (the iron bridge by the station) is a name many use; the gazetteer does not know it yet.
    expect(t.ctx.locator.locate({ text }).station).toBeNull();
    const created = await t.app.inject({ method: 'POST', url: '/api/public/reports', payload: { text } });
    const ref = created.json<{ reference: string }>().reference;
    const control = await t.login('control');
    const list = await t.app.inject({ url: '/api/tickets?limit=200', headers: { cookie: control } });
    const ticket = list.json<{ items: Array<{ id: number; reference: string }> }>().items.find((i) => i.reference === ref);
    expect(ticket).toBeDefined();

    const corrected = await t.app.inject({
      method: 'PATCH',
      url: `/api/tickets/${ticket?.id}/triage`,
      headers: { cookie: control },
      payload: { placeId: 'sitabuldi', placeWords: 'Lokhandi pul' },
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ station: 'ngp-ps-sitabuldi' });

    // A station operator may not review the city's gazetteer.
    const op = await t.login('op.sitabuldi');
    expect((await t.app.inject({ url: '/api/gazetteer/suggestions', headers: { cookie: op } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/gazetteer/suggestions' })).statusCode).toBe(401);

    const admin = await t.login('admin');
    const pending = await t.app.inject({ url: '/api/gazetteer/suggestions', headers: { cookie: admin } });
    const suggestion = pending.json<{ items: Array<{ id: number; words: string; placeId: string }> }>().items.find((s) => s.words === 'Lokhandi pul');
    expect(suggestion?.placeId).toBe('sitabuldi');
    // Until it is approved, the spelling routes nowhere.
    expect(t.ctx.locator.locate({ text: 'Chain snatched at Lokhandi pul' }).station).toBeNull();

    const approved = await t.app.inject({ method: 'POST', url: `/api/gazetteer/suggestions/${suggestion?.id}/approve`, headers: { cookie: admin } });
    expect(approved.json()).toEqual({ id: suggestion?.id, status: 'approved', variantAdded: true });
    expect(t.ctx.locator.locate({ text: 'Chain snatched at Lokhandi pul' }).station).toBe('ngp-ps-sitabuldi');

    const again = await t.app.inject({ method: 'POST', url: `/api/gazetteer/suggestions/${suggestion?.id}/reject`, headers: { cookie: admin } });
    expect(again.statusCode).toBe(409);
    const bad = await t.app.inject({ method: 'POST', url: `/api/gazetteer/suggestions/${suggestion?.id}/maybe`, headers: { cookie: admin } });
    expect(bad.statusCode).toBe(400);
  });
});
