/**
 * In Chromium: the control room's queue with its own tickets first (no station, or escalated to it), each
 * row saying why, in the one queue; and the administrator's Open311 keys screen: issue a key (shown once),
 * see it listed, revoke it after a confirmation, each audited. Desktop and phone width, English, Hindi
 * and Marathi, axe-clean, no sideways scrolling.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeViolations, launchBrowser, PHONE_VIEWPORT, screenshotPath, scrollsSideways, seriousAxeViolations, serveApp, type ServedApp } from '../support/browser.js';
import { expectNoPageErrors, openDesk, openTicket, queueRow, stationOf, type Opened } from './desk-helpers.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

describe("the control room's queue and the Open311 keys (sqlite)", () => {
  let served: ServedApp;
  let browser: Browser;
  let placed: Opened;
  let lost: Opened;
  let escalated: Opened;

  beforeAll(async () => {
    served = await serveApp('sqlite');
    browser = await launchBrowser();
    placed = await openTicket(served, 'Bicycle stolen near Zero Mile last week');
    lost = await openTicket(served, 'Someone is shouting outside my house, please come');
    escalated = await openTicket(served, 'Shop lock broken near Zero Mile');
    expect(await stationOf(served, placed.id)).toBe('ngp-ps-sitabuldi');
    expect(await stationOf(served, lost.id)).toBeNull();
    // As the SLA tick leaves a ticket it escalated to the control room (src/desk/sla.service.ts).
    await served.ctx.store.db.updateTable('tickets').set({ escalation_level: 2, escalated_at: new Date().toISOString() }).where('id', '=', escalated.id).execute();
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

  const order = (page: Page) => page.getByTestId('queue').locator('li').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-reference')));

  for (const [width, viewport] of [
    ['1280', undefined],
    ['390', PHONE_VIEWPORT],
  ] as const) {
    it(`puts the control room's own tickets first in its queue, saying why, at ${width} px`, async () => {
      const { page, context } = await openDesk(browser, served, 'control', viewport);
      await queueRow(page, lost.reference).waitFor();
      const refs = await order(page);
      const firstPlain = refs.indexOf(placed.reference);
      expect(refs.indexOf(lost.reference)).toBeLessThan(firstPlain);
      expect(refs.indexOf(escalated.reference)).toBeLessThan(firstPlain);
      // No list above the queue any more: one queue, its own tickets marked.
      expect(await page.getByTestId('control-queue').count()).toBe(0);
      await queueRow(page, lost.reference).getByText('No station yet', { exact: true }).waitFor();
      await queueRow(page, escalated.reference).getByText('Escalated to the control room', { exact: true }).waitFor();
      expect(await queueRow(page, placed.reference).getAttribute('data-control')).toBeNull();
      await page.getByTestId('control-first').getByText('Tickets with no station, and those escalated to the control room, come first.').waitFor();
      await check(page, `control-queue-${width}-en`);

      await page.getByRole('button', { name: 'हिन्दी' }).click();
      await queueRow(page, lost.reference).getByText('अभी कोई थाना नहीं', { exact: true }).waitFor();
      await queueRow(page, escalated.reference).getByText('नियंत्रण कक्ष तक आगे बढ़ाया गया', { exact: true }).waitFor();
      await check(page, `control-queue-${width}-hi`);
      await page.getByRole('button', { name: 'मराठी' }).click();
      await queueRow(page, lost.reference).getByText('अजून ठाणे नाही', { exact: true }).waitFor();
      await check(page, `control-queue-${width}-mr`);
      await page.getByRole('button', { name: 'English' }).click();
      expectNoPageErrors(context);
      await context.close();
    });
  }

  it("says in the UI's language why an unplaced ticket came to the control room, the engines' notes one click away", async () => {
    const { page, context } = await openDesk(browser, served, 'control', PHONE_VIEWPORT);
    await page.getByRole('button', { name: 'मराठी' }).click();
    await queueRow(page, lost.reference).locator('a[data-row]').click();
    await page.getByRole('heading', { name: lost.reference }).waitFor();
    await page
      .getByTestId('why-routing')
      .getByText('ठिकाण, नकाशावरील खूण किंवा ठाण्याचे खाते सापडले नाही: नियंत्रण कक्ष ते एखाद्या ठाण्याकडे सोपवेल.')
      .waitFor();
    expect(await page.getByTestId('why-triage').textContent()).toMatch(/^हिंसा, P1 .+ असे ठरवले; भाषा: इंग्रजी\.$/);
    // The raw notes stay folded until asked for.
    const raw = page.locator('.why-raw');
    expect(await raw.locator('.reasons').first().isVisible()).toBe(false);
    await raw.locator('summary').click();
    expect(await raw.locator('.reasons li').first().isVisible()).toBe(true);
    await check(page, 'control-why-390-mr');
    expectNoPageErrors(context);
    await context.close();
  });

  it('lets the administrator issue a key, shown once, and revoke it after asking, on a phone in English', async () => {
    const { page, context } = await openDesk(browser, served, 'admin', PHONE_VIEWPORT);
    await page.getByRole('link', { name: 'Open311 keys' }).click();
    await page.getByRole('heading', { name: 'Open311 API keys', level: 1 }).waitFor();
    await page.getByText('No key issued yet.').waitFor();
    await check(page, 'open311-keys-empty-390-en');

    // A name too short is said in words, beside the field.
    await page.getByRole('button', { name: 'Issue key' }).click();
    await page.getByText('Name the app in at least two letters.').waitFor();
    expect(await page.getByLabel('App the key is for').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('App the key is for').fill('Nagpur civic app');
    await page.getByRole('button', { name: 'Issue key' }).click();
    const shown = page.getByTestId('issued-key');
    await shown.getByRole('heading', { name: 'New key for Nagpur civic app' }).waitFor();
    const key = await page.getByTestId('issued-key-text').inputValue();
    expect(key).toMatch(/^o311_[A-Za-z0-9_-]{20,}$/);
    await page.getByTestId('keys-announcer').getByText('Key issued for Nagpur civic app.').waitFor();
    const item = page.getByTestId('keys-list').locator('li').filter({ hasText: 'Nagpur civic app' });
    await item.getByText('In use').waitFor();
    expect(await item.textContent()).toContain('by Administrator');
    await check(page, 'open311-keys-issued-390-en');

    // Shown once: hidden, it is nowhere on the page, and a reload does not bring it back.
    await shown.getByRole('button', { name: 'Done, hide the key' }).click();
    await shown.waitFor({ state: 'detached' });
    await page.reload();
    await item.getByText('In use').waitFor();
    expect(await page.content()).not.toContain(key);

    // The key works until it is revoked.
    const create = async (k: string) =>
      (
        await fetch(`${served.baseUrl}/open311/v2/requests.json`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
          body: new URLSearchParams({ api_key: k, service_code: 'theft', address_string: 'Zero Mile', description: 'Bicycle stolen near Zero Mile' }).toString(),
        })
      ).status;
    expect(await create(key)).toBe(200);

    await item.getByRole('button', { name: 'Revoke the key for Nagpur civic app' }).click();
    await item.getByText('Revoke the key for Nagpur civic app? The app’s requests are refused from now on, and this cannot be undone.').waitFor();
    await check(page, 'open311-keys-confirm-390-en');
    await item.getByRole('button', { name: 'Yes, revoke it' }).click();
    await item.getByText(/^Revoked .+ by Administrator: its requests are refused\.$/).waitFor();
    await page.getByTestId('keys-announcer').getByText('The key for Nagpur civic app is revoked.').waitFor();
    expect(await create(key)).toBe(403);

    const audit = await served.ctx.store.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'in', ['open311.key_issued', 'open311.key_revoked']).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['open311.key_issued', 'open311.key_revoked']);
    expect(JSON.stringify(audit)).not.toContain(key);
    expectNoPageErrors(context);
    await context.close();
  });

  it('reads the keys screen in Hindi and Marathi, at desktop and phone width', async () => {
    for (const [width, viewport] of [
      ['1280', undefined],
      ['390', PHONE_VIEWPORT],
    ] as const) {
      const { page, context } = await openDesk(browser, served, 'admin', viewport);
      await page.goto('/desk/open311-keys');
      await page.getByRole('heading', { name: 'Open311 API keys', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'हिन्दी' }).click();
      await page.getByRole('heading', { name: 'Open311 API कुंजियाँ', level: 1 }).waitFor();
      const item = page.getByTestId('keys-list').locator('li').filter({ hasText: 'Nagpur civic app' });
      await item.getByText(/Administrator ने रद्द की: इसके अनुरोध अस्वीकार होते हैं।$/).waitFor();
      await page.getByLabel('कुंजी किस ऐप के लिए है').fill('x');
      await page.getByRole('button', { name: 'कुंजी जारी करें' }).click();
      await page.getByText('ऐप का नाम कम से कम दो अक्षरों में लिखें।').waitFor();
      await check(page, `open311-keys-${width}-hi`);
      await page.getByRole('button', { name: 'मराठी' }).click();
      await page.getByRole('heading', { name: 'Open311 API किल्ल्या', level: 1 }).waitFor();
      await page.getByText('ॲपचे नाव किमान दोन अक्षरांत लिहा.').waitFor();
      await check(page, `open311-keys-${width}-mr`);
      await page.getByRole('button', { name: 'English' }).click();
      expectNoPageErrors(context);
      await context.close();
    }
  });

  it('keeps the keys screen from other roles', async () => {
    const { page, context } = await openDesk(browser, served, 'control');
    expect(await page.getByRole('link', { name: 'Open311 keys' }).count()).toBe(0);
    await page.goto('/desk/open311-keys');
    await page.getByText('Your role does not allow this.').waitFor();
    await context.close();
  });
});
