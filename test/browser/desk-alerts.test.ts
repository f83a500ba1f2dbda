/**
 * Issue 15, alerts in Chromium: a new p1 and a breach (ticket.escalated) each play their own generated
 * tone and raise a browser notification, each switchable by the officer; the unread p1 count is in the
 * tab's title; the attention strip follows the officer from screen to screen and across a reload, and
 * opening the ticket reads it. Web Audio and Notification are recorded by stubs (a headless browser has
 * neither speakers nor a notification centre). At desktop and phone width, in English, Hindi and Marathi.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ticketEvent } from '../../src/tickets/ticket.events.js';
import {
  describeViolations,
  DESKTOP_VIEWPORT,
  launchBrowser,
  logInOnDesk,
  newAppContext,
  PHONE_VIEWPORT,
  screenshotPath,
  scrollsSideways,
  seriousAxeViolations,
  serveApp,
  type ServedApp,
} from '../support/browser.js';
import { apiAs, expectNoPageErrors, openTicket, stationOf, type Opened } from './desk-helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

/** Stands in for Web Audio and Notification, recording each tone's frequencies and each notification. */
function stubAlerts(): void {
  const w = window as unknown as { chowkiTones: number[]; chowkiNotes: Array<{ title: string; body: string }> };
  w.chowkiTones = [];
  w.chowkiNotes = [];
  class FakeAudioContext {
    currentTime = 0;
    destination = {};
    resume() {
      return Promise.resolve();
    }
    createOscillator() {
      return {
        type: 'sine',
        frequency: { value: 0 },
        connect: (g: unknown) => g,
        start() {
          w.chowkiTones.push(this.frequency.value);
        },
        stop() {},
      };
    }
    createGain() {
      return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (d: unknown) => d };
    }
  }
  class FakeNotification {
    static permission = 'granted';
    static requestPermission() {
      return Promise.resolve('granted');
    }
    constructor(title: string, opts: { body: string }) {
      w.chowkiNotes.push({ title, body: opts.body });
    }
  }
  Object.assign(window, { AudioContext: FakeAudioContext, Notification: FakeNotification });
}

const tones = (page: Page) => page.evaluate(() => (window as unknown as { chowkiTones: number[] }).chowkiTones);
const notes = (page: Page) => page.evaluate(() => (window as unknown as { chowkiNotes: Array<{ title: string; body: string }> }).chowkiNotes);

