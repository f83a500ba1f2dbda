/**
 * The weekly review PDF: made on demand for a zone, the city or a station (en and mr), carrying the
 * unit's figures; made once per unit, week and language by the Monday job however many instances run
 * it; scoped and audited.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresSchema } from '../src/analytics/analytics.schema.js';
import { runWeeklyReviews } from '../src/analytics/review.service.js';
import { catchUpRollups } from '../src/analytics/rollup.worker.js';
import { insertGeneratedTickets } from './support/analytics.generate.js';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();
type App = Awaited<ReturnType<typeof createTestApp>>;
const DAY = 86_400_000;
const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

/** The PDF's text when poppler's pdftotext is installed (the bytes' own checks run without it). */
function textOf(pdf: Buffer): string | null {
  if (!PDFTOTEXT) return null;
  const dir = mkdtempSync(join(tmpdir(), 'review-'));
  writeFileSync(join(dir, 'r.pdf'), pdf);
  return execFileSync(PDFTOTEXT, ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
}

describe.each(engines)('weekly review on %s', { timeout: 240_000 }, (engine) => {
  let t: App;
  // Tuesday 10 March 2026, 10:30 in Nagpur: the last whole week is Monday 2 to Sunday 8 March.
  const clock = { now: Date.parse('2026-03-10T05:00:00Z') };
  const cookies: Record<string, string> = {};
  const get = (who: string | null, url: string) => t.app.inject({ url, headers: who ? { cookie: cookies[who] ?? '' } : {} });

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    await insertGeneratedTickets(t.ctx.store.db, t.ctx.city, { count: 300, from: Date.parse('2026-02-23T00:00:00Z'), days: 14, seed: 7, categories: ['theft', 'traffic', 'nuisance'] });
    await catchUpRollups(t.ctx);
    for (const u of ['op.sitabuldi', 'sho.sitabuldi', 'dcp.z2', 'cp']) cookies[u] = await t.login(u);
  });
  afterAll(async () => t?.close());

  it("makes the zone's review in English and Marathi with the zone's figures", async () => {
    const figures = figuresSchema.parse((await get('dcp.z2', '/api/analytics/figures?from=2026-03-02&to=2026-03-08')).json());
    expect(figures.summary.opened).toBeGreaterThan(0);
    for (const language of ['en', 'mr']) {
      const res = await get('dcp.z2', `/api/analytics/review?language=${language}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = res.rawPayload;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(5000);
      const text = textOf(pdf);
      if (text !== null) {
        // Extracted Devanagari comes out in glyph order (an i-matra before its consonant), so the Marathi
        // words are checked by eye (a page rendered to PNG); the dates and figures are Latin in both.
        if (language === 'en') expect(text).toContain('Weekly review');
        expect(text).toContain('2026-03-02');
        expect(text).toContain('2026-03-08');
        // The opened figure of the zone for the week is in the first row of the table.
        expect(text).toMatch(new RegExp(`\\s${figures.summary.opened.toLocaleString('en-IN')}\\s`));
      }
    }
    const rows = await t.ctx.store.db.selectFrom('weekly_reviews').select(['unit_id', 'week', 'language', 'status']).where('unit_id', '=', 'ngp-z2').execute();
    expect(rows.map((r) => `${r.week} ${r.language} ${r.status}`).sort()).toEqual(['2026-03-02 en done', '2026-03-02 mr done']);
    const audit = await t.ctx.store.db.selectFrom('audit_log').select('details').where('action', '=', 'analytics.review_generated').execute();
    expect(audit.length).toBe(2);
  });

  it('scopes the review: a DCP not the city, no operator, a station for its SHO; a bad week is a 400', async () => {
    expect((await get('dcp.z2', '/api/analytics/review?unit=ngp')).statusCode).toBe(403);
    expect((await get('op.sitabuldi', '/api/analytics/review')).statusCode).toBe(403);
    expect((await get(null, '/api/analytics/review')).statusCode).toBe(401);
    expect((await get('sho.sitabuldi', '/api/analytics/review')).statusCode).toBe(200);
    expect((await get('cp', '/api/analytics/review?week=2026-03-03')).statusCode).toBe(400);
    expect((await get('cp', '/api/analytics/review?week=2026-03-09')).statusCode).toBe(400);
    expect((await get('cp', '/api/analytics/review?language=hi')).statusCode).toBe(400);
  });

  it('makes each review once on Monday however many instances run the job at once', async () => {
    clock.now = Date.parse('2026-03-16T01:00:00Z'); // Monday 06:30 in Nagpur
    // Every zone and the city in both languages in a running server; two units here, to keep the test short.
    const only = { units: ['ngp', 'ngp-z1'], languages: ['en', 'mr'] as const };
    const made = await Promise.all([runWeeklyReviews(t.ctx, only), runWeeklyReviews(t.ctx, only), runWeeklyReviews(t.ctx, only)]);
    expect(made.reduce((a, b) => a + b, 0)).toBe(4);
    expect(await runWeeklyReviews(t.ctx, only)).toBe(0);
    const rows = await t.ctx.store.db.selectFrom('weekly_reviews').select(['unit_id', 'language', 'status']).where('week', '=', '2026-03-09').execute();
    expect(rows.map((r) => `${r.unit_id} ${r.language} ${r.status}`).sort()).toEqual(['ngp en done', 'ngp mr done', 'ngp-z1 en done', 'ngp-z1 mr done']);
    const scheduled = await t.ctx.store.db.selectFrom('audit_log').select('details').where('action', '=', 'analytics.review_generated').where('actor_user_id', 'is', null).execute();
    expect(scheduled.length).toBe(4);
    // Before 06:00 on a Monday nothing is made yet.
    clock.now = Date.parse('2026-03-23T00:00:00Z'); // 05:30 in Nagpur
    expect(await runWeeklyReviews(t.ctx, only)).toBe(0);
    clock.now = Date.parse('2026-03-10T05:00:00Z') + 0 * DAY;
  });
});
