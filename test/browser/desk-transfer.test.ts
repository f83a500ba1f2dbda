/**
 * Issue 6, transfer and merge in Chromium: a transfer with a reason reaches the receiving station's
 * desk at once while the sender keeps read-only access (shown read-only); duplicates are merged from
 * the suggestions. On SQLite's in-process bus and on PostgreSQL's LISTEN/NOTIFY.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeViolations, launchBrowser, screenshotPath, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { testEngines } from '../support/harness.js';
import { expectNoPageErrors, notReloaded, openDesk, openTicket, queueRow, stationOf } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const engines = await testEngines();

describe.each(engines)('transfer and merge (%s)', (engine) => {
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

  it('transfers with a reason: Ambazari sees it at once, Sitabuldi keeps it read-only', async () => {
    const ticket = await openTicket(served, 'Purse snatched near Zero Mile by two boys on a scooter');
    expect(await stationOf(served, ticket.id)).toBe('ngp-ps-sitabuldi');
    const [sitabuldi, ambazari] = await Promise.all([openDesk(browser, served, 'op.sitabuldi'), openDesk(browser, served, 'op.ambazari')]);
    const page = sitabuldi.page;
    await queueRow(page, ticket.reference).getByRole('link').click();
    await page.getByRole('heading', { name: ticket.reference }).waitFor();
    const form = page.locator('#transfer');
    await form.getByLabel('To station').selectOption('ngp-ps-ambazari');
    await form.getByLabel('Reason').fill('The snatching happened at Ambazari lake, not Zero Mile');
    await form.getByRole('button', { name: 'Transfer ticket' }).click();

    await page.getByTestId('read-only').waitFor();
    expect(await page.locator('#reply, #note, #work, #transfer, #merge').count()).toBe(0);
    await page.locator('.audit li[data-action="ticket.transferred"]', { hasText: 'transferred the ticket from' }).getByText('The snatching happened at Ambazari lake').waitFor();
    if (engine === 'sqlite') {
      expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
      await page.screenshot({ path: screenshotPath('desk-transferred-readonly'), fullPage: true });
    }

    const arrived = queueRow(ambazari.page, ticket.reference);
    await arrived.waitFor({ timeout: 30_000 });
    expect(await notReloaded(ambazari.page)).toBe(true);

    // The sender's queue no longer lists it, and the API refuses to act on it.
    await page.goto('/desk');
    await page.getByTestId('count-total').waitFor();
    expect(await queueRow(page, ticket.reference).count()).toBe(0);
    const act = await page.evaluate(async (id) => (await fetch(`/api/tickets/${id}/notes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'still ours?' }) })).status, ticket.id);
    expect(act).toBe(403);

    // Ambazari can act on it.
    await arrived.getByRole('link').click();
    await ambazari.page.locator('#reply').waitFor();
    for (const d of [sitabuldi, ambazari]) {
      expectNoPageErrors(d.context);
      await d.context.close();
    }
  });

  it('merges a duplicate from the suggestions', async () => {
    const first = await openTicket(served, 'Chain snatched from a woman near Zero Mile square', { author: { id: 'web:m1' } });
    const second = await openTicket(served, 'Woman chain snatched at Zero Mile square just now', { author: { id: 'web:m2' } });
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi');
    await page.goto(`/desk/tickets/${second.id}`);
    const suggestion = page.locator(`[data-testid="similar"] li[data-reference="${first.reference}"]`);
    await suggestion.waitFor();
    if (engine === 'sqlite') expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await suggestion.getByRole('button', { name: `Merge this into ${first.reference}` }).click();
    await page.getByText('This ticket was merged as a duplicate.').waitFor();
    expect(await page.locator('#reply').count()).toBe(0);
    await page.getByRole('link', { name: 'Open the ticket it joined' }).click();
    await page.getByRole('heading', { name: first.reference }).waitFor();
    // The duplicate's words are part of the surviving ticket's conversation.
    await page.getByTestId('messages').getByText('Woman chain snatched at Zero Mile square just now').waitFor();
    const row = await served.ctx.store.db.selectFrom('tickets').select(['merged_into_id', 'outcome']).where('id', '=', second.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ merged_into_id: first.id, outcome: 'duplicate' });
    expectNoPageErrors(context);
    await context.close();
  });
});
