/** Nothing lost, nothing twice: intake's guarantees on both databases. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArchive } from '../src/channels/archive/archive.parse.js';
import { acceptInbound, ingest, processInbound, processPending } from '../src/intake/intake.service.js';
import { createTestContext, testEngines, type TestContext } from './support/harness.js';

const engines = await testEngines();

describe.each(engines)('intake on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  const count = async (table: 'tickets' | 'inbound') =>
    Number((await t.ctx.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('stores a redelivered item once and opens one ticket', async () => {
    const item = { channel: 'telegram', externalId: 'tg-1001', text: 'Chain snatching near Sitabuldi, just now', author: { id: '42' } };
    const a = await ingest(t.ctx, item);
    const b = await ingest(t.ctx, item);
    expect(a.isNew).toBe(true);
    expect(b.isNew).toBe(false);
    expect(b.ticketId).toBe(a.ticketId);
    expect(b.reference).toBe(a.reference);
  });

  it('processes items a crash left stored but unprocessed, once', async () => {
    const before = await count('tickets');
    // Stored (acknowledged to the channel) but the process died before processing.
    await acceptInbound(t.ctx, { channel: 'whatsapp', externalId: 'wamid.crash-1', text: 'Loud DJ at Dharampeth since midnight' });
    await acceptInbound(t.ctx, { channel: 'whatsapp', externalId: 'wamid.crash-2', text: 'Car parked blocking gate at Ramdaspeth' });
    expect(await count('tickets')).toBe(before);
    expect(await processPending(t.ctx)).toBe(2);
    expect(await count('tickets')).toBe(before + 2);
    expect(await processPending(t.ctx)).toBe(0);
  });

  it('opens one ticket when two workers process the same item at once', async () => {
    const before = await count('tickets');
    const stored = await acceptInbound(t.ctx, { channel: 'x', externalId: '1800000000000000777', text: 'Fight at Itwari market now' });
    const [a, b] = await Promise.all([processInbound(t.ctx, stored.id), processInbound(t.ctx, stored.id)]);
    expect(await count('tickets')).toBe(before + 1);
    expect(a.ticketId ?? b.ticketId).not.toBeNull();
    expect([a.trackingToken, b.trackingToken].filter(Boolean)).toHaveLength(1);
  });

  it('imports the evaluation file twice and creates nothing the second time', async () => {
    const { items, errors } = parseArchive(readFileSync(new URL('./fixtures/archive/sample.jsonl', import.meta.url), 'utf8'));
    expect(errors).toEqual([{ line: 4, problem: 'text: Invalid input: expected string, received undefined' }]);
    const before = await count('tickets');
    for (const item of items) await ingest(t.ctx, item);
    const mid = await count('tickets');
    expect(mid).toBe(before + items.length);
    for (const item of items) await ingest(t.ctx, item);
    expect(await count('tickets')).toBe(mid);
  });

  it('imports X API v2 mention pages as X returns them', async () => {
    const { items, errors } = parseArchive(readFileSync(new URL('./fixtures/archive/x-mentions-page.json', import.meta.url), 'utf8'));
    expect(errors).toEqual([]);
    expect(items.map((i) => i.externalId)).toEqual(['1861000000000000001', '1861000000000000002']);
    expect(items[1]?.geo).toEqual({ lat: 21.1466, lon: 79.0806 });
    const out = await ingest(t.ctx, items[1]!);
    const ticket = await t.ctx.store.db.selectFrom('tickets').selectAll().where('id', '=', out.ticketId!).executeTakeFirstOrThrow();
    expect(ticket.place_method).toBe('pin');
    expect(ticket.station_id).toBe('ngp-ps-sitabuldi');
  });
});
