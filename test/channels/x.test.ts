import { ApiResponseError } from 'twitter-api-v2';
import { afterEach, describe, expect, it } from 'vitest';
import { createChannelRuntime } from '../../src/channels/channel.runtime.js';
import { createXClient } from '../../src/channels/x/x.client.js';
import { createXChannel, pollXAccount } from '../../src/channels/x/x.channel.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { composeAcknowledgement } from '../../src/intake/acknowledgement.text.js';
import { createOutboxWorker } from '../../src/outbox/outbox.worker.js';
import { loadFixture } from '../fakes/fixtures.js';
import { startXFake } from '../fakes/x.fake.js';
import { createTestContext, testEngines } from '../support/harness.js';

const BEARER = 'x-bearer';
const ACCOUNT = '1000';
type Page = Parameters<Awaited<ReturnType<typeof startXFake>>['addMentions']>[1];

const engines = await testEngines();

describe.each(engines)('X channel on %s', (engine) => {
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  async function setup(fakeOpts: { pageSize?: number; limit?: number } = {}) {
    const fake = await startXFake({ bearer: BEARER, ...fakeOpts });
    fake.addMentions(ACCOUNT, loadFixture('x/mentions.json') as Page);
    const t = await createTestContext(engine);
    const ctx: AppContext = {
      ...t.ctx,
      config: readConfig({
        CHOWKI_DATA_DIR: ':memory:',
        LOG_LEVEL: 'silent',
        CHOWKI_X_BEARER_TOKEN: BEARER,
        CHOWKI_X_ACCOUNTS: ACCOUNT,
        CHOWKI_X_API_URL: fake.url,
      }),
    };
    const runtime = createChannelRuntime(ctx);
    cleanup.push(fake.close, t.close, () => runtime.stop());
    const client = createXClient(BEARER, fake.url);
    const enqueue = (id: number) => runtime.intake.push(id);
    const count = async (table: 'inbound' | 'tickets' | 'outbox' | 'ticket_messages') =>
      Number((await ctx.store.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);
    const setCursor = (cursor: string) =>
      ctx.store.db.insertInto('channel_cursors').values({ channel: 'x', account: ACCOUNT, cursor, updated_at: new Date().toISOString() }).execute();
    return { fake, ctx, runtime, client, enqueue, count, setCursor };
  }

  it('pages through new mentions, threads a reply into its conversation and keeps since_id', async () => {
    const { fake, ctx, runtime, client, enqueue, count, setCursor } = await setup({ pageSize: 2 });
    await setCursor('1');
    const r = await pollXAccount(ctx, client, ACCOUNT, enqueue);
    expect(r.stored).toBe(3);
    await runtime.intake.drain();
    // The reply in conversation …001 joins the ticket its first post opened.
    expect(await count('tickets')).toBe(2);
    expect(await count('ticket_messages')).toBe(3);
    const cursor = await ctx.store.db.selectFrom('channel_cursors').select('cursor').executeTakeFirstOrThrow();
    expect(cursor.cursor).toBe('1800000000000000003');
    expect(fake.requests.filter((q) => q.includes('pagination_token=p2'))).toHaveLength(1);
    // The next poll asks only for newer posts and finds none.
    expect((await pollXAccount(ctx, client, ACCOUNT, enqueue)).stored).toBe(0);
    expect(fake.requests.at(-1)).toContain('since_id=1800000000000000003');
  });

  it('replies in public without echoing personal data, asking for details by direct message', async () => {
    const { fake, ctx, runtime, client, enqueue, setCursor } = await setup();
    await setCursor('1');
    await pollXAccount(ctx, client, ACCOUNT, enqueue);
    await runtime.intake.drain();
    await createOutboxWorker(ctx, runtime.senders()).runOnce();
    expect(fake.posted).toHaveLength(2);
    const first = await ctx.store.db.selectFrom('tickets').selectAll().orderBy('id').executeTakeFirstOrThrow();
    const reply = fake.posted.find((p) => p.inReplyTo === '1800000000000000001');
    expect(reply?.text).toBe(composeAcknowledgement({ language: 'en', priority: first.priority === 'p1' ? 'p1' : 'p2', reference: first.reference, isPublic: true }));
    for (const p of fake.posted) {
      expect(p.text).not.toContain('9800000001');
      expect(p.text).toContain('direct message');
    }
    const sent = await ctx.store.db.selectFrom('outbox').select(['status', 'external_id']).execute();
    expect(sent.every((s) => s.status === 'sent' && s.external_id !== null)).toBe(true);
  });

  it('on first start reads only the newest page, not the history', async () => {
    const { ctx, client, enqueue } = await setup({ pageSize: 2 });
    expect((await pollXAccount(ctx, client, ACCOUNT, enqueue)).stored).toBe(2);
  });

  it('stops paging when the rate limit is spent and does not move since_id past unread pages', async () => {
    const { ctx, client, enqueue, setCursor } = await setup({ pageSize: 1, limit: 2 });
    await setCursor('1');
    const r = await pollXAccount(ctx, client, ACCOUNT, enqueue);
    expect(r.waitUntil).toBeGreaterThan(Date.now());
    const cursor = await ctx.store.db.selectFrom('channel_cursors').select('cursor').executeTakeFirstOrThrow();
    expect(cursor.cursor).toBe('1');
  });

  it('surfaces 429 with its reset time and 5xx from polls', async () => {
    const { fake, ctx, client, enqueue, setCursor } = await setup();
    await setCursor('1');
    fake.failNext(429, 1, 30);
    const err = await pollXAccount(ctx, client, ACCOUNT, enqueue).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiResponseError);
    expect((err as ApiResponseError).rateLimit?.reset).toBeGreaterThan(Date.now() / 1000 + 20);
    fake.failNext(503);
    await expect(pollXAccount(ctx, client, ACCOUNT, enqueue)).rejects.toBeInstanceOf(ApiResponseError);
    expect((await pollXAccount(ctx, client, ACCOUNT, enqueue)).stored).toBe(3);
  });

  it('waits for x-rate-limit-reset after a 429 on a reply, then posts it once', async () => {
    const { fake, ctx, runtime, client, enqueue, setCursor } = await setup();
    await setCursor('1800000000000000002');
    await pollXAccount(ctx, client, ACCOUNT, enqueue);
    await runtime.intake.drain();
    fake.failNext(429, 3, 1);
    const w = createOutboxWorker(ctx, runtime.senders(), { random: () => 0.5 });
    for (let i = 0; i < 100 && fake.posted.length === 0; i++) {
      await w.runOnce();
      await new Promise((r) => setTimeout(r, 50));
    }
    await w.runOnce();
    expect(fake.posted).toHaveLength(1);
  });

  it('polls every configured account from serve and stops cleanly', async () => {
    const { fake, ctx, runtime, count, setCursor } = await setup();
    await setCursor('1');
    const channel = createXChannel(ctx.config.channels.x!, ctx.now, { pollMs: 20 });
    await channel.start!({ ctx, enqueue: (id) => runtime.intake.push(id) });
    for (let i = 0; i < 200 && (await count('inbound')) < 3; i++) await new Promise((r) => setTimeout(r, 20));
    await channel.stop!();
    expect(await count('inbound')).toBe(3);
    const health = await ctx.store.db.selectFrom('channel_health').selectAll().where('channel', '=', 'x').executeTakeFirstOrThrow();
    expect(health.last_poll_at).not.toBeNull();
    expect(fake.requests.length).toBeGreaterThan(0);
  });
});
