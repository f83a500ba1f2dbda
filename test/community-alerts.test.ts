/**
 * Alerts to the public (issue 14) and the city's own group kinds, on both databases: the control room
 * alerts every group of a zone and a station at once, each member in their language, through the
 * outbox's pacing; the alert is posted from the stations' X accounts (the force's for the rest) at the
 * X emulator, within 280 characters and without personal data; totals per station and per channel;
 * cancel until sent; the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createXChannel } from '../src/channels/x/x.channel.js';
import { xWeightedLength } from '../src/community/community.model.js';
import type { AlertView } from '../src/community/community.schema.js';
import { readConfig } from '../src/config.js';
import { createOutboxWorker, type OutboundSender } from '../src/outbox/outbox.worker.js';
import { startXFake } from './fakes/x.fake.js';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();
type App = Awaited<ReturnType<typeof createTestApp>>;
type XFake = Awaited<ReturnType<typeof startXFake>>;

const PARENT_PHONE = '9823012345';
const texts = {
  en: `Missing since 4 pm near Sitabuldi fort: a girl of 7 in a red frock. Call 112 or her mother on ${PARENT_PHONE}.`,
  hi: `सीताबर्डी किले के पास शाम 4 बजे से लापता: लाल फ्रॉक में 7 साल की बच्ची। 112 पर या उसकी माँ को ${PARENT_PHONE} पर फ़ोन करें।`,
  mr: `सीताबर्डी किल्ल्याजवळून संध्याकाळी 4 पासून हरवलेली: लाल फ्रॉकमधील 7 वर्षांची मुलगी. 112 वर किंवा तिच्या आईला ${PARENT_PHONE} वर फोन करा.`,
};

describe.each(engines)('alerts to the public on %s', (engine) => {
  let t: App;
  let x: XFake;
  const clock = { now: Date.parse('2026-06-01T10:00:00Z') };
  const cookies: Record<string, string> = {};
  const as = async (user: string) => (cookies[user] ??= await t.login(user));
  const api = async (user: string | null, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: user ? { cookie: await as(user) } : {} });
  const sent: Array<{ channel: string; to: string; text: string }> = [];
  const fakeSender = (name: string): OutboundSender => ({
    name,
    send: async (m) => {
      sent.push({ channel: name, to: String(m.payload.to), text: String(m.payload.text) });
      return { externalId: `${name}-${m.id}` };
    },
  });
  let groups: Record<string, number> = {};
  const addMember = async (sho: string, group: number, channel: 'whatsapp' | 'telegram', address: string, language: 'en' | 'hi' | 'mr') => {
    const r = await api(sho, 'POST', `/api/community/groups/${group}/members`, { channel, address, language, consent: { method: 'written' } });
    expect(r.statusCode).toBe(201);
  };
  /** Runs the outbox until nothing due is left, the clock a second on each round (the pacing's slots). */
  const drain = async () => {
    const channel = createXChannel(t.ctx.config.channels.x!, t.ctx.now);
    const worker = createOutboxWorker(t.ctx, [fakeSender('whatsapp'), fakeSender('telegram'), { name: 'x', send: channel.send! }], { batchSize: 200 });
    for (let i = 0; i < 20; i++) {
      await worker.runOnce();
      clock.now += 1_000;
    }
  };

  beforeAll(async () => {
    x = await startXFake({ bearer: 'x-bearer' });
    t = await createTestApp(engine, { now: () => clock.now });
    const cfg = readConfig({
      CHOWKI_DATA_DIR: ':memory:',
      LOG_LEVEL: 'silent',
      CHOWKI_PUBLIC_URL: 'https://chowki.example/',
      CHOWKI_X_BEARER_TOKEN: 'x-bearer',
      CHOWKI_X_API_URL: x.url,
      CHOWKI_X_APP_KEY: 'app-key',
      CHOWKI_X_APP_SECRET: 'app-secret',
      CHOWKI_X_ACCESS_TOKEN: 'force-token',
      CHOWKI_X_ACCESS_SECRET: 'force-secret',
      CHOWKI_X_POST_TOKENS: 'demo_wadi_ps=wadi-token:wadi-secret, Demo_Sadar_PS=sadar-token:sadar-secret',
    });
    await t.reconfigure({ channels: cfg.channels, publicUrl: cfg.publicUrl });
  });
  afterAll(async () => {
    await t?.close();
    await x?.close();
  });

  it('offers the five standard kinds and the one city.json adds, named in en, hi and mr; refuses any other', async () => {
    expect((await api(null, 'GET', '/api/community/kinds')).statusCode).toBe(401);
    const kinds = (await api('sho.wadi', 'GET', '/api/community/kinds')).json<Array<{ kind: string; name: { en: string; hi: string; mr: string } }>>();
    expect(kinds.map((k) => k.kind)).toEqual(['senior_citizens', 'women', 'police_mitra', 'traders', 'students', 'auto_drivers']);
    expect(kinds.at(-1)?.name).toEqual({ en: 'Auto-rickshaw drivers', hi: 'ऑटो-रिक्शा चालक', mr: 'ऑटो-रिक्षा चालक' });
    const bad = await api('sho.wadi', 'POST', '/api/community/groups', { kind: 'pickpockets' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toMatch(/kind: "pickpockets" is not a group kind of this force/);
    const auto = await api('sho.wadi', 'POST', '/api/community/groups', { kind: 'auto_drivers' });
    expect(auto.statusCode).toBe(201);
    expect(auto.json()).toMatchObject({ kind: 'auto_drivers', name: 'Auto-rickshaw drivers', joinCode: 'WADI' });
    groups = { wadiAuto: auto.json<{ id: number }>().id };
    for (const [sho, kind, key] of [
      ['sho.sitabuldi', 'senior_citizens', 'sitabuldiSeniors'],
      ['sho.sitabuldi', 'women', 'sitabuldiWomen'],
      ['sho.ambazari', 'traders', 'ambazariTraders'],
      ['sho.kotwali', 'women', 'kotwaliWomen'],
    ] as const) {
      const r = await api(sho, 'POST', '/api/community/groups', { kind });
      expect(r.statusCode).toBe(201);
      groups[key] = r.json<{ id: number }>().id;
    }
  });

  it('lets only the control room and the Commissioner send an alert, and names the field at fault', async () => {
    const body = { kind: 'missing_child', unitIds: ['ngp-z2'], texts, postLanguage: 'mr' };
    expect((await api(null, 'POST', '/api/community/alerts', body)).statusCode).toBe(401);
    expect((await api('sho.sitabuldi', 'POST', '/api/community/alerts', body)).statusCode).toBe(403);
    expect((await api('dcp.z2', 'POST', '/api/community/alerts', body)).statusCode).toBe(403);
    const unknownUnit = await api('control', 'POST', '/api/community/alerts', { ...body, unitIds: ['ngp-ps-atlantis'] });
    expect(unknownUnit.statusCode).toBe(400);
    expect(unknownUnit.json<{ error: { message: string } }>().error.message).toMatch(/unitIds/);
    expect((await api('control', 'POST', '/api/community/alerts', { ...body, unitIds: [] })).statusCode).toBe(400);
    expect((await api('control', 'POST', '/api/community/alerts', { ...body, texts: {} })).statusCode).toBe(400);
    expect((await api('control', 'POST', '/api/community/alerts', { ...body, kind: 'earthquake' })).statusCode).toBe(400);
    expect(await t.ctx.store.db.selectFrom('community_alerts').select('id').execute()).toHaveLength(0);
  });

  it('refuses, in a sentence, an alert that would reach no one: no member in the stations and no X account to post from', async () => {
    const channels = t.ctx.config.channels;
    await t.reconfigure({ channels: { ...channels, x: undefined } });
    try {
      // No group has a member yet, and without X there is no account to post from.
      const res = await api('control', 'POST', '/api/community/alerts', { kind: 'missing_child', unitIds: ['ngp-z2'], texts, postLanguage: 'mr' });
      expect(res.statusCode).toBe(422);
      const err = res.json<{ error: { code: string; message: string } }>().error;
      expect(err.code).toBe('NO_RECIPIENTS');
      expect(err.message).toBe('No one would receive this alert: the chosen stations have no community members and no X account to post from');
      expect(await t.ctx.store.db.selectFrom('community_alerts').select('id').execute()).toHaveLength(0);
      expect(await t.ctx.store.db.selectFrom('audit_log').select('id').where('action', '=', 'community.alert_sent').execute()).toHaveLength(0);
    } finally {
      await t.reconfigure({ channels });
    }
  });

  let alertId = 0;
  it('reaches every group of a zone and a station once per person, in each member\'s language, and posts from the stations\' X accounts', async () => {
    await addMember('sho.sitabuldi', groups.sitabuldiSeniors ?? 0, 'whatsapp', '919811100001', 'mr');
    await addMember('sho.sitabuldi', groups.sitabuldiWomen ?? 0, 'whatsapp', '919811100001', 'mr'); // in two groups: one message
    await addMember('sho.sitabuldi', groups.sitabuldiWomen ?? 0, 'telegram', '6100001', 'hi');
    await addMember('sho.ambazari', groups.ambazariTraders ?? 0, 'whatsapp', '919811100002', 'en');
    await addMember('sho.wadi', groups.wadiAuto ?? 0, 'telegram', '6100002', 'mr');
    await addMember('sho.kotwali', groups.kotwaliWomen ?? 0, 'whatsapp', '919811100003', 'en'); // zone 3: not reached

    const res = await api('control', 'POST', '/api/community/alerts', { kind: 'missing_child', unitIds: ['ngp-z2', 'ngp-ps-wadi'], texts, postLanguage: 'mr' });
    expect(res.statusCode).toBe(201);
    const a = res.json<AlertView>();
    alertId = a.id;
    expect(a.status).toBe('queued');
    expect(a.stationIds).toContain('ngp-ps-sitabuldi');
    expect(a.stationIds).toContain('ngp-ps-wadi');
    expect(a.stationIds).not.toContain('ngp-ps-kotwali');
    expect(a.totals).toMatchObject({ queued: 4, total: 4 });
    // Wadi and Sadar post from their own accounts; the zone's other stations once from the force's.
    expect(a.posts.map((p) => p.account).sort()).toEqual(['NagpurPolice', 'demo_sadar_ps', 'demo_wadi_ps']);
    // The list says it is still going (four messages and three posts) until the outbox has sent them.
    const listed = () => api('control', 'GET', '/api/community/alerts').then((r) => r.json<Array<{ id: number; pending: number }>>().find((x) => x.id === alertId));
    expect((await listed())?.pending).toBe(7);

    await drain();
    expect((await listed())?.pending).toBe(0);
    const to = (address: string) => sent.filter((s) => s.to === address);
    expect(to('919811100001')).toHaveLength(1);
    expect(to('919811100001')[0]?.text).toBe(`सूचना: हरवलेले मूल: ${texts.mr}`);
    expect(to('6100001')[0]?.text).toBe(`सूचना: लापता बच्चा: ${texts.hi}`);
    expect(to('919811100002')[0]?.text).toBe(`ALERT, missing child: ${texts.en}`);
    expect(to('6100002')[0]?.channel).toBe('telegram');
    expect(to('919811100003')).toHaveLength(0);

    // Three posts at the X emulator, each with its account's own token, in Marathi, with the short link.
    expect(x.posted.map((p) => p.token).sort()).toEqual(['force-token', 'sadar-token', 'wadi-token']);
    for (const p of x.posted) {
      expect(p.inReplyTo).toBeUndefined();
      expect(p.text.startsWith('सूचना: हरवलेले मूल: सीताबर्डी')).toBe(true);
      expect(p.text.endsWith(` https://chowki.example/alerts/${alertId}`)).toBe(true);
      expect(xWeightedLength(p.text)).toBeLessThanOrEqual(280);
    }

    const after = (await api('control', 'GET', `/api/community/alerts/${alertId}`)).json<AlertView>();
    expect(after.totals).toMatchObject({ sent: 4, queued: 0, total: 4 });
    const station = (id: string) => after.byStation.find((s) => s.stationId === id);
    expect(station('ngp-ps-sitabuldi')).toMatchObject({ sent: 2, total: 2 });
    expect(station('ngp-ps-ambazari')).toMatchObject({ sent: 1, total: 1 });
    expect(station('ngp-ps-wadi')).toMatchObject({ sent: 1, total: 1 });
    expect(station('ngp-ps-dhantoli')).toMatchObject({ total: 0 });
    const channel = (c: string) => after.byChannel.find((s) => s.channel === c);
    expect(channel('whatsapp')).toMatchObject({ sent: 2 });
    expect(channel('telegram')).toMatchObject({ sent: 2 });
    expect(channel('x')).toMatchObject({ sent: 3, total: 3 });
    expect(after.posts.every((p) => p.state === 'sent' && p.postId !== null)).toBe(true);
    expect(after.mayCancel).toBe(false);
  });

  it('keeps personal data out of the X post and the public page: no member\'s number, no number in the text', async () => {
    const a = (await api('control', 'GET', `/api/community/alerts/${alertId}`)).json<AlertView>();
    for (const text of [a.postText ?? '', ...x.posted.map((p) => p.text)]) {
      expect(text).not.toContain(PARENT_PHONE);
      expect(text).not.toMatch(/91981110000\d|610000\d/);
      expect(text).toContain('112');
    }
    const pub = await api(null, 'GET', `/api/public/alerts/${alertId}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.body).not.toMatch(/91981110000\d|610000\d/);
    expect(pub.json()).toMatchObject({ id: alertId, kind: 'missing_child' });
  });

  it('cuts a long alert to X\'s 280 characters and keeps the link', async () => {
    const long = 'रस्ता बंद: '.padEnd(600, 'वर्धा रोडवरील उड्डाणपूलाचे काम सुरू आहे, पर्यायी मार्ग वापरा. ');
    const res = await api('cp', 'POST', '/api/community/alerts', { kind: 'road_closed', unitIds: ['ngp-ps-wadi'], texts: { mr: long }, postLanguage: 'mr' });
    expect(res.statusCode).toBe(201);
    const a = res.json<AlertView>();
    expect(a.posts.map((p) => p.account)).toEqual(['demo_wadi_ps']);
    expect(xWeightedLength(a.postText ?? '')).toBeLessThanOrEqual(280);
    expect(a.postText).toMatch(new RegExp(`… https://chowki\\.example/alerts/${a.id}$`));
    await drain();
    expect(x.posted.at(-1)?.text).toBe(a.postText);
  });

  it('waits out X\'s rate limit and posts after it', async () => {
    const before = x.posted.length;
    x.failNext(429, 1, 2);
    const a = (await api('control', 'POST', '/api/community/alerts', { kind: 'fraud', unitIds: ['ngp-ps-wadi'], texts: { en: 'Callers posing as electricity staff ask for payment links: do not pay.' }, postLanguage: 'en' })).json<AlertView>();
    const channel = createXChannel(t.ctx.config.channels.x!, t.ctx.now);
    const worker = createOutboxWorker(t.ctx, [fakeSender('whatsapp'), fakeSender('telegram'), { name: 'x', send: channel.send! }]);
    await worker.runOnce();
    expect(x.posted.length).toBe(before);
    const row = await t.ctx.store.db.selectFrom('outbox').select(['status', 'attempts', 'last_error']).where('idempotency_key', '=', `community:alert:${a.id}:x:demo_wadi_ps`).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', attempts: 0, last_error: '429' });
    // X's reset is wall-clock: wait it out in real time.
    await new Promise((r) => setTimeout(r, 2_100));
    clock.now = Math.max(clock.now, Date.now()) + 1_000;
    await worker.runOnce();
    expect(x.posted.at(-1)?.text).toBe(`ALERT, fraud: Callers posing as electricity staff ask for payment links: do not pay. https://chowki.example/alerts/${a.id}`);
  });

  it('cancels an alert until it is sent: nothing queued goes, to members or on X; audited without numbers', async () => {
    const postsBefore = x.posted.length;
    const sentBefore = sent.length;
    const sendAt = new Date(clock.now + 3600_000).toISOString();
    const a = (await api('control', 'POST', '/api/community/alerts', { kind: 'road_closed', unitIds: ['ngp-z2'], texts: { en: 'Wardha Road closed tonight.' }, postLanguage: 'en', sendAt })).json<AlertView>();
    expect(a.mayCancel).toBe(true);
    expect((await api('sho.sitabuldi', 'POST', `/api/community/alerts/${a.id}/cancel`)).statusCode).toBe(403);
    const c = await api('cp', 'POST', `/api/community/alerts/${a.id}/cancel`);
    expect(c.statusCode).toBe(200);
    const cancelled = c.json<AlertView>();
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.withdrawn).toBe(3 + 2); // Sitabuldi's two people and Ambazari's one; Sadar's post and the force's
    expect(cancelled.totals).toMatchObject({ cancelled: 3, queued: 0 });
    expect(cancelled.byChannel.find((b) => b.channel === 'x')).toMatchObject({ cancelled: 2 });
    expect((await api('cp', 'POST', `/api/community/alerts/${a.id}/cancel`)).statusCode).toBe(409);
    expect((await api(null, 'GET', `/api/public/alerts/${a.id}`)).statusCode).toBe(404);
    clock.now += 2 * 3600_000;
    await drain();
    expect(x.posted.length).toBe(postsBefore);
    expect(sent.length).toBe(sentBefore);

    const audit = await t.ctx.store.db.selectFrom('audit_log').select(['action', 'details', 'actor_user_id']).where('action', 'in', ['community.alert_sent', 'community.alert_cancelled']).orderBy('id').execute();
    expect(audit.map((r) => r.action)).toEqual(['community.alert_sent', 'community.alert_sent', 'community.alert_sent', 'community.alert_sent', 'community.alert_cancelled']);
    expect(audit.every((r) => r.actor_user_id !== null)).toBe(true);
    for (const r of audit) expect(String(r.details)).not.toMatch(/9198111|610000|9823012345/);
  });

  it('documents every community route\'s answer in /api/docs', async () => {
    const doc = (await t.app.inject({ url: '/api/docs/json' })).json<{ paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>> }>();
    const community = Object.entries(doc.paths).filter(([path]) => path.startsWith('/api/community') || path.startsWith('/api/public/community') || path.startsWith('/api/public/alerts'));
    expect(community.length).toBe(17);
    for (const [path, methods] of community) {
      for (const [method, op] of Object.entries(methods)) {
        const ok = op.responses?.['200'] ?? op.responses?.['201'];
        expect(ok?.content, `${method} ${path}`).toBeDefined();
      }
    }
    const alert = doc.paths['/api/community/alerts/{id}']?.get?.responses?.['200'];
    expect(JSON.stringify(alert)).toContain('byStation');
  });

  it('shows an alert to the stations it reached and to their DCP, not to others', async () => {
    expect((await api('sho.sitabuldi', 'GET', `/api/community/alerts/${alertId}`)).statusCode).toBe(200);
    expect((await api('dcp.z2', 'GET', `/api/community/alerts/${alertId}`)).statusCode).toBe(200);
    expect((await api('sho.kotwali', 'GET', `/api/community/alerts/${alertId}`)).statusCode).toBe(404);
    expect((await api('sho.kotwali', 'GET', '/api/community/alerts')).json<unknown[]>().map((a) => a)).not.toContainEqual(expect.objectContaining({ id: alertId }));
    expect((await api('control', 'GET', '/api/community/alerts')).json<Array<{ id: number }>>()[0]?.id).toBeGreaterThan(alertId);
  });
});
