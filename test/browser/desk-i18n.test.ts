/**
 * Issue 6, languages and phones in Chromium: every new desk screen (queue, ticket, roster, overview) in
 * Marathi and Hindi at 390px, with localised numbers and dates, no sideways scrolling, and no serious
 * or critical axe-core findings; the choice is switchable at any time and remembered.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeViolations, DESKTOP_VIEWPORT, launchBrowser, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { expectNoPageErrors, openDesk, openTicket, queueRow, type Opened } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const DEVANAGARI_DIGITS = /[०-९]/;

describe('the desk in Marathi and Hindi on a phone (sqlite)', () => {
  let served: ServedApp;
  let browser: Browser;
  let ticket: Opened;

  beforeAll(async () => {
    served = await serveApp('sqlite');
    browser = await launchBrowser();
    for (let i = 0; i < 11; i++) await openTicket(served, `Mobile snatched near Zero Mile, report ${i + 1}`);
    ticket = await openTicket(served, 'Chain snatched at Sitabuldi market, two men on a black bike', {
      channel: 'whatsapp',
      author: { id: '919800000099', name: 'सुनीता', phone: '+91 98000 00099' },
      reply: { to: '919800000099', public: false },
    });
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

  it('shows queue, ticket and roster in Marathi with Marathi numerals and dates', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi', PHONE_VIEWPORT);
    await queueRow(page, ticket.reference).waitFor();
    await page.getByRole('button', { name: 'मराठी' }).click();
    await page.getByRole('heading', { name: 'रांग' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('mr');
    // Twelve open tickets, written १२.
    expect(await page.getByTestId('count-total').textContent()).toBe('१२');
    // On a phone the filters are folded away until asked for (issue 15).
    await page.getByRole('button', { name: /^फिल्टर/ }).click();
    await page.getByText('कोणाकडे').first().waitFor();
    await check(page, 'desk-queue-390-mr');

    await page.keyboard.press('?');
    await page.getByRole('heading', { name: 'कीबोर्ड शॉर्टकट' }).waitFor();
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.keyboard.press('Escape');

    await queueRow(page, ticket.reference).getByRole('link').click();
    await page.getByRole('heading', { name: 'संवाद' }).waitFor();
    const when = (await page.locator('#conv time').first().textContent()) ?? '';
    expect(when).toMatch(DEVANAGARI_DIGITS);
    await page.getByRole('heading', { name: 'नागरिकाला उत्तर' }).waitFor();
    await page.locator('path.place-marker').waitFor({ state: 'attached' });
    await check(page, 'desk-ticket-390-mr');

    await page.getByRole('link', { name: 'ड्युटी तक्ता' }).click();
    await page.getByRole('heading', { name: /ड्युटी तक्ता/ }).waitFor();
    await page.getByText('आत्ता कोणीही ड्युटीवर नाही').waitFor();
    await check(page, 'desk-roster-390-mr');

    // Remembered across a reload.
    await page.reload();
    await page.getByRole('heading', { name: /ड्युटी तक्ता/ }).waitFor();
    expectNoPageErrors(context);
    await context.close();
  });

  it("says a refused reply in Hindi, never in the server's English, and reads the audit trail in Hindi", async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi', PHONE_VIEWPORT);
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.goto(`/desk/tickets/${ticket.id}`);
    await page.getByRole('heading', { name: ticket.reference }).waitFor();
    const reply = page.locator('#reply');
    await reply.getByLabel('सार्वजनिक').check();
    await reply.getByLabel('आपका जवाब').fill('हमें 98220 12345 पर कॉल करें');
    await reply.getByRole('button', { name: 'जवाब भेजें' }).click();
    const refused = reply.getByRole('alert');
    await refused.getByText('सार्वजनिक जवाब में फ़ोन नंबर, नाम या पता जैसी निजी जानकारी नहीं हो सकती। उसे हटाएँ, या निजी जवाब भेजें।').waitFor();
    expect(await refused.getAttribute('data-error-code')).toBe('PERSONAL_DATA_IN_PUBLIC_REPLY');
    // The server's English is kept for support in the title, never in the text.
    expect(await refused.textContent()).not.toMatch(/[A-Za-z]{3,}/);
    expect(await refused.getAttribute('title')).toContain('public reply must not');
    // The audit trail: sentences in Hindi, no codes.
    const audit = page.getByTestId('audit');
    await audit.locator('li[data-action="ticket.created"]').getByText(/चौकी ने टिकट खोला/).waitFor();
    expect(await audit.textContent()).not.toMatch(/ticket\.[a-z_]+|[{}"]/);
    await check(page, 'desk-ticket-refused-390-hi');
    expectNoPageErrors(context);
    await context.close();
  });

  it("shows the DCP's overview in Hindi on a phone, and in English at desktop width", async () => {
    const { page, context } = await openDesk(browser, served, 'dcp.z2', PHONE_VIEWPORT);
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.getByRole('link', { name: 'अवलोकन' }).click();
    await page.getByRole('heading', { name: /अवलोकन/ }).waitFor();
    await page.getByRole('heading', { name: 'थानेवार भार' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('hi');
    await page.getByTestId('total-open').getByText('12').waitFor();
    await check(page, 'desk-overview-390-hi');

    await page.getByRole('link', { name: 'कतार' }).click();
    await queueRow(page, ticket.reference).waitFor();
    await check(page, 'desk-queue-390-hi');

    await page.setViewportSize(DESKTOP_VIEWPORT);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Load per station' }).waitFor();
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath('desk-overview-1280'), fullPage: true });
    expectNoPageErrors(context);
    await context.close();
  });
});
