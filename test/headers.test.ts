/**
 * Headers and secrets, on both databases: the security headers on every answer, the built web app's
 * caching, compression and hidden source maps, the API documentation under its own policy, whom
 * X-Forwarded-For is believed from, sessions checked before bodies, logout's cookie, and WhatsApp's
 * verify token compared in constant time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { parseTrustProxy, readConfig, type Config } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import { secretsEqual } from '../src/http/secret-equal.js';
import { tileSource } from '../src/http/security-headers.js';
import { createTestContext, DEMO_PASSWORD, testEngines, type TestContext } from './support/harness.js';

const engines = await testEngines();

/** A built web app in miniature: a shell naming a tile server, a hashed script, its source map, a stylesheet. */
function makeWebDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chowki-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><meta name="chowki-tile-url" content="https://{s}.tile.example.org/{z}/{x}/{y}.png" />' +
      '<script type="module" crossorigin src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dir, 'assets/index-AbC123.js'), `export const app = ${JSON.stringify('chowki '.repeat(2000))};\n//# sourceMappingURL=index-AbC123.js.map\n`);
  writeFileSync(join(dir, 'assets/index-AbC123.js.map'), JSON.stringify({ version: 3, sources: ['web/src/main.tsx'], mappings: '' }));
  writeFileSync(join(dir, 'assets/index-XyZ789.css'), `body { color: #111; }\n${'.x { margin: 0 }\n'.repeat(200)}`);
  return dir;
}

const withConfig = (ctx: AppContext, patch: Partial<Config>): AppContext => ({ ...ctx, config: { ...ctx.config, ...patch } });

describe('settings for headers and proxies', () => {
  it('reads CHOWKI_TRUST_PROXY as false, true, a hop count or a list of addresses and CIDRs', () => {
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('TRUE')).toBe(true);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1,::1,fd00::/8,loopback')).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8', 'loopback']);
    for (const bad of ['yes', '10.0.0.0/33', '10.0.0/8', 'proxy.example.org', '10.0.0.1/8/1', ',']) expect(parseTrustProxy(bad)).toBeUndefined();
    expect(readConfig({}).trustProxy).toBe(false);
    expect(() => readConfig({ CHOWKI_TRUST_PROXY: 'yes' })).toThrow(/CHOWKI_TRUST_PROXY: use true, false, a hop count/);
  });

  it('takes the tile server of the build into img-src, with a wildcard for its subdomain placeholder', () => {
    expect(tileSource('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://*.tile.openstreetmap.org');
    expect(tileSource('https://tiles.example.org:8443/{z}/{x}/{y}.png?key=1')).toBe('https://tiles.example.org:8443');
    expect(tileSource("https://evil.example.org; script-src 'unsafe-inline'/{z}")).toBeNull();
    expect(tileSource('')).toBeNull();
  });

  it('compares secrets whatever their lengths', () => {
    expect(secretsEqual('verify-me', 'verify-me')).toBe(true);
    expect(secretsEqual('verify-mE', 'verify-me')).toBe(false);
    expect(secretsEqual('v', 'verify-me')).toBe(false);
    expect(secretsEqual(undefined, 'verify-me')).toBe(false);
  });

  it('hashes passwords at OWASP cost unless the test-only setting says otherwise', () => {
    expect(readConfig({}).passwordHash).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(readConfig({ CHOWKI_INSECURE_TEST_PASSWORD_HASH: 'true' }).passwordHash.N).toBeLessThan(2 ** 17);
  });
});

