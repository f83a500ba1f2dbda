/**
 * What the desk's browser suites share: tickets opened through intake on the served context, API
 * calls as a demo officer, and desk pages that record what the page itself reported.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ingest } from '../../src/intake/intake.service.js';
import type { InboundItem } from '../../src/intake/inbound-item.js';
import { DEMO_PASSWORD } from '../support/harness.js';
import { DESKTOP_VIEWPORT, logInOnDesk, newAppContext, type ServedApp } from '../support/browser.js';

let n = 0;

export interface Opened {
  id: number;
  reference: string;
}

/** Opens a ticket through intake, as a channel adapter would. */
export async function openTicket(served: ServedApp, text: string, extra: Partial<InboundItem> = {}): Promise<Opened> {
  n++;
  const channel = extra.channel ?? 'web';
  const out = await ingest(served.ctx, { channel, externalId: `bt-${Date.now()}-${n}`, text, author: { id: `${channel}:bt${n}` }, ...extra });
  if (!out.ticketId || !out.reference) throw new Error(`intake opened no ticket for "${text}"`);
  return { id: out.ticketId, reference: out.reference };
}

/** A logged-in API caller as a demo user, for arranging what a test needs. */
export async function apiAs(served: ServedApp, username: string) {
  const res = await fetch(`${served.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async <T = unknown>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${served.baseUrl}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json: unknown = await r.json().catch(() => undefined);
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
    return json as T;
  };
}

export type DeskContext = BrowserContext & { blocked: string[]; pageErrors: string[] };

/** A desk page logged in as `username`, marked so that a reload would be noticed. */
export async function openDesk(browser: Browser, served: ServedApp, username: string, viewport = DESKTOP_VIEWPORT): Promise<{ page: Page; context: DeskContext }> {
  const context = await newAppContext(browser, served.baseUrl, { viewport });
  const page = await context.newPage();
  await logInOnDesk(page, username);
  await page.evaluate(() => {
    (window as unknown as { chowkiNoReload: boolean }).chowkiNoReload = true;
  });
  return { page, context };
}

export const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { chowkiNoReload?: boolean }).chowkiNoReload === true);

export const queueRow = (page: Page, reference: string) => page.locator(`[data-testid="queue"] li[data-reference="${reference}"]`);

/** Fails with the page's own errors when there were any. */
export function expectNoPageErrors(context: DeskContext): void {
  expect(context.pageErrors).toEqual([]);
}

/** The station a ticket went to, from the database: a test says where it expects a ticket before it looks for it. */
export async function stationOf(served: ServedApp, id: number): Promise<string | null> {
  const t = await served.ctx.store.db.selectFrom('tickets').select('station_id').where('id', '=', id).executeTakeFirstOrThrow();
  return t.station_id;
}
