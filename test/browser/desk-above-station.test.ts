/**
 * Issue 15, above the station in Chromium: a DCP works the zone's rosters from a picker of the zone's
 * stations (no raw error, and no 400 from /api/desk/roster anywhere on the desk); the overview's headline
 * counts unplaced tickets; the control room's queue has its unplaced and escalated tickets first;
 * the ticket says why it was not assigned; the SHO sets an officer's capacity. Desktop and phone width,
 * English, Hindi and Marathi, axe-clean.
 */
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeViolations, launchBrowser, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { expectNoPageErrors, openDesk, openTicket, stationOf, type Opened } from './desk-helpers.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

describe('above the station (sqlite)', () => {
  let served: ServedApp;
  let browser: Browser;
  let placed: Opened;
  let lost: Opened;

  beforeAll(async () => {
    served = await serveApp('sqlite');
    browser = await launchBrowser();
    placed = await openTicket(served, 'Mobile snatched near Zero Mile just now');
    expect(await stationOf(served, placed.id)).toBe('ngp-ps-sitabuldi');
    lost = await openTicket(served, 'Someone is shouting outside my house, please come');
    expect(await stationOf(served, lost.id)).toBeNull();
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

  const refusedRoster = (page: Page) => {
    const refused: string[] = [];
    page.on('response', (r: Response) => {
      if (r.url().includes('/api/desk/roster') && r.status() >= 400) refused.push(`${r.status()} ${r.url()}`);
    });
    return refused;
  };

  it("lets a DCP pick one of the zone's stations for its roster, without an error or a 400", async () => {
    const { page, context } = await openDesk(browser, served, 'dcp.z2');
    const refused = refusedRoster(page);
    await page.getByRole('link', { name: 'Roster' }).click();
    await page.getByTestId('pick-station').getByText('Choose a station of your zone to see its duty roster.').waitFor();
    expect(await page.locator('.form-error, [data-error-code]').count()).toBe(0);
    const options = await page.getByLabel('Station').locator('option').allTextContents();
    const zone = served.ctx.city.units.filter((u) => u.parent === 'ngp-z2' && (u.kind === 'station' || u.kind === 'special') && u.status === 'active');
    expect(options.filter((o) => o !== '—')).toHaveLength(zone.length);
    expect(options).toContain('Sitabuldi');
    expect(options).not.toContain('Wadi');
    await check(page, 'desk-roster-dcp-1280-en');
    await page.getByLabel('Station').selectOption({ label: 'Sitabuldi' });
    await page.getByRole('heading', { name: /Sitabuldi/ }).waitFor();
    await page.getByRole('link', { name: 'Queue' }).click();
    await page.locator('[data-testid="queue"] li').first().waitFor();
    await page.goto(`/desk/tickets/${placed.id}`);
    await page.getByRole('heading', { name: placed.reference }).waitFor();
    expect(refused.join('\n')).toBe('');
    expectNoPageErrors(context);
    await context.close();
  });

  it("gives the control room its own tickets first in its queue and counts unplaced tickets in the overview, in Hindi on a phone", async () => {
    const { page, context } = await openDesk(browser, served, 'control', PHONE_VIEWPORT);
    const refused = refusedRoster(page);
    const queue = page.getByTestId('queue');
    await queue.locator(`li[data-reference="${lost.reference}"][data-control="unplaced"]`).waitFor();
    // The unplaced ticket comes before the placed one, in the one queue.
    const refs = await queue.locator('li').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-reference')));
    expect(refs.indexOf(lost.reference)).toBeLessThan(refs.indexOf(placed.reference));
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await queue.locator(`li[data-reference="${lost.reference}"]`).getByText('अभी कोई थाना नहीं', { exact: true }).waitFor();
    await check(page, 'desk-control-queue-390-hi');

    await page.getByRole('link', { name: 'अवलोकन' }).click();
    await page.getByRole('heading', { name: 'थानेवार भार' }).waitFor();
    const open = Number(await page.getByTestId('total-open').textContent());
    const unplaced = Number(await page.getByTestId('total-unplaced').textContent());
    expect(unplaced).toBeGreaterThanOrEqual(1);
    expect(open).toBe(await served.ctx.store.db.selectFrom('tickets').where('status', 'in', ['new', 'acknowledged', 'in_progress', 'transferred', 'escalated']).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n)));
    await check(page, 'desk-overview-unplaced-390-hi');
    expect(refused).toEqual([]);
    expectNoPageErrors(context);
    await context.close();
  });

  it('says on the ticket why it was not assigned, and lets the SHO set a capacity, in Marathi on a phone', async () => {
    const { page, context } = await openDesk(browser, served, 'sho.sitabuldi', PHONE_VIEWPORT);
    await page.goto(`/desk/tickets/${placed.id}`);
    await page.getByTestId('audit').locator('li[data-action="ticket.not_assigned"]').getByText('Not assigned: nobody is on duty at Sitabuldi. It waits for the next shift.').waitFor();
    await page.getByRole('button', { name: 'मराठी' }).first().click();
    await page.getByTestId('audit').locator('li[data-action="ticket.not_assigned"]').getByText('सोपवले नाही: सीताबर्डी येथे कोणीही ड्युटीवर नाही. पुढच्या पाळीची वाट.').waitFor();

    await page.goto('/desk/roster');
    const capacity = page.getByTestId('capacity');
    await capacity.getByRole('heading', { name: 'प्रति अधिकारी तिकिटे' }).waitFor();
    await capacity.getByLabel('Desk operator, Sitabuldi', { exact: true }).fill('12');
    await capacity.getByRole('button', { name: 'Desk operator, Sitabuldi ची मर्यादा जतन करा' }).click();
    await capacity.getByText('मर्यादा जतन केली.').waitFor();
    const row = await served.ctx.store.db.selectFrom('users').select('capacity').where('username', '=', 'op.sitabuldi').executeTakeFirstOrThrow();
    expect(row.capacity).toBe(12);
    await check(page, 'desk-roster-capacity-390-mr');
    expectNoPageErrors(context);
    await context.close();
  });
});
