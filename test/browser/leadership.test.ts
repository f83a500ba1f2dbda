/**
 * The leadership screen in Chromium (issue 16): the Commissioner on a phone (390 px) sees the city's
 * figures with the previous period, a trend alert with the tickets behind it, the hotspot map drawn
 * offline, and drills down from the city to a zone to a station; a DCP sees their zone on a desktop;
 * an operator has no link to it. Each view with no serious or critical axe-core finding and no sideways scroll.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeViolations, launchBrowser, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { catchUpRollups } from '../../src/analytics/rollup.worker.js';
import { insertGeneratedTickets } from '../support/analytics.generate.js';
import { expectNoPageErrors, openDesk } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
const DAY = 86_400_000;

describe('the leadership screen (sqlite)', () => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveApp('sqlite');
    browser = await launchBrowser();
    const now = Date.now();
    await insertGeneratedTickets(served.ctx.store.db, served.ctx.city, { count: 600, from: now - 56 * DAY, days: 56, seed: 9, categories: ['theft', 'traffic', 'nuisance'] });
    await insertGeneratedTickets(served.ctx.store.db, served.ctx.city, { count: 25, from: now - 4 * DAY, days: 3, seed: 10, stations: ['ngp-ps-kotwali'], categories: ['theft'], refPrefix: 'SPIKE' });
    // The rollup worker's catch-up, as `chowki serve` runs it every few seconds.
    await catchUpRollups(served.ctx);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function check(page: Page, name: string): Promise<void> {
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
  }

  it('shows the Commissioner the city, an alert with its tickets, the map, and the way down to a station', async () => {
    const { page, context } = await openDesk(browser, served, 'cp', PHONE_VIEWPORT);
    await page.getByRole('link', { name: 'Leadership' }).click();
    await page.getByRole('heading', { name: /Leadership figures/ }).waitFor();
    await page.getByRole('link', { name: 'Last 30 days' }).click();
    await page.getByTestId('leadership.opened').waitFor();
    expect(Number((await page.getByTestId('leadership.opened').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(100);
    const alert = page.getByTestId('trend-alert').filter({ hasText: 'Kotwali' });
    await alert.waitFor();
    await page.locator('[data-testid="hotspot-map"] .hotspot').first().waitFor();
    await check(page, 'leadership-city-390-en');

    // The tickets behind the alert, each a link to its desk page.
    await alert.getByRole('button', { name: 'See the tickets' }).click();
    const behind = page.locator('#lead-behind');
    await behind.getByRole('link', { name: /^SPIKE-/ }).first().waitFor();
    expect(await behind.getByRole('link', { name: 'Open the desk queue with these filters' }).getAttribute('href')).toBe('/desk?category=theft');

    // City → zone 3 → Kotwali, and back up by the trail.
    await page.locator('#lead-children').getByRole('link', { name: 'Zone 3' }).click();
    await page.getByRole('heading', { name: /Leadership figures: Zone 3/ }).waitFor();
    await page.locator('#lead-children').getByRole('link', { name: 'Kotwali' }).click();
    await page.getByRole('heading', { name: /Leadership figures: Kotwali/ }).waitFor();
    await page.locator('#lead-peers').waitFor();
    await check(page, 'leadership-station-390-en');

    // In Marathi.
    await page.getByRole('button', { name: 'मराठी' }).click();
    await page.getByRole('heading', { name: /नेतृत्वासाठी आकडेवारी/ }).waitFor();
    await check(page, 'leadership-station-390-mr');
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.lead-trail').getByRole('link').first().click();
    await page.getByRole('heading', { name: /Leadership figures: Nagpur/ }).waitFor();
    expectNoPageErrors(context);
    await context.close();
  });

  it('shows a DCP their zone only, and gives an operator no link to it', async () => {
    const { page, context } = await openDesk(browser, served, 'dcp.z3');
    await page.goto(`${served.baseUrl}/desk/leadership`);
    await page.getByRole('heading', { name: /Leadership figures: Zone 3/ }).waitFor();
    await page.getByTestId('trend-alert').filter({ hasText: 'Kotwali' }).waitFor();
    await check(page, 'leadership-zone-1280-en');
    await context.close();

    // An SHO has it too, for their station (test/browser/leadership-public.test.ts); an operator does not.
    const op = await openDesk(browser, served, 'op.sitabuldi');
    expect(await op.page.getByRole('link', { name: 'Leadership' }).count()).toBe(0);
    await op.context.close();
  });
});
