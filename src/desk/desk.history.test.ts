/**
 * The desk's history on both engines (issue 15): a closed status, a search or a date range reads every
 * status; search finds a resolved ticket by reference, text, place and the citizen's phone however it
 * was written (E.164); a citizen's tickets in time order across channels, earlier and later apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngines } from '../../test/support/harness.js';
import { ingest } from '../intake/intake.service.js';
import type { InboundItem } from '../intake/inbound-item.js';
import { localDayStart } from './queue.service.js';

const engines = await testEngines();

describe.each(engines)('the desk history on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let op = '';
  let opAmbazari = '';
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };
  let n = 0;
  const ids: number[] = [];
  const refs: string[] = [];

  const open = async (text: string, extra: Partial<InboundItem> = {}) => {
    n++;
    const out = await ingest(t.ctx, { channel: 'web', externalId: `hist-${n}`, text, author: { id: `web:hist${n}` }, ...extra });
    if (!out.ticketId || !out.reference) throw new Error('no ticket');
    return { id: out.ticketId, reference: out.reference };
  };
  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const found = async (cookie: string, query: string) => {
    const res = await get(cookie, `/api/desk/queue?limit=200&${query}`);
    expect(res.statusCode).toBe(200);
    return res.json().items.map((i: { id: number }) => i.id) as number[];
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    op = await t.login('op.sitabuldi');
    opAmbazari = await t.login('op.ambazari');
    // One citizen, three channels, three spellings of one number, on three days.
    const spellings: Array<Partial<InboundItem>> = [
      { channel: 'whatsapp', author: { id: '919822012345', phone: '+91 98220 12345' }, reply: { to: '919822012345', public: false } },
      { channel: 'telegram', author: { id: 'tg:777', phone: '09822012345' }, reply: { to: '777', public: false } },
      { channel: 'web', author: { id: 'web:citizen', phone: '9822012345' } },
    ];
    const texts = ['Bicycle stolen at Sitabuldi market', 'Loud music all night near Zero Mile', 'Mobile snatched near Zero Mile'];
    for (const [i, extra] of spellings.entries()) {
      clock.now = Date.parse(`2026-03-0${2 + i}T10:00:00Z`);
      const o = await open(texts[i] ?? '', extra);
      ids.push(o.id);
      refs.push(o.reference);
    }
    clock.now = Date.parse('2026-03-06T10:00:00Z');
    const res = await t.app.inject({ method: 'POST', url: `/api/tickets/${ids[0]}/status`, headers: { cookie: op }, payload: { status: 'resolved', outcome: 'advised' } });
    expect(res.statusCode).toBe(200);
  });
  afterAll(async () => t?.close());

  it('finds a resolved ticket by its reference, and offers every status', async () => {
    expect(await found(op, '')).not.toContain(ids[0]);
    expect(await found(op, `q=${refs[0]}`)).toEqual([ids[0]]);
    expect(await found(op, 'status=resolved')).toEqual([ids[0]]);
    const every = await found(op, 'status=new,acknowledged,in_progress,resolved,closed,transferred,escalated,duplicate,not_police_matter,spam');
    expect(every).toEqual(expect.arrayContaining(ids));
    // The open queue's counts stay the open queue's.
    const page = (await get(op, `/api/desk/queue?q=${refs[0]}`)).json();
    expect(page.counts.total).toBe(2);
  });

  it("finds the citizen's tickets by phone however it is written, and by text and place", async () => {
    for (const spelling of ['+91 98220 12345', '09822012345', '9822012345', '+919822012345']) {
      expect((await found(op, `q=${encodeURIComponent(spelling)}`)).sort()).toEqual([...ids].sort());
    }
    expect(await found(op, 'q=bicycle')).toEqual([ids[0]]);
    // The place's name, not in the citizen's words ("Sitabuldi market" is on Sitabuldi Main Road).
    const place = await t.ctx.store.db.selectFrom('tickets').select('place_name').where('id', '=', ids[0] ?? 0).executeTakeFirstOrThrow();
    expect(place.place_name).toBeTruthy();
    expect(await found(op, `q=${encodeURIComponent((place.place_name ?? '').toLowerCase())}`)).toContain(ids[0]);
    // Another station does not find them.
    expect(await found(opAmbazari, 'q=9822012345')).toEqual([]);
  });

  it('reads a date range in the force time zone, both days included', async () => {
    expect(localDayStart('2026-03-03', 'Asia/Kolkata')).toBe('2026-03-02T18:30:00.000Z');
    expect(await found(op, 'from=2026-03-03&to=2026-03-03')).toEqual([ids[1]]);
    expect((await found(op, 'from=2026-03-02&to=2026-03-03')).sort()).toEqual([ids[0], ids[1]].sort());
    expect(await found(op, 'from=2026-03-04')).toEqual([ids[2]]);
    expect((await get(op, '/api/desk/queue?from=3rd%20March')).statusCode).toBe(400);
    expect((await get(op, '/api/desk/queue?status=gone')).statusCode).toBe(400);
    expect((await get('', '/api/desk/queue?q=9822012345')).statusCode).toBe(401);
  });

  it('shows the phone as written to roles that see personal data, and masked to the administrator', async () => {
    const officer = (await get(op, `/api/desk/tickets/${ids[1]}`)).json();
    expect(officer.contact).toMatchObject({ phone: '09822012345', masked: false });
    const admin = (await get(await t.login('admin'), `/api/desk/tickets/${ids[1]}`)).json();
    expect(admin.contact).toEqual({ name: null, phone: '+91 ••••••••45', channel: 'telegram', masked: true });
    expect(JSON.stringify(admin)).not.toMatch(/9822012345|98220 12345/);
  });

  it("lists the citizen's other tickets in time order across channels, earlier and later apart", async () => {
    const view = (await get(op, `/api/desk/tickets/${ids[1]}`)).json();
    expect(view.earlier.map((e: { id: number }) => e.id)).toEqual([ids[0]]);
    expect(view.later.map((e: { id: number }) => e.id)).toEqual([ids[2]]);
    const first = (await get(op, `/api/desk/tickets/${ids[0]}`)).json();
    expect(first.earlier).toEqual([]);
    expect(first.later.map((e: { id: number; channel: string }) => [e.id, e.channel])).toEqual([
      [ids[1], 'telegram'],
      [ids[2], 'web'],
    ]);
  });
});
