/**
 * The web app's screens in Chromium: form errors announced, a bad login said plainly, the map drawn
 * with no network (and with tiles when configured), the three languages, axe-core on every screen,
 * and screenshots at desktop and phone width in /tmp for a human to look at.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DESKTOP_VIEWPORT,
  launchBrowser,
  logInOnDesk,
  newAppContext,
  PHONE_VIEWPORT,
  screenshotPath,
  seriousAxeViolations,
  serveApp,
  type ServedApp,
} from '../support/browser.js';

// A real browser on a shared two-core machine: generous limits, no timed assertions.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

// UI behaviour does not depend on the engine; the report → desk suite runs on both.
let served: ServedApp;
let browser: Browser;
let ticketId: number;
let reference: string;
let trackingUrl: string;

beforeAll(async () => {
  served = await serveApp('sqlite');
  browser = await launchBrowser();
  const res = await fetch(`${served.baseUrl}/api/public/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'Mobile snatched near Zero Mile just now', name: 'Asha Patil', phone: '+91 98220 12345' }),
  });
  const body = (await res.json()) as { reference: string; trackingUrl: string };
  reference = body.reference;
  trackingUrl = body.trackingUrl;
  ticketId = Number(reference.slice(-6));
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function withPage<T>(
  opts: { viewport?: { width: number; height: number } },
  fn: (page: Page, context: BrowserContext & { blocked: string[] }) => Promise<T>,
): Promise<T> {
  const context = await newAppContext(browser, served.baseUrl, opts);
  try {
    const result = await fn(await context.newPage(), context);
    expect(context.pageErrors).toEqual([]);
    return result;
  } catch (err) {
    // Say what the page itself reported: a failed wait alone hides the cause.
    if (context.pageErrors.length > 0 && err instanceof Error) err.message += `\npage errors: ${context.pageErrors.join(' | ')}`;
    throw err;
  } finally {
    await context.close();
  }
}

function describeViolations(v: Awaited<ReturnType<typeof seriousAxeViolations>>): string {
  return v.map((x) => `${x.impact} ${x.id}: ${x.help}\n  ${x.nodes.map((n) => n.html).join('\n  ')}`).join('\n');
}

describe('public report page', () => {
  it('announces what is missing, and has no serious accessibility problems', async () => {
    await withPage({ viewport: PHONE_VIEWPORT }, async (page) => {
      await page.goto('/');
      expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
      await page.screenshot({ path: screenshotPath('report-phone'), fullPage: true });

      await page.getByRole('button', { name: 'Send report' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Please correct the marked fields.' });
      await alert.waitFor();
      const textarea = page.getByLabel('What happened?');
      expect(await textarea.getAttribute('aria-invalid')).toBe('true');
      expect(await textarea.evaluate((el) => el === document.activeElement)).toBe(true);
      const describedBy = (await textarea.getAttribute('aria-describedby')) ?? '';
      const described = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), describedBy);
      expect(described).toContain('Write at least a few words');

      await page.getByLabel(/Phone number/).fill('call me maybe');
      await textarea.fill('Chain snatched at Sitabuldi');
      await page.getByRole('button', { name: 'Send report' }).click();
      expect(await page.getByLabel(/Phone number/).getAttribute('aria-invalid')).toBe('true');
      expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
      await page.screenshot({ path: screenshotPath('report-errors-phone'), fullPage: true });
    });
  });

  it('speaks Hindi and Marathi, and remembers the choice', async () => {
    await withPage({}, async (page) => {
      await page.goto('/report');
      await page.getByRole('button', { name: 'हिन्दी' }).click();
      await page.getByLabel('क्या हुआ?').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('hi');
      await page.getByRole('button', { name: 'मराठी' }).click();
      await page.getByLabel('काय घडले?').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('mr');
      expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
      await page.screenshot({ path: screenshotPath('report-marathi'), fullPage: true });
      await page.reload();
      await page.getByLabel('काय घडले?').waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByLabel('What happened?').waitFor();
    });
  });

  it('shows the tracking page on a phone, in Marathi with localised dates', async () => {
    await withPage({ viewport: PHONE_VIEWPORT }, async (page) => {
      await page.goto(trackingUrl);
      await page.getByTestId('track-status').waitFor();
      expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
      await page.screenshot({ path: screenshotPath('track-phone'), fullPage: true });
      await page.getByRole('button', { name: 'मराठी' }).click();
      const status = page.getByTestId('track-status');
      await status.getByText('सीताबर्डी').or(status.getByText('पोलीस ठाणे')).first().waitFor();
      const text = (await status.textContent()) ?? '';
      expect(text).toContain('नवे');
      expect(text).not.toContain('Asha');
      expect(text).not.toContain('98220');
    });
  });
});

describe('find your station', () => {
  it('draws every jurisdiction with no network and no tile server, and lists the X handles by zone', async () => {
    await withPage({}, async (page, context) => {
      await page.goto('/stations');
      const paths = page.locator('[data-testid="jurisdiction-map"] svg path.jurisdiction');
      await paths.first().waitFor({ state: 'attached' });
      const features = (await (await fetch(`${served.baseUrl}/api/units/jurisdictions`)).json()) as { features: unknown[] };
      expect(await paths.count()).toBe(features.features.length);
      expect(await page.locator('.station-label').count()).toBeGreaterThan(10);
      expect(await page.locator('img.leaflet-tile').count()).toBe(0);
      expect(context.blocked).toEqual([]);
      await page.getByRole('heading', { name: 'Zone 2' }).waitFor();
      await page.getByText('@demo_ambazari_ps').waitFor();
      expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
      await page.screenshot({ path: screenshotPath('stations'), fullPage: true });

      await page.getByRole('button', { name: /^Sitabuldi/ }).click();
      expect(await page.locator('path.jurisdiction-highlight').count()).toBe(1);
    });
    await withPage({ viewport: PHONE_VIEWPORT }, async (page) => {
      await page.goto('/stations');
      await page.locator('svg path.jurisdiction').first().waitFor({ state: 'attached' });
      await page.screenshot({ path: screenshotPath('stations-phone'), fullPage: true });
    });
  });

  it('uses tiles when a tile URL is configured', async () => {
    await withPage({}, async (page) => {
      await page.route(`${served.baseUrl}/stations`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          /<meta name="chowki-tile-url" content="[^"]*"/,
          '<meta name="chowki-tile-url" content="http://tiles.chowki.test/{z}/{x}/{y}.png"',
        );
        // A server started on a build with that tag allows its tile server in the CSP (read at start).
        const headers = { ...response.headers() };
        const csp = headers['content-security-policy'];
        if (csp) headers['content-security-policy'] = csp.replace(/img-src ([^;]*)/, 'img-src $1 http://tiles.chowki.test');
        await route.fulfill({ response, body: html, headers });
      });
      const tiles: string[] = [];
      await page.route('http://tiles.chowki.test/**', (route) => {
        tiles.push(route.request().url());
        return route.fulfill({ status: 200, contentType: 'image/png', body: ONE_PIXEL_PNG });
      });
      await page.goto('/stations');
      await page.locator('img.leaflet-tile').first().waitFor({ state: 'attached' });
      expect(tiles.length).toBeGreaterThan(0);
      expect(await page.locator('svg path.jurisdiction').count()).toBeGreaterThan(0);
    });
  });
});

describe('the desk', () => {
  it('says plainly when the login is wrong', async () => {
    await withPage({}, async (page) => {
      await page.goto('/desk/login');
      await page.getByLabel('Username').fill('op.sitabuldi');
      await page.getByLabel('Password').fill('not-the-password');
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('alert').filter({ hasText: 'Wrong username or password.' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/desk/login');
      expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
      await page.screenshot({ path: screenshotPath('login-error'), fullPage: true });
    });
  });

  it('sends a visitor without a session to the login, and back after it', async () => {
    await withPage({}, async (page) => {
      await page.goto(`/desk/tickets/${ticketId}`);
      await page.waitForURL((u) => u.pathname === '/desk/login');
      await page.getByLabel('Username').fill('op.sitabuldi');
      await page.getByLabel('Password').fill('demo-password-1');
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL((u) => u.pathname === `/desk/tickets/${ticketId}`);
      await page.getByRole('heading', { name: reference }).waitFor();
    });
  });

  it('shows the queue and a ticket with its messages, reasons, audit and map, keyboard first', async () => {
    await withPage({}, async (page, context) => {
      await logInOnDesk(page, 'op.sitabuldi');
      const row = page.locator(`[data-testid="queue"] li[data-reference="${reference}"]`);
      await row.waitFor();
      expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
      await page.screenshot({ path: screenshotPath('desk-queue-desktop'), fullPage: true });

      // j focuses the first ticket, Enter opens it.
      await page.locator('body').press('j');
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname === `/desk/tickets/${ticketId}`);
      await page.getByRole('heading', { name: reference }).waitFor();
      await page.getByText('Mobile snatched near Zero Mile just now').first().waitFor();
      await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
      expect(await page.locator('.audit li').count()).toBeGreaterThan(0);
      expect(await page.locator('.reasons li').count()).toBeGreaterThan(0);
      await page.getByText('Asha Patil').waitFor();
      await page.locator('path.place-marker').waitFor({ state: 'attached' });
      expect(await page.locator('path.jurisdiction-highlight').count()).toBe(1);
      expect(context.blocked).toEqual([]);
      expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
      await page.screenshot({ path: screenshotPath('desk-ticket'), fullPage: true });

      await page.keyboard.press('Escape');
      await page.waitForURL((u) => u.pathname === '/desk');
      await row.waitFor();
    });
  });

  it('works on a phone and in Hindi', async () => {
    await withPage({ viewport: PHONE_VIEWPORT }, async (page) => {
      await logInOnDesk(page, 'op.sitabuldi');
      await page.locator(`[data-testid="queue"] li[data-reference="${reference}"]`).waitFor();
      await page.getByRole('button', { name: 'हिन्दी' }).click();
      await page.getByRole('heading', { name: 'कतार' }).waitFor();
      expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
      await page.screenshot({ path: screenshotPath('desk-queue-phone-hindi'), fullPage: true });
      await page.locator(`[data-testid="queue"] li[data-reference="${reference}"] a`).click();
      await page.getByRole('heading', { name: reference }).waitFor();
      await page.locator('path.place-marker').waitFor({ state: 'attached' });
      await page.screenshot({ path: screenshotPath('desk-ticket-phone-hindi'), fullPage: true });
      const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(size.scroll).toBeLessThanOrEqual(size.client);
    });
  });
});

void DESKTOP_VIEWPORT;

const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
