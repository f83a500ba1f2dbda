/**
 * The access matrix, generated from the OpenAPI document: every operation the API documents, called
 * as every role (of the ticket's own units and of foreign ones) and as nobody, on both databases.
 * A route added tomorrow is in the matrix without anyone remembering to add it.
 *
 * What must hold, whatever the body: no call answers 5xx; nobody logged out reaches a desk route; a
 * station, zone or role outside a ticket's units never gets a 2xx for it nor sees its reference or
 * summary; the administrator never changes a ticket; personal data never reaches a role that must not
 * see it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { ingest } from '../src/intake/intake.service.js';
import { createAttachmentWorker } from '../src/media/attachment.worker.js';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();
type App = Awaited<ReturnType<typeof createTestApp>>;

/** Routes anyone may call: the public pages' API, logging in, health, the docs, signed webhooks, Open311's read side. */
const PUBLIC = [/^\/api\/public\//, /^\/api\/auth\/login$/, /^\/api\/auth\/logout$/, /^\/healthz$/, /^\/api\/docs/, /^\/webhooks\//, /^\/api\/units/, /^\/metrics$/, /^\/open311\/v2\//];

/** Who calls: the ticket is Sitabuldi's (zone 2). */
const OWN = ['op.sitabuldi', 'sho.sitabuldi', 'dcp.z2', 'control', 'cp'] as const;
const FOREIGN = ['op.ambazari', 'sho.ambazari', 'dcp.z1', 'op.cyber'] as const;
const ADMIN = 'admin';

/** A body each mutating operation accepts when it is allowed (the matrix is about who, not what). */
const BODIES: Record<string, object> = {
  'POST /api/tickets/{id}/assign': { assignee: 'me' },
  'POST /api/tickets/{id}/status': { status: 'acknowledged' },
  'POST /api/tickets/{id}/replies': { text: 'We are looking into it.', visibility: 'public' },
  'POST /api/tickets/{id}/notes': { text: 'Beat officer informed.' },
  'PATCH /api/tickets/{id}/triage': { priority: 'p2' },
  'POST /api/tickets/{id}/transfer': { station: 'ngp-ps-dhantoli', reason: 'the place is in Dhantoli' },
  'POST /api/tickets/{id}/merge': { into: 1 },
  'POST /api/tickets/{id}/confirm': {},
  'POST /api/desk/roster/handover': { note: 'Two tickets pending a call back.' },
  'PUT /api/desk/roster': { shifts: [] },
  'POST /api/intake/failed/{id}/discard': { reason: 'a test message' },
};

interface Operation {
  method: string;
  path: string;
  key: string;
  ticketScoped: boolean;
}

const SECRET_PHONE = '98220 12345';

describe.each(engines)('access matrix from the OpenAPI document on %s', { timeout: 240_000 }, (engine) => {
  let t: App;
  const cookies: Record<string, string> = {};
  let operations: Operation[] = [];
  let ticketId = 0;
  let reference = '';
  let summary = '';
  /** A photo kept on the first ticket, for the attachment route. */
  let attachmentId = 0;

  /** A fresh Sitabuldi ticket per mutating call, so one call's change never decides another's answer. */
  const freshTicket = async (n: number, extra: { attachments?: Array<{ kind: string; mediaId: string }> } = {}) => {
    const out = await ingest(t.ctx, {
      ...extra,
      channel: 'whatsapp',
      externalId: `matrix-${engine}-${n}`,
      text: `My phone was stolen at Sitabuldi market, call me on ${SECRET_PHONE}`,
      author: { id: `91982201${String(n).padStart(4, '0')}`, name: 'Asha Patil', phone: '+919822012345' },
      reply: { to: `91982201${String(n).padStart(4, '0')}`, public: false },
    });
    if (!out.ticketId || !out.reference) throw new Error('no ticket');
    return { id: out.ticketId, reference: out.reference };
  };

  const urlFor = (op: Operation, id: number, ref: string) =>
    op.path
      .replace('{id}', String(id))
      .replace('{reference}', ref)
      .replace('{decision}', 'reject')
      .replace('{attachmentId}', String(attachmentId))
      .replace('{outboxId}', '1') + (op.path === '/api/desk/canned-replies' ? `?ticket=${id}` : '');

  /** Calls an operation on a ticket as a user (or nobody): a fresh ticket for a change, the shared one for a read. */
  const callAs = async (user: string | null, op: Operation, n: number) => {
    const ticket = op.method === 'GET' ? { id: ticketId, reference } : await freshTicket(n);
    const res = await t.app.inject({
      method: op.method as 'GET',
      url: urlFor(op, ticket.id, ticket.reference),
      ...(user ? { headers: { cookie: cookies[user] ?? '' } } : {}),
      ...(op.method === 'GET' ? {} : { payload: BODIES[op.key] ?? {} }),
    });
    return { res, ticket };
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    for (const u of [...OWN, ...FOREIGN, ADMIN]) cookies[u] = await t.login(u);
    const first = await freshTicket(0, { attachments: [{ kind: 'image', mediaId: 'matrix-photo' }] });
    ticketId = first.id;
    const photo = await readFile(new URL('./fixtures/media/photo.png', import.meta.url));
    await createAttachmentWorker(t.ctx, [{ name: 'whatsapp', fetchMedia: async () => ({ bytes: photo, mime: undefined }) }]).runOnce();
    attachmentId = (await t.ctx.store.db.selectFrom('ticket_attachments').select('id').where('ticket_id', '=', ticketId).executeTakeFirstOrThrow()).id;
    reference = first.reference;
    summary = (await t.ctx.store.db.selectFrom('tickets').select('summary').where('id', '=', ticketId).executeTakeFirstOrThrow()).summary;
    await t.app.ready();
    const doc = t.app.swagger() as { paths?: Record<string, Record<string, unknown>> };
    operations = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => ({
          method: m.toUpperCase(),
          path,
          key: `${m.toUpperCase()} ${path}`,
          ticketScoped: path.startsWith('/api/tickets/{id}') || path.startsWith('/api/desk/tickets/{id}') || path === '/api/desk/canned-replies',
        })),
    );
  });
  afterAll(async () => t?.close());

  it('documents every desk route it serves', () => {
    const keys = operations.map((o) => o.key);
    for (const k of ['GET /api/tickets/{id}', 'GET /api/desk/tickets/{id}', 'POST /api/tickets/{id}/confirm', 'GET /api/intake/failed', 'GET /api/desk/queue'])
      expect(keys).toContain(k);
    expect(operations.length).toBeGreaterThan(30);
  });

  it('answers no call with 5xx, and nobody logged out gets past a desk route', async () => {
    let n = 1000;
    for (const op of operations) {
      if (op.path === '/api/events' || op.path.startsWith('/api/docs')) continue; // a stream, and the docs UI
      const { res } = await callAs(null, op, n++);
      expect(res.statusCode, `${op.key} as nobody`).toBeLessThan(500);
      if (!PUBLIC.some((p) => p.test(op.path))) expect(res.statusCode, `${op.key} as nobody`).toBe(401);
    }
  });

  it('never lets a foreign station, zone or unit act on or read a ticket that is not theirs', async () => {
    let n = 2000;
    const scoped = operations.filter((o) => o.ticketScoped);
    expect(scoped.length).toBeGreaterThan(10);
    for (const user of FOREIGN) {
      for (const op of scoped) {
        const { res, ticket } = await callAs(user, op, n++);
        expect([400, 403, 404], `${op.key} as ${user}: ${res.statusCode}`).toContain(res.statusCode);
        expect(res.body, `${op.key} as ${user}`).not.toContain(ticket.reference);
        expect(res.body, `${op.key} as ${user}`).not.toContain(summary);
        const after = await t.ctx.store.db.selectFrom('tickets').select(['status', 'priority', 'station_id', 'assignee_id']).where('id', '=', ticket.id).executeTakeFirstOrThrow();
        expect(after, `${op.key} as ${user} changed nothing`).toMatchObject({ status: 'new', priority: 'p2', station_id: 'ngp-ps-sitabuldi' });
      }
    }
  });

  it("lets the ticket's own units act, and never answers them 5xx", async () => {
    // Every ticket screen's read answers the station's own operator.
    const view = await t.app.inject({ url: `/api/desk/tickets/${ticketId}`, headers: { cookie: cookies['op.sitabuldi'] ?? '' } });
    expect(view.statusCode).toBe(200);
    let n = 3000;
    for (const user of OWN) {
      for (const op of operations.filter((o) => o.ticketScoped)) {
        const { res } = await callAs(user, op, n++);
        expect(res.statusCode, `${op.key} as ${user}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
        // A read is the unit's; some need a rank within it (an evidence export), which 403 says.
        if (op.method === 'GET') expect([200, 403, 404], `${op.key} as ${user}`).toContain(res.statusCode);
      }
    }
  });

  it('lets the administrator read but never change a ticket, and never see the citizen', async () => {
    let n = 4000;
    for (const op of operations.filter((o) => o.ticketScoped)) {
      const { res } = await callAs(ADMIN, op, n++);
      expect(res.statusCode, `${op.key} as admin`).toBeLessThan(500);
      if (op.method !== 'GET') expect([400, 403], `${op.key} as admin: ${res.statusCode}`).toContain(res.statusCode);
      for (const secret of [SECRET_PHONE, '9822012345', 'Asha Patil']) expect(res.body, `${op.key} as admin`).not.toContain(secret);
    }
    // Lists too: the queue, the overview, the ticket list and the failed items.
    for (const url of ['/api/desk/queue?limit=200', '/api/desk/overview?limit=200', '/api/tickets?limit=200', '/api/intake/failed']) {
      const res = await t.app.inject({ url, headers: { cookie: cookies[ADMIN] ?? '' } });
      expect(res.statusCode, url).toBe(200);
      for (const secret of [SECRET_PHONE, '9822012345', 'Asha Patil']) expect(res.body, `${url} as admin`).not.toContain(secret);
    }
  });
});
