/**
 * The public form takes a photo (issue 12): size- and type-limited, its EXIF GPS read as a pin, kept
 * without its metadata, and shown on the ticket like any channel's photo. Both engines.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAttachmentWorker } from '../../src/media/attachment.worker.js';
import { mediaPath, sha256Of } from '../../src/media/media.store.js';
import { readJpegGps, stripJpegMetadata } from '../../src/media/photo-metadata.js';
import { createTestApp, testEngines } from '../support/harness.js';
import { jpegWithGps } from '../support/photos.js';

const PNG = await readFile(new URL('../fixtures/media/photo.png', import.meta.url));

const engines = await testEngines();

describe('photo metadata', () => {
  it('reads the GPS pin and strips EXIF, leaving the image data', () => {
    const jpeg = jpegWithGps();
    expect(readJpegGps(jpeg)).toEqual({ lat: 21.1458, lon: 79.0882 });
    const clean = stripJpegMetadata(jpeg);
    expect(clean.includes(Buffer.from('Exif', 'latin1'))).toBe(false);
    expect(readJpegGps(clean)).toBeUndefined();
    expect(clean.subarray(-15).equals(jpeg.subarray(-15))).toBe(true);
    expect(clean.subarray(0, 20).includes(Buffer.from('JFIF', 'latin1'))).toBe(true);
  });
});

describe.each(engines)('the public form takes a photo on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  const upload = (body: Buffer, type = 'image/jpeg') => t.app.inject({ method: 'POST', url: '/api/public/reports/photos', headers: { 'content-type': type }, payload: body });

  it('answers the pin, keeps the photo without its EXIF, and refuses what is not a photo or too large', async () => {
    const res = await upload(jpegWithGps());
    expect(res.statusCode).toBe(201);
    const { photo, pin } = res.json();
    expect(pin).toEqual({ lat: 21.1458, lon: 79.0882 });
    const kept = await readFile(mediaPath(t.ctx.config.media.dir, photo));
    expect(sha256Of(kept)).toBe(photo);
    expect(kept.includes(Buffer.from('Exif', 'latin1'))).toBe(false);
    // A PNG has no pin.
    expect((await upload(PNG, 'image/png')).json()).toMatchObject({ pin: null });
    expect((await upload(Buffer.from('<html><script>alert(1)</script></html>'))).statusCode).toBe(415);
    expect((await upload(Buffer.from('<html></html>'), 'text/html')).statusCode).toBe(415);
    expect((await upload(Buffer.concat([jpegWithGps(), Buffer.alloc(5 * 1024 * 1024)]))).statusCode).toBe(413);
  });

  it('puts an uploaded photo on the ticket, at the place the photo gives', async () => {
    const { photo, pin } = (await upload(jpegWithGps())).json();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: { text: 'A car is parked across the footpath here, see the photo', lat: pin.lat, lon: pin.lon, photos: [photo], clientId: `photo-${engine}-0001` },
    });
    expect(res.statusCode).toBeLessThan(300);
    expect((await t.app.inject({ method: 'POST', url: '/api/public/reports', payload: { text: 'Another report with a bad photo id', photos: ['nope'] } })).statusCode).toBe(400);
    const web = t.ctx.store.db.selectFrom('tickets').select(['id', 'station_id']).where('channel', '=', 'web').orderBy('id', 'desc');
    const ticket = await web.executeTakeFirstOrThrow();
    expect(ticket.station_id).toBe('ngp-ps-sitabuldi');
    const { createChannelRuntime } = await import('../../src/channels/channel.runtime.js');
    await createAttachmentWorker(t.ctx, createChannelRuntime(t.ctx).fetchers()).runOnce();
    const view = (await t.app.inject({ url: `/api/desk/tickets/${ticket.id}`, headers: { cookie: await t.login('op.sitabuldi') } })).json();
    const att = view.messages.flatMap((m: { attachments: Array<{ url: string; contentType: string; status: string }> }) => m.attachments);
    expect(att).toHaveLength(1);
    expect(att[0]).toMatchObject({ status: 'stored', contentType: 'image/jpeg' });
    const served = await t.app.inject({ url: att[0].url, headers: { cookie: await t.login('op.sitabuldi') } });
    expect(sha256Of(served.rawPayload)).toBe(photo);
    expect(served.rawPayload.includes(Buffer.from('Exif', 'latin1'))).toBe(false);
  });
});
