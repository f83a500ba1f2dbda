/**
 * Issue 6, the queue in Chromium: the station's open tickets p1 first, live, with counts, every filter
 * (status, priority, category, channel, assignee incl. me and unassigned, breached), search, and the
 * keys for the frequent actions (a take, r reply, s status) listed in the `?` help.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeViolations, launchBrowser, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { apiAs, expectNoPageErrors, notReloaded, openDesk, openTicket, queueRow, stationOf, type Opened } from './desk-helpers.js';

// A real browser on a shared two-core machine: generous limits, no timed assertions.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

describe('the desk queue (sqlite)', () => {
  let served: ServedApp;
  let browser: Browser;
  let theft: Opened;
  let fight: Opened;
  let noise: Opened;

  beforeAll(async () => {
    served = await serveApp('sqlite');
    browser = await launchBrowser();
    const sho = await apiAs(served, 'sho.sitabuldi');
    theft = await openTicket(served, 'Mobile snatched near Zero Mile this morning');
    fight = await openTicket(served, 'Two men fighting with knives at Sitabuldi main road', {
      channel: 'whatsapp',
      author: { id: '919800000001', phone: '+91 98000 00001' },
      reply: { to: '919800000001', public: false },
    });
    noise = await openTicket(served, 'Loud music every night near Nagpur Railway Station', { channel: 'telegram', author: { id: 'tg:1' }, reply: { to: '1', public: false } });
    for (const t of [theft, fight, noise]) expect(await stationOf(served, t.id)).toBe('ngp-ps-sitabuldi');
    // Fixed triage, so that the test does not depend on the model's reading.
    await sho('PATCH', `/api/tickets/${theft.id}/triage`, { category: 'theft', priority: 'p2' });
    await sho('PATCH', `/api/tickets/${fight.id}/triage`, { category: 'violence', priority: 'p1' });
    await sho('PATCH', `/api/tickets/${noise.id}/triage`, { category: 'nuisance', priority: 'p3' });
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('lists open tickets p1 first with counts, and a new one arrives live', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi');
    await queueRow(page, noise.reference).waitFor();
    const order = await page.locator('[data-testid="queue"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-priority')));
    expect(order).toEqual([...order].sort());
    expect(order[0]).toBe('p1');
    expect(await page.getByTestId('count-total').textContent()).toBe('3');
    expect(await page.getByTestId('count-p1').textContent()).toBe('1');
    expect(await queueRow(page, fight.reference).getByTestId('assignee').textContent()).toBe('Unassigned');
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath('desk-queue-1280'), fullPage: true });

    const fresh = await openTicket(served, 'Chain snatching near Zero Mile square a minute ago');
    await queueRow(page, fresh.reference).waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="count-total"]', { hasText: '4' }).waitFor();
    expect(await notReloaded(page)).toBe(true);
    expect(await page.getByTestId('announcer').textContent()).toContain(fresh.reference);
    // Resolved, it leaves the open queue live, and the later tests see the three tickets they arranged.
    await (await apiAs(served, 'op.sitabuldi'))('POST', `/api/tickets/${fresh.id}/status`, { status: 'resolved', outcome: 'advised' });
    await queueRow(page, fresh.reference).waitFor({ state: 'detached' });
    await page.locator('[data-testid="count-total"]', { hasText: '3' }).waitFor();
    expectNoPageErrors(context);
    await context.close();
  });

  it('filters by priority, category, channel, status, assignee and breach, and searches', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi');
    const rows = page.locator('[data-testid="queue"] li');
    await queueRow(page, theft.reference).waitFor();
    const only = async (reference: string) => {
      await page
        .waitForFunction(
        (ref) => {
          const items = [...document.querySelectorAll('[data-testid="queue"] li')];
          return items.length === 1 && items[0]?.getAttribute('data-reference') === ref;
        },
          reference,
        )
        .catch(async (err: unknown) => {
          // Say what the queue showed instead.
          const shown = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-reference')));
          throw new Error(`expected only ${reference} at ${page.url()}, saw ${shown.join(', ')}: ${String(err)}`);
        });
    };

    await page.locator('.count-p1').click();
    await only(fight.reference);
    expect(new URL(page.url()).searchParams.get('priority')).toBe('p1');
    await page.locator('.count-p1').click();

    await page.getByLabel('Category').selectOption('nuisance');
    await only(noise.reference);
    await page.getByLabel('Category').selectOption('');

    await page.getByLabel('Channel').selectOption('whatsapp');
    await only(fight.reference);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await queueRow(page, theft.reference).waitFor();

    await page.getByLabel('Search').fill('railway');
    await only(noise.reference);
    await page.getByLabel('Search').fill('');
    await queueRow(page, theft.reference).waitFor();

    // Status: the reply acknowledges the ticket; the status filter then finds it alone.
    const op = await apiAs(served, 'op.sitabuldi');
    await op('POST', `/api/tickets/${noise.id}/replies`, { text: 'We will send a patrol tonight.', visibility: 'private' });
    await page.getByLabel('Status').selectOption('acknowledged');
    await only(noise.reference);
    await page.getByLabel('Status').selectOption('');

    // Assignee: take one, then "Me" and "Unassigned" split the queue.
    await op('POST', `/api/tickets/${theft.id}/assign`, { assignee: 'me' });
    await page.getByLabel('Assigned to').selectOption('me');
    await only(theft.reference);
    await page.getByLabel('Assigned to').selectOption('none');
    await queueRow(page, fight.reference).waitFor();
    expect(await queueRow(page, theft.reference).count()).toBe(0);
    await page.getByLabel('Assigned to').selectOption('');

    // Nothing has breached yet: the breach filter shows an empty queue and says so.
    expect(await page.getByTestId('count-breached').textContent()).toBe('0');
    await page.locator('.count-breached').click();
    await page.getByText('No tickets here').waitFor();
    expect(await rows.count()).toBe(0);
    await page.locator('.count-breached').click();
    await queueRow(page, theft.reference).waitFor();
    expectNoPageErrors(context);
    await context.close();
  });

  it('drives the frequent actions from the keyboard and lists the keys under ?', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi');
    await queueRow(page, fight.reference).waitFor();

    await page.keyboard.press('?');
    const help = page.getByTestId('shortcut-help');
    await help.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor();
    for (const label of ['Assign to me', 'Reply to the citizen', 'Change the status']) await help.getByText(label).waitFor();
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath('desk-queue-help') });
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    // j focuses the first row (the p1), a takes it.
    await page.locator('body').press('j');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-priority'))).toBe('p1');
    await page.keyboard.press('a');
    await queueRow(page, fight.reference).getByTestId('assignee').getByText('Desk operator, Sitabuldi').waitFor();

    // r opens the ticket at the reply box; s at the status.
    await page.keyboard.press('r');
    await page.waitForURL((u) => u.pathname === `/desk/tickets/${fight.id}`);
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await page.getByLabel('Your reply').getAttribute('id'));
    await page.keyboard.press('Escape'); // leaves the text box
    await page.keyboard.press('Escape'); // back to the queue
    await page.waitForURL((u) => u.pathname === '/desk');
    await queueRow(page, fight.reference).waitFor();
    // Back at the queue, the ticket just seen is selected again (issue 15): s acts on it.
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-id') === String(id), fight.id);
    await page.keyboard.press('s');
    await page.waitForURL((u) => u.pathname === `/desk/tickets/${fight.id}`);
    await page.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await page.getByLabel('New status').getAttribute('id'));
    expectNoPageErrors(context);
    await context.close();
  });

  it('fits a phone without sideways scrolling and passes axe', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi', PHONE_VIEWPORT);
    await queueRow(page, fight.reference).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath('desk-queue-390'), fullPage: true });
    expectNoPageErrors(context);
    await context.close();
  });
});
