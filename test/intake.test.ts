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

  it('stores deliveries that arrive together in one write, each once, and answers each with its own row', async () => {
    const before = await count('inbound');
    const items = Array.from({ length: 40 }, (_, i) => ({ channel: 'whatsapp', externalId: `wamid.together-${i}`, text: `Report ${i} from Sitabuldi`, author: { id: `91${i}` } }));
    // A provider's retry of the first item arrives beside it, and an item stored before arrives again.
    await acceptInbound(t.ctx, { channel: 'whatsapp', externalId: 'wamid.together-old', text: 'Stored before', author: { id: '9100' } });
    const all = [...items, { ...items[0]! }, { channel: 'whatsapp', externalId: 'wamid.together-old', text: 'Stored before', author: { id: '9100' } }];
    const stored = await Promise.all(all.map((item) => acceptInbound(t.ctx, item)));
    expect(await count('inbound')).toBe(before + 41);
    expect(new Set(stored.slice(0, 40).map((s) => s.id)).size).toBe(40);
    expect(stored.slice(0, 40).every((s) => s.isNew)).toBe(true);
    expect(stored[40]).toEqual({ id: stored[0]?.id, isNew: false });
    expect(stored[41]?.isNew).toBe(false);
    const payloads = await t.ctx.store.db.selectFrom('inbound').select(['id', 'external_id']).where('id', 'in', stored.map((s) => s.id)).execute();
    for (const [i, s] of stored.slice(0, 40).entries()) expect(payloads.find((p) => p.id === s.id)?.external_id).toBe(`wamid.together-${i}`);
    expect(await processPending(t.ctx)).toBe(41);
  });

  it('fails only the delivery whose item cannot be stored when it arrives with others', async () => {
    const good = [1, 2, 3].map((i) => ({ channel: 'telegram', externalId: `tg-together-${i}`, text: 'Loud music at Dharampeth', author: { id: `7${i}` } }));
    // A value JSON cannot hold: what an adapter bug could hand over.
    const bad = { channel: 'telegram', externalId: 'tg-together-bad', text: 'x', author: { id: '79', name: 1n as unknown as string } };
    const results = await Promise.allSettled([good[0], bad, good[1], good[2]].map((item) => acceptInbound(t.ctx, item as never)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const rows = await t.ctx.store.db.selectFrom('inbound').select('external_id').where('external_id', 'like', 'tg-together-%').execute();
    expect(rows.map((r) => r.external_id).sort()).toEqual(['tg-together-1', 'tg-together-2', 'tg-together-3']);
    expect(await processPending(t.ctx)).toBe(3);
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
