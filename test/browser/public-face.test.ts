/**
 * Issue 13 in Chromium at phone width, in English, Hindi and Marathi, axe-clean: the tracking page (the
 * citizen's words, the police's replies, a translated timeline, adding to the report, live updates),
 * finding a station by place, map or location, and the awareness kit (the city's page and the posters).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  describeViolations,
  launchBrowser,
  newAppContext,
  PHONE_VIEWPORT,
  screenshotPath,
  scrollsSideways,
  seriousAxeViolations,
  serveApp,
  type ServedApp,
} from '../support/browser.js';
import { DEMO_PASSWORD } from '../support/harness.js';

// A real browser on a shared two-core machine: generous limits, no timed assertions.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

let served: ServedApp;
let browser: Browser;

beforeAll(async () => {
  served = await serveApp('sqlite');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function withPage<T>(
  opts: { viewport?: { width: number; height: number }; locale?: string },
  fn: (page: Page, context: BrowserContext & { blocked: string[] }) => Promise<T>,
): Promise<T> {
  const context = await newAppContext(browser, served.baseUrl, { viewport: PHONE_VIEWPORT, ...opts });
  try {
    const result = await fn(await context.newPage(), context);
    expect(context.pageErrors).toEqual([]);
    return result;
  } catch (err) {
    if (context.pageErrors.length > 0 && err instanceof Error) err.message += `\npage errors: ${context.pageErrors.join(' | ')}`;
    throw err;
  } finally {
    await context.close();
  }
}

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
}

async function deskCookie(username: string): Promise<string> {
  const res = await fetch(`${served.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = (res.headers.getSetCookie?.() ?? []).find((c) => c.startsWith('chowki_session='));
  return cookie?.split(';')[0] ?? '';
}

async function deskPost(cookie: string, path: string, body: unknown): Promise<number> {
  const res = await fetch(`${served.baseUrl}${path}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.status;
}

describe('tracking page', () => {
  it("shows the citizen's words, the replies and a translated timeline, adds information, and updates by itself", async () => {
    const res = await fetch(`${served.baseUrl}/api/public/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Mobile snatched near Zero Mile just now', name: 'Asha Patil', phone: '+91 98220 12345' }),
    });
    const receipt = (await res.json()) as { reference: string; trackingUrl: string };
    const ticket = await served.ctx.store.db.selectFrom('tickets').select('id').where('reference', '=', receipt.reference).executeTakeFirstOrThrow();
    const op = await deskCookie('op.sitabuldi');
    expect(await deskPost(op, `/api/tickets/${ticket.id}/replies`, { text: 'A team is on its way to Zero Mile.', visibility: 'public' })).toBe(201);

    await withPage({}, async (page) => {
      await page.goto(receipt.trackingUrl);
      const messages = page.getByTestId('track-messages');
      await messages.getByText('A team is on its way to Zero Mile.').waitFor();
      await messages.getByText('Mobile snatched near Zero Mile just now').waitFor();
      expect(await page.locator('main').textContent()).not.toMatch(/Asha|98220/);

      // Adding information: it joins the conversation on the page.
      await page.getByLabel('What else should the police know?').fill('The man wore a red shirt and ran towards the station');
      await page.getByRole('button', { name: 'Add to my report' }).click();
      await page.getByRole('status').filter({ hasText: 'Added to your report.' }).waitFor();
      await messages.getByText('The man wore a red shirt').waitFor();

      // The police resolve it: the page shows it after its next poll, translated, without a reload.
      expect(await deskPost(op, `/api/tickets/${ticket.id}/status`, { status: 'resolved', outcome: 'fir_registered' })).toBe(200);
      await page.getByTestId('track-outcome').getByText('FIR registered').waitFor();
      const timeline = page.getByTestId('track-timeline');
      await timeline.getByText('Report received').waitFor();
      await checkLanguages(page, 'track', { en: 'What happened to your report', hi: 'आपकी शिकायत पर क्या हुआ', mr: 'तुमच्या तक्रारीचे काय झाले' });
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).not.toContain('fir_registered');
      expect(text).toContain('FIR दाखल');
      // Marathi dates in Devanagari digits, as Intl writes them for mr-IN.
      expect(await timeline.locator('time').first().textContent()).toMatch(/[०-९]/);
    });
  });
});

describe('find your station', () => {
  it('finds a station by place in any spelling, by the map and by location, and reports to it', async () => {
    await withPage({}, async (page, context) => {
      await page.goto('/stations');
      await page.locator('svg path.jurisdiction').first().waitFor({ state: 'attached' });
      // The two stations the reference data gives no point are named as not on the map yet, with how to find them.
      const noArea = page.getByTestId('no-area');
      await noArea.getByText(/Shanti Nagar/).waitFor();
      await noArea.getByText(/Kapil Nagar/).waitFor();
      await noArea.getByText(/Type their name above to find them/).waitFor();

      const result = page.getByTestId('find-result');
      for (const q of ['Dharampeth', 'Zero Mile', 'Manish Nagar', 'sitabardi']) {
        await page.getByLabel('Locality, landmark or station').fill(q);
        await page.getByRole('button', { name: 'Find my station' }).click();
        await result.getByRole('heading', { name: /^Your station: / }).waitFor();
        await result.getByText(/^@demo_/).waitFor();
      }
      await page.getByLabel('Locality, landmark or station').fill('सीताबर्डी');
      await page.getByRole('button', { name: 'Find my station' }).click();
      await result.getByRole('heading', { name: 'Your station: Sitabuldi' }).waitFor();
      expect(await page.locator('path.jurisdiction-highlight').count()).toBe(1);
      await checkLanguages(page, 'stations-find', { en: 'Your station', hi: 'आपका थाना', mr: 'तुमचे पोलीस ठाणे' });
      await page.getByRole('button', { name: 'English', exact: true }).click();

      // A tap on the map finds the station of that point.
      const map = page.getByTestId('jurisdiction-map');
      await map.scrollIntoViewIfNeeded();
      const box = await map.boundingBox();
      if (!box) throw new Error('no map');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await result.getByText('Found from the point on the map').waitFor();
      await page.locator('path.place-marker').waitFor({ state: 'attached' });

      // "Use my location".
      await context.grantPermissions(['geolocation'], { origin: served.baseUrl });
      await context.setGeolocation({ latitude: 21.1466946, longitude: 79.0806347 });
      await page.getByRole('button', { name: 'Use my location' }).click();
      await result.getByRole('heading', { name: 'Your station: Sitabuldi' }).waitFor();

      // Report to this station: the form says where it goes, and the ticket goes there.
      await result.getByRole('link', { name: 'Report to this station' }).click();
      await page.getByTestId('preset-station').getByText('Your report goes to Sitabuldi.').waitFor();
      expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
      await page.getByLabel('What happened?').fill('My bicycle was stolen last night');
      await page.getByRole('button', { name: 'Send report' }).click();
      const reference = ((await page.getByTestId('reference').textContent()) ?? '').trim();
      const ticket = await served.ctx.store.db.selectFrom('tickets').select('station_id').where('reference', '=', reference).executeTakeFirstOrThrow();
      expect(ticket.station_id).toBe('ngp-ps-sitabuldi');
    });
  });
});

/** The size of each page of a PDF in points, read from its MediaBoxes (Chromium writes them uncompressed). */
function pdfPageSizes(pdf: Buffer): Array<[number, number]> {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
}

