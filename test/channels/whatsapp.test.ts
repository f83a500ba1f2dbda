import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createChannelRuntime, type ChannelRuntime } from '../../src/channels/channel.runtime.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { composeAcknowledgement } from '../../src/intake/acknowledgement.text.js';
import { processPending } from '../../src/intake/intake.service.js';
import { createOutboxWorker } from '../../src/outbox/outbox.worker.js';
import type { DeskEvent } from '../../src/tickets/desk-event.schema.js';
import type { Language, Priority } from '../../src/triage/triage.types.js';
import { loadFixture } from '../fakes/fixtures.js';
import { signWhatsAppBody, startWhatsAppFake } from '../fakes/whatsapp.fake.js';
import { createTestContext, testEngines } from '../support/harness.js';

const SECRET = 'wa-app-secret';
const TOKEN = 'wa-access-token';
const PHONE_ID = '106540352242922';
const T0 = Date.parse('2026-01-01T00:00:00Z');

interface WaMessage {
  from: string;
  id: string;
  timestamp: string;
  type: string;
  text?: { body: string };
  [k: string]: unknown;
}
interface WaPayload {
  entry: Array<{ changes: Array<{ value: { messages?: WaMessage[]; statuses?: Array<Record<string, unknown>> } }> }>;
}

function waFixture(name: string): WaPayload {
  return loadFixture(`whatsapp/${name}`) as WaPayload;
}

/** A text notification from `from`, with its own id and time. */
function textFrom(from: string, id: string, text: string, atMs: number): WaPayload {
  const p = waFixture('text.json');
  const m = p.entry[0]!.changes[0]!.value.messages![0]!;
  m.from = from;
  m.id = id;
  m.timestamp = String(Math.floor(atMs / 1000));
  m.text = { body: text };
  return p;
}

const engines = await testEngines();