describe.each(engines)('headers and secrets on %s', (engine) => {
  let t: TestContext;
  let app: FastifyInstance;
  let webDir = '';
  const apps: FastifyInstance[] = [];
  const build = async (ctx: AppContext, dir: string | null = null) => {
    const a = await buildApp(ctx, { webDir: dir });
    apps.push(a);
    return a;
  };
  const logIn = async (a: FastifyInstance, username: string) => {
    const res = await a.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
    expect(res.statusCode).toBe(200);
    return res;
  };

  beforeAll(async () => {
    t = await createTestContext(engine);
    webDir = makeWebDir();
    app = await build(t.ctx, webDir);
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  describe('security headers', () => {
    it('sends a CSP without inline script or style, nosniff, no Referer and no framing on API answers', async () => {
      const res = await app.inject({ url: '/api/units' });
      expect(res.statusCode).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    });

    it('sends the headers on errors and on the tracking page, whose link carries a token', async () => {
      const missing = await app.inject({ url: '/api/public/reports/NGP-2026-000001?token=abcdefghijkl' });
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['referrer-policy']).toBe('no-referrer');
      const page = await app.inject({ url: '/track/NGP-2026-000001?token=abcdefghijkl' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['referrer-policy']).toBe('no-referrer');
      expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    });

    it('adds HSTS and upgrade-insecure-requests only behind HTTPS', async () => {
      const https = await build(withConfig(t.ctx, { publicUrl: 'https://chowki.example.org' }));
      const res = await https.inject({ url: '/healthz' });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    });

    it('serves the API documentation under its own policy, on /api/docs only', async () => {
      const page = await app.inject({ url: '/api/docs' });
      expect(page.statusCode).toBe(200);
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)/);
      for (const url of ['/api/docs/json', '/api/docs/static/swagger-ui-bundle.js', '/api/docs/static/swagger-initializer.js']) {
        expect((await app.inject({ url })).statusCode).toBe(200);
      }
      expect(String((await app.inject({ url: '/api/units' })).headers['content-security-policy'])).not.toContain('unsafe-inline');
    });
  });

  describe('the built web app', () => {
    it('lets the tile server of the build into img-src', async () => {
      const res = await app.inject({ url: '/' });
      expect(String(res.headers['content-security-policy'])).toMatch(/img-src 'self' data: https:\/\/\*\.tile\.example\.org;/);
    });

    it('keeps hashed assets a year and revalidates index.html, also where the app routes on the client', async () => {
      const asset = await app.inject({ url: '/assets/index-AbC123.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await app.inject({ url: '/assets/index-XyZ789.css' })).headers['cache-control']).toBe('public, max-age=31536000, immutable');
      for (const url of ['/', '/index.html', '/desk', '/track/NGP-2026-000001?token=abcdefghijkl']) {
        const res = await app.inject({ url });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/text\/html/);
        expect(res.headers['cache-control']).toBe('no-cache');
      }
    });

    it('compresses the files, not the API', async () => {
      const br = await app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'br, gzip' } });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.rawPayload.length).toBeLessThan(2000);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const gzip = await app.inject({ url: '/assets/index-XyZ789.css', headers: { 'accept-encoding': 'gzip' } });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      const plain = await app.inject({ url: '/assets/index-AbC123.js' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      const api = await app.inject({ url: '/api/units/jurisdictions', headers: { 'accept-encoding': 'br, gzip' } });
      expect(api.statusCode).toBe(200);
      expect(api.headers['content-encoding']).toBeUndefined();
    });

    it('never serves a source map, and a missing asset is a 404 rather than the app shell', async () => {
      for (const url of ['/assets/index-AbC123.js.map', '/assets/index-Old999.js']) {
        const res = await app.inject({ url });
        expect(res.statusCode).toBe(404);
        expect(res.body).not.toContain('sources');
        expect(res.headers['content-type']).not.toMatch(/text\/html/);
      }
    });
  });

  describe('client addresses', () => {
    const addressCounted = async (a: FastifyInstance, headers: Record<string, string>) => {
      const res = await a.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'wrong-password' }, remoteAddress: '10.1.2.3', headers });
      expect(res.statusCode).toBe(401);
      const rows = await t.ctx.store.db.selectFrom('rate_limits').select('key').where('bucket', '=', 'login.address').execute();
      return rows.map((r) => r.key);
    };

    it('ignores X-Forwarded-For by default: a client cannot choose the address its limits count', async () => {
      const keys = await addressCounted(app, { 'x-forwarded-for': '192.0.2.200' });
      expect(keys).toContain('10.1.2.3');
      expect(keys).not.toContain('192.0.2.200');
    });

    it('believes X-Forwarded-For from the proxies CHOWKI_TRUST_PROXY names, and only from them', async () => {
      const proxied = await build(withConfig(t.ctx, { trustProxy: ['10.0.0.0/8'] }));
      expect(await addressCounted(proxied, { 'x-forwarded-for': '192.0.2.201' })).toContain('192.0.2.201');
      const elsewhere = await build(withConfig(t.ctx, { trustProxy: ['172.16.0.0/12'] }));
      expect(await addressCounted(elsewhere, { 'x-forwarded-for': '192.0.2.202' })).not.toContain('192.0.2.202');
      const hops = await build(withConfig(t.ctx, { trustProxy: 1 }));
      expect(await addressCounted(hops, { 'x-forwarded-for': '192.0.2.250, 192.0.2.203' })).toContain('192.0.2.203');
    });
  });

  describe('sessions', () => {
    it('answers 401 before validating the body of a desk endpoint', async () => {
      const cases = [
        { method: 'POST' as const, url: '/api/tickets/1/notes', payload: { text: 42 } },
        { method: 'POST' as const, url: '/api/tickets/not-a-number/notes', payload: {} },
        { method: 'POST' as const, url: '/api/tickets/1/status', payload: { nonsense: true } },
        { method: 'GET' as const, url: '/api/desk/queue?priority=p9&limit=abc' },
        { method: 'GET' as const, url: '/api/intake/failed' },
      ];
      for (const c of cases) {
        const res = await app.inject(c);
        expect(res.statusCode, `${c.method} ${c.url}`).toBe(401);
        expect(res.json().error.code).toBe('UNAUTHENTICATED');
        expect(res.body).not.toContain('details');
      }
      const cookie = (await logIn(app, 'op.sitabuldi')).cookies.find((c) => c.name === 'chowki_session');
      const invalid = await app.inject({ method: 'POST', url: '/api/tickets/1/notes', payload: { text: 42 }, cookies: { chowki_session: cookie?.value ?? '' } });
      expect(invalid.statusCode).toBe(400);
      const expired = await app.inject({ method: 'POST', url: '/api/tickets/1/notes', payload: { text: 42 }, cookies: { chowki_session: 'not-a-session' } });
      expect(expired.statusCode).toBe(401);
    });

    it('leaves the public routes, the documentation and unknown paths as they were', async () => {
      expect((await app.inject({ method: 'POST', url: '/api/public/reports', payload: { text: 1 } })).statusCode).toBe(400);
      expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: {} })).statusCode).toBe(400);
      expect((await app.inject({ url: '/api/units' })).statusCode).toBe(200);
      expect((await app.inject({ url: '/api/docs/json' })).statusCode).toBe(200);
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
      expect((await app.inject({ url: '/api/no-such-thing' })).statusCode).toBe(404);
    });

    it('clears the session cookie on logout with the flags it was set with', async () => {
      const https = await build(withConfig(t.ctx, { publicUrl: 'https://chowki.example.org' }));
      const login = await logIn(https, 'op.sitabuldi');
      const set = login.cookies.find((c) => c.name === 'chowki_session');
      expect(set).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true, path: '/' });
      const out = await https.inject({ method: 'POST', url: '/api/auth/logout', cookies: { chowki_session: set?.value ?? '' } });
      expect(out.statusCode).toBe(204);
      const cleared = out.cookies.find((c) => c.name === 'chowki_session');
      expect(cleared).toMatchObject({ value: '', httpOnly: true, sameSite: 'Strict', secure: true, path: '/' });
      expect(cleared?.expires?.getTime()).toBeLessThan(Date.now());
      expect((await https.inject({ url: '/api/auth/me', cookies: { chowki_session: set?.value ?? '' } })).statusCode).toBe(401);
    });
  });

  describe('WhatsApp verification', () => {
    it("answers Meta's challenge only for the exact verify token", async () => {
      const config = readConfig({
        CHOWKI_DATA_DIR: ':memory:',
        LOG_LEVEL: 'silent',
        CHOWKI_INSECURE_TEST_PASSWORD_HASH: 'true',
        CHOWKI_WHATSAPP_APP_SECRET: 'app-secret',
        CHOWKI_WHATSAPP_VERIFY_TOKEN: 'verify-me-please',
      });
      const wa = await build({ ...t.ctx, config });
      const verify = (token: string) => wa.inject({ url: `/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${encodeURIComponent(token)}&hub.challenge=1158201444` });
      const ok = await verify('verify-me-please');
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toBe('1158201444');
      for (const wrong of ['verify-me-pleasE', 'verify-me', 'verify-me-please-and-more', '']) expect((await verify(wrong)).statusCode).toBe(403);
      expect((await wa.inject({ url: '/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1' })).statusCode).toBe(403);
    });
  });
});
