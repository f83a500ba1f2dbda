/**
 * Exports of tickets as CSV and GeoJSON: no personal data from the PII corpus (src/triage/pii.corpus.jsonl)
 * nor the citizens' names and numbers, scoped by role, and every export audited.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../src/analytics/export.service.js';
import { ingest } from '../src/intake/intake.service.js';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();
type App = Awaited<ReturnType<typeof createTestApp>>;

interface CorpusLine {
  text: string;
  kind: string;
  secret: string | string[];
}
const corpus: CorpusLine[] = readFileSync(new URL('../src/triage/pii.corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const positives = corpus.filter((e) => e.kind !== 'none' && e.kind !== 'vehicle').slice(0, 80);
const secretsOf = (e: CorpusLine) => (Array.isArray(e.secret) ? e.secret : [e.secret]);

describe.each(engines)('ticket exports on %s', { timeout: 240_000 }, (engine) => {
  let t: App;
  const cookies: Record<string, string> = {};
  const secrets: string[] = [];
  const get = (who: string | null, url: string) => t.app.inject({ url, headers: who ? { cookie: cookies[who] ?? '' } : {} });

  beforeAll(async () => {
    t = await createTestApp(engine);
    for (const [i, line] of positives.entries()) {
      const phone = `98220${String(10000 + i).padStart(5, '0')}`;
      const name = `Citizen Surname${i}`;
      await ingest(t.ctx, {
        channel: i % 2 ? 'whatsapp' : 'telegram',
        externalId: `exp-${i}`,
        text: `Chain snatched at Sitabuldi market. ${line.text}`,
        author: { id: `91${phone}`, name, phone: `+91${phone}` },
        reply: { to: `91${phone}`, public: false },
        geo: { lat: 21.1458 + i / 10_000, lon: 79.0882 },
      });
      secrets.push(...secretsOf(line), phone, name, `Surname${i}`);
    }
    await ingest(t.ctx, { channel: 'whatsapp', externalId: 'exp-ambazari', text: 'Bike stolen near Ambazari lake garden gate', author: { id: '919800003001' }, reply: { to: '919800003001', public: false } });
    for (const u of ['op.sitabuldi', 'sho.sitabuldi', 'sho.ambazari', 'dcp.z2', 'cp', 'admin']) cookies[u] = await t.login(u);
  });
  afterAll(async () => t?.close());

  it('gives CSV and GeoJSON without any personal data of the corpus, the names or the numbers', async () => {
    const csv = await get('cp', '/api/analytics/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(lines.length).toBe(positives.length + 2);
    const geo = await get('cp', '/api/analytics/export?format=geojson');
    expect(geo.statusCode).toBe(200);
    const fc = geo.json<{ type: string; features: Array<{ geometry: { coordinates: number[] } | null; properties: Record<string, unknown> }> }>();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBe(positives.length + 1);
    const leaks = secrets.filter((s) => s.length >= 4 && (csv.body.includes(s) || geo.body.includes(s)));
    expect(leaks).toEqual([]);
    // Places only as the centre of their hexagon: the 80 shared pins fall on a handful of points.
    const points = new Set(fc.features.filter((f) => f.geometry).map((f) => f.geometry?.coordinates.join(',')));
    expect(points.size).toBeLessThanOrEqual(5);
    expect(geo.body).not.toContain('21.1458,');
  });

  it('scopes by role: an SHO their station, a DCP the zone, no operator, no one logged out; bad input is a 400', async () => {
    const rows = async (who: string, q = '') => (await get(who, `/api/analytics/export?format=csv${q}`)).body.trim().split('\r\n').length - 1;
    const city = await rows('cp');
    const sitabuldi = await rows('sho.sitabuldi');
    expect(sitabuldi).toBeGreaterThan(0);
    expect(sitabuldi).toBeLessThan(city);
    expect(await rows('dcp.z2')).toBeGreaterThanOrEqual(sitabuldi);
    expect(await rows('sho.ambazari')).toBeLessThan(city);
    expect((await get('sho.ambazari', '/api/analytics/export?format=csv&unit=ngp-ps-sitabuldi')).statusCode).toBe(403);
    expect((await get('op.sitabuldi', '/api/analytics/export?format=csv')).statusCode).toBe(403);
    expect((await get(null, '/api/analytics/export?format=csv')).statusCode).toBe(401);
    expect((await get('cp', '/api/analytics/export?format=xlsx')).statusCode).toBe(400);
    expect((await get('cp', '/api/analytics/export?format=csv&from=2026-99-01')).statusCode).toBe(400);
  });

  it('audits every export: who, which unit and period, the format and how many rows', async () => {
    const before = await t.ctx.store.db.selectFrom('audit_log').select('id').where('action', '=', 'analytics.exported').execute();
    await get('dcp.z2', '/api/analytics/export?format=geojson');
    const after = await t.ctx.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'analytics.exported').orderBy('id', 'desc').execute();
    expect(after.length).toBe(before.length + 1);
    const last = after[0];
    const dcp = await t.ctx.store.db.selectFrom('users').select('id').where('username', '=', 'dcp.z2').executeTakeFirstOrThrow();
    expect(last?.actor_user_id).toBe(dcp.id);
    expect(JSON.parse(last?.details ?? '{}')).toMatchObject({ format: 'geojson', unit: 'ngp-z2' });
  });
});
