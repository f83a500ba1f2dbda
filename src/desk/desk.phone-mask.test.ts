/**
 * A citizen's phone shown by role on both engines (issue 15): as written to those who call citizens back
 * (a station's operator and SHO, the control room), masked to its country code and last two digits for
 * a DCP, the Commissioner and the administrator. Everywhere a role sees it: the ticket's contact, the
 * citizen's words, their earlier and later tickets, and history search results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngines } from '../../test/support/harness.js';
import { ingest } from '../intake/intake.service.js';
import type { InboundItem } from '../intake/inbound-item.js';

const engines = await testEngines();
const FULL = ['op.sitabuldi', 'sho.sitabuldi', 'control'];
const MASKED = ['dcp.z2', 'cp', 'admin'];
const DIGITS = ['98220 12345', '09822012345', '9822012345', '9822012345'.slice(0, 8)];

describe.each(engines)("a citizen's phone by role on %s", (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const cookies: Record<string, string> = {};
  const ids: number[] = [];
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };

  const get = async (who: string, url: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who] ?? '' } });
    expect(res.statusCode, `${who} ${url}: ${res.body}`).toBe(200);
    return res;
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    for (const u of [...FULL, ...MASKED]) cookies[u] = await t.login(u);
    // One citizen on two channels, the number written two ways, and the number in their own words.
    const reports: Array<Partial<InboundItem> & { text: string }> = [
      { text: 'Bicycle stolen at Sitabuldi market, call me on 98220 12345', channel: 'whatsapp', author: { id: '919822012345', phone: '+91 98220 12345' }, reply: { to: '919822012345', public: false } },
      { text: 'Mobile snatched near Zero Mile', channel: 'telegram', author: { id: 'tg:778', phone: '09822012345' }, reply: { to: '778', public: false } },
    ];
    for (const [i, r] of reports.entries()) {
      clock.now += 3_600_000;
      const out = await ingest(t.ctx, { externalId: `mask-${i}`, ...r, channel: r.channel ?? 'web', author: r.author ?? { id: `web:mask${i}` } });
      if (!out.ticketId) throw new Error('no ticket');
      ids.push(out.ticketId);
    }
  });
  afterAll(async () => t?.close());

  it('shows the contact, the words and the other tickets as written to those who call back', async () => {
    for (const who of FULL) {
      const view = (await get(who, `/api/desk/tickets/${ids[0]}`)).json();
      expect(view.contact, who).toMatchObject({ phone: '+91 98220 12345', masked: false });
      expect(view.messages[0].text, who).toContain('98220 12345');
      expect(view.later, who).toEqual([expect.objectContaining({ id: ids[1], phone: '09822012345' })]);
      const later = (await get(who, `/api/desk/tickets/${ids[1]}`)).json();
      expect(later.earlier, who).toEqual([expect.objectContaining({ id: ids[0], phone: '+91 98220 12345' })]);
      const found = (await get(who, '/api/desk/queue?q=%2B919822012345')).json();
      expect(found.items.map((i: { contactPhone: string }) => i.contactPhone).sort(), who).toEqual(['+91 98220 12345', '09822012345']);
    }
  });

  it('masks the number everywhere for a DCP, the Commissioner and the administrator', async () => {
    for (const who of MASKED) {
      const view = await get(who, `/api/desk/tickets/${ids[0]}`);
      const later = await get(who, `/api/desk/tickets/${ids[1]}`);
      const detail = await get(who, `/api/tickets/${ids[0]}`);
      const found = await get(who, '/api/desk/queue?q=9822012345');
      for (const res of [view, later, detail, found]) {
        for (const d of DIGITS) expect(res.body, `${who}: ${res.body.slice(0, 200)}`).not.toContain(d);
      }
      expect(view.json().contact, who).toMatchObject({ phone: '+91 ••••••••45', masked: true });
      expect(view.json().later, who).toEqual([expect.objectContaining({ id: ids[1], phone: '+91 ••••••••45' })]);
      expect(found.json().items.map((i: { contactPhone: string }) => i.contactPhone), who).toEqual(['+91 ••••••••45', '+91 ••••••••45']);
      // The rest of the citizen's words stay for the roles that see personal data.
      expect(view.json().messages[0].text, who).toContain('Bicycle stolen at Sitabuldi market');
    }
    // The DCP and the Commissioner still see who wrote; the administrator does not.
    expect((await get('dcp.z2', `/api/desk/tickets/${ids[0]}`)).json().contact.channel).toBe('whatsapp');
    expect((await get('admin', `/api/desk/tickets/${ids[0]}`)).json().contact.name).toBeNull();
  });

  it('leaves the working queue without phones: only history results carry them', async () => {
    const queue = (await get('op.sitabuldi', '/api/desk/queue')).json();
    expect(queue.items.length).toBeGreaterThan(0);
    expect(queue.items.every((i: object) => !('contactPhone' in i))).toBe(true);
  });
});
