/**
 * Issue 13's last parts in Chromium at phone width, axe-clean in English, Hindi and Marathi: a citizen adds
 * a photo to their report from its tracking page and it reaches the desk live on the same ticket; the
 * station answer gives the station's phone and chats as the force lists them, and otherwise the force's
 * own WhatsApp and Telegram, its X account and 112.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createChannelRuntime } from '../../src/channels/channel.runtime.js';
import { createAttachmentWorker } from '../../src/media/attachment.worker.js';
import {
  describeViolations,
  launchBrowser,
  newAppContext,
  PHONE_VIEWPORT,
  screenshotPath,
  scrollsSideways,
  seriousAxeViolations,
  type ServedApp,
} from '../support/browser.js';
import { createTestContext, reconfigured } from '../support/harness.js';
import { jpegWithGps } from '../support/photos.js';
import { openDesk } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

let served: ServedApp;
let browser: Browser;
let cityDir: string;

beforeAll(async () => {
  const t = await createTestContext('sqlite');
  // The force lists Sitabuldi's phone and WhatsApp, and Chowki's own WhatsApp number and Telegram bot are configured.
  cityDir = await mkdtemp(join(tmpdir(), 'chowki-city-'));
  for (const f of ['units.csv', 'gazetteer.csv', 'city.json']) await copyFile(join(t.ctx.config.cityDir, f), join(cityDir, f));
  await writeFile(join(cityDir, 'station-contacts.csv'), 'unit,phone,whatsapp,telegram,source\nngp-ps-sitabuldi,0712 256 1234,+91 98220 12345,,test fixture\n');
  const ctx = reconfigured(t.ctx, {
    cityDir,
    channels: {
      ...t.ctx.config.channels,
      whatsapp: { appSecret: 'test', verifyToken: undefined, accessToken: undefined, phoneNumberId: undefined, apiUrl: 'http://127.0.0.1:9', template: 't', publicNumber: '+91 90000 00112' },
      telegram: { botToken: '1:test', webhookSecret: undefined, apiUrl: 'http://127.0.0.1:9', botUsername: '@NagpurPoliceBot' },
    },
  });
  const app = await buildApp(ctx, { webDir: 'dist/web' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  served = {
    ...t,
    ctx,
    baseUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    close: async () => {
      app.server.closeAllConnections();
      await app.close();
      await t.close();
    },
  };
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (cityDir) await rm(cityDir, { recursive: true, force: true });
});

/** The page in each language, axe-clean and without sideways scroll at phone width. */
async function checkLanguages(page: Page, name: string, waitFor: Record<'en' | 'hi' | 'mr', string>): Promise<void> {
  for (const [lang, button] of [
    ['en', 'English'],
    ['hi', 'हिन्दी'],
    ['mr', 'मराठी'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).first().click();
    await page.getByText(waitFor[lang]).first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: screenshotPath(`${name}-${lang}`), fullPage: true });
  }
  await page.getByRole('button', { name: 'English', exact: true }).first().click();
}

