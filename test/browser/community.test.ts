/**
 * Issue 14 in Chromium: an SHO creates a group, a citizen joins by WhatsApp and the member shows; a
 * zone-wide broadcast waits for, and gets, the DCP's approval, and its totals show; a check-in nobody
 * answers opens a ticket, shown in the results. At 390 px, axe-clean and without sideways scroll.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sweepMissedCheckins } from '../../src/community/community.service.js';
import { ingest } from '../../src/intake/intake.service.js';
import { describeViolations, launchBrowser, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { expectNoPageErrors, openDesk } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

describe('the community screen (sqlite)', () => {
  let served: ServedApp;
  let browser: Browser;
  const clock = { now: Date.now() };

  beforeAll(async () => {
    served = await serveApp('sqlite', { now: () => clock.now });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('creates a group, shows a member who joined by WhatsApp, gets a DCP to approve a zone broadcast, and shows a missed check-in as a ticket', async () => {
    const sho = await openDesk(browser, served, 'sho.sitabuldi', PHONE_VIEWPORT);
    const page = sho.page;
    await page.goto('/desk/community');
    await page.getByRole('heading', { name: 'Community', level: 1 }).waitFor();
    await page.getByLabel('Kind of group').selectOption('senior_citizens');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByText('Group created.').waitFor();

    await ingest(served.ctx, { channel: 'whatsapp', externalId: 'wa-join-1', text: 'JOIN SITABULDI', author: { id: '919811122233' }, reply: { to: '919811122233', public: false } });
    await page.reload();
    await page.getByTestId('community-groups').getByRole('button', { name: /Senior citizens/ }).click();
    await page.getByTestId('community-members').getByText('919811122233').waitFor();

    await page.getByLabel('Send to').selectOption('zone');
    await page.getByLabel('Senior citizens').check();
    await page.getByLabel('Message in English').fill('Beware of callers asking for OTPs.');
    await page.getByLabel('Message in Hindi').fill('OTP माँगने वालों से सावधान रहें।');
    await page.getByRole('button', { name: 'Send broadcast' }).click();
    await page.getByText('Broadcast drafted: it waits for approval.').waitFor();
    expect(await page.getByRole('button', { name: /Approve broadcast/ }).count()).toBe(0);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath('community-390'), fullPage: true });

    const dcp = await openDesk(browser, served, 'dcp.z2', PHONE_VIEWPORT);
    await dcp.page.goto('/desk/community');
    // A DCP drafts for the zone or the city, never for a station: the form starts at the zone.
    await dcp.page.getByLabel('Send to').locator('option[value="city"]').waitFor({ state: 'attached' });
    expect(await dcp.page.getByLabel('Send to').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['zone', 'city']);
    expect(await dcp.page.getByLabel('Send to').inputValue()).toBe('zone');
    expect(await dcp.page.getByRole('group', { name: 'Kinds of group' }).count()).toBe(1);
    expect(await dcp.page.getByRole('group', { name: 'Groups', exact: true }).count()).toBe(0);
    await dcp.page.getByRole('button', { name: /Approve broadcast/ }).click();
    await dcp.page.getByText('Approved: the broadcast goes out.').waitFor();
    await dcp.page.getByTestId('total-queued').getByText('1').waitFor();
    // The DCP is not the station: the member's number is masked.
    await dcp.page.getByTestId('community-groups').getByRole('button', { name: /Senior citizens/ }).click();
    await dcp.page.getByTestId('community-members').getByText('•••••••••233').waitFor();
    expect(await seriousAxeViolations(dcp.page).then(describeViolations)).toBe('');
    expectNoPageErrors(dcp.context);
    await dcp.context.close();

    await page.getByLabel('Hours to answer').fill('1');
    await page.getByRole('button', { name: 'Send check-in now' }).click();
    await page.getByText('Check-in scheduled.').waitFor();
    await page.getByTestId('checkin-results').getByText('No answer yet').waitFor();
    clock.now += 61 * 60_000;
    expect(await sweepMissedCheckins(served.ctx)).toBe(1);
    await page.getByTestId('checkin-results').getByText('No reply: ticket opened').waitFor({ timeout: 15_000 });
    await page.getByTestId('checkin-results').getByRole('link', { name: /#\d+/ }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    expectNoPageErrors(sho.context);
    await sho.context.close();
  });
});
