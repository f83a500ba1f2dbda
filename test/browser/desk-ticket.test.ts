/**
 * Issue 6, a ticket in Chromium: the whole conversation across channels, the citizen's earlier tickets,
 * the place on the map, triage and routing reasons, the audit trail, private and public replies with
 * canned texts in Marathi filled from the ticket, notes, a status change with an outcome, and the SLA's
 * due times with a clear "breached" state on an injectable clock.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeViolations, launchBrowser, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { apiAs, expectNoPageErrors, openDesk, openTicket, stationOf, type Opened } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

describe('a desk ticket (sqlite)', () => {
  let served: ServedApp;
  let browser: Browser;
  const clock = { now: Date.now() };
  const phone = '+91 98220 44444';
  let earlier: Opened;
  let main: Opened;
  let webDuplicate: Opened;

  beforeAll(async () => {
    served = await serveApp('sqlite', { now: () => clock.now });
    browser = await launchBrowser();
    earlier = await openTicket(served, 'Bicycle stolen near Zero Mile last week', { author: { id: 'web:earlier', name: 'Asha Patil', phone } });
    clock.now += 60_000;
    const wa = { channel: 'whatsapp', author: { id: '919822044444', name: 'Asha Patil', phone }, reply: { to: '919822044444', public: false }, conversationId: 'wa-c1' };
    main = await openTicket(served, 'Mobile snatched near Zero Mile just now', wa);
    const follow = await openTicket(served, 'It was a black Samsung phone, two men on a bike', wa);
    expect(follow.id).toBe(main.id);
    webDuplicate = await openTicket(served, 'My phone was snatched at Zero Mile, I sent a WhatsApp too', { author: { id: 'web:dup', phone } });
    expect(await stationOf(served, main.id)).toBe('ngp-ps-sitabuldi');
    const op = await apiAs(served, 'op.sitabuldi');
    await op('POST', `/api/tickets/${webDuplicate.id}/merge`, { into: main.id, reason: 'same citizen, same incident' });
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('shows the conversation across channels, earlier tickets, map, reasons, audit and SLA', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi');
    await page.goto(`/desk/tickets/${main.id}`);
    await page.getByRole('heading', { name: main.reference }).waitFor();
    const messages = page.getByTestId('messages');
    for (const text of ['Mobile snatched near Zero Mile just now', 'It was a black Samsung phone', 'My phone was snatched at Zero Mile']) await messages.getByText(text).waitFor();
    await page.getByText('The citizen wrote on: WhatsApp, Web form').waitFor();
    expect(await messages.textContent()).toContain(webDuplicate.reference);
    await page.getByTestId('earlier').getByRole('link', { name: earlier.reference }).waitFor();
    await page.locator('path.place-marker').waitFor({ state: 'attached' });
    expect(await page.locator('.panel-why .reasons li').count()).toBeGreaterThan(1);
    // The audit trail reads as sentences, never codes or JSON.
    await page.locator('.audit li[data-action="ticket.merged_in"]', { hasText: `merged ${webDuplicate.reference} into this ticket.` }).waitFor();
    expect(await page.getByTestId('audit').textContent()).not.toMatch(/ticket\.[a-z_]+|[{}"]/);
    const sla = page.locator('#sla');
    await sla.getByText('Due by').first().waitFor();
    expect(await page.getByTestId('sla-breached').count()).toBe(0);
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath('desk-ticket-1280'), fullPage: true });
    expectNoPageErrors(context);
    await context.close();
  });

  it('replies privately with a Marathi canned text, refuses personal data in public, notes, and resolves with an outcome', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi');
    await page.goto(`/desk/tickets/${main.id}`);
    await page.getByRole('heading', { name: main.reference }).waitFor();

    // A canned reply in Marathi, filled with the ticket's reference and station.
    const reply = page.locator('#reply');
    await reply.getByRole('button', { name: 'मराठी' }).click();
    await reply.getByRole('button', { name: 'Received, officer assigned' }).click();
    const box = page.getByLabel('Your reply');
    const filled = await box.inputValue();
    expect(filled).toContain(main.reference);
    expect(filled).toContain('धन्यवाद');
    expect(await reply.getByLabel('Private').isChecked()).toBe(true);
    await reply.getByRole('button', { name: 'Send reply' }).click();
    await reply.getByText('Private reply sent.').waitFor();
    const sent = page.locator('.message-out', { hasText: 'धन्यवाद' });
    await sent.waitFor();
    expect(await sent.textContent()).toContain('Private');
    await page.locator('.ticket-title-row .status', { hasText: 'Acknowledged' }).waitFor();
    // The reply went to the outbox for WhatsApp, to the citizen's chat.
    const out = await served.ctx.store.db.selectFrom('outbox').selectAll().where('ticket_id', '=', main.id).where('kind', '=', 'reply').execute();
    expect(out.length).toBe(1);

    // Public with a phone number: refused, said plainly.
    await reply.getByLabel('Public').check();
    await box.fill('Call us back on 98220 12345 please');
    await reply.getByRole('button', { name: 'Send reply' }).click();
    await reply.getByRole('alert').filter({ hasText: 'phone number' }).waitFor();

    // An internal note.
    await page.getByLabel('Note for officers').fill('Checked CCTV at Zero Mile square, footage requested.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.locator('.message-note', { hasText: 'Checked CCTV' }).getByText('Internal').waitFor();

    // Resolve: the outcome is asked for and shown.
    await page.getByLabel('New status').selectOption('resolved');
    await page.getByLabel('Outcome').selectOption('fir_registered');
    await page.getByRole('button', { name: 'Save status' }).click();
    await page.locator('.ticket-title-row .status', { hasText: 'Resolved' }).waitFor();
    expect(await page.getByTestId('outcome').textContent()).toBe('FIR registered');
    const row = await served.ctx.store.db.selectFrom('tickets').select(['status', 'outcome']).where('id', '=', main.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'resolved', outcome: 'fir_registered' });
    await page.locator('.audit li[data-action="ticket.status_changed"]', { hasText: 'changed the status to Resolved: FIR registered.' }).waitFor();
    expectNoPageErrors(context);
    await context.close();
  });

  it('shows a missed deadline as breached', async () => {
    const late = await openTicket(served, 'Car window smashed near Zero Mile, bag stolen', { author: { id: 'web:late' } });
    await (await apiAs(served, 'sho.sitabuldi'))('PATCH', `/api/tickets/${late.id}/triage`, { priority: 'p2' });
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi');
    await page.goto(`/desk/tickets/${late.id}`);
    await page.getByRole('heading', { name: late.reference }).waitFor();
    expect(await page.getByTestId('sla-breached').count()).toBe(0);
    // Past p2's hour to the first reply, on the server's clock.
    clock.now += 2 * 3600_000;
    await page.reload();
    await page.getByTestId('breach-callout').waitFor();
    expect(await page.getByTestId('breach-callout').textContent()).toContain('SLA breached');
    await page.getByTestId('sla-breached').first().waitFor();
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.goto('/desk');
    await page.locator(`[data-testid="queue"] li[data-reference="${late.reference}"] [data-testid="sla-breached"]`).waitFor();
    expect(await page.getByTestId('count-breached').textContent()).not.toBe('0');
    expectNoPageErrors(context);
    await context.close();
  });

  it('fits a phone', async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi', PHONE_VIEWPORT);
    await page.goto(`/desk/tickets/${main.id}`);
    await page.getByRole('heading', { name: main.reference }).waitFor();
    await page.locator('path.place-marker').waitFor({ state: 'attached' });
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath('desk-ticket-390'), fullPage: true });
    expectNoPageErrors(context);
    await context.close();
  });
});
