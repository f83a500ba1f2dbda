/**
 * Open311 GeoReport v2, read side, on both engines, checked against the spec's text
 * (shared/docs/channels/open311.md): discovery, services, definitions, requests with the standard filters
 * and single requests, JSON (bare arrays, string ids) and XML (declaration, element names, empty elements
 * for nulls), the spec's error list with 400/403/404, and nothing personal in anything it answers; POST
 * requests with the keys an administrator issues and revokes, through intake.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/intake/intake.service.js';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();
const DAY = 86_400_000;

/** Well-formed, declaration first, and the element names in order of appearance. */
function readXml(xml: string): string[] {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  const names: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.-]*)(\/?)>|([^<]+)/g;
  let consumed = 0;
  for (const m of body.matchAll(tag)) {
    consumed += m[0].length;
    if (m[4] !== undefined) {
      // Text: only the five entities, never a bare & or <.
      expect(m[4]).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
      continue;
    }
    const name = m[2] ?? '';
    if (m[1]) expect(stack.pop()).toBe(name);
    else {
      names.push(name);
      if (!m[3]) stack.push(name);
    }
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
  return names;
}

interface Request311 {
  service_request_id: string;
  status: string;
  status_notes: string | null;
  service_code: string;
  service_name: string;
  description: null;
  agency_responsible: string | null;
  requested_datetime: string;
  updated_datetime: string;
  address: string | null;
  lat: number | null;
  long: number | null;
}