describe.each(engines)('WhatsApp channel on %s', (engine) => {
  let clock = T0;
  let ctx: AppContext;
  let close: () => Promise<void>;
  let fake: Awaited<ReturnType<typeof startWhatsAppFake>>;
  let runtime: ChannelRuntime;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let events: DeskEvent[];

  beforeEach(async () => {
    clock = T0;
    const now = () => clock;
    fake = await startWhatsAppFake({ token: TOKEN, phoneNumberId: PHONE_ID, now });
    const t = await createTestContext(engine, { now });
    close = t.close;
    ctx = {
      ...t.ctx,
      config: readConfig({
        CHOWKI_DATA_DIR: ':memory:',
        LOG_LEVEL: 'silent',
        CHOWKI_WHATSAPP_APP_SECRET: SECRET,
        CHOWKI_WHATSAPP_VERIFY_TOKEN: 'verify-me',
        CHOWKI_WHATSAPP_ACCESS_TOKEN: TOKEN,
        CHOWKI_WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
        CHOWKI_WHATSAPP_API_URL: fake.apiUrl,
        CHOWKI_THREAD_WINDOW_MINUTES: '60',
      }),
    };
    runtime = createChannelRuntime(ctx);
    app = await buildApp(ctx, { webDir: null, channels: runtime });
    events = [];
    ctx.bus.subscribe((e) => events.push(e));
  });

  afterEach(async () => {
    await runtime.stop();
    await app.close();
    await close();
    await fake.close();
  });

  /** Delivers a payload as Meta would: signed, and recorded as the user's message in the emulator. */
  async function deliver(payload: unknown, opts: { signature?: string | null; raw?: string } = {}) {
    const signed = signWhatsAppBody(SECRET, payload);
    for (const m of (payload as WaPayload).entry?.[0]?.changes?.[0]?.value?.messages ?? []) {
      fake.userWrote(m.from, Number(m.timestamp) * 1000);
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const signature = opts.signature === undefined ? signed.signature : opts.signature;
    if (signature !== null) headers['x-hub-signature-256'] = signature;
    return app.inject({ method: 'POST', url: '/webhooks/whatsapp', headers, payload: opts.raw ?? signed.body });
  }

  const count = async (table: 'inbound' | 'tickets' | 'outbox' | 'ticket_messages') =>
    Number((await ctx.store.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);

  const worker = () => createOutboxWorker(ctx, runtime.senders(), { random: () => 0.5, baseDelayMs: 1000 });

  it('answers Meta verification with the challenge only for the right token', async () => {
    const ok = await app.inject({ url: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444' });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('1158201444');
    const bad = await app.inject({ url: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1' });
    expect(bad.statusCode).toBe(403);
  });

  it('stores a text, opens a ticket after answering, and acknowledges it once through the outbox', async () => {
    const res = await deliver(waFixture('text.json'));
    expect(res.statusCode).toBe(200);
    await runtime.intake.drain();
    const ticket = await ctx.store.db.selectFrom('tickets').selectAll().executeTakeFirstOrThrow();
    expect(ticket.channel).toBe('whatsapp');
    const ack = await ctx.store.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(ack.kind).toBe('ack');
    expect(ack.ticket_id).toBe(ticket.id);
    const w = worker();
    await w.runOnce();
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({ to: '919800000001', type: 'text', callbackData: ack.idempotency_key });
    expect(fake.sent[0]!.text).toContain(ticket.reference);
    const after = await ctx.store.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(after).toMatchObject({ status: 'sent', external_id: fake.sent[0]!.id });
    await w.runOnce();
    expect(fake.sent).toHaveLength(1);
  });

  it('opens one ticket for a webhook redelivered, even concurrently', async () => {
    const p = waFixture('text.json');
    const answers = await Promise.all([deliver(p), deliver(p), deliver(p)]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    await runtime.intake.drain();
    await deliver(p);
    await runtime.intake.drain();
    expect(await count('inbound')).toBe(1);
    expect(await count('tickets')).toBe(1);
    expect(await count('outbox')).toBe(1);
  });

  it('rejects bad and missing signatures with 401 and stores nothing', async () => {
    const p = waFixture('text.json');
    const wrong = await deliver(p, { signature: `sha256=${'0'.repeat(64)}` });
    const missing = await deliver(p, { signature: null });
    const signedOther = signWhatsAppBody('another-secret', p);
    const other = await deliver(p, { signature: signedOther.signature });
    const tampered = await deliver(p, { raw: signWhatsAppBody(SECRET, p).body.replace('stolen', 'found') });
    expect([wrong, missing, other, tampered].map((r) => r.statusCode)).toEqual([401, 401, 401, 401]);
    expect(await count('inbound')).toBe(0);
  });

  it('answers a signed delivery it cannot read with 200 naming the problem (Meta would redeliver anything else), storing nothing', async () => {
    for (const [name, problem] of [
      ['malformed-no-entry.json', 'entry'],
      ['malformed-bad-message.json', 'from'],
    ] as const) {
      const res = await deliver(waFixture(name));
      expect(res.statusCode).toBe(200);
      expect(res.json().received).toBe(0);
      expect(JSON.stringify(res.json().skipped)).toContain(problem);
      // Named by where and why, never by what the citizen wrote.
      expect(res.body).not.toContain('9800000001');
    }
    const res = await app.inject({
      method: 'POST',
      url: '/webhooks/whatsapp',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update('{not json').digest('hex')}` },
      payload: '{not json',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().skipped).toEqual([{ id: null, problem: 'body: not valid JSON' }]);
    expect(await count('inbound')).toBe(0);
    const health = await ctx.store.db.selectFrom('channel_health').selectAll().where('channel', '=', 'whatsapp').executeTakeFirstOrThrow();
    expect(health.error_count).toBe(3);
  });

  it('refuses a 1 MB body with 413 and stores nothing', async () => {
    const p = textFrom('919800000009', 'wamid.BIG', 'a'.repeat(1024 * 1024), clock);
    const res = await deliver(p);
    expect(res.statusCode).toBe(413);
    expect(await count('inbound')).toBe(0);
  });

  it('routes a location pin and keeps image and voice as attachments with their media ids', async () => {
    expect((await deliver(waFixture('location.json'))).statusCode).toBe(200);
    expect((await deliver(waFixture('image.json'))).statusCode).toBe(200);
    await runtime.intake.drain();
    const pin = await ctx.store.db.selectFrom('tickets').selectAll().where('channel', '=', 'whatsapp').orderBy('id').executeTakeFirstOrThrow();
    expect(pin.place_method).not.toBe('none');
    expect(pin.station_id).not.toBeNull();
    const stored = await ctx.store.db.selectFrom('inbound').select(['external_id', 'payload']).orderBy('id').execute();
    const media = stored.filter((r) => r.external_id.startsWith('wamid.IMAGE') || r.external_id.startsWith('wamid.VOICE'));
    expect(media.map((r) => JSON.parse(r.payload).attachments)).toEqual([
      [{ kind: 'image', mediaId: '1479537139650973', mime: 'image/jpeg' }],
      [{ kind: 'voice', mediaId: '2479537139650974', mime: 'audio/ogg; codecs=opus' }],
    ]);
  });

  it('threads a follow-up from the same sender within the window, in any order of delivery', async () => {
    const first = textFrom('919800000005', 'wamid.F1', 'My phone was stolen at Sitabuldi market', clock);
    const second = textFrom('919800000005', 'wamid.F2', 'It is a black Samsung', clock + 5 * 60_000);
    // The follow-up arrives first.
    await deliver(second);
    await deliver(first);
    await runtime.intake.drain();
    expect(await count('tickets')).toBe(1);
    expect(await count('ticket_messages')).toBe(2);
    const audit = await ctx.store.db.selectFrom('audit_log').select('action').execute();
    // The conversation is judged as a whole: the report that came second routes the ticket the follow-up opened.
    // (Assignment writes its own entries, ticket.assigned or ticket.not_assigned with the reason, beside these.)
    expect(audit.map((a) => a.action).filter((a) => !a.includes('assigned')).sort()).toEqual(['ticket.created', 'ticket.message_added', 'ticket.rejudged', 'ticket.rerouted', 'ticket.transferred']);
    const ticket = await ctx.store.db.selectFrom('tickets').selectAll().executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({ category: 'theft', station_id: 'ngp-ps-sitabuldi' });
    // On PostgreSQL events come back through LISTEN/NOTIFY, a moment after the commit.
    await expect.poll(() => events.map((e) => e.type), { timeout: 5_000 }).toEqual(['ticket.created', 'ticket.transferred']);
    expect(await count('outbox')).toBe(1);
    // Past the window, the same sender opens a new ticket.
    clock += 3 * 60 * 60_000;
    await deliver(textFrom('919800000005', 'wamid.F3', 'Someone broke my car window at Dharampeth', clock));
    await runtime.intake.drain();
    expect(await count('tickets')).toBe(2);
  });

  it('loses nothing and duplicates nothing when the process dies between storing and processing', async () => {
    runtime.intake.pause();
    for (let i = 0; i < 3; i++) {
      expect((await deliver(textFrom(`91980000010${i}`, `wamid.K${i}`, 'My bicycle was stolen near Sitabuldi', clock))).statusCode).toBe(200);
    }
    // The process dies: what the in-memory queue held is gone.
    await runtime.intake.close();
    expect(await count('inbound')).toBe(3);
    expect(await count('tickets')).toBe(0);
    // The restart processes what was left pending, once.
    expect(await processPending(ctx)).toBe(3);
    expect(await processPending(ctx)).toBe(0);
    expect(await count('tickets')).toBe(3);
    expect(await count('outbox')).toBe(3);
  });

  it('waits out a 429 storm and then delivers exactly once', async () => {
    await deliver(waFixture('text.json'));
    await runtime.intake.drain();
    fake.failNext(5, 429, 130429);
    const w = worker();
    for (let i = 0; i < 20 && fake.sent.length === 0; i++) {
      await w.runOnce();
      clock += 10_000;
    }
    for (let i = 0; i < 3; i++) await w.runOnce();
    expect(fake.sent).toHaveLength(1);
    const row = await ctx.store.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
    // Rate limits spend no attempts: they say nothing about the message.
    expect(row.attempts).toBe(0);
    const health = await ctx.store.db.selectFrom('channel_health').selectAll().where('channel', '=', 'whatsapp').executeTakeFirstOrThrow();
    expect(health.error_count).toBeGreaterThanOrEqual(5);
    expect(health.last_delivery_at).not.toBeNull();
  });

  it('gives up after the configured attempts on server errors, visibly', async () => {
    await deliver(waFixture('text.json'));
    await runtime.intake.drain();
    fake.failNext(50, 500, 2);
    const w = createOutboxWorker(ctx, runtime.senders(), { random: () => 0.5, baseDelayMs: 1000, maxAttempts: 3 });
    for (let i = 0; i < 10; i++) {
      await w.runOnce();
      clock += 60 * 60_000;
    }
    const row = await ctx.store.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', attempts: 3, last_error: '500:2' });
    expect(fake.sent).toHaveLength(0);
  });

  it('sends the approved template outside the 24-hour window', async () => {
    await deliver(waFixture('text.json'));
    await runtime.intake.drain();
    clock += 25 * 60 * 60_000;
    await worker().runOnce();
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({ type: 'template', template: 'chowki_report_update' });
  });

  it('falls back to the template when Meta says the window has closed', async () => {
    // The citizen's message reached Chowki, but Meta's record of the window is older.
    const p = textFrom('919800000007', 'wamid.W1', 'My phone was stolen at Sitabuldi market', clock);
    const signed = signWhatsAppBody(SECRET, p);
    await app.inject({ method: 'POST', url: '/webhooks/whatsapp', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signed.signature }, payload: signed.body });
    await runtime.intake.drain();
    await worker().runOnce();
    expect(fake.sent.map((s) => s.type)).toEqual(['template']);
  });

  it('never resends a message whose worker died mid-send, and a receipt confirms it', async () => {
    await deliver(waFixture('text.json'));
    await runtime.intake.drain();
    // A worker claims the row, calls the API, and dies before recording.
    const row = await ctx.store.db
      .updateTable('outbox')
      .set({ status: 'sending', lease_until: new Date(clock + 1000).toISOString(), send_started_at: new Date(clock).toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    clock += 5 * 60_000;
    const w = worker();
    await w.runOnce();
    await w.runOnce();
    expect(fake.sent).toHaveLength(0);
    expect(await ctx.store.db.selectFrom('outbox').select('status').executeTakeFirstOrThrow()).toEqual({ status: 'unconfirmed' });
    // Meta's receipt carries our key back (biz_opaque_callback_data): the message did go out.
    const receipt = waFixture('status.json');
    receipt.entry[0]!.changes[0]!.value.statuses![0]!.biz_opaque_callback_data = row.idempotency_key;
    expect((await deliver(receipt)).statusCode).toBe(200);
    expect(await ctx.store.db.selectFrom('outbox').select(['status', 'delivery_status', 'external_id']).executeTakeFirstOrThrow()).toEqual({
      status: 'sent',
      delivery_status: 'delivered',
      external_id: 'wamid.OUTBOUND',
    });
  });

  it('records delivery receipts, ignoring ones that arrive out of order', async () => {
    await deliver(waFixture('text.json'));
    await runtime.intake.drain();
    await worker().runOnce();
    const id = fake.sent[0]!.id;
    const receipt = (status: string, ts: number) => {
      const r = waFixture('status.json');
      const s = r.entry[0]!.changes[0]!.value.statuses![0]!;
      s.id = id;
      s.status = status;
      s.timestamp = String(ts);
      return r;
    };
    await deliver(receipt('read', 1767225800));
    await deliver(receipt('delivered', 1767225700));
    expect(await ctx.store.db.selectFrom('outbox').select('delivery_status').executeTakeFirstOrThrow()).toEqual({ delivery_status: 'read' });
  });

  it.each<[string, Language, Priority]>([
    ['My phone was stolen at Sitabuldi market yesterday', 'en', 'p2'],
    ['मेरा मोबाइल सीताबर्डी बाजार में चोरी हो गया', 'hi', 'p2'],
    ['माझा मोबाईल सीताबर्डी बाजारात चोरीला गेला आहे', 'mr', 'p2'],
    ['mera phone chori ho gaya sitabuldi market mein', 'hi-Latn', 'p2'],
    ['A man is attacking my neighbour with a knife near Sitabuldi, please come fast', 'en', 'p1'],
  ])('acknowledges "%s" in %s (%s)', async (text, language, priority) => {
    await deliver(textFrom('919800000011', 'wamid.L1', text, clock));
    await runtime.intake.drain();
    const ticket = await ctx.store.db.selectFrom('tickets').selectAll().executeTakeFirstOrThrow();
    expect([ticket.language, ticket.priority]).toEqual([language, priority]);
    await worker().runOnce();
    const sentText = fake.sent[0]!.text ?? '';
    expect(sentText).toBe(composeAcknowledgement({ language, priority, reference: ticket.reference, isPublic: false }));
    expect(sentText.includes('112')).toBe(priority === 'p1');
    // Nothing the citizen wrote comes back.
    expect(sentText).not.toContain('Sitabuldi');
  });

  it('shows channel health to logged-in officers only', async () => {
    await deliver(waFixture('text.json'));
    const anon = await app.inject({ url: '/api/channels/health' });
    expect(anon.statusCode).toBe(401);
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'control', password: 'demo-password-1' } });
    const cookie = login.cookies.find((c) => c.name === 'chowki_session');
    const res = await app.inject({ url: '/api/channels/health', headers: { cookie: `chowki_session=${cookie?.value}` } });
    expect(res.statusCode).toBe(200);
    const wa = res.json().channels.find((c: { channel: string }) => c.channel === 'whatsapp');
    expect(wa).toMatchObject({ channel: 'whatsapp', silent: false, outbox: { pending: 1 } });
    expect(wa.lastInboundAt).not.toBeNull();
  });
});
