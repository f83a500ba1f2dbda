/**
 * Issue 14's alerts to the public in Chromium: the control room picks a zone, writes the alert in three
 * languages and sends it; the totals per station and per channel fill in live as the outbox sends. At
 * desktop width and at 390 px, axe-clean, without sideways scroll, and read in Hindi and Marathi; and
 * the alert's public page, where its X post links.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOutboxWorker, type OutboundSender } from '../../src/outbox/outbox.worker.js';
import { DESKTOP_VIEWPORT, describeViolations, launchBrowser, newAppContext, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { expectNoPageErrors, openDesk } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const sender = (name: string): OutboundSender => ({ name, send: async (m) => ({ externalId: `${name}-${m.id}` }) });

describe('alerts to the public (sqlite)', () => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveApp('sqlite');
    browser = await launchBrowser();
    const db = served.ctx.store.db;
    const at = new Date().toISOString();
    const member = { external_user_id: null, display_name: null, ward: null, consent_at: at, consent_method: 'officer_written' as const, consent_note: null, added_by: null, status: 'active' as const, left_at: null, last_inbound_at: null, created_at: at };
    for (const [station, kind, people] of [
      ['ngp-ps-sitabuldi', 'senior_citizens', [['whatsapp', '919822200001', 'mr'], ['telegram', '6200001', 'hi']]],
      ['ngp-ps-ambazari', 'traders', [['whatsapp', '919822200002', 'en']]],
      ['ngp-ps-kotwali', 'women', [['whatsapp', '919822200003', 'en']]],
    ] as const) {
      const g = await db.insertInto('community_groups').values({ station_id: station, kind, name: kind, created_by: null, created_at: at }).returning('id').executeTakeFirstOrThrow();
      for (const [channel, address, language] of people) await db.insertInto('community_members').values({ ...member, group_id: g.id, channel, address, language }).execute();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function sendToZone2(page: Page, english: string): Promise<void> {
    await page.goto('/desk/community');
    await page.getByRole('heading', { name: 'Alerts to the public' }).waitFor();
    await page.getByLabel('What it is about').selectOption('missing_child');
    await page.getByTestId('alert-form').getByLabel('Zone 2', { exact: true }).check();
    const form = page.getByTestId('alert-form');
    await form.getByLabel('Message in English').fill(english);
    await form.getByLabel('Message in Hindi').fill('सीताबर्डी से 7 साल की बच्ची लापता है। जानकारी हो तो 112 पर फ़ोन करें।');
    await form.getByLabel('Message in Marathi').fill('सीताबर्डीतून 7 वर्षांची मुलगी हरवली आहे. माहिती असल्यास 112 वर फोन करा.');
    await page.getByLabel('Language of the post on X').selectOption('mr');
    await page.getByRole('button', { name: 'Send alert' }).click();
    await page.getByText('Alert sent: it goes out now to 3 people.').waitFor();
    const totals = page.getByTestId('alert-totals');
    await totals.getByTestId('alert-total-queued').getByText('3', { exact: true }).waitFor();
    // The outbox sends; the screen's totals follow without a reload.
    const worker = createOutboxWorker(served.ctx, [sender('whatsapp'), sender('telegram')]);
    await worker.runOnce();
    await totals.getByTestId('alert-total-sent').getByText('3', { exact: true }).waitFor({ timeout: 15_000 });
    await totals.getByTestId('alert-total-queued').getByText('0', { exact: true }).waitFor();
    const sitabuldi = page.getByTestId('alert-by-station').getByRole('row', { name: /Sitabuldi/ });
    expect(await sitabuldi.getByRole('cell').allTextContents()).toEqual(['0', '2', '0', '0', '0', '0', '2']);
    expect(await page.getByTestId('alert-by-station').getByRole('row', { name: /Kotwali/ }).count()).toBe(0);
    expect(await page.getByTestId('alert-by-channel').getByRole('row', { name: /WhatsApp/ }).getByRole('cell').allTextContents()).toEqual(['0', '2', '0', '0', '0', '0', '2']);
    await page.getByText('Not posted on X: no X account is set up for posting.').waitFor();
  }

  async function check(page: Page, name: string): Promise<void> {
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
  }

  it('sends an alert to a zone at desktop width and shows the totals fill in, per station and per channel', async () => {
    const { page, context } = await openDesk(browser, served, 'control', DESKTOP_VIEWPORT);
    await sendToZone2(page, 'A girl of 7 is missing from Sitabuldi since 4 pm. Call 112 with any information.');
    await check(page, 'community-alert-desktop');
    // An SHO of a station it reached sees it, without the form.
    const sho = await openDesk(browser, served, 'sho.sitabuldi', DESKTOP_VIEWPORT);
    await sho.page.goto('/desk/community');
    await sho.page.getByTestId('community-alerts').getByRole('button', { name: /Alert \d+ · Missing child/ }).waitFor();
    expect(await sho.page.getByTestId('alert-form').count()).toBe(0);
    expectNoPageErrors(sho.context);
    await sho.context.close();
    expectNoPageErrors(context);
    await context.close();
  });

  it('does the same on a 390 px phone, and reads in Hindi and Marathi', async () => {
    const { page, context } = await openDesk(browser, served, 'cp', PHONE_VIEWPORT);
    await sendToZone2(page, 'Still missing: a girl of 7 from Sitabuldi. Call 112 with any information.');
    await check(page, 'community-alert-390');
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.getByRole('heading', { name: 'जनता के लिए सूचना' }).waitFor();
    await page.getByRole('button', { name: 'सूचना भेजें' }).waitFor();
    await page.getByRole('table', { name: 'थाने के अनुसार' }).waitFor();
    await check(page, 'community-alert-390-hi');
    await page.getByRole('button', { name: 'मराठी' }).click();
    await page.getByRole('heading', { name: 'जनतेसाठी सूचना' }).waitFor();
    await page.getByRole('table', { name: 'माध्यमानुसार' }).waitFor();
    // Marathi numerals in the totals: the three messages sent, ३.
    await page.getByTestId('alert-total-sent').getByText('३', { exact: true }).waitFor();
    await check(page, 'community-alert-390-mr');
    expectNoPageErrors(context);
    await context.close();
  });

  it('says in a sentence, in English and Marathi, that an alert to stations without members would reach no one, and sends nothing', async () => {
    const { page, context } = await openDesk(browser, served, 'control', PHONE_VIEWPORT);
    await page.goto('/desk/community');
    await page.getByRole('heading', { name: 'Alerts to the public' }).waitFor();
    const form = page.getByTestId('alert-form');
    await page.getByLabel('What it is about').selectOption('road_closed');
    // Zone 5's stations have no community member, and no X account is set up for posting.
    await form.getByLabel('Zone 5', { exact: true }).check();
    await form.getByLabel('Message in English').fill('The ring road at Wadi is closed until 6 pm. Use the Amravati road.');
    const before = await served.ctx.store.db.selectFrom('community_alerts').select('id').execute();
    await page.getByRole('button', { name: 'Send alert' }).click();
    await page.getByRole('alert').getByText(/^No one would receive this: the chosen stations or groups have no community members/).waitFor();
    await page.getByRole('button', { name: 'मराठी' }).click();
    await page.getByRole('alert').getByText(/^हे कोणापर्यंतही पोहोचणार नाही/).waitFor();
    await check(page, 'community-alert-no-one-390-mr');
    expect(await served.ctx.store.db.selectFrom('community_alerts').select('id').execute()).toEqual(before);
    expectNoPageErrors(context);
    await context.close();
  });

  it("shows the alert's public page, where its X post links, on a phone in Marathi without anyone's number", async () => {
    const first = await served.ctx.store.db.selectFrom('community_alerts').select('id').orderBy('id').executeTakeFirstOrThrow();
    const context = await newAppContext(browser, served.baseUrl, { viewport: PHONE_VIEWPORT });
    const page = await context.newPage();
    await page.goto(`/alerts/${first.id}`);
    await page.getByRole('heading', { name: 'Police alert: Missing child' }).waitFor();
    await page.getByText('A girl of 7 is missing from Sitabuldi since 4 pm.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'मराठी' }).click();
    await page.getByRole('heading', { name: 'पोलीस सूचना: हरवलेले मूल' }).waitFor();
    await page.getByText('सीताबर्डीतून 7 वर्षांची मुलगी हरवली आहे.', { exact: false }).waitFor();
    expect(await page.content()).not.toMatch(/91982220000\d|620000\d/);
    await check(page, 'community-alert-public-390-mr');
    await page.goto('/alerts/999999');
    await page.getByRole('alert').waitFor();
    expect(context.pageErrors).toEqual([]);
    await context.close();
  });
});
