/**
 * WhatsApp as Meta now writes it: users who chose a username may arrive with a business-scoped user id
 * (`from_user_id`, `contacts[].user_id`) and no phone number; a delivery batches several users' messages;
 * contact cards and stickers are sent where words were expected. Payloads are in the documented shapes
 * (developers.facebook.com …/whatsapp/business-scoped-user-ids, …/webhooks/reference/messages/contacts).
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, LOG_REDACT } from '../../src/app.js';
import { createChannelRuntime, type ChannelRuntime } from '../../src/channels/channel.runtime.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { composeUnsupportedReply } from '../../src/intake/acknowledgement.text.js';
import { createOutboxWorker } from '../../src/outbox/outbox.worker.js';
import { loadFixture } from '../fakes/fixtures.js';
import { signWhatsAppBody, startWhatsAppFake } from '../fakes/whatsapp.fake.js';
import { createTestContext, testEngines } from '../support/harness.js';

const SECRET = 'wa-app-secret';
const TOKEN = 'wa-access-token';
const PHONE_ID = '106540352242922';
const T0 = Date.parse('2026-01-01T00:00:00Z');
const BSUID = 'IN.13491208655302741918';

interface WaMessage {
  from?: string;
  from_user_id?: string;
  id: string;
  timestamp: string;
  type: string;
  text?: { body: string };
  [k: string]: unknown;
}
interface WaPayload {
  entry: Array<{ changes: Array<{ value: { messages?: WaMessage[] } }> }>;
}
const waFixture = (name: string) => loadFixture(`whatsapp/${name}`) as WaPayload;
const messagesOf = (p: WaPayload) => p.entry.flatMap((e) => e.changes.flatMap((c) => c.value.messages ?? []));

const engines = await testEngines();

describe.each(engines)('WhatsApp username users, batches and cards on %s', (engine) => {
  let clock = T0;
  let ctx: AppContext;
  let close: () => Promise<void>;
  let fake: Awaited<ReturnType<typeof startWhatsAppFake>>;
  let runtime: ChannelRuntime;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let logs: Array<Record<string, unknown>>;

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
        CHOWKI_WHATSAPP_ACCESS_TOKEN: TOKEN,
        CHOWKI_WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
        CHOWKI_WHATSAPP_API_URL: fake.apiUrl,
        CHOWKI_THREAD_WINDOW_MINUTES: '60',
      }),
    };
    runtime = createChannelRuntime(ctx);
    logs = [];
    const logger = pino({ level: 'info', redact: { paths: LOG_REDACT, censor: '[redacted]' } }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    app = await buildApp(ctx, { webDir: null, channels: runtime, logger });
  });

  afterEach(async () => {
    await runtime.stop();
    await app.close();
    await close();
    await fake.close();
  });

  /** Delivers as Meta would: signed, and recorded in the emulator as the user's message (opening their window). */
  async function deliver(payload: WaPayload) {
    for (const m of messagesOf(payload)) {
      const who = m.from ?? m.from_user_id;
      if (who) fake.userWrote(who, Number(m.timestamp) * 1000);
    }
    const signed = signWhatsAppBody(SECRET, payload);
    const res = await app.inject({
      method: 'POST',
      url: '/webhooks/whatsapp',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signed.signature },
      payload: signed.body,
    });
    await runtime.intake.drain();
    return res;
  }

  const send = () => createOutboxWorker(ctx, runtime.senders(), { random: () => 0.5, baseDelayMs: 1000 }).runOnce();

  it('accepts a username user known only by a business-scoped id, threads their messages by it and answers them by it', async () => {
    const first = await deliver(waFixture('username-user.json'));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ received: 1, skipped: [] });
    const ticket = await ctx.store.db.selectFrom('tickets').selectAll().executeTakeFirstOrThrow();
    const contact = await ctx.store.db.selectFrom('contacts').selectAll().executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ channel: 'whatsapp', external_user_id: BSUID, display_name: 'Sheena Nelson', phone: null });

    // A follow-up a few minutes later, with only the user id again, joins the same ticket.
    clock = T0 + 5 * 60_000;
    const later = waFixture('username-user.json');
    const m = messagesOf(later)[0]!;
    m.id = 'wamid.USERNAME02';
    m.timestamp = String(Math.floor(clock / 1000));
    m.text = { body: 'They had a white van, number starts MH 31' };
    expect((await deliver(later)).statusCode).toBe(200);
    expect(await ctx.store.db.selectFrom('tickets').select('id').execute()).toHaveLength(1);
    const messages = await ctx.store.db.selectFrom('ticket_messages').select('text').where('ticket_id', '=', ticket.id).where('direction', '=', 'in').execute();
    expect(messages).toHaveLength(2);

    // The acknowledgement goes to the user id, in `recipient` (Meta's field for BSUIDs), not `to`.
    // (The follow-up made the theft urgent: the 112 message goes the same way.)
    await send();
    expect(fake.sent.length).toBeGreaterThanOrEqual(1);
    for (const s of fake.sent) expect(s).toMatchObject({ to: BSUID, addressedBy: 'recipient', type: 'text' });
    expect(fake.sent[0]!.text).toContain(ticket.reference);
    const ack = await ctx.store.db.selectFrom('outbox').selectAll().orderBy('id').executeTakeFirstOrThrow();
    expect(ack).toMatchObject({ status: 'sent', external_id: fake.sent[0]!.id });
  });

  it('stores each message of a batched delivery on its own: a bad one is skipped by id, the others of both changes open their tickets', async () => {
    const res = await deliver(waFixture('batch-mixed-users.json'));
    expect(res.statusCode).toBe(200);
    const answer = res.json();
    expect(answer).toMatchObject({ received: 3, receipts: 0 });
    expect(answer.skipped.map((s: { id: string }) => s.id)).toEqual(['wamid.BATCH02', 'wamid.BATCH04']);
    expect(answer.skipped[0].problem).toBe('message.from: a message needs from or from_user_id');
    expect(answer.skipped[1].problem).toMatch(/^message\.from_user_id: /);

    const inbound = await ctx.store.db.selectFrom('inbound').select(['external_id', 'status']).orderBy('external_id').execute();
    expect(inbound).toEqual([
      { external_id: 'wamid.BATCH01', status: 'processed' },
      { external_id: 'wamid.BATCH03', status: 'processed' },
      { external_id: 'wamid.BATCH05', status: 'processed' },
    ]);
    expect(await ctx.store.db.selectFrom('tickets').select('id').execute()).toHaveLength(3);
    const contacts = await ctx.store.db.selectFrom('contacts').select(['external_user_id', 'display_name', 'phone']).orderBy('external_user_id').execute();
    expect(contacts).toEqual([
      // Sheena's location: a user id and nothing else.
      { external_user_id: BSUID, display_name: 'Sheena Nelson', phone: null },
      // Ravi: both ids; the user id keys him (it stays if he hides his number later), the number is kept to call him.
      { external_user_id: 'IN.20000000000000000031', display_name: 'Ravi', phone: '+919800000031' },
      // Meera: a username and no profile name.
      { external_user_id: 'IN.20000000000000000032', display_name: '@meera.k', phone: null },
    ]);

    // Answers: Ravi by his number, the two username users by their ids.
    await send();
    expect(fake.sent.map((s) => [s.to, s.addressedBy]).sort()).toEqual([
      ['919800000031', 'to'],
      [BSUID, 'recipient'],
      ['IN.20000000000000000032', 'recipient'],
    ]);
    // The problems are logged by id; no words or numbers of any citizen.
    const all = JSON.stringify(logs);
    for (const content of ['Who sent this', 'A sender id Meta never writes', '919800000031', 'scooter']) expect(all).not.toContain(content);
  });

  it('answers a contact card with what Chowki can read, once per conversation, and keeps the card\'s number out of the text, the answer and the logs', async () => {
    const card = await deliver(waFixture('contact-card.json'));
    expect(card.json()).toMatchObject({ received: 1, skipped: [] });
    expect(await ctx.store.db.selectFrom('tickets').select('id').execute()).toHaveLength(0);
    const row = await ctx.store.db.selectFrom('inbound').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'ignored', error: 'cannot be read: contact', ticket_id: null });
    expect(row.payload).not.toMatch(/Suspect|00099|cousin@/);

    // A sticker a minute later is the same conversation: no second answer.
    clock = T0 + 60_000;
    await deliver(waFixture('sticker.json'));
    expect(await ctx.store.db.selectFrom('inbound').select('status').where('external_id', '=', 'wamid.STICKER01').executeTakeFirstOrThrow()).toEqual({ status: 'ignored' });

    await send();
    expect(fake.sent).toHaveLength(1);
    // A card says nothing of the citizen's language: English, Hindi and Marathi.
    expect(fake.sent[0]).toMatchObject({ to: '919800000041', type: 'text', text: composeUnsupportedReply({ language: null, reference: null }) });
    expect(fake.sent[0]!.text).toContain('photos, voice notes');
    expect(fake.sent[0]!.text).toContain('वॉइस नोट');
    expect(fake.sent[0]!.text).toContain('व्हॉइस नोट');
    const all = JSON.stringify(logs);
    for (const content of ['Suspect', '00099', 'cousin@']) expect(all).not.toContain(content);

    // Then the citizen writes the report: a ticket as usual.
    clock = T0 + 2 * 60_000;
    const text = waFixture('text.json');
    const m = messagesOf(text)[0]!;
    m.from = '919800000041';
    m.id = 'wamid.AFTERCARD';
    m.timestamp = String(Math.floor(clock / 1000));
    await deliver(text);
    expect(await ctx.store.db.selectFrom('tickets').select('id').execute()).toHaveLength(1);
  });

  it('answers a username user\'s sticker by their id, in the language of their open ticket and with its reference', async () => {
    const report = waFixture('username-user.json');
    messagesOf(report)[0]!.text = { body: 'सीताबर्डी बाजार में मेरा मोबाइल चोरी हो गया' };
    await deliver(report);
    const ticket = await ctx.store.db.selectFrom('tickets').select(['reference', 'language']).executeTakeFirstOrThrow();
    expect(ticket.language).toBe('hi');
    clock = T0 + 60_000;
    const sticker = waFixture('sticker.json');
    const s = messagesOf(sticker)[0]!;
    delete s.from;
    s.from_user_id = BSUID;
    await deliver(sticker);
    await send();
    const answer = fake.sent.find((x) => x.text?.includes('वॉइस नोट'));
    expect(answer).toMatchObject({ to: BSUID, addressedBy: 'recipient', text: composeUnsupportedReply({ language: 'hi', reference: ticket.reference }) });
  });
});
