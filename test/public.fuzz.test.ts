/**
 * Property, through HTTP on both databases: whatever anyone on the internet sends to the public API
 * (the report form, report tracking, the login, the unit list), nothing answers 5xx, and a valid
 * report wrapped in awkward text still becomes a ticket that can be tracked.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awkwardJson, awkwardString, FUZZ_RUNS } from './support/fuzz.js';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();
type App = Awaited<ReturnType<typeof createTestApp>>;

const tally: Record<string, { inputs: number; status5xx: number; statuses: Record<number, number> }> = {};
function record(key: string, status: number): void {
  const t = (tally[key] ??= { inputs: 0, status5xx: 0, statuses: {} });
  t.inputs++;
  if (status >= 500) t.status5xx++;
  t.statuses[status] = (t.statuses[status] ?? 0) + 1;
}
afterAll(() => console.info(`public API fuzz: ${JSON.stringify(tally)}`));

/** A report body whose fields are sometimes right, sometimes anything at all. */
const reportBody = fc.record(
  {
    text: fc.oneof(awkwardString, fc.constant('Chain snatched near Zero Mile just now'), awkwardJson),
    name: fc.oneof(awkwardString, awkwardJson),
    phone: fc.oneof(awkwardString, fc.constant('+91 98220 12345')),
    lat: fc.oneof(fc.double({ noNaN: true }), awkwardJson),
    lon: fc.oneof(fc.double({ noNaN: true }), awkwardJson),
    clientId: fc.oneof(awkwardString, fc.uuid()),
  },
  { requiredKeys: [] },
);

/**
 * Percent-encodes anything, as a client that does not care would: a lone surrogate (which
 * encodeURIComponent refuses) goes out as the three bytes of its code unit, invalid UTF-8.
 */
function anyEncode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(s.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(s[i] ?? '');
    }
  }
  return out;
}

describe.each(engines)('public API under fuzz on %s', { timeout: 300_000 }, (engine) => {
  let t: App;
  let n = 0;
  beforeAll(async () => {
    // Generous limits: this suite measures robustness, the abuse suite measures the limits.
    t = await createTestApp(engine);
    const { abuse } = t.ctx.config;
    await t.reconfigure({ abuse: { ...abuse, reports: { ...abuse.reports, perHourPerIp: 100_000, perHourPerDevice: 100_000, repeatMinutes: 0 } } });
  });
  afterAll(async () => t?.close());

  // Each request from its own address, so that limits and lockouts never mask a crash.
  const from = () => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n++ & 255}`;

  it('answers any report body without 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: reportBody }, { weight: 1, arbitrary: awkwardJson }), async (body) => {
        const res = await t.app.inject({ method: 'POST', url: '/api/public/reports', remoteAddress: from(), payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
        record('POST /api/public/reports', res.statusCode);
        expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('turns a real report wrapped in awkward characters into a trackable ticket', async () => {
    await fc.assert(
      fc.asyncProperty(awkwardString, awkwardString, async (before, after) => {
        const text = `${before.slice(0, 200)} Chain snatched near Zero Mile just now ${after.slice(0, 200)}`;
        const res = await t.app.inject({ method: 'POST', url: '/api/public/reports', remoteAddress: from(), payload: { text } });
        record('POST /api/public/reports (valid)', res.statusCode);
        expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
        const { reference, token } = res.json<{ reference: string; token: string }>();
        const track = await t.app.inject({ url: `/api/public/reports/${reference}?token=${encodeURIComponent(token)}`, remoteAddress: from() });
        expect(track.statusCode).toBe(200);
      }),
      { numRuns: Math.round(FUZZ_RUNS / 4) },
    );
  });

  it('answers any tracking lookup and login without 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(awkwardString, awkwardString, awkwardJson, async (reference, token, login) => {
        const track = await t.app.inject({ url: `/api/public/reports/${anyEncode(reference)}?token=${anyEncode(token)}`, remoteAddress: from() });
        record('GET /api/public/reports/:reference', track.statusCode);
        expect(track.statusCode).toBeLessThan(500);
        const replies = await t.app.inject({ url: `/api/public/reports/${anyEncode(reference)}/replies?token=${anyEncode(token)}`, remoteAddress: from() });
        record('GET /api/public/reports/:reference/replies', replies.statusCode);
        expect(replies.statusCode).toBeLessThan(500);
        const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: from(), payload: JSON.stringify(login), headers: { 'content-type': 'application/json' } });
        record('POST /api/auth/login', res.statusCode);
        expect(res.statusCode).toBeLessThan(500);
        const units = await t.app.inject({ url: `/api/units?${anyEncode(reference)}=${anyEncode(token)}`, remoteAddress: from() });
        record('GET /api/units', units.statusCode);
        expect(units.statusCode).toBeLessThan(500);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
