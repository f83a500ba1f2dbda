/**
 * Every reply accounted for (issue 12): an officer's reply counts as the first response only once its
 * channel accepted it; a reply refused by the provider (in the emulators' documented error shapes) or
 * reported failed by a receipt shows as failed with the reason, raises the ticket's alert, and can be
 * sent again; every change of a reply's state is a live `ticket.updated`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createChannelRuntime, type ChannelRuntime } from '../../src/channels/channel.runtime.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { createOutboxWorker } from '../../src/outbox/outbox.worker.js';
import type { DeskEvent } from '../../src/tickets/desk-event.schema.js';
import { loadFixture } from '../fakes/fixtures.js';
import { startTelegramFake } from '../fakes/telegram.fake.js';
import { signWhatsAppBody, startWhatsAppFake } from '../fakes/whatsapp.fake.js';
import { createTestContext, DEMO_PASSWORD, testEngines } from '../support/harness.js';

const SECRET = 'wa-app-secret';
const TOKEN = 'wa-access-token';
const PHONE_ID = '106540352242922';
const TG_TOKEN = '123456:TEST-token';
const TG_SECRET = 'tg-webhook-secret';
const T0 = Date.parse('2026-01-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

interface WaPayload {
  entry: Array<{ changes: Array<{ value: { messages?: Array<{ from: string; timestamp: string }>; statuses?: Array<Record<string, unknown>> } }> }>;
}
const waFixture = (name: string) => loadFixture(`whatsapp/${name}`) as WaPayload;

interface Delivery {
  outboxId: number;
  state: string;
  reason: string | null;
}

const engines = await testEngines();

describe.each(engines)('replies accounted for on %s', (engine) => {
  let clock = T0;
  let cleanup: Array<() => Promise<void>> = [];

  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  async function setup(channel: 'whatsapp' | 'telegram') {
    clock = T0;
    const now = () => clock;
    const wa = await startWhatsAppFake({ token: TOKEN, phoneNumberId: PHONE_ID, now });
    const tg = await startTelegramFake({ token: TG_TOKEN });
    const t = await createTestContext(engine, { now });
    const ctx: AppContext = {
      ...t.ctx,
      config: readConfig({
        CHOWKI_DATA_DIR: ':memory:',
        LOG_LEVEL: 'silent',
        ...(channel === 'whatsapp'
          ? {
              CHOWKI_WHATSAPP_APP_SECRET: SECRET,
              CHOWKI_WHATSAPP_VERIFY_TOKEN: 'verify-me',
              CHOWKI_WHATSAPP_ACCESS_TOKEN: TOKEN,
              CHOWKI_WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
              CHOWKI_WHATSAPP_API_URL: wa.apiUrl,
            }
          : { CHOWKI_TELEGRAM_BOT_TOKEN: TG_TOKEN, CHOWKI_TELEGRAM_API_URL: tg.url, CHOWKI_TELEGRAM_WEBHOOK_SECRET: TG_SECRET }),
      }),
    };
    const runtime: ChannelRuntime = createChannelRuntime(ctx);
    const app = await buildApp(ctx, { webDir: null, channels: runtime });
    cleanup.push(wa.close, tg.close, t.close, () => app.close(), () => runtime.stop());
    const events: DeskEvent[] = [];
    ctx.bus.subscribe((e) => events.push(e));
    const worker = createOutboxWorker(ctx, runtime.senders(), { random: () => 0.5, baseDelayMs: 1000, maxAttempts: 3 });

    const deliverWa = async (payload: WaPayload) => {
      for (const m of payload.entry[0]?.changes[0]?.value.messages ?? []) wa.userWrote(m.from, Number(m.timestamp) * 1000);
      const signed = signWhatsAppBody(SECRET, payload);
      const res = await app.inject({
        method: 'POST',
        url: '/webhooks/whatsapp',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signed.signature },
        payload: signed.body,
      });
      expect(res.statusCode).toBe(200);
    };
    const login = async (username: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
      return `chowki_session=${res.cookies.find((c) => c.name === 'chowki_session')?.value ?? ''}`;
    };
    const op = await login('op.sitabuldi');

    // The citizen writes; the ticket opens and its acknowledgement goes out.
    if (channel === 'whatsapp') {
      const p = waFixture('text.json');
      p.entry[0]!.changes[0]!.value.messages![0]!.timestamp = String(Math.floor(clock / 1000));
      await deliverWa(p);
    } else {
      const update = loadFixture('telegram/text.json') as { message: { date: number } };
      update.message.date = Math.floor(clock / 1000);
      const res = await app.inject({ method: 'POST', url: '/webhooks/telegram', headers: { 'x-telegram-bot-api-secret-token': TG_SECRET }, payload: update });
      expect(res.statusCode).toBe(200);
    }
    await runtime.intake.drain();
    await worker.runOnce();
    const ticket = await ctx.store.db.selectFrom('tickets').selectAll().executeTakeFirstOrThrow();
    expect(ticket.station_id).toBe('ngp-ps-sitabuldi');

    const ticketRow = () => ctx.store.db.selectFrom('tickets').selectAll().where('id', '=', ticket.id).executeTakeFirstOrThrow();
    const view = async (cookie = op) => {
      const res = await app.inject({ url: `/api/desk/tickets/${ticket.id}`, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      return res.json() as { flags: string[]; messages: Array<{ direction: string; text: string; delivery: Delivery | null }>; audit: Array<{ action: string; details: Record<string, unknown> }> };
    };
    const replyDelivery = async () => (await view()).messages.find((m) => m.direction === 'out')?.delivery;
    const reply = async (text = 'An officer from Sitabuldi will call you today.') => {
      clock += 60_000;
      const res = await app.inject({ method: 'POST', url: `/api/tickets/${ticket.id}/replies`, headers: { cookie: op }, payload: { text, visibility: 'private' } });
      expect(res.statusCode).toBe(201);
      expect(res.json().queued).toBe(true);
    };
    const retry = (outboxId: number | string, cookie = op) =>
      app.inject({ method: 'POST', url: `/api/tickets/${ticket.id}/replies/${outboxId}/retry`, headers: cookie ? { cookie } : {} });
    const updatesOfTicket = () => events.filter((e) => e.type === 'ticket.updated' && e.ticketId === ticket.id).length;
    return { ctx, app, wa, tg, worker, deliverWa, login, ticket, ticketRow, view, replyDelivery, reply, retry, updatesOfTicket };
  }

  it('WhatsApp: a reply stops the first-response clock only when sent, in the officer words, and its receipts show live', async () => {
    const s = await setup('whatsapp');
    await s.reply('An officer from Sitabuldi will call you today.');
    const queuedAt = iso(clock);
    expect((await s.ticketRow()).first_response_at).toBeNull();
    expect(await s.replyDelivery()).toMatchObject({ state: 'queued', reason: null });

    clock += 30_000;
    const before = s.updatesOfTicket();
    await s.worker.runOnce();
    // Inside the 24-hour window the officer's own words go out, not only the template.
    const sent = s.wa.sent.at(-1);
    expect(sent).toMatchObject({ type: 'text', text: 'An officer from Sitabuldi will call you today.' });
    const t = await s.ticketRow();
    expect(t.first_response_at).toBe(iso(clock));
    expect(t.first_response_at).not.toBe(queuedAt);
    expect(t.sla_due_at).toBe(t.resolve_due_at);
    // On PostgreSQL the desk's event comes back through LISTEN/NOTIFY, a moment after the commit.
    await vi.waitFor(() => expect(s.updatesOfTicket()).toBeGreaterThan(before));
    expect(await s.replyDelivery()).toMatchObject({ state: 'sent' });

    const receipt = (status: string, ts: number) => {
      const r = waFixture('status.json');
      Object.assign(r.entry[0]!.changes[0]!.value.statuses![0]!, { id: sent!.id, status, timestamp: String(ts) });
      return r;
    };
    const beforeReceipt = s.updatesOfTicket();
    await s.deliverWa(receipt('delivered', Math.floor(clock / 1000) + 5));
    expect(await s.replyDelivery()).toMatchObject({ state: 'delivered' });
    await s.deliverWa(receipt('read', Math.floor(clock / 1000) + 60));
    expect(await s.replyDelivery()).toMatchObject({ state: 'read' });
    await vi.waitFor(() => expect(s.updatesOfTicket()).toBe(beforeReceipt + 2));
    expect((await s.view()).flags).not.toContain('reply_failed');
  });

  it.each<[string, number, number, number]>([
    ['an invalid number (131026 undeliverable)', 1, 400, 131026],
    ['an invalid parameter (100)', 1, 400, 100],
    ['the 24-hour window closed, the template refused too (131047)', 2, 400, 131047],
  ])('WhatsApp: a reply refused for %s fails visibly with the reason, raises the alert, and is sent again on retry', async (_name, times, status, code) => {
    const s = await setup('whatsapp');
    await s.reply();
    s.wa.failNext(times, status, code);
    const sentBefore = s.wa.sent.length;
    await s.worker.runOnce();
    expect(s.wa.sent).toHaveLength(sentBefore);
    const t = await s.ticketRow();
    expect(t.first_response_at).toBeNull();
    // The first-response clock still runs, and escalates when missed.
    expect(t.sla_due_at).toBe(t.first_response_due_at);
    expect(t.escalate_at).toBe(t.first_response_due_at);
    const v = await s.view();
    expect(v.flags).toContain('reply_failed');
    const delivery = v.messages.find((m) => m.direction === 'out')?.delivery;
    expect(delivery).toMatchObject({ state: 'failed', reason: `${status}:${code}` });
    expect(v.audit.find((a) => a.action === 'reply.failed')?.details).toMatchObject({ outboxId: delivery!.outboxId, channel: 'whatsapp', reason: `${status}:${code}` });

    // Who may retry, and what.
    expect((await s.retry(delivery!.outboxId, '')).statusCode).toBe(401);
    expect((await s.retry('not-a-number')).statusCode).toBe(400);
    expect((await s.retry(delivery!.outboxId, await s.login('op.ambazari'))).statusCode).toBe(404);
    expect((await s.retry(delivery!.outboxId + 1000)).statusCode).toBe(404);

    clock += 60_000;
    const res = await s.retry(delivery!.outboxId);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ticketId: s.ticket.id, outboxId: delivery!.outboxId, state: 'queued' });
    const after = await s.view();
    expect(after.flags).not.toContain('reply_failed');
    expect(after.messages.find((m) => m.direction === 'out')?.delivery).toMatchObject({ state: 'queued' });
    expect(after.audit.map((a) => a.action)).toContain('reply.retried');
    // The emulator takes it now (for 131047: as the approved template, the window being closed at Meta's end).
    if (code === 131047) s.wa.userWrote('919800000001', clock);
    clock += 1_000;
    await s.worker.runOnce();
    expect(s.wa.sent.length).toBe(sentBefore + 1);
    expect((await s.ticketRow()).first_response_at).toBe(iso(clock));
    expect((await s.replyDelivery())?.state).toBe('sent');
    // A reply that went out is not sent again.
    expect((await s.retry(delivery!.outboxId)).statusCode).toBe(409);
  });

  it('WhatsApp: a 429 keeps the reply queued with its reason, spends no attempt, and the clock runs until it is sent', async () => {
    const s = await setup('whatsapp');
    await s.reply();
    s.wa.failNext(2, 429, 130429);
    await s.worker.runOnce();
    expect(await s.replyDelivery()).toMatchObject({ state: 'queued', reason: '429:130429' });
    expect((await s.ticketRow()).first_response_at).toBeNull();
    expect((await s.view()).flags).not.toContain('reply_failed');
    for (let i = 0; i < 5 && (await s.replyDelivery())?.state !== 'sent'; i++) {
      clock += 10_000;
      await s.worker.runOnce();
    }
    expect(await s.replyDelivery()).toMatchObject({ state: 'sent' });
    const row = await s.ctx.store.db.selectFrom('outbox').selectAll().where('kind', '=', 'reply').executeTakeFirstOrThrow();
    expect(row.attempts).toBe(0);
    expect((await s.ticketRow()).first_response_at).not.toBeNull();
  });

  it('WhatsApp: a failed receipt (131047 after the send was accepted) takes the reply back from the first response and raises the alert', async () => {
    const s = await setup('whatsapp');
    await s.reply();
    await s.worker.runOnce();
    const sent = s.wa.sent.at(-1)!;
    expect((await s.ticketRow()).first_response_at).not.toBeNull();
    const failed = waFixture('status-failed.json');
    Object.assign(failed.entry[0]!.changes[0]!.value.statuses![0]!, { id: sent.id, timestamp: String(Math.floor(clock / 1000) + 5) });
    await s.deliverWa(failed);
    const t = await s.ticketRow();
    expect(t.first_response_at).toBeNull();
    expect(t.sla_due_at).toBe(t.first_response_due_at);
    const v = await s.view();
    expect(v.flags).toContain('reply_failed');
    expect(v.messages.find((m) => m.direction === 'out')?.delivery).toMatchObject({ state: 'failed', reason: 'RECEIPT:131047' });
    expect(v.audit.find((a) => a.action === 'reply.failed')?.details).toMatchObject({ reason: 'RECEIPT:131047' });
  });

  it('WhatsApp: a reply whose worker died mid-send is unconfirmed, alerted, and a retry resends it', async () => {
    const s = await setup('whatsapp');
    await s.reply();
    await s.ctx.store.db.updateTable('outbox').set({ status: 'sending', lease_until: iso(clock + 1000), send_started_at: iso(clock) }).where('kind', '=', 'reply').execute();
    clock += 5 * 60_000;
    await s.worker.runOnce();
    const v = await s.view();
    const delivery = v.messages.find((m) => m.direction === 'out')?.delivery;
    expect(delivery).toMatchObject({ state: 'unconfirmed', reason: 'INTERRUPTED_WHILE_SENDING' });
    expect(v.flags).toContain('reply_failed');
    expect((await s.ticketRow()).first_response_at).toBeNull();
    expect((await s.retry(delivery!.outboxId)).statusCode).toBe(200);
    await s.worker.runOnce();
    expect((await s.replyDelivery())?.state).toBe('sent');
  });

  it.each<[string, number, string]>([
    ['the citizen blocked the bot (403)', 403, '403'],
    ['the chat is gone (400 chat not found)', 400, '400'],
  ])('Telegram: a reply refused because %s fails with the reason and keeps the clock running', async (_name, status, reason) => {
    const s = await setup('telegram');
    await s.reply();
    s.tg.failNext(status);
    await s.worker.runOnce();
    expect((await s.ticketRow()).first_response_at).toBeNull();
    const v = await s.view();
    expect(v.flags).toContain('reply_failed');
    const delivery = v.messages.find((m) => m.direction === 'out')?.delivery;
    expect(delivery).toMatchObject({ state: 'failed', reason });
    expect((await s.retry(delivery!.outboxId)).statusCode).toBe(200);
    await s.worker.runOnce();
    expect((await s.replyDelivery())?.state).toBe('sent');
    expect((await s.ticketRow()).first_response_at).not.toBeNull();
    expect(s.tg.sent.at(-1)?.text).toBe('An officer from Sitabuldi will call you today.');
  });

  it('Telegram: a 429 with retry_after waits and then sends once', async () => {
    const s = await setup('telegram');
    await s.reply();
    s.tg.failNext(429);
    await s.worker.runOnce();
    expect(await s.replyDelivery()).toMatchObject({ state: 'queued', reason: '429' });
    clock += 6_000;
    await s.worker.runOnce();
    expect((await s.replyDelivery())?.state).toBe('sent');
  });
});
