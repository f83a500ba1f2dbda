/**
 * Issue 15, bulk work in Chromium: pick with x and Shift-click (or a row's box), then assign, change the
 * status with an outcome, merge into one, or mark as spam; the bar says per ticket what was refused and
 * why, in the UI's language. On the ticket page, a flood from one sender closes as spam in one go. At
 * desktop and phone width, in English, Hindi and Marathi, axe-clean.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeViolations, launchBrowser, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { apiAs, expectNoPageErrors, openDesk, openTicket, queueRow, stationOf, type Opened } from './desk-helpers.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

describe('bulk work on the desk (sqlite)', () => {
  let served: ServedApp;
  let browser: Browser;
  const plain: Opened[] = [];
  const flood: Opened[] = [];

  beforeAll(async () => {
    served = await serveApp('sqlite');
    browser = await launchBrowser();
    for (let i = 0; i < 8; i++) plain.push(await openTicket(served, `Bicycle stolen near Zero Mile, frame number ${1000 + i}`));
    for (let i = 0; i < 4; i++) {
      flood.push(await openTicket(served, `Win a free phone at Sitabuldi market, click the link ${i}`, { channel: 'whatsapp', author: { id: `9198220123${40 + i}`, phone: '+91 98220 12345' } }));
    }
    for (const t of [...plain, ...flood]) expect(await stationOf(served, t.id)).toBe('ngp-ps-sitabuldi');
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

  const link = (page: Page, t: Opened) => queueRow(page, t.reference).locator('a[data-row]');

  it('picks with x and Shift-click, assigns, resolves with an outcome, merges and marks spam, each for the selection', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi');
    await queueRow(page, plain[7]?.reference ?? '').waitFor();
    const [a, b, c, d, e] = plain as [Opened, Opened, Opened, Opened, Opened];

    // x on the focused row, then Shift-click two rows further: three picked.
    await link(page, a).focus();
    await page.keyboard.press('x');
    await link(page, c).click({ modifiers: ['Shift'] });
    expect(page.url()).not.toContain('/tickets/');
    const bar = page.getByTestId('bulk-bar');
    await bar.getByRole('heading', { name: '3 selected' }).waitFor();
    await check(page, 'desk-bulk-1280-en');

    await bar.getByLabel('Assign to').selectOption('me');
    await bar.getByRole('button', { name: 'Assign', exact: true }).click();
    await bar.getByText('3 done, 0 refused.').waitFor();
    for (const t of [a, b, c]) await queueRow(page, t.reference).getByTestId('assignee').getByText('Desk operator, Sitabuldi').waitFor();

    // Resolve two with an outcome: they leave the open queue.
    await queueRow(page, a.reference).getByRole('checkbox').click();
    await queueRow(page, b.reference).getByRole('checkbox').click();
    await bar.getByLabel('New status').selectOption('resolved');
    await bar.getByLabel('Outcome').selectOption('advised');
    await bar.getByRole('button', { name: 'Change status' }).click();
    await bar.getByText('2 done, 0 refused.').waitFor();
    await queueRow(page, a.reference).waitFor({ state: 'detached' });
    await queueRow(page, b.reference).waitFor({ state: 'detached' });

    // Merge d into c.
    await queueRow(page, c.reference).getByRole('checkbox').click();
    await queueRow(page, d.reference).getByRole('checkbox').click();
    await bar.getByLabel('Merge into').selectOption({ label: c.reference });
    await bar.getByRole('button', { name: 'Merge', exact: true }).click();
    await bar.getByText('1 done, 0 refused.').waitFor();
    await queueRow(page, d.reference).waitFor({ state: 'detached' });

    // Spam: e leaves the queue, closed as spam.
    await queueRow(page, e.reference).getByRole('checkbox').click();
    await bar.getByRole('button', { name: 'Mark as spam' }).click();
    await bar.getByText('1 done, 0 refused.').waitFor();
    await queueRow(page, e.reference).waitFor({ state: 'detached' });
    const row = await served.ctx.store.db.selectFrom('tickets').select(['status', 'outcome']).where('id', '=', e.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'spam', outcome: 'spam' });
    expectNoPageErrors(context);
    await context.close();
  });

  it('says which tickets were refused and why, in Marathi on a phone', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi', PHONE_VIEWPORT);
    const [f, g] = [plain[5], plain[6]] as [Opened, Opened];
    await queueRow(page, g.reference).waitFor();
    await page.getByRole('button', { name: 'मराठी' }).click();
    await queueRow(page, f.reference).getByRole('checkbox').click();
    await queueRow(page, g.reference).getByRole('checkbox').click();
    const bar = page.getByTestId('bulk-bar');
    await bar.getByRole('heading', { name: '२ निवडली' }).waitFor();
    await check(page, 'desk-bulk-390-mr');
    // A colleague resolves f meanwhile: acknowledging it is refused, g goes through.
    await (await apiAs(served, 'sho.sitabuldi'))('POST', `/api/tickets/${f.id}/status`, { status: 'resolved', outcome: 'advised' });
    await bar.getByLabel('नवी स्थिती').selectOption('acknowledged');
    await bar.getByRole('button', { name: 'स्थिती बदला' }).click();
    await bar.getByText('१ झाली, १ नाकारली.').waitFor();
    const refused = await bar.locator('.bulk-failed li').textContent();
    expect(refused).toContain(f.reference);
    expect(refused).not.toMatch(/status:|resolved ticket/);
    await bar.getByRole('heading', { name: '१ निवडले' }).waitFor();
    await check(page, 'desk-bulk-refused-390-mr');
    expectNoPageErrors(context);
    await context.close();
  });

  it('closes a flood from one sender as spam from the ticket page, in Hindi on a phone', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi', PHONE_VIEWPORT);
    const first = flood[0] as Opened;
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.goto(`/desk/tickets/${first.id}`);
    await page.getByRole('heading', { name: first.reference }).waitFor();
    const panel = page.locator('#flood');
    await panel.getByRole('button', { name: 'इस भेजने वाले के सभी टिकट स्पैम के रूप में बंद करें' }).click();
    await panel.getByRole('button', { name: 'हाँ, सभी को स्पैम के रूप में बंद करें' }).click();
    const distinct = new Set(flood.map((t) => t.id)).size;
    await panel.getByText(`${distinct} टिकट स्पैम के रूप में बंद किए गए।`).waitFor();
    await check(page, 'desk-flood-390-hi');
    const rows = await served.ctx.store.db.selectFrom('tickets').select('status').where('id', 'in', flood.map((t) => t.id)).execute();
    expect(rows.every((r) => r.status === 'spam')).toBe(true);
    const others = await served.ctx.store.db.selectFrom('tickets').select('status').where('id', '=', plain[7]?.id ?? 0).executeTakeFirstOrThrow();
    expect(others.status).not.toBe('spam');
    expectNoPageErrors(context);
    await context.close();
  });
});
