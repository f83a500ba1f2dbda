/**
 * A community broadcast through the real WhatsApp channel against the Cloud API emulator, on both
 * databases: the member inside the 24-hour window gets the text, the one outside it the approved
 * community template; a scheduled broadcast waits for its time (the pace of Telegram is in test/community.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/access.js';
import { createChannelRuntime, type ChannelRuntime } from '../src/channels/channel.runtime.js';
import { COMMUNITY_TEMPLATE } from '../src/community/community.model.js';
import { addMemberByOfficer, createGroup, draftBroadcast } from '../src/community/community.service.js';
import { readConfig } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import { ingest } from '../src/intake/intake.service.js';
import { createOutboxWorker } from '../src/outbox/outbox.worker.js';
import { startWhatsAppFake } from './fakes/whatsapp.fake.js';
import { createTestContext, testEngines } from './support/harness.js';

const TOKEN = 'wa-access-token';
const PHONE_ID = '106540352242922';
const T0 = Date.parse('2026-03-01T06:00:00Z');

describe.each(await testEngines())('community delivery through WhatsApp on %s', (engine) => {
  let clock = T0;
  let ctx: AppContext;
  let close: () => Promise<void>;
  let fake: Awaited<ReturnType<typeof startWhatsAppFake>>;
  let runtime: ChannelRuntime;
  let sho: Actor;

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
        CHOWKI_WHATSAPP_APP_SECRET: 'secret',
        CHOWKI_WHATSAPP_VERIFY_TOKEN: 'verify-me',
        CHOWKI_WHATSAPP_ACCESS_TOKEN: TOKEN,
        CHOWKI_WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
        CHOWKI_WHATSAPP_API_URL: fake.apiUrl,
      }),
    };
    runtime = createChannelRuntime(ctx);
    const u = await ctx.store.db.selectFrom('users').select(['id', 'username', 'display_name', 'role', 'unit_id']).where('username', '=', 'sho.sitabuldi').executeTakeFirstOrThrow();
    sho = { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, unitId: u.unit_id };
  });

  afterEach(async () => {
    await runtime.stop();
    await close();
    await fake.close();
  });

  it('sends text inside the window and the community template outside it, and holds a scheduled broadcast until its time', async () => {
    const group = await createGroup(ctx, sho, { stationId: 'ngp-ps-sitabuldi', kind: 'senior_citizens' });
    // One joins by message (the emulator sees the inbound, so its window is open); one is added by an officer.
    fake.userWrote('919800000101', clock);
    await ingest(ctx, { channel: 'whatsapp', externalId: 'wamid.join-1', text: 'JOIN SITABULDI', author: { id: '919800000101' }, reply: { to: '919800000101', public: false } });
    await addMemberByOfficer(ctx, sho, group.id, { channel: 'whatsapp', address: '9800000102', language: 'mr', consent: { method: 'written' } });
    const worker = createOutboxWorker(ctx, runtime.senders(), { random: () => 0.5 });
    await worker.runOnce();
    fake.sent.length = 0;

    await draftBroadcast(ctx, sho, { scope: 'station', groupIds: [group.id], texts: { en: 'Beware of OTP calls.', mr: 'OTP कॉलपासून सावध राहा.' } });
    await worker.runOnce();
    const byTo = new Map(fake.sent.map((s) => [s.to, s]));
    expect(byTo.get('919800000101')).toMatchObject({ type: 'text', text: 'Beware of OTP calls.' });
    expect(byTo.get('919800000102')).toMatchObject({ type: 'template', template: COMMUNITY_TEMPLATE });

    fake.sent.length = 0;
    const at = new Date(T0 + 3 * 3600_000).toISOString();
    await draftBroadcast(ctx, sho, { scope: 'station', groupIds: [group.id], texts: { en: 'Meeting on Sunday.' }, sendAt: at });
    await worker.runOnce();
    expect(fake.sent).toHaveLength(0);
    clock = Date.parse(at) + 1000;
    await worker.runOnce();
    expect(fake.sent).toHaveLength(2);
  });
});
