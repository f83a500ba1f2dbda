/**
 * The tracking page's API on both engines: one answer with the citizen's own words, the police's public
 * replies in order and a timeline with outcome codes (the web translates them); the citizen adds to their
 * report through intake (it joins the same ticket and is judged again); nobody else's data, ever.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createChannelRuntime } from '../src/channels/channel.runtime.js';
import { ingest } from '../src/intake/intake.service.js';
import { createAttachmentWorker } from '../src/media/attachment.worker.js';
import { mediaPath, sha256Of } from '../src/media/media.store.js';
import type { DeskEvent } from '../src/tickets/desk-event.schema.js';
import { createTestApp, testEngines } from './support/harness.js';
import { jpegWithGps } from './support/photos.js';

const engines = await testEngines();

interface View {
  reference: string;
  status: string;
  open: boolean;
  outcome: string | null;
  messages: Array<{ from: string; text: string; at: string; photos: number }>;
  timeline: Array<{ kind: string; status?: string; outcome?: string | null; station?: { id: string } | null }>;
}

describe.each(engines)('public tracking on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let op: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    op = await t.login('op.sitabuldi');
  });
  afterAll(async () => {
    await t?.close();
  });

  const report = async (text: string, extra: Record<string, unknown> = {}) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/public/reports', payload: { text, ...extra } });
    expect(res.statusCode).toBe(201);
    return res.json<{ reference: string; token: string; trackingUrl: string }>();
  };
  const view = async (reference: string, token: string) => {
    const res = await t.app.inject({ url: `/api/public/reports/${reference}?token=${encodeURIComponent(token)}` });
    expect(res.statusCode).toBe(200);
    return res.json<View>();
  };
  const ticketId = async (reference: string) =>
    (await t.ctx.store.db.selectFrom('tickets').select('id').where('reference', '=', reference).executeTakeFirstOrThrow()).id;
  const desk = (method: 'POST' | 'GET', url: string, payload?: object) => t.app.inject({ method, url, headers: { cookie: op }, ...(payload ? { payload } : {}) });

  it("shows the citizen's words, the public replies in order and a timeline with outcomes, never a name or a phone", async () => {
    const r = await report('Mobile snatched near Zero Mile just now', { name: 'Asha Patil', phone: '+91 98220 12345' });
    const id = await ticketId(r.reference);
    expect((await desk('POST', `/api/tickets/${id}/replies`, { text: 'A team is on its way to Zero Mile.', visibility: 'public' })).statusCode).toBe(201);
    await desk('POST', `/api/tickets/${id}/notes`, { text: 'Internal: suspect known to us' });
    expect((await desk('POST', `/api/tickets/${id}/replies`, { text: 'We registered an FIR.', visibility: 'public' })).statusCode).toBe(201);
    expect((await desk('POST', `/api/tickets/${id}/status`, { status: 'resolved', outcome: 'fir_registered' })).statusCode).toBe(200);

    const v = await view(r.reference, r.token);
    expect(v.messages.map((m) => [m.from, m.text])).toEqual([
      ['you', 'Mobile snatched near Zero Mile just now'],
      ['police', 'A team is on its way to Zero Mile.'],
      ['police', 'We registered an FIR.'],
    ]);
    expect(v.outcome).toBe('fir_registered');
    expect(v.open).toBe(false);
    expect(v.timeline[0]).toMatchObject({ kind: 'received' });
    expect(v.timeline).toContainEqual(expect.objectContaining({ kind: 'status', status: 'resolved', outcome: 'fir_registered' }));
    const json = JSON.stringify(v);
    expect(json).not.toMatch(/Asha|98220|Internal|op\.sitabuldi|suspect/);

    // A closed report takes nothing more: the citizen is told to report afresh.
    const closed = await t.app.inject({ method: 'POST', url: `/api/public/reports/${r.reference}/messages`, payload: { token: r.token, text: 'One more thing' } });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('REPORT_CLOSED');
  });

  it('adds a follow-up to the same ticket through intake, once per clientId, and judges it again', async () => {
    const r = await report('Someone is standing outside my gate in Dharampeth');
    const id = await ticketId(r.reference);
    const before = await t.ctx.store.db.selectFrom('tickets').select(['priority']).where('id', '=', id).executeTakeFirstOrThrow();
    const tickets = async () => (await t.ctx.store.db.selectFrom('tickets').select('id').execute()).length;
    const count = await tickets();
    const body = { token: r.token, text: 'He has a knife and is trying to break in right now', clientId: 'follow-up-0001' };
    const added = await t.app.inject({ method: 'POST', url: `/api/public/reports/${r.reference}/messages`, payload: body });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({ reference: r.reference, added: true });
    const again = await t.app.inject({ method: 'POST', url: `/api/public/reports/${r.reference}/messages`, payload: body });
    expect(again.statusCode).toBe(201);
    expect(await tickets()).toBe(count);

    const v = await view(r.reference, r.token);
    expect(v.messages.filter((m) => m.from === 'you').map((m) => m.text)).toEqual([
      'Someone is standing outside my gate in Dharampeth',
      'He has a knife and is trying to break in right now',
    ]);
    const inbound = await t.ctx.store.db.selectFrom('inbound').select('id').where('ticket_id', '=', id).execute();
    expect(inbound).toHaveLength(2);
    const audit = await t.ctx.store.db.selectFrom('audit_log').select('action').where('ticket_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toContain('ticket.message_added');
    const after = await t.ctx.store.db.selectFrom('tickets').select(['priority']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(after.priority <= before.priority).toBe(true);
  });

  it('refuses a wrong token (404) and bad input (400)', async () => {
    const r = await report('Loud music all night near Sitabuldi');
    const wrong = await t.app.inject({ method: 'POST', url: `/api/public/reports/${r.reference}/messages`, payload: { token: 'not-the-right-token', text: 'More' } });
    expect(wrong.statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/public/reports/${r.reference}?token=not-the-right-token` })).statusCode).toBe(404);
    const short = await t.app.inject({ method: 'POST', url: `/api/public/reports/${r.reference}/messages`, payload: { token: r.token, text: 'x' } });
    expect(short.statusCode).toBe(400);
    const halfPin = await t.app.inject({ method: 'POST', url: `/api/public/reports/${r.reference}/messages`, payload: { token: r.token, text: 'I am here', lat: 21.1 } });
    expect(halfPin.statusCode).toBe(400);
    const badRef = await t.app.inject({ method: 'POST', url: '/api/public/reports/nope/messages', payload: { token: r.token, text: 'More words' } });
    expect(badRef.statusCode).toBe(400);
  });

  it("shows only the reporter's own messages of a shared conversation", async () => {
    const first = await ingest(t.ctx, { channel: 'x', externalId: 'x-track-1', conversationId: 'conv-track', text: 'Chain snatched at Zero Mile', author: { id: 'x:alice' } });
    await ingest(t.ctx, { channel: 'x', externalId: 'x-track-2', conversationId: 'conv-track', text: 'I saw it too, I am Bob 9822099999', author: { id: 'x:bob' } });
    expect(first.reference && first.trackingToken).toBeTruthy();
    const v = await view(first.reference ?? '', first.trackingToken ?? '');
    expect(v.messages.map((m) => m.text)).toEqual(['Chain snatched at Zero Mile']);
  });

  it("adds photos from the tracking page to the same ticket, for the token's holder only, and they reach the desk live", async () => {
    const r = await report('My scooter was stolen from outside Sitabuldi market');
    const id = await ticketId(r.reference);
    const upload = async (body: Buffer, type = 'image/jpeg') => {
      const res = await t.app.inject({ method: 'POST', url: '/api/public/reports/photos', headers: { 'content-type': type }, payload: body });
      return res;
    };
    const png = await readFile(new URL('./fixtures/media/photo.png', import.meta.url));
    const jpeg = (await upload(jpegWithGps())).json<{ photo: string }>().photo;
    const second = (await upload(png, 'image/png')).json<{ photo: string }>().photo;
    // Kept without its EXIF, as on the report form.
    expect((await readFile(mediaPath(t.ctx.config.media.dir, jpeg))).includes(Buffer.from('Exif', 'latin1'))).toBe(false);
    // The upload keeps the form's type and size limits.
    expect((await upload(Buffer.from('<html></html>'))).statusCode).toBe(415);
    expect((await upload(Buffer.concat([jpegWithGps(), Buffer.alloc(5 * 1024 * 1024)]))).statusCode).toBe(413);

    const add = (payload: object) => t.app.inject({ method: 'POST', url: `/api/public/reports/${r.reference}/messages`, payload });
    // Only the holder of the tracking token adds to the report.
    expect((await add({ token: 'not-the-right-token', photos: [jpeg] })).statusCode).toBe(404);
    // At most three at a time, each one uploaded first.
    const four = await add({ token: r.token, photos: [jpeg, second, jpeg, second] });
    expect(four.statusCode).toBe(400);
    expect(four.json().error.message).toMatch(/photos/);
    const unknown = await add({ token: r.token, photos: ['a'.repeat(64)] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/photos\.0: this photo was not uploaded/);
    expect((await add({ token: r.token, photos: ['nope'] })).statusCode).toBe(400);
    expect((await add({ token: r.token })).statusCode).toBe(400);

    const events: DeskEvent[] = [];
    const off = t.ctx.bus.subscribe((e) => events.push(e));
    try {
      const tickets = (await t.ctx.store.db.selectFrom('tickets').select('id').execute()).length;
      // Photos alone, without words, are an addition too.
      const added = await add({ token: r.token, photos: [jpeg, second], clientId: `photo-add-${engine}-1` });
      expect(added.statusCode, added.body).toBe(201);
      expect((await t.ctx.store.db.selectFrom('tickets').select('id').execute()).length).toBe(tickets);
      await createAttachmentWorker(t.ctx, createChannelRuntime(t.ctx).fetchers()).runOnce();
      // On PostgreSQL the desk's event comes back through LISTEN/NOTIFY, a moment after the commit.
      await vi.waitFor(() => expect(events.some((e) => e.type === 'ticket.updated' && e.ticketId === id)).toBe(true));
    } finally {
      off();
    }

    const ticket = (await desk('GET', `/api/desk/tickets/${id}`)).json<{ messages: Array<{ attachments: Array<{ url: string; contentType: string; status: string }> }> }>();
    const attachments = ticket.messages.flatMap((m) => m.attachments);
    expect(attachments.map((a) => [a.status, a.contentType]).sort()).toEqual([
      ['stored', 'image/jpeg'],
      ['stored', 'image/png'],
    ]);
    const served = await desk('GET', attachments.find((a) => a.contentType === 'image/jpeg')?.url ?? '');
    expect(sha256Of(served.rawPayload)).toBe(jpeg);

    // The citizen sees that their photos went with the report, not the photos themselves.
    const v = await view(r.reference, r.token);
    expect(v.messages.filter((m) => m.from === 'you').map((m) => [m.text, m.photos])).toEqual([
      ['My scooter was stolen from outside Sitabuldi market', 0],
      ['', 2],
    ]);
  });

  it('gives a relative tracking link without a public URL and an absolute one with it', async () => {
    const rel = await report('Bicycle stolen from Dharampeth market');
    expect(rel.trackingUrl.startsWith(`/track/${rel.reference}?token=`)).toBe(true);
    await t.reconfigure({ publicUrl: 'https://chowki.example.in' });
    const abs = await report('Purse stolen at Sitabuldi bus stop');
    expect(abs.trackingUrl.startsWith(`https://chowki.example.in/track/${abs.reference}?token=`)).toBe(true);
    await t.reconfigure({ publicUrl: undefined });
  });
});
