/**
 * What the public thinks, on the leadership screen and the tracking page, in Chromium (issue 16): the
 * Commissioner on a phone (390 px) and a DCP and an SHO on a desktop see the citizens' ratings, the
 * sentiment of their messages and the praise that named an officer, each as a table, with the exports
 * and the weekly review to download; a citizen rates their closed report on its tracking page. Each
 * view in English, Hindi and Marathi, with no serious or critical axe-core finding and no sideways scroll.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { catchUpRollups } from '../../src/analytics/rollup.worker.js';
import { ingest } from '../../src/intake/intake.service.js';
import { insertGeneratedTickets } from '../support/analytics.generate.js';
import { DESKTOP_VIEWPORT, describeViolations, launchBrowser, newAppContext, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { expectNoPageErrors, openDesk } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
const DAY = 86_400_000;
const LANGS = [
  ['hi', 'हिन्दी', 'जनता की राय'],
  ['mr', 'मराठी', 'नागरिकांचे मत'],
  ['en', 'English', 'What the public thinks'],
] as const;

describe('what the public thinks (sqlite)', () => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveApp('sqlite');
    browser = await launchBrowser();
    const db = served.ctx.store.db;
    await insertGeneratedTickets(db, served.ctx.city, { count: 120, from: Date.now() - 20 * DAY, days: 20, seed: 11, categories: ['theft', 'traffic', 'nuisance'] });
    await db
      .insertInto('users')
      .values({ username: 'psi.deshmukh', display_name: 'PSI Rahul Deshmukh', password_hash: 'x', role: 'operator', unit_id: 'ngp-ps-sitabuldi', active: 1, capacity: null, created_at: new Date().toISOString() })
      .execute();
    const say = (who: string, text: string, n: string) => ingest(served.ctx, { channel: 'whatsapp', externalId: `lp-${n}`, text, author: { id: who }, reply: { to: who, public: false } });
    await say('919800004001', 'Thank you Deshmukh sir, Sitabuldi police found my stolen phone within a day', '1');
    await say('919800004002', 'I am scared, a man is following me near Sitabuldi fort every evening', '2');
    // A closed ticket rated 4 by its citizen's reply.
    const closed = await say('919800004003', 'loud DJ music at Sitabuldi since midnight', '3');
    const control = await served.ctx.store.db.selectFrom('users').select('id').where('username', '=', 'control').executeTakeFirstOrThrow();
    await db.updateTable('tickets').set({ status: 'resolved', outcome: 'action_taken', resolved_at: new Date().toISOString() }).where('id', '=', closed.ticketId ?? 0).execute();
    await db
      .insertInto('ticket_ratings')
      .values({ ticket_id: closed.ticketId ?? 0, channel: 'whatsapp', address: '919800004003', language: 'en', station_id: 'ngp-ps-sitabuldi', officer_id: control.id, requested_at: new Date().toISOString(), expires_at: new Date(Date.now() + 7 * DAY).toISOString(), outbox_id: null, score: null, word: null, source: null, rated_at: null, inbound_id: null })
      .execute();
    await say('919800004003', '4 good', '4');
    await catchUpRollups(served.ctx);
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

  async function inEachLanguage(page: Page, name: string): Promise<void> {
    for (const [lang, button, heading] of LANGS) {
      await page.getByRole('button', { name: button, exact: true }).first().click();
      await page.getByRole('heading', { name: heading }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await check(page, `${name}-${lang}`);
    }
  }

  it('shows the Commissioner on a phone the ratings, the sentiment, the praise and the downloads', async () => {
    const { page, context } = await openDesk(browser, served, 'cp', PHONE_VIEWPORT);
    await page.getByRole('link', { name: 'Leadership' }).click();
    const panel = page.locator('#lead-satisfaction');
    await panel.getByText('Citizens rated the response 4.0 out of 5 on average (ratings: 1).').waitFor();
    expect(await page.getByTestId('sentiment-fear').locator('td').first().textContent()).toBe('1');
    expect(Number(await page.getByTestId('sentiment-praise').locator('td').first().textContent())).toBeGreaterThanOrEqual(1);
    await page.getByTestId('officer-praise').filter({ hasText: 'PSI Rahul Deshmukh' }).waitFor();
    // Satisfaction per unit, in the table of the units below.
    expect(await page.locator('#lead-children tr', { hasText: 'Zone 2' }).locator('td').last().textContent()).toBe('4.0');
    const csv = await page.getByRole('link', { name: 'Tickets of the period as CSV' }).getAttribute('href');
    const res = await page.request.get(csv ?? '');
    expect(res.status()).toBe(200);
    expect(await res.text()).not.toContain('919800004001');
    await check(page, 'leadership-public-390-en');
    await inEachLanguage(page, 'leadership-public-390');
    expectNoPageErrors(context);
    await context.close();
  });

  it('gives a DCP the weekly review and an SHO the praise of their station, on a desktop', async () => {
    const dcp = await openDesk(browser, served, 'dcp.z2', DESKTOP_VIEWPORT);
    await dcp.page.goto(`${served.baseUrl}/desk/leadership`);
    await dcp.page.getByTestId('officer-praise').filter({ hasText: 'PSI Rahul Deshmukh' }).waitFor();
    const href = await dcp.page.getByRole('link', { name: /PDF in Marathi/ }).getAttribute('href');
    const pdf = await dcp.page.request.get(href ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await check(dcp.page, 'leadership-public-zone-1280-en');
    await dcp.context.close();

    const sho = await openDesk(browser, served, 'sho.sitabuldi', DESKTOP_VIEWPORT);
    await sho.page.getByRole('link', { name: 'Leadership' }).click();
    await sho.page.getByRole('heading', { name: /Leadership figures: Sitabuldi/ }).waitFor();
    await sho.page.getByTestId('officer-praise').filter({ hasText: 'Thank you Deshmukh sir' }).waitFor();
    expect(await sho.page.locator('.error-note, [role="alert"]').count()).toBe(0);
    await inEachLanguage(sho.page, 'leadership-public-sho-1280');
    expectNoPageErrors(sho.context);
    await sho.context.close();
  });

  it('lets a citizen rate their closed report on its tracking page, on a phone', async () => {
    const res = await fetch(`${served.baseUrl}/api/public/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'My scooter was stolen outside Sitabuldi market this morning' }),
    });
    const receipt = (await res.json()) as { reference: string; trackingUrl: string };
    const ticket = await served.ctx.store.db.selectFrom('tickets').select('id').where('reference', '=', receipt.reference).executeTakeFirstOrThrow();
    const desk = await openDesk(browser, served, 'control', DESKTOP_VIEWPORT);
    const closed = await desk.page.request.post(`/api/tickets/${ticket.id}/status`, { data: { status: 'resolved', outcome: 'fir_registered' } });
    expect(closed.status()).toBe(200);
    await desk.context.close();

    const context = await newAppContext(browser, served.baseUrl, { viewport: PHONE_VIEWPORT });
    const page = await context.newPage();
    await page.goto(receipt.trackingUrl);
    const form = page.getByTestId('track-rate');
    await form.waitFor();
    for (const [lang, button, heading] of [['hi', 'हिन्दी', 'पुलिस का जवाब कैसा रहा?'], ['mr', 'मराठी', 'पोलिसांचा प्रतिसाद कसा होता?'], ['en', 'English', 'How did the police respond?']] as const) {
      await page.getByRole('button', { name: button, exact: true }).first().click();
      await page.getByRole('heading', { name: heading }).waitFor();
      await check(page, `track-rate-390-${lang}`);
    }
    await page.getByRole('button', { name: 'Send my rating' }).click();
    await form.getByText('Choose a rating from 1 to 5.').waitFor();
    await page.getByLabel('4, good').check();
    await page.getByLabel('A word about it').fill('quick');
    await page.getByRole('button', { name: 'Send my rating' }).click();
    await page.getByTestId('track-rated').getByText('You rated the response 4 out of 5.').waitFor();
    const rating = await served.ctx.store.db.selectFrom('ticket_ratings').select(['score', 'word', 'source']).where('ticket_id', '=', ticket.id).executeTakeFirstOrThrow();
    expect(rating).toEqual({ score: 4, word: 'quick', source: 'web' });
    await check(page, 'track-rated-390-en');
    await context.close();
  });
});
