/**
 * Attachments in an S3-compatible bucket (CHOWKI_MEDIA_S3_URL): the attachment worker keeps each file under
 * `ab/cd/<sha256>` with a SigV4-signed PutObject whose payload hash and x-amz-checksum-sha256 the bucket checks,
 * nothing lands in the folder, the desk reads it back (hash checked) for the ticket's officers only, the
 * evidence bundle carries it, and a bucket that refuses or slows down leaves the attachment to be tried again.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createChannelRuntime } from '../../src/channels/channel.runtime.js';
import { readConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { createAttachmentWorker } from '../../src/media/attachment.worker.js';
import { mediaKey, mediaPath, readMedia, sha256Of } from '../../src/media/media.store.js';
import { loadFixture } from '../fakes/fixtures.js';
import { startS3Fake } from '../fakes/s3.fake.js';
import { signWhatsAppBody, startWhatsAppFake } from '../fakes/whatsapp.fake.js';
import { createTestContext, DEMO_PASSWORD, testEngines } from '../support/harness.js';

const SECRET = 'wa-app-secret';
const TOKEN = 'wa-access-token';
const PHONE_ID = '106540352242922';
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const KEY_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const T0 = Date.parse('2026-01-01T00:00:00Z');
const PHOTO = await readFile(new URL('../fixtures/media/photo.png', import.meta.url));

interface WaPayload {
  entry: Array<{ changes: Array<{ value: { messages?: Array<Record<string, unknown>> } }> }>;
}

describe('the media bucket setting', () => {
  it('asks for the key with the URL, naming the variables', () => {
    expect(() => readConfig({ CHOWKI_DATA_DIR: ':memory:', CHOWKI_MEDIA_S3_URL: 'http://127.0.0.1:9000/chowki-media' })).toThrow(/CHOWKI_MEDIA_S3_ACCESS_KEY_ID, CHOWKI_MEDIA_S3_SECRET_ACCESS_KEY/);
    expect(() => readConfig({ CHOWKI_DATA_DIR: ':memory:', CHOWKI_MEDIA_S3_URL: 'not a url' })).toThrow(/CHOWKI_MEDIA_S3_URL/);
    expect(readConfig({ CHOWKI_DATA_DIR: ':memory:' }).media.bucket).toBeUndefined();
  });
});

const engines = await testEngines();

describe.each(engines)('attachments in an S3-compatible bucket on %s', (engine) => {
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  async function setup(secret = KEY_SECRET) {
    const now = () => T0;
    const s3 = await startS3Fake({ bucket: 'chowki-media', accessKeyId: KEY_ID, secretAccessKey: KEY_SECRET, region: 'ap-south-1' });
    const wa = await startWhatsAppFake({ token: TOKEN, phoneNumberId: PHONE_ID, now });
    const dir = await mkdtemp(join(tmpdir(), 'chowki-media-'));
    const t = await createTestContext(engine, { now });
    const ctx: AppContext = {
      ...t.ctx,
      config: readConfig({
        CHOWKI_DATA_DIR: ':memory:',
        CHOWKI_MEDIA_DIR: dir,
        CHOWKI_MEDIA_S3_URL: s3.bucketUrl,
        CHOWKI_MEDIA_S3_REGION: 'ap-south-1',
        CHOWKI_MEDIA_S3_ACCESS_KEY_ID: KEY_ID,
        CHOWKI_MEDIA_S3_SECRET_ACCESS_KEY: secret,
        LOG_LEVEL: 'silent',
        CHOWKI_WHATSAPP_APP_SECRET: SECRET,
        CHOWKI_WHATSAPP_ACCESS_TOKEN: TOKEN,
        CHOWKI_WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
        CHOWKI_WHATSAPP_API_URL: wa.apiUrl,
      }),
    };
    const runtime = createChannelRuntime(ctx);
    const app = await buildApp(ctx, { webDir: null, channels: runtime });
    cleanup.push(s3.close, wa.close, t.close, () => app.close(), () => runtime.stop(), () => rm(dir, { recursive: true, force: true }));
    const worker = createAttachmentWorker(ctx, runtime.fetchers(), { baseDelayMs: 1000, maxAttempts: 3 });
    const login = async (username: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
      return `chowki_session=${res.cookies.find((c) => c.name === 'chowki_session')?.value ?? ''}`;
    };
    // A photo sent on WhatsApp, in Meta's documented image message shape.
    wa.addMedia('1479537139650973', PHOTO, 'image/png');
    const p = loadFixture('whatsapp/text.json') as WaPayload;
    p.entry[0]!.changes[0]!.value.messages = [
      { from: '919800000031', id: 'wamid.S3PHOTO', timestamp: String(T0 / 1000), type: 'image', image: { caption: 'Car parked on the footpath at Sitabuldi', mime_type: 'image/png', sha256: 'aGFzaA==', id: '1479537139650973' } },
    ];
    wa.userWrote('919800000031', T0);
    const signed = signWhatsAppBody(SECRET, p);
    expect((await app.inject({ method: 'POST', url: '/webhooks/whatsapp', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signed.signature }, payload: signed.body })).statusCode).toBe(200);
    await runtime.intake.drain();
    const ticketId = (await ctx.store.db.selectFrom('tickets').select('id').executeTakeFirstOrThrow()).id;
    return { ctx, app, s3, dir, worker, login, ticketId };
  }

  it('keeps a photo in the bucket only, reads it back for the ticket\'s officers, and puts it in the evidence bundle', async () => {
    const s = await setup();
    await s.worker.runOnce();
    const sha = sha256Of(PHOTO);
    // In the bucket under its hash, signed and checksummed; nothing in the folder.
    expect(s.s3.objects.get(mediaKey(sha))?.equals(PHOTO)).toBe(true);
    expect(s.s3.requests.filter((r) => r.method === 'PUT').map((r) => [r.key, r.status])).toEqual([[mediaKey(sha), 200]]);
    expect(existsSync(mediaPath(s.dir, sha))).toBe(false);
    const row = await s.ctx.store.db.selectFrom('ticket_attachments').select(['status', 'sha256']).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'stored', sha256: sha });

    const op = await s.login('op.sitabuldi');
    const view = (await s.app.inject({ url: `/api/desk/tickets/${s.ticketId}`, headers: { cookie: op } })).json() as { messages: Array<{ attachments: Array<{ url: string | null }> }> };
    const url = view.messages.flatMap((m) => m.attachments)[0]?.url;
    expect(url).toBeTruthy();
    const res = await s.app.inject({ url: url!, headers: { cookie: op } });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PHOTO)).toBe(true);
    expect(res.headers['content-type']).toBe('image/png');
    expect((await s.app.inject({ url: url!, headers: { cookie: await s.login('op.ambazari') } })).statusCode).toBe(404);

    const sho = await s.login('sho.sitabuldi');
    const bundle = await s.app.inject({ url: `/api/tickets/${s.ticketId}/evidence`, headers: { cookie: sho } });
    expect(bundle.statusCode).toBe(200);
    const files = unzipSync(new Uint8Array(bundle.rawPayload));
    const kept = Object.entries(files).find(([name]) => name.startsWith('attachments/'));
    expect(kept && sha256Of(Buffer.from(kept[1]))).toBe(sha);

    // A second copy of the same photo is found by HEAD and not sent again.
    const puts = s.s3.requests.filter((r) => r.method === 'PUT').length;
    const { putMedia } = await import('../../src/media/media.store.js');
    expect(await putMedia(s.ctx.config.media, PHOTO)).toBe(sha);
    expect(s.s3.requests.filter((r) => r.method === 'PUT')).toHaveLength(puts);
    // A changed object is caught on reading: its bytes are no longer what its name says.
    s.s3.objects.set(mediaKey(sha), Buffer.from('tampered'));
    await expect(readMedia(s.ctx.config.media, sha)).rejects.toThrow('MEDIA_CORRUPTED');
  });

  it('leaves the photo to be tried again when the bucket slows down, and stores it on the next run', async () => {
    const s = await setup();
    // The client retries a 503 twice at once; a third in a row leaves it to the worker's back-off.
    s.s3.failNext(3, 503);
    await s.worker.runOnce();
    expect(s.s3.requests.map((r) => [r.method, r.status])).toEqual([
      ['HEAD', 503],
      ['HEAD', 503],
      ['HEAD', 503],
    ]);
    expect(await s.ctx.store.db.selectFrom('ticket_attachments').select(['status', 'last_error', 'attempts']).executeTakeFirstOrThrow()).toEqual({ status: 'pending', last_error: 'BUCKET_HEAD_503', attempts: 1 });
    // The retry is due a second later (base delay 1 s); the clock of this test does not move, so run the due rows by hand.
    await s.ctx.store.db.updateTable('ticket_attachments').set({ next_attempt_at: new Date(T0).toISOString() }).execute();
    await s.worker.runOnce();
    expect(await s.ctx.store.db.selectFrom('ticket_attachments').select('status').executeTakeFirstOrThrow()).toEqual({ status: 'stored' });
  });

  it('is refused by the bucket when signed with the wrong secret, and keeps nothing', async () => {
    const s = await setup('not-the-secret');
    await s.worker.runOnce();
    expect(s.s3.requests.map((r) => r.status)).toEqual([403]);
    expect(s.s3.objects.size).toBe(0);
    expect(await s.ctx.store.db.selectFrom('ticket_attachments').select(['status', 'last_error']).executeTakeFirstOrThrow()).toEqual({ status: 'pending', last_error: 'BUCKET_HEAD_403' });
  });
});
