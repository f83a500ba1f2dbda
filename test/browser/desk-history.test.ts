/**
 * Issue 15, the history in Chromium: the status filter offers every status; search finds a resolved
 * ticket by its reference and a citizen by any spelling of their phone; a date range narrows it; the
 * ticket page lists the citizen's other tickets in time order, earlier and later apart. Desktop and phone
 * width, English, Hindi and Marathi, axe-clean.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeViolations, launchBrowser, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { apiAs, expectNoPageErrors, openDesk, openTicket, queueRow, stationOf, type Opened } from './desk-helpers.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

describe('the desk history (sqlite)', () => {
  let served: ServedApp;
  let browser: Browser;
  const citizen: Opened[] = [];
  let other: Opened;

  beforeAll(async () => {
    served = await serveApp('sqlite');
    browser = await launchBrowser();
    citizen.push(await openTicket(served, 'Bicycle stolen at Sitabuldi market', { channel: 'whatsapp', author: { id: '919822012345', phone: '+91 98220 12345' }, reply: { to: '919822012345', public: false } }));
    citizen.push(await openTicket(served, 'Loud music all night near Zero Mile', { channel: 'telegram', author: { id: 'tg:777', phone: '09822012345' }, reply: { to: '777', public: false } }));
    citizen.push(await openTicket(served, 'Mobile snatched near Zero Mile', { author: { id: 'web:citizen', phone: '9822012345' } }));
    other = await openTicket(served, 'Chain snatched near Zero Mile square');
    for (const t of [...citizen, other]) expect(await stationOf(served, t.id)).toBe('ngp-ps-sitabuldi');
    await (await apiAs(served, 'op.sitabuldi'))('POST', `/api/tickets/${citizen[0]?.id}/status`, { status: 'resolved', outcome: 'advised' });
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

  const shown = (page: Page) => page.locator('[data-testid="queue"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-reference')).sort());

  it('offers every status, finds a resolved ticket by reference and a citizen by any spelling of the phone, and takes a date range', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi');
    const [resolved, second, third] = citizen as [Opened, Opened, Opened];
    await queueRow(page, other.reference).waitFor();
    expect(await queueRow(page, resolved.reference).count()).toBe(0);

    const statuses = await page.getByLabel('Status').locator('option').allTextContents();
    expect(statuses).toEqual(expect.arrayContaining(['Open tickets', 'Every status', 'Resolved', 'Closed', 'Spam']));
    await page.getByLabel('Status').selectOption('resolved');
    await queueRow(page, resolved.reference).waitFor();
    expect(await shown(page)).toEqual([resolved.reference]);
    await page.getByLabel('Status').selectOption('');

    await page.getByLabel('Search').fill(resolved.reference);
    await page.waitForFunction((ref) => [...document.querySelectorAll('[data-testid="queue"] li')].map((e) => e.getAttribute('data-reference')).join() === ref, resolved.reference);
    await queueRow(page, resolved.reference).getByText('Resolved').waitFor();

    await page.getByLabel('Search').fill('09822012345');
    const all = [resolved, second, third].map((t) => t.reference).sort();
    await page.waitForFunction((refs) => [...document.querySelectorAll('[data-testid="queue"] li')].map((e) => e.getAttribute('data-reference')).sort().join() === refs, all.join());
    await check(page, 'desk-history-1280-en');

    // Today (IST) holds them all; a range that ended yesterday holds none.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());
    await page.getByLabel('Received from').fill(today);
    await page.waitForURL((u) => u.searchParams.get('from') === today);
    expect(await shown(page)).toEqual(all);
    await page.getByLabel('Received from').fill('2020-01-01');
    await page.getByLabel('Received to').fill('2020-01-02');
    await page.getByText('No tickets here').waitFor();
    expectNoPageErrors(context);
    await context.close();
  });

  it("lists the citizen's other tickets in time order, earlier and later, in Hindi and Marathi on a phone", async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi', PHONE_VIEWPORT);
    const [first, second, third] = citizen as [Opened, Opened, Opened];
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.goto(`/desk/tickets/${second.id}`);
    await page.getByRole('heading', { name: second.reference }).waitFor();
    await page.getByRole('heading', { name: 'पिछले टिकट' }).waitFor();
    expect(await page.getByTestId('earlier').locator('a').allTextContents()).toEqual([first.reference]);
    await page.getByRole('heading', { name: 'बाद के टिकट' }).waitFor();
    expect(await page.getByTestId('later').locator('a').allTextContents()).toEqual([third.reference]);
    await check(page, 'desk-citizen-history-390-hi');

    await page.getByRole('group', { name: 'भाषा', exact: true }).getByRole('button', { name: 'मराठी' }).click();
    await page.goto('/desk?status=all&q=%2B91%2098220%2012345');
    await queueRow(page, first.reference).waitFor();
    expect(await shown(page)).toEqual([first, second, third].map((t) => t.reference).sort());
    await page.getByRole('button', { name: /^फिल्टर/ }).click();
    expect(await page.getByLabel('स्थिती').inputValue()).toBe('all');
    await check(page, 'desk-history-390-mr');
    expectNoPageErrors(context);
    await context.close();
  });

  it('shows the citizen\'s phone to an officer and only masked to the administrator, at desktop and in Marathi on a phone', async () => {
    const second = citizen[1] as Opened;
    const officer = await openDesk(browser, served, 'op.sitabuldi');
    await officer.page.goto(`/desk/tickets/${second.id}`);
    await officer.page.getByTestId('contact-phone').getByRole('link', { name: '09822012345' }).waitFor();
    await check(officer.page, 'desk-contact-1280-en');
    await officer.context.close();

    const { page, context } = await openDesk(browser, served, 'admin', PHONE_VIEWPORT);
    await page.getByRole('button', { name: 'मराठी' }).click();
    await page.goto(`/desk/tickets/${second.id}`);
    await page.getByRole('heading', { name: second.reference }).waitFor();
    expect(await page.getByTestId('contact-phone').textContent()).toBe('+91 ••••••••45');
    expect(await page.locator('body').textContent()).not.toMatch(/9822012345|98220 12345/);
    await check(page, 'desk-contact-masked-390-mr');
    expectNoPageErrors(context);
    await context.close();
  });
});
