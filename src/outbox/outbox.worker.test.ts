/** The outbox worker's concurrency: sends overlap across recipients, never within one. Both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, testEngines, type TestContext } from '../../test/support/harness.js';
import { enqueueOutbound } from './outbox.repository.js';
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
});
