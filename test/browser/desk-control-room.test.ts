/**
 * The city's watch in Chromium, on a phone (390 px): the silence alarm a `channel.silent` event raises on
 * the control room's queue and overview (in the UI's language, dismissable, role="alert"), the breach
 * alert a `ticket.escalated` event gives the station's queue, and the failed inbound items screen where
 * the control room retries one and discards another with a reason. Each screen with no serious or
 * critical axe-core finding and no sideways scrolling.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { markInbound, storeInbound } from '../../src/intake/inbound.repository.js';
import { describeViolations, launchBrowser, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, waitForLive, type ServedApp } from '../support/browser.js';
import { expectNoPageErrors, openDesk, openTicket, queueRow, stationOf, type Opened } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

describe("the control room's desk on a phone (sqlite)", () => {
  let served: ServedApp;
  let browser: Browser;
  let ticket: Opened;

  beforeAll(async () => {
    served = await serveApp('sqlite');
    browser = await launchBrowser();
    ticket = await openTicket(served, 'Chain snatched at Sitabuldi market, two men on a black bike');
    expect(await stationOf(served, ticket.id)).toBe('ngp-ps-sitabuldi');
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

  const silent = (channel: string, minutes: number) =>
    served.ctx.bus.publish({ type: 'channel.silent', units: [served.ctx.city.id], channel, silentForMs: minutes * 60_000, at: new Date().toISOString() });

  it('raises the silence alarm on the queue and the overview, in the UI language, until it is dismissed', async () => {
    const { page, context } = await openDesk(browser, served, 'control', PHONE_VIEWPORT);
    expect(await page.getByTestId('silence-alarm').count()).toBe(0);
    await silent('whatsapp', 75);
    const alarm = page.getByRole('alert').filter({ hasText: 'WhatsApp has been silent for 75 minutes: check the channel.' });
    await alarm.waitFor();
    await check(page, 'desk-silence-390-en');

    // In Hindi, the same alarm in Hindi, with the channel's name and the minutes through Intl.
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.getByRole('alert').filter({ hasText: 'व्हाट्सऐप पिछले 75 मिनट से चुप है: माध्यम जाँचें।' }).waitFor();

    // It follows the officer to the overview, and a second channel gets its own strip.
    await page.getByRole('link', { name: 'अवलोकन' }).click();
    await page.getByRole('heading', { name: 'थानेवार भार' }).waitFor();
    await waitForLive(page);
    await silent('telegram', 61);
    await page.getByRole('alert').filter({ hasText: 'टेलीग्राम पिछले 61 मिनट से चुप है' }).waitFor();
    expect(await page.getByTestId('silence-alarm').count()).toBe(2);
    await check(page, 'desk-silence-overview-390-hi');

    // Dismissed, it is gone; the other stays.
    await page.getByRole('button', { name: 'व्हाट्सऐप की चेतावनी बंद करें' }).click();
    await page.locator('[data-testid="silence-alarm"][data-channel="whatsapp"]').waitFor({ state: 'detached' });
    expect(await page.getByTestId('silence-alarm').count()).toBe(1);
    expectNoPageErrors(context);
    await context.close();
  });

  it("a station's desk hears no silence alarm (the event goes to the city's desk), and hears an escalation as the breach alert", async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi', PHONE_VIEWPORT);
    await queueRow(page, ticket.reference).waitFor();
    await silent('x', 90);
    await served.ctx.bus.publish({ type: 'ticket.escalated', ticketId: ticket.id, units: ['ngp-ps-sitabuldi'], at: new Date().toISOString(), level: 1 });
    await page.getByTestId('announcer').getByText(`${ticket.reference} missed its deadline and was escalated.`).waitFor();
    expect(await page.getByTestId('silence-alarm').count()).toBe(0);
    expectNoPageErrors(context);
    await context.close();
  });

  it('lists failed inbound items with a masked preview; the control room retries one and discards another', async () => {
    const at = new Date().toISOString();
    const store = async (externalId: string, text: string, error: string) => {
      const { id } = await storeInbound(
        served.ctx.store.db,
        { channel: 'whatsapp', externalId, text, author: { id: '919822055555', name: 'Ramesh', phone: '+91 98220 55555' }, reply: { to: '919822055555', public: false } },
        at,
      );
      await markInbound(served.ctx.store.db, id, { status: 'failed', error, at });
      return id;
    };
    const good = await store('wamid.failed-1', 'Bike stolen near Sitabuldi fort, call me on 98220 55555', 'processing failed (ECONNRESET): the database connection was lost');
    const junk = await store('wamid.failed-2', 'test test test', 'processing failed: a vendor test message');

    const { page, context } = await openDesk(browser, served, 'control', PHONE_VIEWPORT);
    await page.getByRole('link', { name: 'Failed items' }).click();
    await page.getByRole('heading', { name: 'Failed inbound items' }).waitFor();
    const item = page.locator(`[data-testid="intake-list"] li[data-item="${good}"]`);
    await item.getByRole('heading', { name: `Item ${good} WhatsApp` }).waitFor();
    expect(await item.textContent()).toContain('the database connection was lost');
    // The preview masks the phone number.
    const preview = (await item.locator('.intake-preview').textContent()) ?? '';
    expect(preview).toContain('Bike stolen near Sitabuldi fort');
    expect(preview).not.toContain('98220 55555');
    await check(page, 'desk-intake-390');

    // Retry: it goes through and becomes a ticket.
    await item.getByRole('button', { name: 'Retry' }).click();
    await page.getByTestId('intake-announcer').getByText(new RegExp(`^Item ${good} went through: ticket NGP-\\d{4}-\\d{6}\\.$`)).waitFor();
    await item.waitFor({ state: 'detached' });
    const row = await served.ctx.store.db.selectFrom('inbound').select(['status', 'ticket_id']).where('id', '=', good).executeTakeFirstOrThrow();
    expect(row.status).toBe('processed');
    expect(row.ticket_id).not.toBeNull();

    // Discard, with a reason, in Marathi.
    await page.getByRole('button', { name: 'मराठी' }).click();
    const other = page.locator(`[data-testid="intake-list"] li[data-item="${junk}"]`);
    await other.getByRole('button', { name: 'काढून टाका' }).click();
    await other.getByLabel('का काढून टाकत आहात?').fill('विक्रेत्याचा चाचणी संदेश');
    await check(page, 'desk-intake-discard-390-mr');
    await other.getByRole('button', { name: `संदेश ${junk} काढून टाका` }).click();
    await page.getByText('कोणताही संदेश अडकलेला नाही').waitFor();
    const discarded = await served.ctx.store.db.selectFrom('inbound').select('status').where('id', '=', junk).executeTakeFirstOrThrow();
    expect(discarded.status).toBe('discarded');
    await check(page, 'desk-intake-empty-390-mr');
    expectNoPageErrors(context);
    await context.close();
  });

  it("is not offered to a station's officer", async () => {
    const { page, context } = await openDesk(browser, served, 'op.sitabuldi', PHONE_VIEWPORT);
    expect(await page.getByRole('link', { name: 'Failed items' }).count()).toBe(0);
    await page.goto('/desk/intake');
    await page.getByText('Your role does not allow this.').waitFor();
    expectNoPageErrors(context);
    await context.close();
  });
});