describe.each(engines)('Open311 GeoReport v2 on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const clock = { now: Date.parse('2026-12-04T06:00:00Z') };
  const refs: Record<'named' | 'pin' | 'women' | 'closed' | 'old', string> = { named: '', pin: '', women: '', closed: '', old: '' };

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    const open = async (key: keyof typeof refs, text: string, extra: object = {}, at = clock.now) => {
      const before = clock.now;
      clock.now = at;
      const out = await ingest(t.ctx, { channel: 'web', externalId: `o311-${key}`, text, author: { id: `web:o311-${key}`, name: 'Asha Patil', phone: '+91 98220 12345' }, ...extra });
      clock.now = before;
      refs[key] = out.reference ?? '';
    };
    await open('old', 'My scooter was stolen near Zero Mile', {}, clock.now - 120 * DAY);
    await open('named', 'Mobile snatched near Zero Mile just now, call me on 9822012345');
    await open('pin', 'Someone is shouting and throwing stones at my house', { geo: { lat: 21.1466946, lon: 79.0806347 } });
    await open('women', 'A man follows me every day from the bus stop at Sitabuldi and passes comments');
    await open('closed', 'Bicycle stolen from Dharampeth market yesterday');
    const id = (await t.ctx.store.db.selectFrom('tickets').select('id').where('reference', '=', refs.closed).executeTakeFirstOrThrow()).id;
    const cookie = await t.login('op.ambazari');
    const station = (await t.ctx.store.db.selectFrom('tickets').select('station_id').where('id', '=', id).executeTakeFirstOrThrow()).station_id;
    const officer = station === 'ngp-ps-ambazari' ? cookie : await t.login(`op.${(station ?? '').replace('ngp-ps-', '')}`);
    const res = await t.app.inject({ method: 'POST', url: `/api/tickets/${id}/status`, headers: { cookie: officer }, payload: { status: 'resolved', outcome: 'fir_registered' } });
    expect(res.statusCode, res.body).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string) => t.app.inject({ url: `/open311/v2/${url}` });
  const json = async <T>(url: string, status = 200) => {
    const res = await get(url);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    return res.json<T>();
  };
  const xml = async (url: string, status = 200) => {
    const res = await get(url);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
    return { body: res.body, names: readXml(res.body) };
  };

  it('describes itself in discovery, as JSON and XML', async () => {
    const d = await json<{ changeset: string; contact: string; key_service: string; endpoints: Array<Record<string, unknown>> }>('discovery.json');
    expect(d.endpoints).toEqual([
      expect.objectContaining({ specification: 'http://wiki.open311.org/GeoReport_v2', type: 'production', formats: ['text/xml', 'application/json'] }),
    ]);
    expect(String(d.endpoints[0]?.url)).toMatch(/\/open311\/v2$/);
    expect(d.changeset).toMatch(/Z$/);
    const x = await xml('discovery.xml');
    expect(x.names.slice(0, 4)).toEqual(['discovery', 'changeset', 'contact', 'key_service']);
    expect(x.body).toContain('<formats><format>text/xml</format><format>application/json</format></formats>');
  });

  it('lists its services (the categories) and defines each, with string codes and a boolean metadata', async () => {
    const services = await json<Array<Record<string, unknown>>>('services.json');
    expect(services).toHaveLength(13);
    for (const s of services) {
      expect(Object.keys(s)).toEqual(['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group']);
      expect(typeof s.service_code).toBe('string');
      expect(s.metadata).toBe(true);
      expect(['realtime', 'batch', 'blackbox']).toContain(s.type);
    }
    const x = await xml('services.xml');
    expect(x.names.filter((n) => n === 'service')).toHaveLength(13);
    expect(x.body).toContain("<service_name>Women&apos;s safety</service_name>");

    const def = await json<{ service_code: string; attributes: Array<{ code: string; order: number; datatype: string; values: unknown[] }> }>('services/theft.json');
    expect(def.service_code).toBe('theft');
    expect(def.attributes.map((a) => a.order)).toEqual([1, 2]);
    expect(def.attributes[0]).toMatchObject({ code: 'happening_now', datatype: 'singlevaluelist', variable: true, required: false });
    const dx = await xml('services/theft.xml');
    expect(dx.names.slice(0, 4)).toEqual(['service_definition', 'service_code', 'attributes', 'attribute']);
    expect(dx.body).toContain('<values><value><key>yes</key><name>Yes, now</name></value>');
    expect(dx.body).toContain('<datatype_description/>');
  });

  it("publishes requests of the last 90 days without anyone's data, words or shared location", async () => {
    const list = await json<Request311[]>('requests.json');
    const ids = list.map((r) => r.service_request_id);
    expect(ids).toEqual(expect.arrayContaining([refs.named, refs.pin, refs.closed]));
    expect(ids).not.toContain(refs.women);
    expect(ids).not.toContain(refs.old);
    const all = JSON.stringify(list);
    expect(all).not.toMatch(/Asha|98220|9822012345|snatched|stones|Bicycle/);
    const named = list.find((r) => r.service_request_id === refs.named);
    expect(named).toMatchObject({ status: 'open', service_code: 'theft', description: null, address: 'Zero Mile', agency_responsible: 'Sitabuldi Police Station' });
    expect(typeof named?.lat).toBe('number');
    expect(named?.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    // A pin is where the citizen was: never published.
    expect(list.find((r) => r.service_request_id === refs.pin)).toMatchObject({ address: null, lat: null, long: null });
    expect(list.find((r) => r.service_request_id === refs.closed)).toMatchObject({ status: 'closed', status_notes: 'FIR registered.' });

    const x = await xml('requests.xml');
    expect(x.names[0]).toBe('service_requests');
    expect(x.names.filter((n) => n === 'request')).toHaveLength(list.length);
    expect(x.body).toContain(`<service_request_id>${refs.named}</service_request_id>`);
    expect(x.body).toContain('<description/>');
    expect(x.body).not.toMatch(/Asha|98220/);
  });

  it('filters by id (overriding the rest), service code, status and dates', async () => {
    const byId = await json<Request311[]>(`requests.json?service_request_id=${refs.named},${refs.old},${refs.women}&status=closed`);
    expect(byId.map((r) => r.service_request_id).sort()).toEqual([refs.named, refs.old].sort());
    const closed = await json<Request311[]>('requests.json?status=closed');
    expect(closed.map((r) => r.service_request_id)).toEqual([refs.closed]);
    const open = await json<Request311[]>('requests.json?status=open&service_code=theft,nuisance');
    expect(open.every((r) => r.status === 'open' && ['theft', 'nuisance'].includes(r.service_code))).toBe(true);
    const old = await json<Request311[]>(`requests.json?start_date=${new Date(clock.now - 125 * DAY).toISOString()}&end_date=${new Date(clock.now - 100 * DAY).toISOString()}`);
    expect(old.map((r) => r.service_request_id)).toEqual([refs.old]);
    const ist = await json<Request311[]>(`requests.json?start_date=${encodeURIComponent('2026-12-01T00:00:00+05:30')}`);
    expect(ist.length).toBeGreaterThan(0);
    expect(await json<Request311[]>('requests.json?jurisdiction_id=ngp&service_code=')).not.toHaveLength(0);
  });

  it('answers one request, and 404 for a missing or unpublished one', async () => {
    const one = await json<Request311[]>(`requests/${refs.named}.json`);
    expect(one).toHaveLength(1);
    expect(one[0]?.service_request_id).toBe(refs.named);
    const x = await xml(`requests/${refs.named}.xml`);
    expect(x.names.slice(0, 3)).toEqual(['service_requests', 'request', 'service_request_id']);
    for (const missing of [refs.women, 'NGP-2026-999999', 'nonsense']) {
      expect(await json(`requests/${missing}.json`, 404)).toEqual([{ code: 404, description: expect.stringContaining('service_request_id not found') }]);
    }
  });

  it('lets an administrator issue, list and revoke keys, and nobody else', async () => {
    const admin = await t.login('admin');
    const op = await t.login('op.sitabuldi');
    const issue = (cookie: string | undefined, payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/admin/open311-keys', payload, ...(cookie ? { headers: { cookie } } : {}) });
    expect((await issue(undefined, { label: 'Civic app' })).statusCode).toBe(401);
    expect((await issue(op, { label: 'Civic app' })).statusCode).toBe(403);
    expect((await issue(admin, { label: '' })).statusCode).toBe(400);
    const issued = await issue(admin, { label: 'Civic app' });
    expect(issued.statusCode).toBe(201);
    const key = issued.json<{ id: number; key: string }>();
    expect(key.key).toMatch(/^o311_/);
    const list = await t.app.inject({ url: '/api/admin/open311-keys', headers: { cookie: admin } });
    expect(list.json().keys).toContainEqual(expect.objectContaining({ id: key.id, label: 'Civic app', revokedAt: null }));
    expect(list.body).not.toContain(key.key);
    expect((await t.app.inject({ url: '/api/admin/open311-keys', headers: { cookie: op } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/admin/open311-keys/999999/revoke', headers: { cookie: admin } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/admin/open311-keys/abc/revoke', headers: { cookie: admin } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: `/api/admin/open311-keys/${key.id}/revoke`, headers: { cookie: op } })).statusCode).toBe(403);
  });

  it('creates a request with a live key through intake, answers its reference, and refuses a revoked key', async () => {
    const admin = await t.login('admin');
    const key = (await t.app.inject({ method: 'POST', url: '/api/admin/open311-keys', headers: { cookie: admin }, payload: { label: 'Nagpur civic app' } })).json<{ id: number; key: string }>();
    const post = (format: 'json' | 'xml', fields: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: `/open311/v2/requests.${format}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        payload: new URLSearchParams(fields).toString(),
      });
    const fields = {
      api_key: key.key,
      jurisdiction_id: 'ngp',
      service_code: 'theft',
      address_string: 'Zero Mile',
      description: 'My phone was snatched by two men on a bike',
      'attribute[happening_now]': 'yes',
      first_name: 'Ravi',
      last_name: 'Kale',
      email: 'ravi@example.in',
      phone: '+91 98230 55555',
    };
    const created = await post('json', fields);
    expect(created.statusCode, created.body).toBe(200);
    expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
    const [answer] = created.json<Array<{ service_request_id: string; service_notice: string; account_id: null }>>();
    expect(answer?.service_request_id).toMatch(/^NGP-\d{4}-\d{6}$/);
    const ticket = await t.ctx.store.db
      .selectFrom('tickets')
      .select(['channel', 'station_id', 'contact_id'])
      .where('reference', '=', answer?.service_request_id ?? '')
      .executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({ channel: 'open311', station_id: 'ngp-ps-sitabuldi' });
    const contact = await t.ctx.store.db.selectFrom('contacts').select(['display_name', 'phone']).where('id', '=', ticket.contact_id ?? 0).executeTakeFirstOrThrow();
    expect(contact).toEqual({ display_name: 'Ravi Kale', phone: '+91 98230 55555' });
    // Its public face has none of it.
    const one = await json<Request311[]>(`requests/${answer?.service_request_id}.json`);
    expect(JSON.stringify(one)).not.toMatch(/Ravi|Kale|98230|example\.in|snatched/);

    const byPin = await post('xml', { api_key: key.key, service_code: 'nuisance', lat: '21.1466946', long: '79.0806347', description: 'Loud music after midnight' });
    expect(byPin.statusCode, byPin.body).toBe(200);
    expect(readXml(byPin.body)).toEqual(['service_requests', 'request', 'service_request_id', 'service_notice', 'account_id']);

    const refused = async (f: Record<string, string>, status: number, text: string) => {
      const res = await post('json', f);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json()).toEqual([{ code: status, description: expect.stringContaining(text) }]);
    };
    await refused({ ...fields, service_code: '' }, 400, 'service_code cannot be null');
    await refused({ ...fields, service_code: 'potholes' }, 404, 'service_code not found');
    await refused({ api_key: key.key, service_code: 'theft', description: 'Stolen' }, 400, 'location is required');
    await refused({ api_key: key.key, service_code: 'theft', lat: '21.1' }, 400, 'lat and long');
    await refused({ ...fields, 'attribute[happening_now]': 'maybe' }, 400, 'happening_now');
    await refused({ ...fields, description: 'x'.repeat(4001) }, 400, '4000');
    await refused({ ...fields, jurisdiction_id: 'sfgov.org' }, 404, 'jurisdiction_id');
    await refused({ ...fields, api_key: '' }, 403, 'api_key');

    const revoke = await t.app.inject({ method: 'POST', url: `/api/admin/open311-keys/${key.id}/revoke`, headers: { cookie: admin } });
    expect(revoke.json()).toMatchObject({ id: key.id, revokedAt: expect.any(String) });
    await refused(fields, 403, 'Invalid api_key');
  });

  it("says what went wrong in the spec's error list: 400, 403 and 404, in the format asked", async () => {
    expect(await json('requests.json?start_date=2026-12-01', 400)).toEqual([{ code: 400, description: expect.stringContaining('time zone') }]);
    expect(await json(`requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z`, 400)).toEqual([
      { code: 400, description: expect.stringContaining('90 days') },
    ]);
    expect(await json('requests.json?status=pending', 400)).toEqual([{ code: 400, description: expect.stringContaining('status') }]);
    expect(await json('requests.json?service_code=potholes', 404)).toEqual([{ code: 404, description: 'service_code not found: potholes' }]);
    expect(await json('services/potholes.json', 404)).toEqual([{ code: 404, description: 'service_code not found: potholes' }]);
    expect(await json('services.json?jurisdiction_id=sfgov.org', 404)).toEqual([{ code: 404, description: expect.stringContaining('jurisdiction_id not found') }]);
    expect(await json('nothing.json', 404)).toEqual([{ code: 404, description: expect.any(String) }]);
    const x = await xml('services/potholes.xml', 404);
    expect(x.body).toContain('<errors><error><code>404</code><description>service_code not found: potholes</description></error></errors>');
    expect((await get('services.csv')).statusCode).toBe(404);
    expect((await get('no/such/path.json')).statusCode).toBe(404);

    const stored = async () => (await t.ctx.store.db.selectFrom('inbound').select('id').where('channel', '=', 'open311').execute()).length;
    const before = await stored();
    const post = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.xml',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      payload: 'api_key=xyz&service_code=theft&lat=21.14&long=79.08&description=stolen',
    });
    expect(post.statusCode).toBe(403);
    expect(post.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(readXml(post.body)).toEqual(['errors', 'error', 'code', 'description']);
    expect(await stored()).toBe(before);
  });
});
