/**
 * Telegram updates with values no client should send (a date of 1e15, an empty photo list, no
 * `from`) or content Chowki does not read (stickers): by webhook each is answered 200 and stored or
 * skipped by name; by long polling one bad update never holds back the offset.
 */
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, LOG_REDACT } from '../../src/app.js';
import type { ChannelLog } from '../../src/channels/channel.js';
import { createChannelRuntime } from '../../src/channels/channel.runtime.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { loadFixture } from '../fakes/fixtures.js';
import { startTelegramFake } from '../fakes/telegram.fake.js';
import { createTestContext, testEngines } from '../support/harness.js';

const TOKEN = '123456:TEST-token';
const SECRET = 'tg-webhook-secret';
const T0 = Date.parse('2026-01-01T00:10:00Z');

const updates = () => loadFixture('telegram/hardening.json') as Array<{ update_id: number }>;

/** What the batch leaves stored, by chat:message id. */
const EXPECTED_STORED = ['601:1', '602:1', '603:1', '604:1', '606:1', '607:1', '608:1', '609:1', '610:1', '613:1', '615:1'];
const EXPECTED_SKIPPED = [310, 311];

const engines = await testEngines();

describe.each(engines)('Telegram updates with bad or unusual values on %s', (engine) => {
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  async function setup(mode: 'webhook' | 'polling') {
    const fake = await startTelegramFake({ token: TOKEN });
    const t = await createTestContext(engine, { now: () => T0 });
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
    const runtime = createChannelRuntime(ctx);
    const logs: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'info', redact: { paths: LOG_REDACT, censor: '[redacted]' } }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    const app = await buildApp(ctx, { webDir: null, channels: runtime, logger });
    cleanup.push(fake.close, t.close, () => app.close(), () => runtime.stop());
    const rows = async () =>
      new Map(
        (await ctx.store.db.selectFrom('inbound').select(['external_id', 'payload', 'received_at']).execute()).map((r) => [
          r.external_id,
          { receivedAt: r.received_at, item: JSON.parse(r.payload) },
        ]),
      );
    return { fake, ctx, runtime, app, logs, logger, rows };
  }

  /** What either path must have stored from the batch. */
  async function expectBatchStored(rows: Awaited<ReturnType<Awaited<ReturnType<typeof setup>>['rows']>>) {
    expect([...rows.keys()].sort()).toEqual(EXPECTED_STORED);
    const item = (id: string) => rows.get(id)?.item;
    // Dates of 1e15, -5 and 1767225600.5 seconds: the receive time stands in.
    for (const id of ['601:1', '602:1', '603:1']) expect(rows.get(id)?.receivedAt).toBe(new Date(T0).toISOString());
    expect(item('604:1')).toMatchObject({ text: 'Photo array empty, caption kept' });
    expect(item('604:1').attachments).toBeUndefined();
    expect(item('606:1').author).toEqual({ id: '606' });
    // A sticker is kept apart as something Chowki cannot read (answered once, no ticket).
    expect(item('607:1')).toMatchObject({ text: '', unsupported: 'sticker' });
    expect(item('608:1')).toMatchObject({ text: '', attachments: [{ kind: 'voice', mediaId: 'AwACvoice', mime: 'audio/ogg' }] });
    expect(item('609:1')).toMatchObject({ text: 'complaint.pdf', attachments: [{ kind: 'document', mediaId: 'BQACdoc', mime: 'application/pdf' }] });
    expect(item('610:1').author.name).toHaveLength(200);
    expect(item('613:1').attachments).toEqual([{ kind: 'photo', mediaId: 'AgACok' }]);
  }

  it('by webhook: answers every update 200, stores what it can and names each skipped update by id and problem', async () => {
    const { app, logs, rows, ctx } = await setup('webhook');
    for (const u of updates()) {
      const res = await app.inject({
        method: 'POST',
        url: '/webhooks/telegram',
        headers: { 'x-telegram-bot-api-secret-token': SECRET },
        payload: u,
      });
      expect(res.statusCode).toBe(200);
      if (EXPECTED_SKIPPED.includes(u.update_id)) expect(res.json()).toEqual({ ok: true, skipped: { updateId: u.update_id, problem: expect.stringMatching(/^message/) } });
      else expect(res.json()).toEqual({ ok: true });
    }
    await expectBatchStored(await rows());
    const skipLines = logs.filter((l) => l.msg === 'update skipped');
    expect(skipLines.map((l) => l.updateId)).toEqual(EXPECTED_SKIPPED);
    expect(skipLines.every((l) => typeof l.problem === 'string')).toBe(true);
    expect(JSON.stringify(logs)).not.toContain('without its chat');
    const health = await ctx.store.db.selectFrom('channel_health').selectAll().where('channel', '=', 'telegram').executeTakeFirstOrThrow();
    expect(health).toMatchObject({ last_error: 'inbound:MALFORMED_UPDATE', error_count: 2 });
  });

  it('by long polling: one bad update in a getUpdates batch never holds back the offset', async () => {
    const { fake, runtime, rows } = await setup('polling');
    for (const u of updates()) fake.queueUpdate(u);
    const logged: Array<{ obj: Record<string, unknown>; msg: string }> = [];
    const log: ChannelLog = {
      info: () => undefined,
      warn: (obj, msg) => void logged.push({ obj: { ...obj }, msg }),
    };
    await runtime.start(log);
    await expect.poll(async () => (await rows()).size, { timeout: 10_000, interval: 25 }).toBe(EXPECTED_STORED.length);
    // The next update is fetched with an offset past the whole batch, the bad ones included.
    fake.queueUpdate({ update_id: 316, message: { message_id: 1, date: 1767225600, chat: { id: 616, type: 'private' }, from: { id: 616, is_bot: false, first_name: 'Late' }, text: 'After the batch' } } as { update_id: number });
    await expect.poll(async () => (await rows()).has('616:1'), { timeout: 10_000, interval: 25 }).toBe(true);
    await runtime.stop();
    const stored = await rows();
    stored.delete('616:1');
    await expectBatchStored(stored);
    expect(logged.filter((l) => l.msg === 'update skipped').map((l) => l.obj.updateId)).toEqual(EXPECTED_SKIPPED);
  });

  it('by long polling: drops an update whose update_id could not give the next offset, and goes on', async () => {
    const { fake, runtime, rows, ctx } = await setup('polling');
    const good = (id: number) => ({ update_id: id, message: { message_id: 1, date: 1767225600, chat: { id: id, type: 'private' }, text: `Report ${id}` } });
    fake.queueRawResult([{ update_id: 'five hundred', message: good(500).message }, { message: good(501).message }, good(502), { update_id: -1 }]);
    const warnings: Array<Record<string, unknown>> = [];
    await runtime.start({ info: () => undefined, warn: (obj) => void warnings.push({ ...obj }) });
    await expect.poll(async () => (await rows()).has('502:1'), { timeout: 10_000, interval: 25 }).toBe(true);
    fake.queueUpdate(good(503));
    await expect.poll(async () => (await rows()).has('503:1'), { timeout: 10_000, interval: 25 }).toBe(true);
    await runtime.stop();
    expect([...(await rows()).keys()].sort()).toEqual(['502:1', '503:1']);
    expect(warnings).toContainEqual({ channel: 'telegram', dropped: 3, problem: 'update_id: missing or not a whole number' });
    const health = await ctx.store.db.selectFrom('channel_health').selectAll().where('channel', '=', 'telegram').executeTakeFirstOrThrow();
    expect(health.last_error).toBe('inbound:MALFORMED_UPDATE');
  });
});
