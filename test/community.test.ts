/**
 * Community (issue 14) on both databases: joining by message in three scripts and by the station's page,
 * STOP, numbers masked outside the station, broadcasts approved by rank, WhatsApp's 24-hour window,
 * Telegram's pace, replies that become tickets linked to their broadcast, and welfare check-ins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNITY_TEMPLATE } from '../src/community/community.model.js';
import { sweepMissedCheckins } from '../src/community/community.service.js';
import { createOutboxWorker } from '../src/outbox/outbox.worker.js';
import { recordDeliveryReceipt } from '../src/outbox/outbox.repository.js';
import { acceptInbound, processInboundBatch } from '../src/intake/intake.service.js';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();
type App = Awaited<ReturnType<typeof createTestApp>>;

describe.each(engines)('community on %s', (engine) => {
  let t: App;
  let n = 0;
  const clock = { now: Date.parse('2026-06-01T10:00:00Z') };
  const cookies: Record<string, string> = {};
  let seniors = 0;
  let women = 0;
  let checkin = 0;

  // Through intake's batch path, as a webhook's message goes: the batch looks its senders' memberships up once.
  const say = async (channel: 'whatsapp' | 'telegram', who: string, text: string) => {
    clock.now += 1_000;
    const stored = await acceptInbound(t.ctx, { channel, externalId: `${channel}-c-${++n}`, text, author: { id: who }, reply: { to: who, public: false } });
    await processInboundBatch(t.ctx, [stored.id]);
    const row = await t.ctx.store.db.selectFrom('inbound').select(['status', 'ticket_id']).where('id', '=', stored.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('processed');
    return { inboundId: stored.id, ticketId: row.ticket_id };
  };
  const as = async (user: string) => (cookies[user] ??= await t.login(user));
  const api = async (user: string | null, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: user ? { cookie: await as(user) } : {} });
  const outboxTo = (to: string) =>
    t.ctx.store.db.selectFrom('outbox').select(['payload', 'next_attempt_at', 'channel']).where('kind', '=', 'broadcast').orderBy('id').execute()
      .then((rows) => rows.map((r) => ({ ...r, p: JSON.parse(r.payload) as { to: string; text: string; language: string; template?: { name: string; parameters: string[] } } })).filter((r) => r.p.to === to));
  const member = (address: string, groupId: number) =>
    t.ctx.store.db.selectFrom('community_members').selectAll().where('address', '=', address).where('group_id', '=', groupId).executeTakeFirst();

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
  });
  afterAll(async () => t?.close());

  it('lets an SHO create the station groups (401 without login, 400 bad kind, 403 for an operator)', async () => {
    expect((await api(null, 'POST', '/api/community/groups', { kind: 'senior_citizens' })).statusCode).toBe(401);
    expect((await api('sho.sitabuldi', 'POST', '/api/community/groups', { kind: 'Senior Citizens!' })).statusCode).toBe(400);
    expect((await api('op.sitabuldi', 'POST', '/api/community/groups', { kind: 'senior_citizens' })).statusCode).toBe(403);
    const s = await api('sho.sitabuldi', 'POST', '/api/community/groups', { kind: 'senior_citizens' });
    expect(s.statusCode).toBe(201);
    seniors = s.json<{ id: number; joinCode: string }>().id;
    expect(s.json<{ joinCode: string }>().joinCode).toBe('SITABULDI');
    const w = await api('sho.sitabuldi', 'POST', '/api/community/groups', { kind: 'women' });
    women = w.json<{ id: number }>().id;
    expect((await api('sho.sitabuldi', 'POST', '/api/community/groups', { kind: 'women' })).statusCode).toBe(409);
    const ambazari = await api('sho.ambazari', 'POST', '/api/community/groups', { kind: 'traders' });
    expect(ambazari.statusCode).toBe(201);
  });

  it('refuses, in a sentence, a broadcast to groups that have no member yet, and stores nothing', async () => {
    for (const [user, body] of [
      ['sho.sitabuldi', { scope: 'station', groupIds: [seniors, women], texts }],
      ['control', { scope: 'city', kinds: ['senior_citizens', 'women'], texts }],
    ] as const) {
      const res = await api(user, 'POST', '/api/community/broadcasts', body);
      expect(res.statusCode).toBe(422);
      expect(res.json<{ error: { code: string; message: string } }>().error).toEqual({
        code: 'NO_RECIPIENTS',
        message: 'No one would receive this broadcast: the chosen groups have no community members',
      });
    }
    expect(await t.ctx.store.db.selectFrom('community_broadcasts').select('id').execute()).toHaveLength(0);
  });

  it('joins by message in English, Hindi and Marathi script without opening a ticket, and confirms in that language', async () => {
    const en = await say('whatsapp', '919800000001', 'JOIN SITABULDI');
    const hi = await say('telegram', '5550001', 'जॉइन सीताबर्डी');
    const mr = await say('whatsapp', '919800000003', 'सामील सीताबर्डी');
    for (const o of [en, hi, mr]) expect(o.ticketId).toBeNull();
    expect(await t.ctx.store.db.selectFrom('tickets').select('id').execute()).toHaveLength(0);
    const m1 = await member('919800000001', seniors);
    expect(m1).toMatchObject({ status: 'active', language: 'en', consent_method: 'message', channel: 'whatsapp' });
    expect(m1?.consent_at).toBeTruthy();
    expect((await member('5550001', seniors))?.language).toBe('hi');
    expect((await member('919800000003', seniors))?.language).toBe('mr');
    expect((await outboxTo('919800000001'))[0]?.p.text).toMatch(/You have joined the Senior citizens group of Sitabuldi/);
    expect((await outboxTo('5550001'))[0]?.p.text).toMatch(/सीताबर्डी पुलिस स्टेशन के वरिष्ठ नागरिक समूह/);
    expect((await outboxTo('919800000003'))[0]?.p.text).toMatch(/ज्येष्ठ नागरिक गटात सामील/);
    // A kind named after the code joins that group; an unknown code is answered, not ticketed.
    await say('whatsapp', '919800000004', 'join sitabuldi women');
    expect((await member('919800000004', women))?.status).toBe('active');
    const unknown = await say('whatsapp', '919800000005', 'JOIN ATLANTIS');
    expect(unknown.ticketId).toBeNull();
    expect((await outboxTo('919800000005'))[0]?.p.text).toMatch(/could not find a police station called "atlantis"/);
  });

  it('leaves at once on STOP, बंद or थांबा and confirms in the member\'s language; a non-member\'s "stop" stays a message', async () => {
    await say('whatsapp', '919800000006', 'JOIN SITABULDI');
    const stop = await say('whatsapp', '919800000006', 'थांबा');
    expect(stop.ticketId).toBeNull();
    const m = await member('919800000006', seniors);
    expect(m).toMatchObject({ status: 'left' });
    expect(m?.left_at).toBeTruthy();
    const sent = await outboxTo('919800000006');
    expect(sent[sent.length - 1]?.p).toMatchObject({ language: 'mr' });
    expect(sent[sent.length - 1]?.p.text).toMatch(/बाहेर पडला आहात/);
    await say('telegram', '5550009', 'JOIN SITABULDI');
    await say('telegram', '5550009', 'बंद');
    expect((await member('5550009', seniors))?.status).toBe('left');
    // Joining again takes fresh consent.
    await say('telegram', '5550009', 'JOIN SITABULDI');
    expect((await member('5550009', seniors))?.status).toBe('active');
    const stray = await say('telegram', '5550999', 'STOP');
    expect(stray.ticketId).not.toBeNull();
  });

  it('joins from the station page only with the consent box ticked, and an officer adds with recorded consent', async () => {
    const body = { kind: 'senior_citizens', channel: 'whatsapp', address: '98000 00007', language: 'hi', ward: 'Dhantoli' };
    expect((await api(null, 'POST', '/api/public/community/ngp-ps-sitabuldi/join', body)).statusCode).toBe(400);
    expect((await api(null, 'POST', '/api/public/community/ngp-ps-sitabuldi/join', { ...body, consent: false })).statusCode).toBe(400);
    expect((await api(null, 'POST', '/api/public/community/ngp-ps-nowhere/join', { ...body, consent: true })).statusCode).toBe(404);
    expect((await api(null, 'POST', '/api/public/community/ngp-ps-sitabuldi/join', { ...body, consent: true })).statusCode).toBe(201);
    expect(await member('919800000007', seniors)).toMatchObject({ consent_method: 'web', ward: 'Dhantoli', language: 'hi' });
    const add = { channel: 'whatsapp', address: '+91 98000 00008', language: 'en', displayName: 'Shri R. Deshpande', ward: 'Ramdaspeth', consent: { method: 'in_person', note: 'signed form at the station' } };
    expect((await api(null, 'POST', `/api/community/groups/${seniors}/members`, add)).statusCode).toBe(401);
    expect((await api('sho.sitabuldi', 'POST', `/api/community/groups/${seniors}/members`, { ...add, consent: undefined })).statusCode).toBe(400);
    expect((await api('sho.ambazari', 'POST', `/api/community/groups/${seniors}/members`, add)).statusCode).toBe(404);
    expect((await api('dcp.z2', 'POST', `/api/community/groups/${seniors}/members`, add)).statusCode).toBe(403);
    expect((await api('op.sitabuldi', 'POST', `/api/community/groups/${seniors}/members`, add)).statusCode).toBe(201);
    expect(await member('919800000008', seniors)).toMatchObject({ consent_method: 'officer_in_person', consent_note: 'signed form at the station' });
  });

  it('masks members\' numbers for everyone but the station that holds the group', async () => {
    type M = { address: string; masked: boolean; displayName: string | null };
    const own = (await api('sho.sitabuldi', 'GET', `/api/community/groups/${seniors}/members`)).json<M[]>();
    expect(own.map((m) => m.address)).toContain('919800000001');
    expect(own.every((m) => !m.masked)).toBe(true);
    const op = (await api('op.sitabuldi', 'GET', `/api/community/groups/${seniors}/members`)).json<M[]>();
    expect(op.map((m) => m.address)).toContain('919800000001');
    for (const user of ['dcp.z2', 'control', 'cp']) {
      const res = await api(user, 'GET', `/api/community/groups/${seniors}/members`);
      expect(res.statusCode).toBe(200);
      const rows = res.json<M[]>();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((m) => m.masked && !m.address.includes('9800000') && m.displayName === null)).toBe(true);
      expect(JSON.stringify(rows)).not.toContain('Deshpande');
    }
    expect((await api('sho.ambazari', 'GET', `/api/community/groups/${seniors}/members`)).statusCode).toBe(404);
    expect((await api('dcp.z1', 'GET', `/api/community/groups/${seniors}/members`)).statusCode).toBe(404);
    expect((await api('sho.sitabuldi', 'GET', '/api/community/groups/abc/members')).statusCode).toBe(400);
    expect((await api(null, 'GET', `/api/community/groups/${seniors}/members`)).statusCode).toBe(401);
  });
  type Broadcast = {
    id: number;
    status: string;
    mayApprove: boolean;
    totals: Record<string, number>;
    deliveries: Array<{ memberId: number; address: string; mode: string; template: string | null; state: string }>;
    replies: Array<{ ticketId: number }>;
  };
  const texts = { en: 'Beware of fake OTP calls.', hi: 'नकली OTP कॉल से सावधान रहें।', mr: 'बनावट OTP कॉलपासून सावध राहा.' };
  let firstBroadcast = 0;

  it('sends a station broadcast at once in each member\'s language, as text inside WhatsApp\'s 24-hour window and as the recorded template outside it', async () => {
    expect((await api(null, 'POST', '/api/community/broadcasts', { scope: 'station', groupIds: [seniors], texts })).statusCode).toBe(401);
    expect((await api('sho.sitabuldi', 'POST', '/api/community/broadcasts', { scope: 'station', groupIds: [seniors], texts: {} })).statusCode).toBe(400);
    expect((await api('sho.sitabuldi', 'POST', '/api/community/broadcasts', { scope: 'galaxy', groupIds: [seniors], texts })).statusCode).toBe(400);
    expect((await api('op.sitabuldi', 'POST', '/api/community/broadcasts', { scope: 'station', groupIds: [seniors], texts })).statusCode).toBe(403);
    const ambazariGroup = (await api('sho.ambazari', 'GET', '/api/community/groups')).json<Array<{ id: number }>>()[0]?.id ?? 0;
    expect((await api('sho.sitabuldi', 'POST', '/api/community/broadcasts', { scope: 'station', groupIds: [ambazariGroup], texts })).statusCode).toBe(404);
    const res = await api('sho.sitabuldi', 'POST', '/api/community/broadcasts', { scope: 'station', groupIds: [seniors, women], texts });
    expect(res.statusCode).toBe(201);
    const b = res.json<Broadcast>();
    firstBroadcast = b.id;
    expect(b.status).toBe('queued');
    expect(b.totals).toMatchObject({ queued: 7, total: 7 });
    const byAddress = new Map(b.deliveries.map((d) => [d.address, d]));
    // Joined by message a minute ago: inside the window, plain text in English.
    expect(byAddress.get('919800000001')?.mode).toBe('text');
    expect((await outboxTo('919800000001')).at(-1)?.p).toMatchObject({ text: texts.en, language: 'en' });
    // Joined on the web page, never wrote: the approved template, its parameters recorded, in Hindi.
    expect(byAddress.get('919800000007')?.mode).toBe('template');
    expect(JSON.parse(byAddress.get('919800000007')?.template ?? '{}')).toEqual({ name: COMMUNITY_TEMPLATE, language: 'hi', parameters: ['सीताबर्डी', texts.hi] });
    expect((await outboxTo('919800000007')).at(-1)?.p.template).toMatchObject({ name: COMMUNITY_TEMPLATE });
    // Telegram has no window; Marathi for the Marathi member.
    expect(byAddress.get('5550001')?.mode).toBe('text');
    expect((await outboxTo('5550001')).at(-1)?.p.text).toBe(texts.hi);
    expect((await outboxTo('919800000003')).at(-1)?.p.text).toBe(texts.mr);
    // A day later the same member is outside the window: the template instead.
    clock.now += 25 * 3600_000;
    const later = (await api('sho.sitabuldi', 'POST', '/api/community/broadcasts', { scope: 'station', groupIds: [seniors], texts })).json<Broadcast>();
    expect(later.deliveries.find((d) => d.address === '919800000001')?.mode).toBe('template');
  });

  it('paces Telegram at 30 messages a second', async () => {
    for (let i = 0; i < 31; i++) {
      const r = await api('op.sitabuldi', 'POST', `/api/community/groups/${women}/members`, { channel: 'telegram', address: `77000${100 + i}`, language: 'en', consent: { method: 'written' } });
      expect(r.statusCode).toBe(201);
    }
    const b = (await api('sho.sitabuldi', 'POST', '/api/community/broadcasts', { scope: 'station', groupIds: [women], texts })).json<Broadcast>();
    const rows = await t.ctx.store.db
      .selectFrom('community_deliveries as d')
      .innerJoin('outbox as o', 'o.id', 'd.outbox_id')
      .select(['o.next_attempt_at'])
      .where('d.broadcast_id', '=', b.id)
      .where('d.channel', '=', 'telegram')
      .orderBy('d.id')
      .execute();
    expect(rows).toHaveLength(31);
    const slots = rows.map((r) => Date.parse(r.next_attempt_at));
    const first = slots[0] ?? 0;
    expect(slots.slice(0, 30).every((s) => s === first)).toBe(true);
    expect(slots[30]).toBe(first + 1000);
  });

  it('needs a DCP\'s approval for a zone, the control room\'s or the Commissioner\'s for the city', async () => {
    await api('op.ambazari', 'POST', '/api/community/groups/0/members', {});
    const ambazariGroup = (await api('sho.ambazari', 'GET', '/api/community/groups')).json<Array<{ id: number }>>()[0]?.id ?? 0;
    await api('op.ambazari', 'POST', `/api/community/groups/${ambazariGroup}/members`, { channel: 'whatsapp', address: '9811100001', language: 'mr', consent: { method: 'phone' } });
    const zone = (await api('sho.sitabuldi', 'POST', '/api/community/broadcasts', { scope: 'zone', kinds: ['traders', 'senior_citizens'], texts })).json<Broadcast>();
    expect(zone).toMatchObject({ status: 'awaiting_approval', mayApprove: false });
    expect(zone.totals.total).toBe(0);
    expect((await api('sho.sitabuldi', 'POST', `/api/community/broadcasts/${zone.id}/approve`)).statusCode).toBe(403);
    expect((await api('sho.ambazari', 'POST', `/api/community/broadcasts/${zone.id}/approve`)).statusCode).toBe(403);
    expect((await api('dcp.z1', 'POST', `/api/community/broadcasts/${zone.id}/approve`)).statusCode).toBe(404);
    expect((await api(null, 'POST', `/api/community/broadcasts/${zone.id}/approve`)).statusCode).toBe(401);
    expect((await api('dcp.z2', 'GET', `/api/community/broadcasts/${zone.id}`)).json<Broadcast>().mayApprove).toBe(true);
    const approved = await api('dcp.z2', 'POST', `/api/community/broadcasts/${zone.id}/approve`);
    expect(approved.statusCode).toBe(200);
    const z = approved.json<Broadcast>();
    expect(z.status).toBe('queued');
    // Both stations' groups, numbers masked for the DCP.
    expect(z.totals.total).toBeGreaterThanOrEqual(7);
    expect(z.deliveries.every((d) => d.address.includes('•'))).toBe(true);
    expect((await api('dcp.z2', 'POST', `/api/community/broadcasts/${zone.id}/approve`)).statusCode).toBe(409);

    const cityRes = await api('sho.sitabuldi', 'POST', '/api/community/broadcasts', { scope: 'city', kinds: ['senior_citizens'], texts });
    const city = cityRes.json<Broadcast>();
    expect(city.status).toBe('awaiting_approval');
    expect((await api('dcp.z2', 'POST', `/api/community/broadcasts/${city.id}/approve`)).statusCode).toBe(403);
    expect((await api('control', 'POST', `/api/community/broadcasts/${city.id}/approve`)).json<Broadcast>().status).toBe('queued');
    const byCp = (await api('sho.ambazari', 'POST', '/api/community/broadcasts', { scope: 'city', kinds: ['traders'], texts })).json<Broadcast>();
    expect((await api('cp', 'POST', `/api/community/broadcasts/${byCp.id}/approve`)).json<Broadcast>().status).toBe('queued');
    // A DCP drafting for their own zone approves it by drafting.
    expect((await api('dcp.z2', 'POST', '/api/community/broadcasts', { scope: 'zone', kinds: ['traders'], texts })).json<Broadcast>().status).toBe('queued');
  });

  it('counts each member\'s message through sent, delivered, read and failed', async () => {
    const sent: string[] = [];
    const sender = (name: string) => ({
      name,
      send: async (m: { idempotencyKey: string; payload: Record<string, unknown> }) => {
        if (m.payload.to === '919800000008') throw new (await import('../src/channels/channel.js')).ChannelSendError('permanent', '400:131026');
        sent.push(m.idempotencyKey);
        return { externalId: `ext-${m.idempotencyKey}` };
      },
    });
    const worker = createOutboxWorker(t.ctx, [sender('whatsapp'), sender('telegram')], { batchSize: 500 });
    clock.now += 10_000;
    while ((await worker.runOnce()) > 0) clock.now += 1_000;
    const at = new Date(clock.now).toISOString();
    await recordDeliveryReceipt(t.ctx.store.db, { channel: 'whatsapp', externalId: `ext-community:broadcast:${firstBroadcast}:1`, status: 'delivered', at });
    const m3 = (await member('919800000003', seniors))?.id;
    await recordDeliveryReceipt(t.ctx.store.db, { channel: 'whatsapp', externalId: `ext-community:broadcast:${firstBroadcast}:${m3}`, status: 'read', at });
    const b = (await api('sho.sitabuldi', 'GET', `/api/community/broadcasts/${firstBroadcast}`)).json<Broadcast>();
    expect(b.totals).toMatchObject({ total: 7, queued: 0, failed: 1, read: 1, delivered: 1, sent: 4 });
  });

  it('turns a member\'s reply to a broadcast into a ticket linked to it', async () => {
    const r = await say('whatsapp', '919800000003', 'माझ्या शेजाऱ्याला असाच OTP कॉल आला आणि त्याच्या खात्यातून 20000 रुपये गेले');
    expect(r.ticketId).not.toBeNull();
    const link = await t.ctx.store.db.selectFrom('community_broadcast_replies').selectAll().where('ticket_id', '=', r.ticketId ?? 0).executeTakeFirst();
    expect(link).toBeTruthy();
    const b = (await api('sho.sitabuldi', 'GET', `/api/community/broadcasts/${link?.broadcast_id ?? 0}`)).json<Broadcast>();
    expect(b.replies.map((x) => x.ticketId)).toContain(r.ticketId);
  });
  type Checkin = { id: number; answered: number; unanswered: number; status: string; people: Array<{ memberId: number; address: string; answer: string | null; ticketId: number | null }> };

  it('sends a welfare check-in to every senior; "1" is well, "2" and a worrying reply open tickets, p1 when it says danger', async () => {
    expect((await api(null, 'POST', '/api/community/checkins', { dueMinutes: 60 })).statusCode).toBe(401);
    expect((await api('sho.sitabuldi', 'POST', '/api/community/checkins', { dueMinutes: 1 })).statusCode).toBe(400);
    expect((await api('op.sitabuldi', 'POST', '/api/community/checkins', { dueMinutes: 60 })).statusCode).toBe(403);
    expect((await api('sho.ambazari', 'POST', '/api/community/checkins', { dueMinutes: 60 })).statusCode).toBe(404);
    const res = await api('sho.sitabuldi', 'POST', '/api/community/checkins', { dueMinutes: 60 });
    expect(res.statusCode).toBe(201);
    const c = res.json<Checkin>();
    checkin = c.id;
    expect(c.people).toHaveLength(6);
    expect((await outboxTo('919800000003')).at(-1)?.p.text).toMatch(/आपण ठीक आहात का\? होय साठी 1, मदत हवी असल्यास 2/);
    expect((await outboxTo('5550001')).at(-1)?.p.text).toMatch(/क्या आप ठीक हैं\?/);
    expect((await outboxTo('919800000001')).at(-1)?.p.text).toMatch(/Are you well\? Reply 1 for yes, 2 if you need help/);

    expect((await say('whatsapp', '919800000001', '1')).ticketId).toBeNull();
    const help = await say('telegram', '5550001', '2');
    expect(help.ticketId).not.toBeNull();
    const danger = await say('whatsapp', '919800000003', 'Help, two men broke into my house and are attacking me with a knife');
    expect(danger.ticketId).not.toBeNull();
    expect((await say('telegram', '5550009', 'I am fine, thank you')).ticketId).toBeNull();

    const ticket = (id: number | null) => t.ctx.store.db.selectFrom('tickets').selectAll().where('id', '=', id ?? 0).executeTakeFirstOrThrow();
    const h = await ticket(help.ticketId);
    expect(h).toMatchObject({ station_id: 'ngp-ps-sitabuldi', priority: 'p2' });
    expect(JSON.parse(h.flags)).toContain('welfare_checkin');
    expect((await ticket(danger.ticketId)).priority).toBe('p1');
    expect((await outboxTo('5550001')).at(-1)?.p.text).toMatch(/बीट अधिकारी/);

    const view = (await api('sho.sitabuldi', 'GET', `/api/community/checkins/${c.id}`)).json<Checkin>();
    expect(view).toMatchObject({ answered: 4, unanswered: 2 });
    const answers = Object.fromEntries(view.people.map((p) => [p.address, p.answer]));
    expect(answers).toMatchObject({ '919800000001': 'yes', '5550001': 'help', '919800000003': 'problem', '5550009': 'ok', '919800000007': null, '919800000008': null });
  });

  it('opens a ticket for the beat officer when a senior does not answer in time, and shows who answered and each one\'s history', async () => {
    const before = (await t.ctx.store.db.selectFrom('tickets').select('id').execute()).length;
    expect(await sweepMissedCheckins(t.ctx)).toBe(0);
    clock.now += 61 * 60_000;
    expect(await sweepMissedCheckins(t.ctx)).toBe(2);
    expect(await sweepMissedCheckins(t.ctx)).toBe(0);
    const after = await t.ctx.store.db.selectFrom('tickets').selectAll().orderBy('id').execute();
    expect(after.length).toBe(before + 2);
    for (const tk of after.slice(-2)) {
      expect(tk).toMatchObject({ station_id: 'ngp-ps-sitabuldi', priority: 'p2', status: 'new' });
      expect(JSON.parse(tk.flags)).toContain('welfare_checkin');
      const first = await t.ctx.store.db.selectFrom('ticket_messages').selectAll().where('ticket_id', '=', tk.id).executeTakeFirstOrThrow();
      expect(JSON.stringify(first)).toMatch(/91980000000[78]/);
    }
    const view = (await api('sho.sitabuldi', 'GET', `/api/community/checkins/${checkin}`)).json<Checkin>();
    expect(view).toMatchObject({ status: 'closed', answered: 4, unanswered: 2 });
    const missed = view.people.find((p) => p.address === '919800000007');
    expect(missed).toMatchObject({ answer: 'none' });
    expect(missed?.ticketId).toBeTruthy();
    const hist = await api('sho.sitabuldi', 'GET', `/api/community/members/${missed?.memberId ?? 0}/history`);
    expect(hist.json<{ checkins: Array<{ answer: string; ticketId: number }> }>().checkins[0]).toMatchObject({ answer: 'none', ticketId: missed?.ticketId });
    // The DCP sees the results, numbers masked; another zone sees nothing.
    const dcp = (await api('dcp.z2', 'GET', `/api/community/checkins/${checkin}`)).json<Checkin>();
    expect(dcp.people.every((p) => p.address.includes('•'))).toBe(true);
    expect((await api('dcp.z1', 'GET', `/api/community/checkins/${checkin}`)).statusCode).toBe(404);
    expect((await api('sho.sitabuldi', 'GET', '/api/community/checkins')).json<unknown[]>()).toHaveLength(1);
  });
  it('cancels a broadcast until it is sent: a draft never goes, a queued one withdraws what no worker has taken', async () => {
    const draft = (await api('sho.sitabuldi', 'POST', '/api/community/broadcasts', { scope: 'zone', kinds: ['senior_citizens'], texts })).json<Broadcast>();
    expect((await api(null, 'POST', `/api/community/broadcasts/${draft.id}/cancel`)).statusCode).toBe(401);
    expect((await api('sho.sitabuldi', 'POST', '/api/community/broadcasts/x/cancel')).statusCode).toBe(400);
    expect((await api('dcp.z1', 'POST', `/api/community/broadcasts/${draft.id}/cancel`)).statusCode).toBe(404);
    expect((await api('op.sitabuldi', 'POST', `/api/community/broadcasts/${draft.id}/cancel`)).statusCode).toBe(403);
    expect((await api('sho.sitabuldi', 'POST', `/api/community/broadcasts/${draft.id}/cancel`)).json<Broadcast>().status).toBe('cancelled');
    expect((await api('dcp.z2', 'POST', `/api/community/broadcasts/${draft.id}/approve`)).statusCode).toBe(409);

    const later = new Date(clock.now + 3600_000).toISOString();
    const queued = (await api('sho.sitabuldi', 'POST', '/api/community/broadcasts', { scope: 'station', groupIds: [seniors], texts, sendAt: later })).json<Broadcast>();
    expect(queued.totals.queued).toBeGreaterThan(0);
    // The list tells a broadcast still going from one that has gone: its messages no provider has taken yet.
    const listed = async () => (await api('sho.sitabuldi', 'GET', '/api/community/broadcasts')).json<Array<{ id: number; pending: number }>>().find((x) => x.id === queued.id);
    expect((await listed())?.pending).toBe(queued.totals.queued);
    const res = await api('sho.sitabuldi', 'POST', `/api/community/broadcasts/${queued.id}/cancel`);
    expect(res.statusCode).toBe(200);
    const cancelled = res.json<Broadcast & { withdrawn: number }>();
    expect(cancelled.withdrawn).toBe(queued.totals.queued);
    expect(cancelled.totals).toMatchObject({ queued: 0, cancelled: queued.totals.queued });
    expect((await listed())?.pending).toBe(0);
    expect((await api('sho.sitabuldi', 'POST', `/api/community/broadcasts/${queued.id}/cancel`)).statusCode).toBe(409);
  });
  it('keeps every community change in the audit trail, without members\' numbers', async () => {
    const rows = await t.ctx.store.db.selectFrom('audit_log').select(['action', 'details', 'actor_user_id']).execute()
      .then((all) => all.filter((r) => r.action.startsWith('community.')));
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['community.group_created', 'community.member_added', 'community.member_left', 'community.broadcast_drafted', 'community.broadcast_approved', 'community.broadcast_cancelled', 'community.checkin_scheduled']) {
      expect(actions).toContain(a);
    }
    expect(rows.map((r) => r.details).join(' ')).not.toMatch(/9800000|5550/);
    expect(rows.find((r) => r.action === 'community.member_added' && r.details.includes('officer_in_person'))?.actor_user_id).not.toBeNull();
  });
});
