/**
 * Media reaches the officer (issue 12): after intake, the attachment worker downloads each attachment
 * through the provider's API as documented (WhatsApp: GET /{media-id} then its URL with the token;
 * Telegram: getFile then the file URL), never in the webhook's request; keeps it content-addressed with
 * size and type limits; records its evidence; and the ticket serves it only to the officers who may
 * read the ticket, with its real type, nosniff and a Content-Disposition, each access audited.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createChannelRuntime, type ChannelRuntime } from '../../src/channels/channel.runtime.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { pollXAccount } from '../../src/channels/x/x.channel.js';
import { createXClient } from '../../src/channels/x/x.client.js';
import { createAttachmentWorker } from '../../src/media/attachment.worker.js';
import { mediaPath, sha256Of } from '../../src/media/media.store.js';
import type { DeskEvent } from '../../src/tickets/desk-event.schema.js';
import { loadFixture } from '../fakes/fixtures.js';
import { startTelegramFake } from '../fakes/telegram.fake.js';
import { startXFake } from '../fakes/x.fake.js';
import { signWhatsAppBody, startWhatsAppFake } from '../fakes/whatsapp.fake.js';
import { createTestContext, DEMO_PASSWORD, testEngines } from '../support/harness.js';

const SECRET = 'wa-app-secret';
const TOKEN = 'wa-access-token';
const PHONE_ID = '106540352242922';
const TG_TOKEN = '123456:TEST-token';
const TG_SECRET = 'tg-webhook-secret';
const T0 = Date.parse('2026-01-01T00:00:00Z');

const PHOTO = await readFile(new URL('../fixtures/media/photo.png', import.meta.url));
const VOICE = await readFile(new URL('../fixtures/media/voice.wav', import.meta.url));
/** An Ogg page header and filler: what the sniffing sees of a WhatsApp or Telegram voice note. */
const OGG = Buffer.concat([Buffer.from('OggS\0\x02', 'latin1'), Buffer.alloc(400, 7)]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

interface WaMessage {
  from: string;
  id: string;
  timestamp: string;
  type: string;
  [k: string]: unknown;
}
interface WaPayload {
  entry: Array<{ changes: Array<{ value: { messages?: WaMessage[] } }> }>;
}

interface ViewAttachment {
  id: number;
  kind: string;
  status: string;
  contentType: string | null;
  presentation: string | null;
  reason: string | null;
  url: string | null;
}

const engines = await testEngines();

describe.each(engines)('attachments on %s', (engine) => {
  let clock = T0;
  let cleanup: Array<() => Promise<void>> = [];

  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  async function setup(maxBytes = 100_000) {
    clock = T0;
    const now = () => clock;
    const wa = await startWhatsAppFake({ token: TOKEN, phoneNumberId: PHONE_ID, now });
    const tg = await startTelegramFake({ token: TG_TOKEN });
    const dir = await mkdtemp(join(tmpdir(), 'chowki-media-'));
    const t = await createTestContext(engine, { now });
    const ctx: AppContext = {
      ...t.ctx,
      config: readConfig({
        CHOWKI_DATA_DIR: ':memory:',
        CHOWKI_MEDIA_DIR: dir,
        CHOWKI_MEDIA_MAX_BYTES: String(maxBytes),
        LOG_LEVEL: 'silent',
        CHOWKI_WHATSAPP_APP_SECRET: SECRET,
        CHOWKI_WHATSAPP_VERIFY_TOKEN: 'verify-me',
        CHOWKI_WHATSAPP_ACCESS_TOKEN: TOKEN,
        CHOWKI_WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
        CHOWKI_WHATSAPP_API_URL: wa.apiUrl,
        CHOWKI_TELEGRAM_BOT_TOKEN: TG_TOKEN,
        CHOWKI_TELEGRAM_API_URL: tg.url,
        CHOWKI_TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
      }),
    };
    const runtime: ChannelRuntime = createChannelRuntime(ctx);
    const app = await buildApp(ctx, { webDir: null, channels: runtime });
    cleanup.push(wa.close, tg.close, t.close, () => app.close(), () => runtime.stop(), () => rm(dir, { recursive: true, force: true }));
    const events: DeskEvent[] = [];
    ctx.bus.subscribe((e) => events.push(e));
    const worker = createAttachmentWorker(ctx, runtime.fetchers(), { baseDelayMs: 1000, maxAttempts: 3 });
    const login = async (username: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
      return `chowki_session=${res.cookies.find((c) => c.name === 'chowki_session')?.value ?? ''}`;
    };
    const deliverWa = async (messages: WaMessage[]) => {
      const p = loadFixture('whatsapp/text.json') as WaPayload;
      p.entry[0]!.changes[0]!.value.messages = messages;
      for (const m of messages) wa.userWrote(m.from, Number(m.timestamp) * 1000);
      const signed = signWhatsAppBody(SECRET, p);
      const res = await app.inject({ method: 'POST', url: '/webhooks/whatsapp', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signed.signature }, payload: signed.body });
      expect(res.statusCode).toBe(200);
      await runtime.intake.drain();
    };
    const postTg = async (update: unknown) => {
      const res = await app.inject({ method: 'POST', url: '/webhooks/telegram', headers: { 'x-telegram-bot-api-secret-token': TG_SECRET }, payload: update as object });
      expect(res.statusCode).toBe(200);
      await runtime.intake.drain();
    };
    const op = await login('op.sitabuldi');
    const view = async (ticketId: number, cookie = op) => {
      const res = await app.inject({ url: `/api/desk/tickets/${ticketId}`, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      return res.json() as { messages: Array<{ text: string; attachments: ViewAttachment[] }>; audit: Array<{ action: string; details: Record<string, unknown> }> };
    };
    const attachmentsOf = async (ticketId: number) => (await view(ticketId)).messages.flatMap((m) => m.attachments);
    const ticketId = async () => (await ctx.store.db.selectFrom('tickets').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
    return { ctx, app, wa, tg, dir, events, worker, login, deliverWa, postTg, op, view, attachmentsOf, ticketId };
  }

  const waMedia = (id: string, type: 'image' | 'audio' | 'document', media: Record<string, unknown>, extra: Record<string, unknown> = {}): WaMessage => ({
    from: '919800000031',
    id,
    timestamp: String(Math.floor(clock / 1000)),
    type,
    [type]: media,
    ...extra,
  });

  it('WhatsApp: downloads a photo and a voice note after the webhook answered, keeps them by SHA-256, and serves them to the ticket\u2019s officers only', async () => {
    const s = await setup();
    s.wa.addMedia('1479537139650973', PHOTO, 'image/png');
    s.wa.addMedia('1479537139650974', OGG, 'audio/ogg; codecs=opus');
    await s.deliverWa([
      waMedia('wamid.M1', 'image', { caption: 'Car parked on the footpath at Sitabuldi', mime_type: 'image/png', sha256: 'aGFzaA==', id: '1479537139650973' }),
      waMedia('wamid.M2', 'audio', { mime_type: 'audio/ogg; codecs=opus', sha256: 'aGFzaA==', id: '1479537139650974', voice: true }),
    ]);
    // Nothing was fetched in the webhook's request.
    expect(s.wa.mediaDownloads).toBe(0);
    const id = await s.ticketId();
    expect((await s.attachmentsOf(id)).map((a) => a.status)).toEqual([]);
    await s.worker.runOnce();
    expect(s.wa.mediaDownloads).toBe(2);
    const atts = await s.attachmentsOf(id);
    expect(atts.map((a) => [a.kind, a.status, a.contentType, a.presentation])).toEqual([
      ['image', 'stored', 'image/png', 'image'],
      ['voice', 'stored', 'audio/ogg', 'audio'],
    ]);
    expect(s.events.some((e) => e.type === 'ticket.updated' && e.ticketId === id)).toBe(true);
    // Content-addressed under <dir>/ab/cd/<sha256>.
    const rows = await s.ctx.store.db.selectFrom('ticket_attachments').selectAll().orderBy('id').execute();
    expect(rows.map((r) => r.sha256)).toEqual([sha256Of(PHOTO), sha256Of(OGG)]);
    expect(rows[0]!.provider_sha256).toBe(sha256Of(PHOTO));
    expect(existsSync(mediaPath(s.dir, sha256Of(PHOTO)))).toBe(true);
    expect(mediaPath(s.dir, sha256Of(PHOTO))).toBe(join(s.dir, sha256Of(PHOTO).slice(0, 2), sha256Of(PHOTO).slice(2, 4), sha256Of(PHOTO)));
    // Evidence: one record per inbound item and per attachment.
    const evidence = await s.ctx.store.db.selectFrom('evidence_records').selectAll().where('ticket_id', '=', id).orderBy('id').execute();
    expect(evidence.filter((e) => e.kind === 'inbound').map((e) => e.provider_id).sort()).toEqual(['wamid.M1', 'wamid.M2']);
    expect(evidence.filter((e) => e.kind === 'attachment').map((e) => [e.provider_id, e.sha256, e.size_bytes])).toEqual([
      ['1479537139650973', sha256Of(PHOTO), PHOTO.length],
      ['1479537139650974', sha256Of(OGG), OGG.length],
    ]);

    const photo = atts[0]!;
    const res = await s.app.inject({ url: photo.url!, headers: { cookie: s.op } });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PHOTO)).toBe(true);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="NGP-\d{4}-\d{6}-\d+\.png"$/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');
    // A media element's range request gets its bytes.
    const part = await s.app.inject({ url: atts[1]!.url!, headers: { cookie: s.op, range: 'bytes=0-3' } });
    expect(part.statusCode).toBe(206);
    expect(part.body).toBe('OggS');
    expect(part.headers['content-range']).toBe(`bytes 0-3/${OGG.length}`);
    // Every viewing is in the audit trail.
    const audit = (await s.view(id)).audit.filter((a) => a.action === 'attachment.viewed');
    expect(audit.map((a) => a.details.attachmentId)).toEqual([photo.id, atts[1]!.id]);

    // Never public, never across stations, never for a role without personal data.
    expect((await s.app.inject({ url: photo.url! })).statusCode).toBe(401);
    expect((await s.app.inject({ url: photo.url!, headers: { cookie: await s.login('op.ambazari') } })).statusCode).toBe(404);
    expect((await s.app.inject({ url: `/api/tickets/${id}/attachments/abc`, headers: { cookie: s.op } })).statusCode).toBe(400);
    expect((await s.app.inject({ url: `/api/tickets/${id}/attachments/${photo.id + 100}`, headers: { cookie: s.op } })).statusCode).toBe(404);
    const admin = await s.app.inject({ url: photo.url!, headers: { cookie: await s.login('admin') } });
    expect([403, 404]).toContain(admin.statusCode);
  });

  it('WhatsApp: refuses a file over the size limit and one whose bytes are not an allowed type (an HTML page sent as image/jpeg), and says why', async () => {
    const s = await setup(5_000);
    s.wa.addMedia('2000000000000001', Buffer.alloc(6_000, 0xff), 'image/jpeg');
    s.wa.addMedia('2000000000000002', Buffer.from('<!doctype html><script>alert(1)</script>'), 'image/jpeg');
    await s.deliverWa([
      waMedia('wamid.B1', 'image', { caption: 'Accident at Sitabuldi square', mime_type: 'image/jpeg', id: '2000000000000001' }),
      waMedia('wamid.B2', 'image', { mime_type: 'image/jpeg', id: '2000000000000002' }),
    ]);
    await s.worker.runOnce();
    const atts = await s.attachmentsOf(await s.ticketId());
    expect(atts.map((a) => [a.status, a.reason, a.url])).toEqual([
      ['refused', 'TOO_LARGE', null],
      ['refused', 'TYPE_REFUSED', null],
    ]);
    expect(await s.ctx.store.db.selectFrom('evidence_records').select('id').where('kind', '=', 'attachment').execute()).toHaveLength(0);
  });

  it('WhatsApp: retries a 500 from the media endpoint and gives up on a media id Meta no longer has (400, code 100)', async () => {
    const s = await setup();
    s.wa.addMedia('3000000000000001', PHOTO, 'image/png');
    s.wa.failMedia(1, 500, 2);
    await s.deliverWa([
      waMedia('wamid.R1', 'image', { caption: 'Chain snatching near Sitabuldi', mime_type: 'image/png', id: '3000000000000001' }),
      waMedia('wamid.R2', 'image', { mime_type: 'image/png', id: '3000000000000999' }),
    ]);
    await s.worker.runOnce();
    let atts = await s.attachmentsOf(await s.ticketId());
    expect(atts.map((a) => a.status)).toEqual(['pending', 'failed']);
    expect(atts[1]!.reason).toBe('400:100');
    clock += 5_000;
    await s.worker.runOnce();
    atts = await s.attachmentsOf(await s.ticketId());
    expect(atts.map((a) => a.status)).toEqual(['stored', 'failed']);
  });

  it('Telegram: a voice note without a caption and a document are fetched with getFile and the file URL', async () => {
    const s = await setup();
    s.tg.addFile('AwACAgUAAxkBAAIBVoice', OGG, 'voice/file_3.oga');
    s.tg.addFile('BQACAgUAAxkBAAIBDoc', PDF, 'documents/file_4.pdf');
    const base = { chat: { id: 777, type: 'private', first_name: 'Ravi' }, from: { id: 777, is_bot: false, first_name: 'Ravi' }, date: Math.floor(clock / 1000) };
    await s.postTg({ update_id: 300, message: { ...base, message_id: 10, text: 'My bag was stolen at Sitabuldi market, voice note follows' } });
    await s.postTg({ update_id: 301, message: { ...base, message_id: 11, voice: { file_id: 'AwACAgUAAxkBAAIBVoice', file_unique_id: 'AgADVoice', duration: 3, mime_type: 'audio/ogg', file_size: OGG.length } } });
    await s.postTg({
      update_id: 302,
      message: { ...base, message_id: 12, document: { file_id: 'BQACAgUAAxkBAAIBDoc', file_unique_id: 'AgADDoc', file_name: 'complaint.pdf', mime_type: 'application/pdf', file_size: PDF.length } },
    });
    await s.worker.runOnce();
    const id = await s.ticketId();
    const atts = await s.attachmentsOf(id);
    expect(atts.map((a) => [a.kind, a.status, a.contentType])).toEqual([
      ['voice', 'stored', 'audio/ogg'],
      ['document', 'stored', 'application/pdf'],
    ]);
    const doc = await s.app.inject({ url: atts[1]!.url!, headers: { cookie: s.op } });
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toBe('application/pdf');
    expect(doc.headers['content-disposition']).toMatch(/^attachment; filename="NGP-\d{4}-\d{6}-\d+\.pdf"$/);
    expect(doc.rawPayload.equals(PDF)).toBe(true);
  });

  it('keeps the same file once, whoever sent it', async () => {
    const s = await setup();
    s.wa.addMedia('4000000000000001', VOICE, 'audio/wav');
    s.tg.addFile('AwACAgUAAxkBAAIBSame', VOICE, 'music/file_9.wav');
    await s.deliverWa([waMedia('wamid.S1', 'audio', { mime_type: 'audio/wav', id: '4000000000000001', voice: false }, { from: '919800000032' })]);
    const base = { chat: { id: 778, type: 'private', first_name: 'Ravi' }, from: { id: 778, is_bot: false, first_name: 'Ravi' }, date: Math.floor(clock / 1000) };
    await s.postTg({ update_id: 400, message: { ...base, message_id: 20, caption: 'Loud music at Sitabuldi all night', audio: { file_id: 'AwACAgUAAxkBAAIBSame', file_unique_id: 'AgADSame', duration: 1 } } });
    await s.worker.runOnce();
    const rows = await s.ctx.store.db.selectFrom('ticket_attachments').select(['status', 'sha256']).execute();
    expect(rows).toEqual([
      { status: 'stored', sha256: sha256Of(VOICE) },
      { status: 'stored', sha256: sha256Of(VOICE) },
    ]);
  });
});

describe.each(engines)('X media on %s', (engine) => {
  it('requests the media expansions and downloads a post\u2019s photo and best MP4 from the URLs X gave; another host is refused', async () => {
    const fake = await startXFake({ bearer: 'x-bearer' });
    const dir = await mkdtemp(join(tmpdir(), 'chowki-media-'));
    const t = await createTestContext(engine);
    const ctx: AppContext = {
      ...t.ctx,
      config: readConfig({
        CHOWKI_DATA_DIR: ':memory:',
        CHOWKI_MEDIA_DIR: dir,
        LOG_LEVEL: 'silent',
        CHOWKI_X_BEARER_TOKEN: 'x-bearer',
        CHOWKI_X_ACCOUNTS: '1000',
        CHOWKI_X_API_URL: fake.url,
      }),
    };
    const runtime = createChannelRuntime(ctx);
    try {
      const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom', 'latin1'), Buffer.alloc(300, 1)]);
      fake.addMedia('3_1800000000000000101', 'photo', PHOTO, 'image/jpeg');
      fake.addMedia('7_1800000000000000102', 'video', MP4, 'video/mp4');
      fake.addMentions('1000', {
        data: [
          {
            id: '1800000000000000101',
            text: '@NagpurPolice a car is blocking the footpath at Sitabuldi &amp; nobody moves it',
            author_id: '2001',
            created_at: '2026-01-01T00:00:00.000Z',
            conversation_id: '1800000000000000101',
            attachments: { media_keys: ['3_1800000000000000101', '7_1800000000000000102'] },
          },
        ],
        includes: { users: [{ id: '2001', name: 'Ravi', username: 'ravi_ngp' }] },
      });
      const stored = await pollXAccount(ctx, createXClient('x-bearer', fake.url), '1000', (id) => runtime.intake.push(id));
      expect(stored.stored).toBe(1);
      expect(fake.requests.some((r) => r.includes('attachments.media_keys') && r.includes('media.fields='))).toBe(true);
      await runtime.intake.drain();
      await createAttachmentWorker(ctx, runtime.fetchers()).runOnce();
      const rows = await ctx.store.db.selectFrom('ticket_attachments').select(['kind', 'status', 'content_type', 'sha256']).orderBy('position').execute();
      expect(rows).toEqual([
        { kind: 'photo', status: 'stored', content_type: 'image/png', sha256: sha256Of(PHOTO) },
        { kind: 'video', status: 'stored', content_type: 'video/mp4', sha256: sha256Of(MP4) },
      ]);
      // A media URL on a host that is not X's is never fetched.
      const x = runtime.fetchers().find((f) => f.name === 'x');
      await expect(x?.fetchMedia('https://attacker.example/a.jpg', 1000)).rejects.toMatchObject({ code: 'MEDIA_HOST_REFUSED' });
    } finally {
      await runtime.stop();
      await t.close();
      await fake.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
