/**
 * Issue 6, corrections in Chromium: an officer changes category, priority and place; the ticket
 * re-routes, leaving Sitabuldi's queue and appearing on Ambazari's desk live; Sitabuldi keeps it
 * read-only; the correction is kept as a training example.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeViolations, launchBrowser, screenshotPath, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { expectNoPageErrors, notReloaded, openDesk, openTicket, queueRow, stationOf } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

describe('triage corrections (sqlite)', () => {
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

  it('re-routes a corrected ticket live and keeps the correction for training', async () => {
    const ticket = await openTicket(served, 'Some boys creating trouble near Zero Mile every evening');
    expect(await stationOf(served, ticket.id)).toBe('ngp-ps-sitabuldi');
    const [sitabuldi, ambazari] = await Promise.all([openDesk(browser, served, 'op.sitabuldi'), openDesk(browser, served, 'op.ambazari')]);
    await queueRow(sitabuldi.page, ticket.reference).waitFor();
    expect(await queueRow(ambazari.page, ticket.reference).count()).toBe(0);

    // A second Sitabuldi desk keeps the queue open while the first officer works on the ticket.
    const watcher = await openDesk(browser, served, 'sho.sitabuldi');
    await queueRow(watcher.page, ticket.reference).waitFor();

    const page = sitabuldi.page;
    await queueRow(page, ticket.reference).getByRole('link').click();
    await page.getByRole('heading', { name: ticket.reference }).waitFor();
    const form = page.locator('#correct');
    await form.getByLabel('Category').selectOption('women_safety');
    await form.getByLabel('Priority').selectOption('p1');
    await form.getByLabel('Place: the area of station').selectOption('ngp-ps-ambazari');
    await form.getByLabel('Reason').fill('The caller meant the Ambazari garden gate');
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await form.getByRole('button', { name: 'Save correction' }).click();

    // Sitabuldi: read-only now, no actions left; the ticket leaves its queue live.
    await page.getByTestId('read-only').waitFor();
    expect(await page.getByTestId('read-only').textContent()).toContain('Ambazari');
    expect(await page.locator('#reply, #work, #correct, #transfer').count()).toBe(0);
    await page.getByTestId('ticket-category').getByText("Women's safety").waitFor();
    await page.locator('.audit li[data-action="ticket.corrected"]', { hasText: "corrected the triage: Women's safety, P1" }).waitFor();
    await page.locator('.audit li[data-action="ticket.transferred"]', { hasText: 'transferred the ticket from' }).waitFor();
    await page.screenshot({ path: screenshotPath('desk-corrected-readonly'), fullPage: true });
    await queueRow(watcher.page, ticket.reference).waitFor({ state: 'detached', timeout: 30_000 });
    expect(await notReloaded(watcher.page)).toBe(true);

    // Ambazari: it arrives without a reload, as p1.
    const arrived = queueRow(ambazari.page, ticket.reference);
    await arrived.waitFor({ timeout: 30_000 });
    expect(await notReloaded(ambazari.page)).toBe(true);
    expect(await arrived.getAttribute('data-priority')).toBe('p1');
    await ambazari.page.screenshot({ path: screenshotPath('desk-corrected-ambazari'), fullPage: true });

    // Kept for training: the corrected labels with the masked text.
    const examples = await served.ctx.store.db.selectFrom('training_examples').selectAll().where('ticket_id', '=', ticket.id).execute();
    expect(examples.map((e) => [e.category, e.priority, e.source])).toEqual([['women_safety', 'p1', 'officer']]);
    expect(await stationOf(served, ticket.id)).toBe('ngp-ps-ambazari');
    for (const d of [sitabuldi, ambazari, watcher]) {
      expectNoPageErrors(d.context);
      await d.context.close();
    }
  });
});
