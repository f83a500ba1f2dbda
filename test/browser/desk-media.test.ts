/**
 * Issue 12 in Chromium at phone width: a citizen's photo shows in the conversation and their voice note
 * plays, both from the ticket's access-scoped URL; a reply that the channel refused shows as not
 * delivered with the reason and an alert, and "Send again" queues it. Axe-clean, no sideways scroll.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChannelSendError } from '../../src/channels/channel.js';
import { createAttachmentWorker } from '../../src/media/attachment.worker.js';
import { createOutboxWorker } from '../../src/outbox/outbox.worker.js';
import { describeViolations, launchBrowser, newAppContext, PHONE_VIEWPORT, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { jpegWithGps } from '../support/photos.js';
import { createChannelRuntime } from '../../src/channels/channel.runtime.js';
import { apiAs, expectNoPageErrors, openDesk, openTicket, stationOf, type Opened } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const PHOTO = await readFile(new URL('../fixtures/media/photo.png', import.meta.url));
const VOICE = await readFile(new URL('../fixtures/media/voice.wav', import.meta.url));

describe('a citizen\u2019s photo and voice note on the desk (sqlite)', () => {
  let served: ServedApp;
  let browser: Browser;
  let ticket: Opened;

  beforeAll(async () => {
    served = await serveApp('sqlite');
    browser = await launchBrowser();
    ticket = await openTicket(served, 'Car parked on the footpath at Zero Mile, photo and voice note attached', {
      channel: 'whatsapp',
      author: { id: '919822055555', name: 'Ravi Kale' },
      reply: { to: '919822055555', public: false },
      attachments: [
        { kind: 'image', mediaId: 'wa-photo-1', mime: 'image/png' },
        { kind: 'voice', mediaId: 'wa-voice-1', mime: 'audio/wav' },
      ],
    });
    expect(await stationOf(served, ticket.id)).toBe('ngp-ps-sitabuldi');
    // The channel's download, as the emulator tests exercise it (test/channels/media.test.ts).
    const files: Record<string, Buffer> = { 'wa-photo-1': PHOTO, 'wa-voice-1': VOICE };
    const worker = createAttachmentWorker(served.ctx, [
      {
        name: 'whatsapp',
        fetchMedia: async (id) => {
          const bytes = files[id];
          if (!bytes) throw new Error('unknown media');
          return { bytes, mime: undefined };
        },
      },
    ]);
    await worker.runOnce();
    // A reply the channel refuses: the number cannot receive messages.
    const op = await apiAs(served, 'op.sitabuldi');
    await op('POST', `/api/tickets/${ticket.id}/replies`, { text: 'An officer is on the way to Zero Mile.', visibility: 'private' });
    const refusing = createOutboxWorker(served.ctx, [
      {
        name: 'whatsapp',
        send: async () => {
          throw new ChannelSendError('permanent', '400:131026');
        },
      },
    ]);
    await refusing.runOnce();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('shows the photo, plays the voice note, and offers to send a refused reply again, at 390 px', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi', PHONE_VIEWPORT);
    await page.goto(`/desk/tickets/${ticket.id}`);
    await page.getByRole('heading', { name: ticket.reference }).waitFor();

    const photo = page.getByTestId('attachments').getByRole('img', { name: `Photo 1 of ${ticket.reference}` });
    await photo.waitFor();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(96);

    const voice = page.locator('.attachments audio');
    await voice.waitFor();
    expect(await voice.getAttribute('aria-label')).toBe(`Voice note 2 of ${ticket.reference}`);
    const played = await voice.evaluate(
      (audio: HTMLAudioElement) =>
        new Promise<number>((resolve, reject) => {
          audio.muted = true;
          // Played to its end: the bytes came through the ticket's URL and decoded.
          audio.addEventListener('ended', () => resolve(audio.currentTime), { once: true });
          audio.addEventListener('error', () => reject(new Error(`media error ${audio.error?.code ?? '?'}`)), { once: true });
          audio.play().catch(reject);
        }),
    );
    expect(played).toBeGreaterThan(0.4);
    expect(await voice.evaluate((audio: HTMLAudioElement) => audio.duration)).toBeCloseTo(0.5, 1);

    // The refused reply: an alert at the top, the reason under the reply, and a retry.
    await page.getByTestId('reply-failed-callout').waitFor();
    const delivery = page.getByTestId('delivery');
    expect(await delivery.getAttribute('data-state')).toBe('failed');
    expect(await delivery.textContent()).toContain('the number or chat cannot receive messages (code 400:131026)');

    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');

    await delivery.getByRole('button', { name: 'Send again' }).click();
    await expect.poll(() => page.getByTestId('delivery').getAttribute('data-state')).toBe('queued');
    await page.getByTestId('reply-failed-callout').waitFor({ state: 'detached' });

    // Each viewing of an attachment is in the audit trail, as a sentence.
    await page.reload();
    const viewed = page.locator('.audit li[data-action="attachment.viewed"]');
    await viewed.first().waitFor();
    expect((await viewed.allTextContents()).every((line) => line.includes('opened an attachment.'))).toBe(true);
    expectNoPageErrors(context);
    await context.close();
  });

  it('takes a photo on the public report form at 390 px: its place offered from the photo, the photo on the ticket', async () => {
    const context = await newAppContext(browser, served.baseUrl, { viewport: PHONE_VIEWPORT });
    const page = await context.newPage();
    await page.goto('/report');
    await page.getByLabel('What happened?').fill('A car is parked across the footpath, photo attached');
    await page.getByLabel('Photo').setInputFiles({ name: 'footpath.jpg', mimeType: 'image/jpeg', buffer: jpegWithGps() });
    await page.getByText('footpath.jpg added.').waitFor();
    await page.getByTestId('photo-pin').getByText('(21.14580, 79.08820)').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.getByRole('button', { name: 'Send report' }).click();
    const reference = ((await page.getByTestId('reference').textContent()) ?? '').trim();
    const ticket = await served.ctx.store.db.selectFrom('tickets').select(['id', 'station_id', 'place_lat']).where('reference', '=', reference).executeTakeFirstOrThrow();
    expect(ticket.station_id).toBe('ngp-ps-sitabuldi');
    await createAttachmentWorker(served.ctx, createChannelRuntime(served.ctx).fetchers()).runOnce();
    const rows = await served.ctx.store.db.selectFrom('ticket_attachments').select(['status', 'content_type']).where('ticket_id', '=', ticket.id).execute();
    expect(rows).toEqual([{ status: 'stored', content_type: 'image/jpeg' }]);
    await context.close();
  });
});
