/**
 * Intake's preparing worker (prepare.pool.ts) changes how fast a burst clears, never what it makes: the
 * same messages carried with the worker and without it open tickets judged and placed alike, on both
 * databases; a gazetteer change reaches the worker's places; a context whose engines the worker cannot
 * build again (another model) is judged on the main thread.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInbound } from '../src/intake/intake.service.js';
import { createIntakeQueue } from '../src/intake/intake.queue.js';
import { startPreparingWorker } from '../src/intake/prepare.pool.js';
import type { AppContext } from '../src/context.js';
import { createTestContext, testEngines, type TestContext } from './support/harness.js';

const engines = await testEngines();

const TEXTS = [
  'Mobile snatched near Zero Mile just now, two men on a bike',
  'Sakkardara chowk pe traffic jam hai 1 ghante se',
  'धंतोली में रात को बहुत शोर होता है',
  'कळमन्यात बाजाराजवळ दोन गटांत दगडफेक सुरू आहे',
  'Thank you Nagpur police for the quick help',
  'Someone called saying he is from the bank and took my OTP, 40000 gone',
  'Hi',
];

describe.each(engines)('the preparing worker on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  let lastOnWorker = 0;

  /**
   * Carries the texts through a queue in one burst and returns each ticket's judgement in order. With
   * `untilWorker`, bursts again (the worker takes a few seconds to start on a busy machine) until one was
   * judged on the worker, and returns that burst's judgements.
   */
  const carry = async (ctx: AppContext, round: string, mode: 'always' | 'never', texts: readonly string[], untilWorker = false) => {
    const queue = createIntakeQueue(ctx, { prepareWorker: mode, lingerMs: 1 });
    try {
      for (let r = 0; ; r++) {
        const before = queue.judged.onWorker;
        const stored = await Promise.all(texts.map((text, i) => acceptInbound(ctx, { channel: 'x', externalId: `${round}-${r}-${i}`, text })));
        for (const s of stored) queue.push(s.id);
        await queue.drain();
        const onWorker = queue.judged.onWorker > before;
        if (untilWorker && !onWorker && r < 120) {
          await new Promise((resolve) => setTimeout(resolve, 250));
          continue;
        }
        if (mode === 'never') expect(queue.judged.onWorker).toBe(0);
        lastOnWorker = queue.judged.onWorker;
        const ids = stored.map((s) => s.id);
        const rows = await ctx.store.db
          .selectFrom('inbound')
          .innerJoin('tickets', 'tickets.id', 'inbound.ticket_id')
          .select(['inbound.id', 'tickets.category', 'tickets.priority', 'tickets.language', 'tickets.station_id', 'tickets.place_name', 'tickets.flags', 'tickets.reasons'])
          .where('inbound.id', 'in', ids)
          .orderBy('inbound.id')
          .execute();
        expect(rows).toHaveLength(ids.length);
        return rows.map(({ id: _id, ...judged }) => judged);
      }
    } finally {
      await queue.close();
    }
  };

  it('opens the same tickets with the worker as without it', async () => {
    const inline = await carry(t.ctx, 'inline', 'never', TEXTS);
    const worker = await carry(t.ctx, 'worker', 'always', TEXTS, true);
    expect(lastOnWorker).toBeGreaterThan(0);
    expect(worker).toEqual(inline);
    expect(new Set(worker.map((w) => w.category)).size).toBeGreaterThan(3);
  }, 60_000);

  it('places with the gazetteer as it is after a change', async () => {
    const w = startPreparingWorker(t.ctx);
    try {
      for (let i = 0; i < 1200 && !w.ready; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(w.ready).toBe(true);
      const text = JSON.stringify({ channel: 'x', externalId: 'place-1', text: 'Chain snatched outside Quxbrook Plaza just now' });
      const [before] = await w.prepareMany([text]);
      expect(before?.kind === 'ready' ? before.placement.station : 'unread').toBeNull();
      await t.ctx.store.db
        .insertInto('gazetteer')
        .values({ id: 'ngp-test-quxbrook', city_id: t.ctx.city.id, kind: 'landmark', name_en: 'Quxbrook Plaza', variants: '[]', lat: 21.1458, lon: 79.0882, station_id: 'ngp-ps-sitabuldi' })
        .execute();
      await t.ctx.engines.reload();
      const [after] = await w.prepareMany([text]);
      expect(after?.kind === 'ready' ? after.placement.station : 'unread').toBe('ngp-ps-sitabuldi');
    } finally {
      await w.close();
      await t.ctx.store.db.deleteFrom('gazetteer').where('id', '=', 'ngp-test-quxbrook').execute();
      await t.ctx.engines.reload();
    }
  }, 90_000);

  it('is never used with engines it cannot build again, and the queue judges on its own thread', async () => {
    const other: AppContext = Object.create(t.ctx, {
      triager: { value: { version: 'a-test-triager', triage: () => ({ language: 'en', category: 'nuisance', priority: 'p3', pii: [], reasons: ['test'], flags: [] }) } },
    });
    const w = startPreparingWorker(other);
    // It stops itself once it has loaded its model and found it is not the main thread's.
    for (let i = 0; i < 1200 && !w.stopped; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.stopped).toBe(true);
    expect(w.ready).toBe(false);
    await expect(w.prepareMany(['{}'])).rejects.toThrow();
    await w.close();
    const judged = await carry(other, 'other-model', 'always', ['Mobile snatched near Zero Mile just now']);
    expect(judged.every((j) => j.category === 'nuisance' && j.priority === 'p3')).toBe(true);
    expect(lastOnWorker).toBe(0);
  }, 90_000);
});
