/**
 * Issue 6, the duty roster in Chromium: the SHO puts an officer on a shift, the Roster screen says who
 * is on duty now, a handover note is left, and a new ticket goes to the on-duty officer: the queue shows
 * the assignee.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeViolations, launchBrowser, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { expectNoPageErrors, openDesk, openTicket, queueRow, stationOf } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

describe('the duty roster (sqlite)', () => {
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

  it('lets the SHO roster an officer, shows who is on duty, keeps handover notes, and new tickets go to the on-duty officer', async () => {
    const { page, context } = await openDesk(browser, served, 'sho.sitabuldi');
    await page.getByRole('link', { name: 'Roster' }).click();
    await page.getByRole('heading', { name: /Duty roster: Sitabuldi/ }).waitFor();
    await page.getByText('Nobody is on duty now').waitFor();

    await page.getByRole('button', { name: 'Edit shifts' }).click();
    await page.getByRole('button', { name: 'Add shift' }).click();
    const shift = page.locator('fieldset.shift-edit').first();
    await shift.getByLabel('Name').fill('Round the clock');
    // Start equal to end: the whole day, so the test does not depend on the hour it runs at.
    await shift.getByLabel('Starts').fill('00:00');
    await shift.getByLabel('Ends').fill('00:00');
    await shift.getByLabel('Desk operator, Sitabuldi').check();
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath('desk-roster-edit-1280'), fullPage: true });
    await page.getByRole('button', { name: 'Save roster' }).click();
    await page.getByText('Roster saved.').waitFor();
    await page.getByTestId('shifts').getByText('Round the clock').waitFor();
    await page.getByTestId('on-duty').getByText('Desk operator, Sitabuldi').waitFor();

    await page.getByLabel('Note for the next shift').fill('Two snatching cases at Zero Mile need CCTV follow-up.');
    await page.getByRole('button', { name: 'Leave handover note' }).click();
    await page.getByTestId('handover-notes').getByText('Two snatching cases at Zero Mile').waitFor();
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath('desk-roster-1280'), fullPage: true });

    // A new ticket goes to the officer on duty, and the queue says so.
    await page.getByRole('link', { name: 'Queue' }).click();
    await page.getByTestId('count-total').waitFor();
    const ticket = await openTicket(served, 'Scooter stolen from the parking near Zero Mile');
    expect(await stationOf(served, ticket.id)).toBe('ngp-ps-sitabuldi');
    await queueRow(page, ticket.reference).getByTestId('assignee').getByText('Desk operator, Sitabuldi').waitFor({ timeout: 30_000 });
    expectNoPageErrors(context);
    await context.close();

    // The officer finds it under "Me", and the roster on a phone fits.
    const op = await openDesk(browser, served, 'op.sitabuldi', PHONE_VIEWPORT);
    await op.page.goto('/desk?assignee=me');
    await queueRow(op.page, ticket.reference).waitFor();
    await op.page.goto('/desk/roster');
    await op.page.getByTestId('on-duty').getByText('Desk operator, Sitabuldi').waitFor();
    expect(await op.page.getByRole('button', { name: 'Edit shifts' }).count()).toBe(0);
    expect(await scrollsSideways(op.page)).toBe(false);
    expect(await seriousAxeViolations(op.page).then(describeViolations)).toBe('');
    await op.page.screenshot({ path: screenshotPath('desk-roster-390'), fullPage: true });
    expectNoPageErrors(op.context);
    await op.context.close();
  });
});