describe('a photo added from the tracking page', () => {
  it('goes with the report to the desk, live, on the same ticket', async () => {
    const res = await fetch(`${served.baseUrl}/api/public/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'My scooter was stolen outside Sitabuldi market this morning' }),
    });
    const receipt = (await res.json()) as { reference: string; trackingUrl: string };
    const ticket = await served.ctx.store.db.selectFrom('tickets').select(['id', 'station_id']).where('reference', '=', receipt.reference).executeTakeFirstOrThrow();
    expect(ticket.station_id).toBe('ngp-ps-sitabuldi');

    // The station's operator has the ticket open.
    const desk = await openDesk(browser, served, 'op.sitabuldi', PHONE_VIEWPORT);
    await desk.page.goto(`/desk/tickets/${ticket.id}`);
    await desk.page.getByRole('heading', { name: receipt.reference }).waitFor();

    const context = await newAppContext(browser, served.baseUrl, { viewport: PHONE_VIEWPORT });
    try {
      const page = await context.newPage();
      await page.goto(receipt.trackingUrl);
      await page.getByTestId('track-messages').getByText('My scooter was stolen').waitFor();
      // Neither words nor a photo: the citizen is told what is missing.
      await page.getByRole('button', { name: 'Add to my report' }).click();
      await page.getByRole('status').filter({ hasText: 'Write a few words or add a photo.' }).waitFor();

      await page.getByLabel('Photo').setInputFiles({ name: 'scooter.jpg', mimeType: 'image/jpeg', buffer: jpegWithGps() });
      await page.getByText('scooter.jpg added.').waitFor();
      await page.getByTestId('track-photos').getByText('scooter.jpg').waitFor();
      // The photo is enough: the words are no longer asked for.
      expect(await page.getByText('Write a few words or add a photo.').count()).toBe(0);
      // A file that is not a photo is refused in words.
      await page.getByLabel('Photo').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
      await page.getByText('That file is not a JPEG or PNG photo.').waitFor();
      await checkLanguages(page, 'track-photo', { en: 'Add information', hi: 'जानकारी जोड़ें', mr: 'माहिती जोडा' });

      await page.getByRole('button', { name: 'Add to my report' }).click();
      await page.getByRole('status').filter({ hasText: 'Added to your report.' }).waitFor();
      await page.getByTestId('track-messages').getByText('Photos sent: 1').waitFor();
      expect(await page.getByTestId('track-photos').count()).toBe(0);
      expect(context.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }

    // The attachment worker keeps it; the open desk shows it without a reload.
    await createAttachmentWorker(served.ctx, createChannelRuntime(served.ctx).fetchers()).runOnce();
    await desk.page.getByTestId('attachments').getByRole('img', { name: `Photo 1 of ${receipt.reference}` }).waitFor();
    const tickets = await served.ctx.store.db.selectFrom('tickets').select('id').where('reference', '=', receipt.reference).execute();
    expect(tickets).toHaveLength(1);
    expect(desk.context.pageErrors).toEqual([]);
    await desk.context.close();
  });
});

describe('the station answer', () => {
  it("gives a listed station's phone and WhatsApp, and otherwise the force's own channels, X and 112", async () => {
    const context = await newAppContext(browser, served.baseUrl, { viewport: PHONE_VIEWPORT });
    try {
      const page = await context.newPage();
      await page.goto('/stations');
      const result = page.getByTestId('find-result');
      const find = async (q: string, name: string) => {
        await page.getByLabel('Locality, landmark or station').fill(q);
        await page.getByRole('button', { name: 'Find my station' }).click();
        await result.getByRole('heading', { name: `Your station: ${name}` }).waitFor();
      };

      await find('Zero Mile', 'Sitabuldi');
      const listed = page.getByTestId('station-contacts');
      expect(await listed.getByRole('link', { name: '0712 256 1234' }).getAttribute('href')).toBe('tel:07122561234');
      expect(await listed.getByRole('link', { name: '+91 98220 12345' }).getAttribute('href')).toBe('https://wa.me/919822012345');
      expect(await result.getByRole('link', { name: 'Report to this station' }).getAttribute('href')).toBe('/report?station=ngp-ps-sitabuldi');
      await checkLanguages(page, 'station-contacts-listed', { en: 'How to reach it', hi: 'संपर्क कैसे करें', mr: 'संपर्क कसा करावा' });

      // Ambazari lists none: nothing is invented, the force's own channels are offered instead.
      await find('Ambazari', 'Ambazari');
      const fallback = page.getByTestId('station-contacts');
      await fallback.getByText('This station’s phone and chats are not listed here yet.', { exact: false }).waitFor();
      expect(await fallback.getByRole('link', { name: '+91 90000 00112' }).getAttribute('href')).toBe('https://wa.me/919000000112');
      expect(await fallback.getByRole('link', { name: '@NagpurPoliceBot' }).getAttribute('href')).toBe('https://t.me/NagpurPoliceBot');
      expect(await fallback.getByRole('link', { name: '@NagpurPolice', exact: true }).getAttribute('href')).toBe('https://x.com/NagpurPolice');
      expect(await fallback.getByRole('link', { name: /^\+?[0-9 ]{6,}$/ }).count()).toBe(1);
      expect(await result.getByRole('link', { name: 'Emergency? Call 112' }).getAttribute('href')).toBe('tel:112');
      await result.getByRole('link', { name: 'Report to this station' }).waitFor();
      await checkLanguages(page, 'station-contacts-fallback', { en: 'WhatsApp, city police', hi: 'व्हाट्सऐप, शहर पुलिस', mr: 'व्हॉट्सॲप, शहर पोलीस' });
      expect(context.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
