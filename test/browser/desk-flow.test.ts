/**
 * Issue 15, the queue's flow in Chromium: the queue keeps its filters (URL), scroll and selected row
 * (sessionStorage) across a ticket visit and a reload; n / p on the ticket page go to the next and previous
 * ticket of that queue and Esc comes back to it; compact rows fit twice as many tickets and are remembered;
 * on a phone the filters fold away behind one button. Desktop and phone width, English, Hindi and Marathi.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeViolations, launchBrowser, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { expectNoPageErrors, openDesk, openTicket, stationOf } from './desk-helpers.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const PLACES = ['Sitabuldi market', 'Zero Mile', 'Sitabuldi fort', 'Variety Square', 'Munje Chowk'];

describe("the queue's flow (sqlite)", () => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveApp('sqlite');
    browser = await launchBrowser();
    for (let i = 0; i < 30; i++) {
      const t = await openTicket(served, `Bicycle stolen near ${PLACES[i % PLACES.length]} yesterday, report number ${i + 1}`);
      if (i === 0) expect(await stationOf(served, t.id)).toBe('ngp-ps-sitabuldi');
    }
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const rowIds = (page: Page) => page.locator('[data-testid="queue"] a[data-row]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-id'))));
  const focusedId = (page: Page) => page.evaluate(() => Number(document.activeElement?.getAttribute('data-id') ?? NaN));

  async function check(page: Page, name: string): Promise<void> {
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
  }

  it('comes back to the same filters, scroll and row after a ticket, n / p and a reload', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi');
    await page.getByLabel('Order').selectOption('sla');
    await page.waitForURL((u) => u.searchParams.get('sort') === 'sla');
    await page.locator('[data-testid="queue"] li').nth(29).waitFor();
    const ids = await rowIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(30);

    const row12 = page.locator(`[data-testid="queue"] a[data-id="${ids[11]}"]`);
    await row12.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 120));
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(200);
    await row12.click();
    await page.waitForURL((u) => u.pathname === `/desk/tickets/${ids[11]}`);
    await page.getByRole('heading', { level: 1 }).waitFor();

    // n and p follow the queue's order.
    await page.locator('body').press('n');
    await page.waitForURL((u) => u.pathname === `/desk/tickets/${ids[12]}`);
    await page.getByRole('navigation', { name: 'Tickets of the queue' }).getByRole('link', { name: /Previous/ }).waitFor();
    await page.locator('body').press('n');
    await page.waitForURL((u) => u.pathname === `/desk/tickets/${ids[13]}`);
    await page.locator('body').press('p');
    await page.waitForURL((u) => u.pathname === `/desk/tickets/${ids[12]}`);
    await check(page, 'desk-ticket-steps-1280-en');

    // Esc: the same queue, sorted as it was, at the same scroll, with the last ticket seen selected.
    await page.locator('body').press('Escape');
    await page.waitForURL((u) => u.pathname === '/desk' && u.searchParams.get('sort') === 'sla');
    // The last page is painted at once from memory (then refreshed), so the rows are there without a wait.
    expect(await page.locator('[data-testid="queue"] li').count()).toBe(ids.length);
    await page.waitForFunction((id) => Number(document.activeElement?.getAttribute('data-id')) === id, ids[12]);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scrolled);
    expect(await page.locator('[data-testid="queue"] li.selected a').getAttribute('data-id')).toBe(String(ids[12]));

    // A reload keeps all three.
    await page.reload();
    // The stream reconnects after a reload; on a loaded machine that can take longer than waitForLive's 10 s.
    await page.locator('[data-testid="stream-state"].stream-live').waitFor();
    expect(await page.getByLabel('Order').inputValue()).toBe('sla');
    await page.waitForFunction((id) => Number(document.activeElement?.getAttribute('data-id')) === id, ids[12]);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scrolled);
    expect(await focusedId(page)).toBe(ids[12]);

    // At the end of the queue, n says so instead of moving.
    await page.goto(`/desk/tickets/${ids[ids.length - 1]}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('body').press('n');
    await page.getByText('This is the last ticket of the queue.').waitFor({ state: 'attached' });
    expectNoPageErrors(context);
    await context.close();
  });

  it('fits twice as many rows when compact, and remembers it', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi');
    await page.locator('[data-testid="queue"] li').nth(29).waitFor();
    const rowHeight = () => page.locator('[data-testid="queue"] li').nth(3).evaluate((e) => e.getBoundingClientRect().height);
    const comfortable = await rowHeight();
    await page.getByRole('button', { name: 'Compact rows' }).click();
    await page.locator('[data-testid="queue"].dense').waitFor();
    const compact = await rowHeight();
    expect(compact).toBeLessThanOrEqual(comfortable / 1.8);
    // About 20 rows on an 800 px screen where 10 fitted before.
    expect(Math.floor(800 / compact)).toBeGreaterThanOrEqual(20);
    await check(page, 'desk-queue-compact-1280-en');
    await page.reload();
    // The stream reconnects after a reload; on a loaded machine that can take longer than waitForLive's 10 s.
    await page.locator('[data-testid="stream-state"].stream-live').waitFor();
    expect(await page.getByRole('button', { name: 'Compact rows' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Compact rows' }).click();
    expectNoPageErrors(context);
    await context.close();
  });

  it('folds the filters away on a phone, in Hindi and Marathi, and steps through tickets there', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi', PHONE_VIEWPORT);
    await page.locator('[data-testid="queue"] li').nth(5).waitFor();
    expect(await page.getByLabel('Category').isVisible()).toBe(false);
    expect(await page.getByLabel('Search').isVisible()).toBe(true);
    const filtersTop = await page.getByRole('button', { name: 'Filters (0 on)' }).evaluate((e) => e.getBoundingClientRect().bottom);
    const firstRow = await page.locator('[data-testid="queue"] li').first().evaluate((e) => e.getBoundingClientRect().top);
    expect(firstRow - filtersTop).toBeLessThan(200);
    await check(page, 'desk-queue-folded-390-en');

    await page.getByRole('button', { name: 'हिन्दी' }).click();
    const toggle = page.getByRole('button', { name: 'फ़िल्टर (0 चालू)' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByLabel('श्रेणी').selectOption('theft');
    await page.getByRole('button', { name: 'फ़िल्टर (1 चालू)' }).waitFor();
    await check(page, 'desk-queue-filters-390-hi');

    await page.getByRole('button', { name: 'मराठी' }).click();
    const ids = await rowIds(page);
    await page.locator(`[data-testid="queue"] a[data-id="${ids[1]}"]`).click();
    await page.waitForURL((u) => u.pathname === `/desk/tickets/${ids[1]}`);
    const steps = page.getByRole('navigation', { name: 'रांगेतील तिकिटे' });
    await steps.getByRole('link', { name: /पुढचे/ }).click();
    await page.waitForURL((u) => u.pathname === `/desk/tickets/${ids[2]}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await check(page, 'desk-ticket-steps-390-mr');
    await steps.getByRole('link', { name: /मागचे/ }).waitFor();
    expectNoPageErrors(context);
    await context.close();
  });
});
