import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createChannelRuntime, type ChannelRuntime } from '../../src/channels/channel.runtime.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { createOutboxWorker } from '../../src/outbox/outbox.worker.js';
import { loadFixture } from '../fakes/fixtures.js';
import { startTelegramFake } from '../fakes/telegram.fake.js';
import { createTestContext, testEngines } from '../support/harness.js';

const TOKEN = '123456:TEST-token';
const SECRET = 'tg-webhook-secret';
const T0 = Date.parse('2026-01-01T00:00:00Z');

interface TgUpdate {
  update_id: number;
  message: { message_id: number; date: number; chat: { id: number }; from: { id: number }; text?: string };
}
const tgFixture = (name: string) => loadFixture(`telegram/${name}`) as TgUpdate;

const engines = await testEngines();

describe.each(engines)('Telegram channel on %s', (engine) => {
  let clock = T0;
  let cleanup: Array<() => Promise<void>> = [];

  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  async function setup(mode: 'webhook' | 'polling') {
    clock = T0;
    const now = () => clock;
    const fake = await startTelegramFake({ token: TOKEN });
    const t = await createTestContext(engine, { now });
    const ctx: AppContext = {
      ...t.ctx,
      config: readConfig({
        CHOWKI_DATA_DIR: ':memory:',
        LOG_LEVEL: 'silent',
        CHOWKI_TELEGRAM_BOT_TOKEN: TOKEN,
        CHOWKI_TELEGRAM_API_URL: fake.url,
        ...(mode === 'webhook' ? { CHOWKI_TELEGRAM_WEBHOOK_SECRET: SECRET } : {}),
      }),
    };
    const runtime: ChannelRuntime = createChannelRuntime(ctx);
    const app = await buildApp(ctx, { webDir: null, channels: runtime });
    cleanup.push(fake.close, t.close, () => app.close(), () => runtime.stop());
    const post = (update: unknown, secret: string | null = SECRET) =>
      app.inject({
        method: 'POST',
        url: '/webhooks/telegram',
        headers: secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret },
        payload: update as object,
      });
    const count = async (table: 'inbound' | 'tickets' | 'outbox') =>
      Number((await ctx.store.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);
    return { fake, ctx, runtime, app, post, count };
  }

  it('takes text, location, venue and photo updates by webhook and acknowledges with sendMessage', async () => {
    const { fake, ctx, runtime, post, count } = await setup('webhook');
    for (const f of ['text.json', 'location.json', 'venue.json', 'photo.json']) {
      expect((await post(tgFixture(f))).statusCode).toBe(200);
    }
    await runtime.intake.drain();
    expect(await count('tickets')).toBe(4);
    const pins = await ctx.store.db.selectFrom('tickets').select(['place_method', 'station_id']).where('place_method', '!=', 'none').execute();
    expect(pins.length).toBeGreaterThanOrEqual(2);
    const photo = await ctx.store.db.selectFrom('inbound').select('payload').where('external_id', '=', '558:4').executeTakeFirstOrThrow();
    expect(JSON.parse(photo.payload).attachments).toEqual([{ kind: 'photo', mediaId: 'AgAClarge' }]);
    await createOutboxWorker(ctx, runtime.senders()).runOnce();
    expect(fake.sent).toHaveLength(4);
    const first = fake.sent.find((s) => s.chatId === 555);
    const ticket = await ctx.store.db.selectFrom('tickets').select('reference').orderBy('id').executeTakeFirstOrThrow();
    expect(first).toMatchObject({ replyTo: 1 });
    expect(first?.text).toContain(ticket.reference);
  });

  it('rejects a missing or wrong secret token with 401, and answers a malformed update 200 (Telegram would retry it) storing nothing', async () => {
    const { post, count } = await setup('webhook');
    expect((await post(tgFixture('text.json'), null)).statusCode).toBe(401);
    expect((await post(tgFixture('text.json'), 'wrong')).statusCode).toBe(401);
    const bad = await post(tgFixture('malformed.json'));
    expect(bad.statusCode).toBe(200);
    expect(bad.json()).toEqual({ ok: true, skipped: { updateId: null, problem: expect.stringContaining('update_id') } });
    expect(bad.body).not.toContain('9800000001');
    expect(await count('inbound')).toBe(0);
  });

  it('stores a redelivered update once and threads a follow-up from the same chat', async () => {
    const { runtime, post, count, ctx } = await setup('webhook');
    const u = tgFixture('text.json');
    await post(u);
    await post(u);
    const follow = tgFixture('text.json');
    follow.update_id = 104;
    follow.message.message_id = 9;
    follow.message.date += 120;
    follow.message.text = 'It was a black Samsung';
    await post(follow);
    await runtime.intake.drain();
    expect(await count('inbound')).toBe(2);
    expect(await count('tickets')).toBe(1);
    const msgs = await ctx.store.db.selectFrom('ticket_messages').select('id').execute();
    expect(msgs).toHaveLength(2);
  });

  it('waits for retry_after on a 429 and sends once', async () => {
    const { fake, ctx, runtime, post } = await setup('webhook');
    await post(tgFixture('text.json'));
    await runtime.intake.drain();
    fake.failNext(429, 429);
    const w = createOutboxWorker(ctx, runtime.senders(), { random: () => 0.5 });
    await w.runOnce();
    // retry_after is 5 s: nothing is tried before.
    clock += 4_000;
    await w.runOnce();
    expect(fake.sent).toHaveLength(0);
    for (let i = 0; i < 4; i++) {
      clock += 6_000;
      await w.runOnce();
    }
    expect(fake.sent).toHaveLength(1);
    expect(await ctx.store.db.selectFrom('outbox').select(['status', 'attempts']).executeTakeFirstOrThrow()).toEqual({ status: 'sent', attempts: 0 });
  });

  it('long-polls through grammY when no webhook secret is set', async () => {
    const { fake, runtime, count } = await setup('polling');
    fake.queueUpdate(tgFixture('text.json'));
    fake.queueUpdate(tgFixture('location.json'));
    await runtime.start();
    for (let i = 0; i < 200 && (await count('tickets')) < 2; i++) {
      await new Promise((r) => setTimeout(r, 25));
      await runtime.intake.drain();
    }
    expect(await count('tickets')).toBe(2);
    await runtime.stop();
    expect(fake.polls).toBeGreaterThan(0);
  });
});
