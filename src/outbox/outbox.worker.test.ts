/** The outbox worker's concurrency: sends overlap across recipients, never within one. Both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, testEngines, type TestContext } from '../../test/support/harness.js';
import { claimDueOutbound, enqueueOutbound, markOutboundStarted } from './outbox.repository.js';
import { createOutboxWorker } from './outbox.worker.js';

const engines = await testEngines();

describe.each(engines)('outbox worker concurrency on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(engine);
  });
  afterAll(async () => t?.close());

  it('sends to different recipients at once, up to the limit, and to one recipient in order', async () => {
    const at = new Date(t.ctx.now() - 1000).toISOString();
    for (let i = 0; i < 9; i++) {
      const to = `chat-${i % 3}`;
      await enqueueOutbound(t.ctx.store.db, { channel: 'telegram', kind: 'broadcast', ticketId: null, idempotencyKey: `c-${i}`, payload: { to, text: `${to} #${Math.floor(i / 3)}` } }, at);
    }
    let inFlight = 0;
    let most = 0;
    const order: string[] = [];
    const worker = createOutboxWorker(t.ctx, [
      {
        name: 'telegram',
        send: async (m) => {
          inFlight++;
          most = Math.max(most, inFlight);
          await new Promise((r) => setTimeout(r, 20));
          order.push(String(m.payload.text));
          inFlight--;
          return { externalId: `tg-${m.id}` };
        },
      },
    ], { concurrency: 2, batchSize: 20 });
    expect(await worker.runOnce()).toBe(9);
    expect(most).toBe(2);
    for (const chat of ['chat-0', 'chat-1', 'chat-2']) expect(order.filter((o) => o.startsWith(chat))).toEqual([`${chat} #0`, `${chat} #1`, `${chat} #2`]);
    const sent = await t.ctx.store.db.selectFrom('outbox').select('status').where('status', '=', 'sent').execute();
    expect(sent).toHaveLength(9);
  });

  it("holds a channel to its provider's rate in every second, however many sends are due at once", async () => {
    const at = new Date(t.ctx.now() - 1000).toISOString();
    for (let i = 0; i < 14; i++) {
      await enqueueOutbound(t.ctx.store.db, { channel: 'whatsapp', kind: 'broadcast', ticketId: null, idempotencyKey: `r-${i}`, payload: { to: `91980000${i}`, text: 'x' } }, at);
    }
    const times: number[] = [];
    const worker = createOutboxWorker(t.ctx, [{ name: 'whatsapp', send: async (m) => (times.push(performance.now()), { externalId: `wa-${m.id}` }) }], {
      concurrency: 8,
      batchSize: 50,
      ratePerSecond: { whatsapp: 10 },
    });
    expect(await worker.runOnce()).toBe(14);
    // All 14 were due together; no window of one second saw more than 10.
    const most = Math.max(...times.map((t0) => times.filter((x) => x >= t0 && x < t0 + 1000).length));
    expect(most).toBeLessThanOrEqual(10);
    expect(times).toHaveLength(14);
  });

  it('after a worker dies holding a batch, sends again the rows it never began and none it may have sent', async () => {
    const db = t.ctx.store.db;
    const at = new Date(t.ctx.now() - 1000).toISOString();
    for (let i = 0; i < 5; i++) {
      await enqueueOutbound(db, { channel: 'x', kind: 'ack', ticketId: null, idempotencyKey: `d-${i}`, payload: { to: `user-${i}`, text: 'ack' } }, at);
    }
    // The dying worker claims all five under a lease that has already run out, and begins the first two.
    const now = t.ctx.now();
    const lease = new Date(now - 1).toISOString();
    const claimed = await claimDueOutbound(db, engine, ['x'], new Date(now).toISOString(), lease, 20);
    expect(claimed.map((r) => r.idempotency_key)).toEqual(['d-0', 'd-1', 'd-2', 'd-3', 'd-4']);
    for (const row of claimed.slice(0, 2)) expect(await markOutboundStarted(db, row.id, lease, new Date(now).toISOString())).toBe(true);
    // A stale lease (another claim's) can never begin a send.
    expect(await markOutboundStarted(db, claimed[2]!.id, new Date(now + 5).toISOString(), new Date(now).toISOString())).toBe(false);

    const sent: string[] = [];
    const worker = createOutboxWorker(t.ctx, [{ name: 'x', send: async (m) => (sent.push(m.idempotencyKey), { externalId: `x-${m.id}` }) }]);
    expect(await worker.runOnce()).toBe(3);
    expect(sent).toEqual(['d-2', 'd-3', 'd-4']);
    const byKey = Object.fromEntries(
      (await db.selectFrom('outbox').select(['idempotency_key', 'status', 'attempts']).where('idempotency_key', 'like', 'd-%').execute()).map((r) => [r.idempotency_key, [r.status, r.attempts]]),
    );
    expect(byKey).toEqual({ 'd-0': ['unconfirmed', 0], 'd-1': ['unconfirmed', 0], 'd-2': ['sent', 0], 'd-3': ['sent', 0], 'd-4': ['sent', 0] });
    expect(await worker.runOnce()).toBe(0);
    expect(sent).toHaveLength(3);
  });
});