describe('desk alerts (sqlite)', () => {
  let served: ServedApp;
  let browser: Browser;
  let fight: Opened;
  let theft: Opened;

  beforeAll(async () => {
    served = await serveApp('sqlite');
    browser = await launchBrowser();
    fight = await openTicket(served, 'Two men fighting with knives at Sitabuldi main road');
    theft = await openTicket(served, 'Mobile snatched near Zero Mile this morning');
    for (const t of [fight, theft]) expect(await stationOf(served, t.id)).toBe('ngp-ps-sitabuldi');
    const sho = await apiAs(served, 'sho.sitabuldi');
    await sho('PATCH', `/api/tickets/${fight.id}/triage`, { category: 'violence', priority: 'p1' });
    await sho('PATCH', `/api/tickets/${theft.id}/triage`, { category: 'theft', priority: 'p2' });
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function openAlertedDesk(username: string, viewport = DESKTOP_VIEWPORT) {
    const context = await newAppContext(browser, served.baseUrl, { viewport });
    await context.addInitScript(stubAlerts);
    const page = await context.newPage();
    await logInOnDesk(page, username);
    return { page, context };
  }

  /** Says again what the server said when the ticket arrived (as p1) or when the SLA tick escalated it. */
  async function announce(type: 'ticket.created' | 'ticket.escalated', id: number): Promise<void> {
    const e = await ticketEvent(served.ctx.store.db, type, id, new Date().toISOString());
    if (!e) throw new Error(`no ticket ${id}`);
    await served.ctx.bus.publish(type === 'ticket.escalated' ? { ...e, type, level: 1 } : e);
  }

  async function check(page: Page, name: string): Promise<void> {
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousAxeViolations(page).then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
  }

  it('sounds, notifies and lists a new p1 and a breach, counts unread p1s in the title, and keeps the strip across screens and a reload', async () => {
    const { page, context } = await openAlertedDesk('sho.sitabuldi');
    expect(await page.title()).toBe('Chowki');
    expect(await page.getByTestId('attention').count()).toBe(0);

    await announce('ticket.created', fight.id);
    const strip = page.getByTestId('attention');
    await strip.getByRole('link', { name: `New P1: ${fight.reference}` }).waitFor();
    await page.waitForFunction(() => document.title === '1 P1 · Chowki');
    expect(await tones(page)).toEqual([880, 1320]);
    expect(await notes(page)).toEqual([{ title: 'New P1 ticket', body: `New P1: ${fight.reference}` }]);

    // A p2 arriving is no alarm.
    await announce('ticket.created', theft.id);
    await announce('ticket.escalated', theft.id);
    await strip.getByRole('link', { name: `${theft.reference} missed its deadline` }).waitFor();
    expect(await tones(page)).toEqual([880, 1320, 392, 392, 392]);
    expect((await notes(page)).map((n) => n.title)).toEqual(['New P1 ticket', 'Deadline missed']);
    expect(await page.title()).toBe('1 P1 · Chowki');
    await check(page, 'desk-alerts-1280-en');

    // The strip lives in the desk's frame: it is there on the roster, and after a reload.
    await page.getByRole('link', { name: 'Roster' }).click();
    await page.waitForURL((u) => u.pathname === '/desk/roster');
    await strip.getByRole('link', { name: `New P1: ${fight.reference}` }).waitFor();
    await page.reload();
    // The stream reconnects after a reload; on a loaded machine that can take longer than waitForLive's 10 s.
    await page.locator('[data-testid="stream-state"].stream-live').waitFor();
    await strip.getByRole('link', { name: `${theft.reference} missed its deadline` }).waitFor();
    expect(await page.title()).toBe('1 P1 · Chowki');

    // Opening the ticket reads its alert: the title is plain again.
    await strip.getByRole('link', { name: `New P1: ${fight.reference}` }).click();
    await page.waitForURL((u) => u.pathname === `/desk/tickets/${fight.id}`);
    await page.waitForFunction(() => document.title === 'Chowki');
    expect(await strip.locator('li').count()).toBe(1);
    await strip.getByRole('button', { name: `Dismiss the alert for ${theft.reference}` }).click();
    await strip.waitFor({ state: 'detached' });
    expectNoPageErrors(context);
    await context.close();
  });

  it('lets the officer switch off each tone and notification, and remembers it', async () => {
    const { page, context } = await openAlertedDesk('op.sitabuldi');
    await page.getByText('Alerts', { exact: true }).click();
    await page.getByLabel('Tone for a new P1').uncheck();
    await page.getByLabel('Notification for a missed deadline').uncheck();
    await check(page, 'desk-alert-settings-1280-en');
    await page.reload();
    // The stream reconnects after a reload; on a loaded machine that can take longer than waitForLive's 10 s.
    await page.locator('[data-testid="stream-state"].stream-live').waitFor();
    await page.getByText('Alerts', { exact: true }).click();
    expect(await page.getByLabel('Tone for a new P1').isChecked()).toBe(false);
    expect(await page.getByLabel('Notification for a new P1').isChecked()).toBe(true);

    await announce('ticket.created', fight.id);
    await page.getByTestId('attention').getByRole('link', { name: `New P1: ${fight.reference}` }).waitFor();
    await announce('ticket.escalated', fight.id);
    await page.getByTestId('attention').getByRole('link', { name: `${fight.reference} missed its deadline` }).waitFor();
    // The p1 made no sound but notified; the breach sounded but did not notify.
    expect(await tones(page)).toEqual([392, 392, 392]);
    expect((await notes(page)).map((n) => n.title)).toEqual(['New P1 ticket']);
    expectNoPageErrors(context);
    await context.close();
  });

  it('says it in Hindi and Marathi on a phone', async () => {
    const { page, context } = await openAlertedDesk('sho.sitabuldi', PHONE_VIEWPORT);
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    // A language's strings arrive in their own chunk: the switch is done when the page says so.
    await page.waitForFunction(() => document.documentElement.lang === 'hi');
    await announce('ticket.created', fight.id);
    const strip = page.getByTestId('attention');
    await strip.getByRole('heading', { name: 'ध्यान दें (1)' }).waitFor();
    await strip.getByRole('link', { name: `नया P1: ${fight.reference}` }).waitFor();
    await page.waitForFunction(() => document.title === '1 P1 · चौकी');
    expect((await notes(page))[0]?.title).toBe('नया P1 टिकट');
    await check(page, 'desk-alerts-390-hi');

    await page.getByRole('button', { name: 'मराठी' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'mr');
    await announce('ticket.escalated', theft.id);
    await strip.getByRole('link', { name: `${theft.reference} ची मुदत चुकली` }).waitFor();
    await page.getByText('इशारे', { exact: true }).click();
    await page.getByLabel('नव्या P1 साठी आवाज').waitFor();
    await check(page, 'desk-alerts-390-mr');
    expectNoPageErrors(context);
    await context.close();
  });
});
