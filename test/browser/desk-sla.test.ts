/**
 * Issue 6, SLA escalation in Chromium on an injectable clock: a p1 ticket misses its five minutes, the
 * desk's SLA tick escalates it to the zone DCP and then to the control room, and both Overview screens
 * flag it live, breaches first, with the load per station.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runSlaTick } from '../../src/desk/sla.service.js';
import { describeViolations, launchBrowser, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { apiAs, expectNoPageErrors, notReloaded, openDesk, openTicket, stationOf } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

describe('SLA breaches on the overview (sqlite)', () => {
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

  it('escalates a missed p1 to the DCP and the control room, flagged live on their overviews', async () => {
    const calm = await openTicket(served, 'Streetlight not working near Zero Mile for a week');
    const urgent = await openTicket(served, 'Man beating a woman near Zero Mile right now');
    expect(await stationOf(served, urgent.id)).toBe('ngp-ps-sitabuldi');
    const sho = await apiAs(served, 'sho.sitabuldi');
    await sho('PATCH', `/api/tickets/${urgent.id}/triage`, { priority: 'p1' });
    await sho('PATCH', `/api/tickets/${calm.id}/triage`, { priority: 'p3' });

    const [dcp, control] = await Promise.all([openDesk(browser, served, 'dcp.z2'), openDesk(browser, served, 'control')]);
    for (const d of [dcp, control]) {
      await d.page.getByRole('link', { name: 'Overview' }).click();
      await d.page.locator(`[data-testid="overview-tickets"] li[data-reference="${urgent.reference}"]`).waitFor();
    }
    const dcpRow = dcp.page.locator(`[data-testid="overview-tickets"] li[data-reference="${urgent.reference}"]`);
    expect(await dcpRow.getAttribute('data-breached')).toBe('0');
    expect(await dcp.page.getByTestId('total-breached').textContent()).toBe('0');

    // Ten minutes later nobody has answered: the tick escalates it to the zone.
    clock.now += 10 * 60_000;
    expect(await runSlaTick(served.ctx)).toBeGreaterThanOrEqual(1);
    await dcp.page.locator(`[data-testid="overview-tickets"] li[data-reference="${urgent.reference}"][data-breached="1"]`).waitFor({ timeout: 30_000 });
    expect(await notReloaded(dcp.page)).toBe(true);
    await dcpRow.getByText('Escalated: DCP').waitFor();
    // Breaches first.
    expect(await dcp.page.locator('[data-testid="overview-tickets"] li').first().getAttribute('data-reference')).toBe(urgent.reference);
    await dcp.page.locator('[data-testid="total-breached"]', { hasText: '1' }).waitFor();
    const load = dcp.page.locator('[data-testid="station-load"] tr[data-station="ngp-ps-sitabuldi"] td');
    expect(await load.nth(1).textContent()).toBe('1');
    expect(await seriousAxeViolations(dcp.page).then(describeViolations)).toBe('');
    await dcp.page.screenshot({ path: screenshotPath('desk-overview-dcp-1280'), fullPage: true });

    // Still nobody: one more window and it goes to the control room and the Commissioner.
    clock.now += 10 * 60_000;
    expect(await runSlaTick(served.ctx)).toBeGreaterThanOrEqual(1);
    const controlRow = control.page.locator(`[data-testid="overview-tickets"] li[data-reference="${urgent.reference}"]`);
    await controlRow.getByText('Escalated: control room').waitFor({ timeout: 30_000 });
    expect(await controlRow.getAttribute('data-breached')).toBe('1');
    expect(await notReloaded(control.page)).toBe(true);
    await control.page.screenshot({ path: screenshotPath('desk-overview-control-1280'), fullPage: true });

    // The ticket itself says so, in words.
    await control.page.goto(`/desk/tickets/${urgent.id}`);
    await control.page.getByTestId('breach-callout').getByText('Escalated to the control room and the Commissioner.').waitFor();
    for (const d of [dcp, control]) {
      expectNoPageErrors(d.context);
      await d.context.close();
    }

    // The Commissioner's overview on a phone.
    const cp = await openDesk(browser, served, 'cp', PHONE_VIEWPORT);
    await cp.page.goto('/desk/overview');
    await cp.page.locator(`[data-testid="overview-tickets"] li[data-reference="${urgent.reference}"][data-breached="1"]`).waitFor();
    expect(await scrollsSideways(cp.page)).toBe(false);
    expect(await seriousAxeViolations(cp.page).then(describeViolations)).toBe('');
    await cp.page.screenshot({ path: screenshotPath('desk-overview-390'), fullPage: true });
    expectNoPageErrors(cp.context);
    await cp.context.close();
  });
});
