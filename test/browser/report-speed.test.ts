/**
 * How soon the report form can be used on a cheap phone: Lighthouse's slow 4G (150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up, as DevTools applies them) and a CPU slowed 4x, cold cache, through
 * the real server (compressed, cached assets). Measured, printed and written to
 * /tmp/chowki-report-speed.json for BENCHMARKS.md; never asserted: a shared two-core machine makes
 * times noisy, and a timed assertion would fail for reasons that are not the app's.
 *
 * CHOWKI_SPEED_WEB_DIR serves another build (e.g. one made before a change) to compare.
 */
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app.js';
import { launchBrowser, newAppContext, PHONE_VIEWPORT } from '../support/browser.js';
import { createTestContext, type TestContext } from '../support/harness.js';

vi.setConfig({ testTimeout: 300_000, hookTimeout: 120_000 });

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
const RUNS = Number(process.env.CHOWKI_SPEED_RUNS ?? 3);

let t: TestContext;
let close: () => Promise<void>;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  t = await createTestContext('sqlite');
  const app = await buildApp(t.ctx, { webDir: process.env.CHOWKI_SPEED_WEB_DIR ?? 'dist/web' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  close = async () => {
    await app.close();
    await t.close();
  };
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await close?.();
});

interface Run {
  /** From navigation start until React has drawn the form (its handlers are attached when it is drawn). */
  interactiveMs: number;
  firstContentfulPaintMs: number | null;
  /** Bytes over the wire for the page's scripts and styles (compressed), and which scripts it loaded. */
  transferredBytes: number;
  scripts: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

describe('report form on slow 4G with 4x CPU slowdown', () => {
  it('measures when the form becomes usable, and proves it is', async () => {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await newAppContext(browser, baseUrl, { viewport: PHONE_VIEWPORT });
      const page = await context.newPage();
      // Before any script of the page: note when the submit button first exists.
      await page.addInitScript(() => {
        const w = window as unknown as { chowkiInteractive?: number };
        new MutationObserver((_m, observer) => {
          if (document.querySelector('form button[type="submit"]')) {
            w.chowkiInteractive = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto('/', { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { chowkiInteractive?: number }).chowkiInteractive !== undefined);
      // The paint of the drawn form may come a frame after it: read its time once the browser has it.
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      const run = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        const resources = performance.getEntriesByType('resource').filter((r): r is PerformanceResourceTiming => 'transferSize' in r);
        return {
          interactiveMs: Math.round((window as unknown as { chowkiInteractive: number }).chowkiInteractive),
          firstContentfulPaintMs: fcp ? Math.round(fcp.startTime) : null,
          transferredBytes: resources.filter((r) => /\.(js|css)$/.test(new URL(r.name).pathname)).reduce((n, r) => n + r.transferSize, 0),
          scripts: resources.filter((r) => new URL(r.name).pathname.endsWith('.js')).map((r) => new URL(r.name).pathname.replace(/^\/assets\//, '')),
        };
      });
      // Usable means usable: the first tap on "Send report" is answered.
      await page.getByRole('button', { name: 'Send report' }).click();
      await page.getByRole('alert').filter({ hasText: 'Please correct the marked fields.' }).waitFor();
      // The citizen's form never loads the desk, the map or the QR encoder.
      expect(run.scripts.filter((s) => /desk|jurisdiction-map|Poster|Stations|Track/.test(s))).toEqual([]);
      // Nor the other languages' strings: an English page fetches the English ones, once.
      expect(run.scripts.filter((s) => /^(hi|mr)-/.test(s))).toEqual([]);
      expect(run.scripts.filter((s) => /^en-/.test(s)).length).toBeLessThanOrEqual(1);
      runs.push(run);
      await context.close();
    }
    const summary = {
      webDir: process.env.CHOWKI_SPEED_WEB_DIR ?? 'dist/web',
      conditions: 'slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, x0.9), CPU x4, cold cache, 390 px',
      medianInteractiveMs: median(runs.map((r) => r.interactiveMs)),
      // Usable: drawn with its handlers and painted on the screen, whichever comes last.
      medianUsableMs: median(runs.map((r) => Math.max(r.interactiveMs, r.firstContentfulPaintMs ?? 0))),
      medianFirstContentfulPaintMs: median(runs.map((r) => r.firstContentfulPaintMs ?? NaN)),
      transferredBytes: runs[0]?.transferredBytes,
      scripts: runs[0]?.scripts,
      runs: runs.map((r) => r.interactiveMs),
    };
    console.log(JSON.stringify(summary));
    writeFileSync('/tmp/chowki-report-speed.json', JSON.stringify(summary, null, 2));
  });
});