describe('awareness kit', () => {
  it("lists every station's account by zone on a shareable, printable page", async () => {
    const active = served.ctx.city.units.filter((u) => u.kind === 'station' && u.status === 'active');
    await withPage({}, async (page) => {
      await page.goto('/stations/kit');
      await page.getByText('@demo_ambazari_ps').waitFor();
      expect(await page.locator('[data-testid="kit-stations"] li').count()).toBe(active.length);
      await checkLanguages(page, 'kit', { en: 'Police stations on X', hi: 'X पर पुलिस थाने', mr: 'X वरील पोलीस ठाणी' });
      await page.emulateMedia({ media: 'print' });
      const sizes = pdfPageSizes(await page.pdf({ preferCSSPageSize: true }));
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes[0]).toEqual([595, 842]);
    });
  });

  it('prints a station poster on A4 and A3, one page each, with its handle, 112 first and a QR code to its report form', async () => {
    const { create } = await import('qrcode');
    await withPage({}, async (page) => {
      await page.goto('/stations/ngp-ps-sitabuldi/poster');
      const poster = page.getByTestId('poster');
      await poster.getByText('@demo_sitabuldi_ps').waitFor();
      await poster.getByText('Emergency? Call 112 first').waitFor();
      // The QR code is the report form addressed to this station, as the qrcode package encodes it.
      const url = `${served.baseUrl}/report?station=ngp-ps-sitabuldi`;
      await poster.getByText(url).waitFor();
      const qr = create(url, { errorCorrectionLevel: 'M' });
      const dark = qr.modules.data.reduce((n, v) => n + (v ? 1 : 0), 0);
      const drawn = await page.locator('[data-testid="qr-code"] path').getAttribute('d');
      expect((drawn ?? '').split('M').length - 1).toBe(dark);
      await checkLanguages(page, 'poster', { en: 'Your police station', hi: 'आपका पुलिस थाना', mr: 'तुमचे पोलीस ठाणे' });

      await page.emulateMedia({ media: 'print' });
      expect(pdfPageSizes(await page.pdf({ preferCSSPageSize: true, path: '/tmp/chowki-poster-a4.pdf' }))).toEqual([[595, 842]]);
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('link', { name: 'A3', exact: true }).click();
      await page.locator('.poster-sheet.a3').waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(pdfPageSizes(await page.pdf({ preferCSSPageSize: true, path: '/tmp/chowki-poster-a3.pdf' }))).toEqual([[842, 1191]]);
    });
  });
});
