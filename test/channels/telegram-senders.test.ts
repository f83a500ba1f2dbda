/**
 * Telegram messages as people really send them (Bot API Message, core.telegram.org/bots/api#message):
 * an anonymous group administrator or a channel speaking in a group (`sender_chat`, with a stand-in bot
 * as `from`) is a citizen; contact cards, stickers, polls and dice are answered once with what Chowki
 * can read, in the citizen's language, and open no ticket.
 */
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, LOG_REDACT } from '../../src/app.js';
import { createChannelRuntime, type ChannelRuntime } from '../../src/channels/channel.runtime.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { composeUnsupportedReply } from '../../src/intake/acknowledgement.text.js';
import { createOutboxWorker } from '../../src/outbox/outbox.worker.js';
import { loadFixture } from '../fakes/fixtures.js';
import { startTelegramFake } from '../fakes/telegram.fake.js';
import { createTestContext, testEngines } from '../support/harness.js';

const TOKEN = '123456:TEST-token';
const SECRET = 'tg-webhook-secret';
const T0 = Date.parse('2026-01-01T00:10:00Z');

interface TgUpdate {
  update_id: number;
  message: { message_id: number; date: number; chat: { id: number }; text?: string; [k: string]: unknown };
}
const tgFixture = (name: string) => loadFixture(`telegram/${name}`) as TgUpdate;

const engines = await testEngines();

describe.each(engines)('Telegram senders and unreadable messages on %s', (engine) => {
  let clock = T0;
  let cleanup: Array<() => Promise<void>> = [];

  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  async function setup() {
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
        CHOWKI_TELEGRAM_WEBHOOK_SECRET: SECRET,
        CHOWKI_THREAD_WINDOW_MINUTES: '60',
      }),
    };
    const runtime: ChannelRuntime = createChannelRuntime(ctx);
    const logs: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'info', redact: { paths: LOG_REDACT, censor: '[redacted]' } }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    const app = await buildApp(ctx, { webDir: null, channels: runtime, logger });
    cleanup.push(fake.close, t.close, () => app.close(), () => runtime.stop());
    const post = async (update: unknown) => {
      const res = await app.inject({ method: 'POST', url: '/webhooks/telegram', headers: { 'x-telegram-bot-api-secret-token': SECRET }, payload: update as object });
      await runtime.intake.drain();
      return res;
    };
    const send = () => createOutboxWorker(ctx, runtime.senders()).runOnce();
    return { fake, ctx, post, send, logs };
  }

  it('takes an anonymous group administrator and a channel speaking in a group as citizens, and still drops a real bot', async () => {
    const { ctx, post, send, fake } = await setup();
    for (const f of ['anonymous-admin.json', 'on-behalf-of-channel.json', 'bot-message.json']) expect((await post(tgFixture(f))).json()).toEqual({ ok: true });

    const inbound = await ctx.store.db.selectFrom('inbound').select(['external_id', 'status', 'payload']).orderBy('external_id').execute();
    expect(inbound.map((r) => [r.external_id, r.status])).toEqual([
      ['-1001234567890:41', 'processed'],
      ['-1001234567890:42', 'processed'],
    ]);
    // The chat they spoke as is the author, not the stand-in bot (GroupAnonymousBot, Channel_Bot).
    expect(JSON.parse(inbound[0]!.payload).author).toEqual({ id: '-1001234567890', name: 'Dharampeth Residents' });
    expect(JSON.parse(inbound[1]!.payload).author).toEqual({ id: '-1009876543210', name: 'Sitabuldi Traders Association' });
    const tickets = await ctx.store.db.selectFrom('tickets').select(['id', 'category']).execute();
    expect(tickets).toHaveLength(2);
    const contacts = await ctx.store.db.selectFrom('contacts').select('external_user_id').orderBy('external_user_id').execute();
    expect(contacts.map((c) => c.external_user_id)).toEqual(['-1001234567890', '-1009876543210']);

    // Answered in the group, where everyone reads: the public acknowledgement, under each message.
    await send();
    expect(fake.sent.map((s) => [s.chatId, s.replyTo])).toEqual([
      [-1001234567890, 41],
      [-1001234567890, 42],
    ]);
    for (const s of fake.sent) expect(s.text).toContain('Please do not post phone numbers or addresses in public');
  });

  it('answers a contact card and then a sticker once, in Marathi as the citizen\'s app is set, with no ticket and the card\'s number nowhere', async () => {
    const { ctx, post, send, fake, logs } = await setup();
    expect((await post(tgFixture('contact.json'))).json()).toEqual({ ok: true });
    clock = T0 + 60_000;
    expect((await post(tgFixture('sticker.json'))).json()).toEqual({ ok: true });

    expect(await ctx.store.db.selectFrom('tickets').select('id').execute()).toHaveLength(0);
    const rows = await ctx.store.db.selectFrom('inbound').select(['external_id', 'status', 'error', 'payload']).orderBy('id').execute();
    expect(rows.map((r) => [r.external_id, r.status, r.error])).toEqual([
      ['777:51', 'ignored', 'cannot be read: contact'],
      ['777:52', 'ignored', 'cannot be read: sticker'],
    ]);
    expect(rows[0]!.payload).not.toMatch(/Suspect|00099/);

    await send();
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({ chatId: 777, replyTo: 51, text: composeUnsupportedReply({ language: 'mr', reference: null }) });
    expect(fake.sent[0]!.text).toContain('व्हॉइस नोट');
    for (const content of ['Suspect', '00099', 'VCARD']) expect(JSON.stringify(logs)).not.toContain(content);

    // The conversation's report then opens its ticket as usual.
    clock = T0 + 2 * 60_000;
    const report = tgFixture('text.json');
    report.update_id = 314;
    report.message.chat.id = 777;
    report.message.from = { id: 777, is_bot: false, first_name: 'Meena', language_code: 'mr' };
    report.message.message_id = 55;
    report.message.date = Math.floor(clock / 1000);
    await post(report);
    expect(await ctx.store.db.selectFrom('tickets').select('id').execute()).toHaveLength(1);
  });

  it('answers a poll in Hindi and dice from an app in an unknown language in English, Hindi and Marathi', async () => {
    const { post, send, fake } = await setup();
    await post(tgFixture('poll.json'));
    await post(tgFixture('dice.json'));
    await send();
    const byChat = new Map(fake.sent.map((s) => [s.chatId, s.text]));
    expect(byChat.get(888)).toBe(composeUnsupportedReply({ language: 'hi', reference: null }));
    expect(byChat.get(999)).toBe(composeUnsupportedReply({ language: null, reference: null }));
    expect(byChat.get(999)).toContain('photos, voice notes');
  });
});
