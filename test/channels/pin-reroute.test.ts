import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createChannelRuntime, type ChannelRuntime } from '../../src/channels/channel.runtime.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { ingest } from '../../src/intake/intake.service.js';
import { loadFixture } from '../fakes/fixtures.js';
import { signWhatsAppBody } from '../fakes/whatsapp.fake.js';
import { createTestContext, testEngines } from '../support/harness.js';

const SECRET = 'wa-app-secret';
const T0 = Date.parse('2026-01-01T00:00:00Z');
/** Sitabuldi Fort, as the WhatsApp location fixture shares it. */
const SITABULDI_PIN = { lat: 21.1458, lon: 79.0882 };

interface WaMessage {
  from: string;
  id: string;
  timestamp: string;
  type: string;
  text?: { body: string };
  [k: string]: unknown;
}
interface WaPayload {
  entry: Array<{ changes: Array<{ value: { messages?: WaMessage[] } }> }>;
}

function firstMessage(p: WaPayload): WaMessage {
  const m = p.entry[0]?.changes[0]?.value.messages?.[0];
  if (!m) throw new Error('fixture without a message');
  return m;
}

const engines = await testEngines();

describe.each(engines)('a pin that follows a report on %s', (engine) => {
  let clock = T0;
  let ctx: AppContext;
  let close: () => Promise<void>;
  let runtime: ChannelRuntime;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeEach(async () => {
    clock = T0;
    const t = await createTestContext(engine, { now: () => clock });
    close = t.close;
    ctx = {
      ...t.ctx,
      config: readConfig({
        CHOWKI_DATA_DIR: ':memory:',
        LOG_LEVEL: 'silent',
        CHOWKI_WHATSAPP_APP_SECRET: SECRET,
        CHOWKI_THREAD_WINDOW_MINUTES: '60',
      }),
    };
    runtime = createChannelRuntime(ctx);
    app = await buildApp(ctx, { webDir: null, channels: runtime });
  });

  afterEach(async () => {
    await runtime.stop();
    await app.close();
    await close();
  });

  async function deliver(payload: WaPayload) {
    const signed = signWhatsAppBody(SECRET, payload);
    const res = await app.inject({
      method: 'POST',
      url: '/webhooks/whatsapp',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signed.signature },
      payload: signed.body,
    });
    expect(res.statusCode).toBe(200);
    await runtime.intake.drain();
  }

  const audit = (ticketId: number) =>
    ctx.store.db.selectFrom('audit_log').select(['action', 'details', 'actor_user_id']).where('ticket_id', '=', ticketId).orderBy('id').execute();
  const units = async (ticketId: number) =>
    Object.fromEntries((await ctx.store.db.selectFrom('ticket_units').select(['unit_id', 'relation']).where('ticket_id', '=', ticketId).execute()).map((r) => [r.unit_id, r.relation]));
  const pinStation = () => ctx.locator.locate({ text: '', geo: SITABULDI_PIN }, 'theft').station;

  it('a WhatsApp location joining a ticket without a place gives it the place and its station', async () => {
    const text = loadFixture('whatsapp/text.json') as WaPayload;
    const m = firstMessage(text);
    m.from = '919800000002';
    m.timestamp = String(Math.floor(T0 / 1000));
    m.text = { body: 'Someone snatched my chain and ran away, please help' };
    await deliver(text);
    const before = await ctx.store.db.selectFrom('tickets').selectAll().executeTakeFirstOrThrow();
    expect(before.place_id).toBeNull();

    clock = T0 + 60_000;
    const pin = loadFixture('whatsapp/location.json') as WaPayload;
    firstMessage(pin).timestamp = String(Math.floor(clock / 1000));
    await deliver(pin);

    const tickets = await ctx.store.db.selectFrom('tickets').selectAll().execute();
    expect(tickets).toHaveLength(1);
    const after = tickets[0];
    expect(after?.place_method).toBe('pin');
    expect(after?.station_id).toBe(pinStation());
    expect(after?.station_id).not.toBeNull();
    const log = await audit(before.id);
    const rerouted = log.find((a) => a.action === 'ticket.rerouted');
    expect(rerouted?.actor_user_id).toBeNull();
    expect(JSON.parse(rerouted?.details ?? '{}')).toMatchObject({ via: 'pin', from: { place: null, station: before.station_id }, to: { method: 'pin', station: pinStation() } });
    expect((await units(before.id))[pinStation() ?? '']).toBe('owner');
    // The Why panel's routing reasons say the pin moved it, then how the pin routes; triage keeps its own.
    const reasons = JSON.parse(after?.reasons ?? '{}');
    expect(reasons.routing[0]).toBe('re-routed: the citizen shared a location (21.1458,79.0882) after the report');
    expect(reasons.routing[1]).toBe(`pin 21.1458,79.0882 lies in the jurisdiction of ${pinStation()}`);
    expect(reasons.triage.join(' ')).toContain('theft');
    expect(JSON.parse(rerouted?.details ?? '{}').reason).toBe(reasons.routing[0].replace('re-routed: ', ''));
  });

  it('an X reply with a geotag moves a ticket placed only by its handle, and the first station keeps read access', async () => {
    const first = await ingest(ctx, {
      channel: 'x',
      externalId: '1830000000000000001',
      text: '@demo_sadar_ps my phone was stolen, please help',
      author: { id: '7000011' },
      conversationId: '1830000000000000001',
      reply: { to: '1830000000000000001', public: true },
    });
    const ticketId = first.ticketId ?? 0;
    const before = await ctx.store.db.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirstOrThrow();
    expect(before.place_method).toBe('handle');
    expect(before.station_id).toBe('ngp-ps-sadar');
    expect(pinStation()).not.toBe('ngp-ps-sadar');

    const reply = await ingest(ctx, {
      channel: 'x',
      externalId: '1830000000000000002',
      text: '@demo_sadar_ps here is where it happened',
      author: { id: '7000011' },
      conversationId: '1830000000000000001',
      inReplyTo: '1830000000000000001',
      geo: SITABULDI_PIN,
      reply: { to: '1830000000000000002', public: true },
    });
    expect(reply.ticketId).toBe(ticketId);
    const after = await ctx.store.db.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirstOrThrow();
    expect(after.station_id).toBe(pinStation());
    expect(after.place_method).toBe('pin');
    const seen = await units(ticketId);
    expect(seen['ngp-ps-sadar']).toBe('previous');
    expect(seen[pinStation() ?? '']).toBe('owner');
    const actions = (await audit(ticketId)).map((a) => a.action);
    expect(actions).toContain('ticket.rerouted');
    expect(actions).toContain('ticket.transferred');
  });

  it('leaves a ticket whose words named a place where it is', async () => {
    const first = await ingest(ctx, {
      channel: 'x',
      externalId: '1830000000000000011',
      text: '@NagpurPolice my phone was stolen at Sitabuldi market',
      author: { id: '7000012' },
      conversationId: '1830000000000000011',
      reply: { to: '1830000000000000011', public: true },
    });
    const ticketId = first.ticketId ?? 0;
    const before = await ctx.store.db.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirstOrThrow();
    expect(before.place_method).toBe('gazetteer');
    await ingest(ctx, {
      channel: 'x',
      externalId: '1830000000000000012',
      text: 'I am home now',
      author: { id: '7000012' },
      conversationId: '1830000000000000011',
      geo: { lat: 21.2346, lon: 79.1389 },
      reply: { to: '1830000000000000012', public: true },
    });
    const after = await ctx.store.db.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirstOrThrow();
    expect(after.station_id).toBe(before.station_id);
    expect(after.place_id).toBe(before.place_id);
    expect((await audit(ticketId)).map((a) => a.action)).not.toContain('ticket.rerouted');
  });
});
