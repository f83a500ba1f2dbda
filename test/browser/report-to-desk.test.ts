/**
 * Issue 2, end to end in Chromium: a citizen reports on the public page; the Sitabuldi desk sees the
 * ticket arrive live; Ambazari never does; the Zone 2 DCP and the Commissioner do. On both engines:
 * SQLite's in-process bus and PostgreSQL's LISTEN/NOTIFY.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, logInOnDesk, newAppContext, screenshotPath, serveApp, type ServedApp } from '../support/browser.js';
import { testEngines } from '../support/harness.js';

// A real browser on a shared two-core machine: generous limits, no timed assertions.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const engines = await testEngines();

describe.each(engines)('report → live desk (%s)', (engine) => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveApp(engine);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  /** A desk page logged in as `username`, marked so that a reload would be noticed. */
  async function openDesk(username: string): Promise<Page> {
    const context = await newAppContext(browser, served.baseUrl);
    const page = await context.newPage();
    await logInOnDesk(page, username);
    await page.evaluate(() => {
      (window as unknown as { chowkiNoReload: boolean }).chowkiNoReload = true;
    });
    return page;
  }

  const row = (page: Page, reference: string) => page.locator(`[data-testid="queue"] li[data-reference="${reference}"]`);
  const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { chowkiNoReload?: boolean }).chowkiNoReload === true);

  it("reaches Sitabuldi's desk live, and Zone 2's and the Commissioner's, never Ambazari's", async () => {
    const [sitabuldi, ambazari, dcp, cp] = await Promise.all([openDesk('op.sitabuldi'), openDesk('op.ambazari'), openDesk('dcp.z2'), openDesk('cp')]);

    const citizen = await (await newAppContext(browser, served.baseUrl, { viewport: { width: 390, height: 844 } })).newPage();
    await citizen.goto('/');
    await citizen.getByLabel('What happened?').fill('Mobile snatched near Zero Mile just now');
    await citizen.getByRole('button', { name: 'Send report' }).click();
    const referenceText = await citizen.getByTestId('reference').textContent({ timeout: 10_000 });
    const reference = referenceText?.trim() ?? '';
    expect(reference).toMatch(/^NGP-\d{4}-\d{6}$/);
    if (engine === 'sqlite') await citizen.screenshot({ path: screenshotPath('report-done-phone'), fullPage: true });

    // The desks: no reload, the new row shows up in the Sitabuldi queue, and the counts follow.
    const sitabuldiRow = row(sitabuldi, reference);
    await sitabuldiRow.waitFor({ timeout: 15_000 });
    expect(await notReloaded(sitabuldi)).toBe(true);
    expect(await sitabuldi.getByTestId('count-total').textContent()).toBe('1');
    expect(await sitabuldiRow.textContent()).toContain('Zero Mile');
    if (engine === 'sqlite') await sitabuldi.screenshot({ path: screenshotPath('desk-queue'), fullPage: true });

    await row(dcp, reference).waitFor({ timeout: 15_000 });
    await row(cp, reference).waitFor({ timeout: 15_000 });
    expect(await notReloaded(dcp)).toBe(true);
    expect(await notReloaded(cp)).toBe(true);

    // Ambazari's stream is live (its own report arrives), and the Zero Mile ticket never came.
    await citizen.goto('/');
    await citizen.getByLabel('What happened?').fill('Fight going on near Ambazari lake right now');
    await citizen.getByRole('button', { name: 'Send report' }).click();
    const ambazariReference = (await citizen.getByTestId('reference').textContent({ timeout: 10_000 }))?.trim() ?? '';
    await row(ambazari, ambazariReference).waitFor({ timeout: 15_000 });
    expect(await row(ambazari, reference).count()).toBe(0);
    await ambazari.reload();
    await row(ambazari, ambazariReference).waitFor();
    expect(await row(ambazari, reference).count()).toBe(0);

    // The citizen's browser holds no desk session.
    const asCitizen = await citizen.context().request.get(`${served.baseUrl}/api/tickets?limit=1`);
    expect(asCitizen.status()).toBe(401);
  });

  it('gives the citizen a link that shows the status', async () => {
    const citizen = await (await newAppContext(browser, served.baseUrl)).newPage();
    await citizen.goto('/report');
    await citizen.getByLabel('What happened?').fill('Mobile snatched near Zero Mile just now');
    await citizen.getByLabel(/Phone number/).fill('+91 98220 12345');
    await citizen.getByRole('button', { name: 'Send report' }).click();
    const reference = (await citizen.getByTestId('reference').textContent({ timeout: 10_000 }))?.trim() ?? '';
    await citizen.getByTestId('tracking-link').click();
    await citizen.waitForURL((u) => u.pathname === `/track/${reference}` && u.searchParams.has('token'));
    const status = citizen.getByTestId('track-status');
    await status.waitFor();
    const text = (await status.textContent()) ?? '';
    expect(text).toContain('New');
    expect(text).toContain('Sitabuldi');
    expect(text).not.toContain('98220');
    if (engine === 'sqlite') await citizen.screenshot({ path: screenshotPath('track'), fullPage: true });

    // Without the token, nothing.
    await citizen.goto(`/track/${reference}?token=wrong-token-123`);
    await citizen.getByText('No report matches this reference and link').waitFor();
  });
});
