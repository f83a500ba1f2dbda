/**
 * Browser tests: Debian's Chromium through playwright-core, against the real server started
 * in-process on a test database (SQLite or PostgreSQL) and serving the built web app.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../../src/app.js';
import type { Engine } from '../../src/store/db.js';
import { createTestContext, DEMO_PASSWORD, type TestContext } from './harness.js';

export const CHROMIUM_PATH = process.env.CHOWKI_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export const PHONE_VIEWPORT = { width: 390, height: 844 };
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface ServedApp extends TestContext {
  baseUrl: string;
}

/** The whole server on a free port of 127.0.0.1, serving dist/web (built by the global setup). */
export async function serveApp(engine: Engine, opts: { now?: () => number } = {}): Promise<ServedApp> {
  const t = await createTestContext(engine, opts);
  const app = await buildApp(t.ctx, { webDir: 'dist/web' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  return {
    ...t,
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: async () => {
      // Open EventSource streams would hold close() until the browser goes; end them first.
      app.server.closeAllConnections();
      await app.close();
      await t.close();
    },
  };
}

/**
 * A browser context that can reach only the app under test: every other request is aborted and
 * recorded, so a test can prove that a page needed no network beyond its own server.
 */
export async function newAppContext(
  browser: Browser,
  baseUrl: string,
  opts: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<BrowserContext & { blocked: string[]; pageErrors: string[] }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: opts.viewport ?? DESKTOP_VIEWPORT,
    locale: opts.locale ?? 'en-IN',
    serviceWorkers: 'block',
  });
  // A loaded shared machine can stall a page for seconds; waits are generous, never timed assertions.
  context.setDefaultTimeout(60_000);
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  context.on('page', (page) => {
    page.on('pageerror', (err) => pageErrors.push(err.message));
    // Whatever the Content-Security-Policy blocks is an error of the page, even when nothing throws.
    page.on('console', (msg) => {
      if (msg.type() === 'error' && msg.text().includes('Content Security Policy')) pageErrors.push(msg.text());
    });
  });
  await context.route(
    (url) => !url.href.startsWith(baseUrl) && !url.href.startsWith('data:'),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  return Object.assign(context, { blocked, pageErrors });
}

/** Logs in through the desk's login page and waits for the live queue. */
export async function logInOnDesk(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/desk/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((u) => u.pathname === '/desk');
  await waitForLive(page);
}

/** Waits until the desk's event stream is connected. */
export async function waitForLive(page: Page): Promise<void> {
  await page.locator('[data-testid="stream-state"].stream-live').waitFor({ timeout: 10_000 });
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; html: string }>;
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated, not added as a <script>: the app's CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Where screenshots go: /tmp by default, for a human to look at. */
export function screenshotPath(name: string): string {
  return `${process.env.CHOWKI_SCREENSHOT_DIR ?? '/tmp'}/chowki-${name}.png`;
}

/** Whether the page scrolls sideways (a phone layout must not). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** axe-core's serious and critical findings, one line each, '' when there are none. */
export function describeViolations(v: AxeViolation[]): string {
  return v.map((x) => `${x.impact} ${x.id}: ${x.help}\n  ${x.nodes.map((n) => n.html).join('\n  ')}`).join('\n');
}
