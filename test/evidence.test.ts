/**
 * Evidence that stands up later (issue 12): every inbound item and kept attachment has an evidence record;
 * an SHO exports a ticket's bundle, and the hashes recomputed from the zip match the manifest, the
 * records written when Chowki received the items, and the audit entry of the export. Both engines.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/intake/intake.service.js';
import { createAttachmentWorker } from '../src/media/attachment.worker.js';
import { sha256Of } from '../src/media/media.store.js';
import { createTestApp, testEngines } from './support/harness.js';

const PHOTO = await readFile(new URL('./fixtures/media/photo.png', import.meta.url));
const VOICE = await readFile(new URL('./fixtures/media/voice.wav', import.meta.url));

interface Manifest {
  format: string;
  ticket: { reference: string };
  generatedBy: { role: string };
  records: Array<{ subject: string; kind: string; file: string; sha256: string; sizeBytes: number; intact: boolean; providerId: string; receivedAt: string }>;
  files: Array<{ path: string; sha256: string; sizeBytes: number }>;
}

const engines = await testEngines();

describe.each(engines)('evidence bundle on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let ticketId = 0;
  let reference = '';
  const clock = { now: Date.parse('2026-03-05T08:00:00Z') };

  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => clock.now });
    const author = { id: '919822066666', name: 'Meera Joshi', phone: '+919822066666' };
    const first = await ingest(t.ctx, {
      channel: 'whatsapp',
      externalId: 'wamid.EV1',
      receivedAt: '2026-03-05T07:59:58.000Z',
      text: 'Two men broke the lock of my shop at Sitabuldi market, photo attached',
      author,
      conversationId: 'wa-ev',
      reply: { to: author.id, public: false },
      attachments: [{ kind: 'image', mediaId: 'wa-ev-photo', mime: 'image/png' }],
    });
    clock.now += 60_000;
    await ingest(t.ctx, {
      channel: 'whatsapp',
      externalId: 'wamid.EV2',
      text: '',
      author,
      conversationId: 'wa-ev',
      reply: { to: author.id, public: false },
      attachments: [{ kind: 'voice', mediaId: 'wa-ev-voice', mime: 'audio/wav' }],
    });
    ticketId = first.ticketId ?? 0;
    reference = first.reference ?? '';
    const files: Record<string, Buffer> = { 'wa-ev-photo': PHOTO, 'wa-ev-voice': VOICE };
    await createAttachmentWorker(t.ctx, [
      {
        name: 'whatsapp',
        fetchMedia: async (id) => {
          const bytes = files[id];
          if (!bytes) throw new Error('unknown media');
          return { bytes, mime: undefined };
        },
      },
    ]).runOnce();
  });
  afterAll(async () => t?.close());

  it('records evidence for each inbound item and attachment: hash, provider id and time, when Chowki received it', async () => {
    const rows = await t.ctx.store.db.selectFrom('evidence_records').selectAll().where('ticket_id', '=', ticketId).orderBy('id').execute();
    const inbound = await t.ctx.store.db.selectFrom('inbound').select(['id', 'payload', 'received_at', 'external_id']).where('ticket_id', '=', ticketId).orderBy('id').execute();
    expect(inbound.length).toBe(2);
    for (const i of inbound) {
      expect(rows.find((r) => r.subject === `inbound:${i.id}`)).toMatchObject({ kind: 'inbound', sha256: sha256Of(i.payload), provider_id: i.external_id, received_at: i.received_at });
    }
    expect(rows.find((r) => r.provider_id === 'wamid.EV1')?.provider_at).toBe('2026-03-05T07:59:58.000Z');
    expect(rows.filter((r) => r.kind === 'attachment').map((r) => [r.provider_id, r.sha256])).toEqual([
      ['wa-ev-photo', sha256Of(PHOTO)],
      ['wa-ev-voice', sha256Of(VOICE)],
    ]);
  });

  it('exports only for an SHO and above of a unit that sees the ticket', async () => {
    const url = `/api/tickets/${ticketId}/evidence`;
    expect((await t.app.inject({ url })).statusCode).toBe(401);
    expect((await t.app.inject({ url, headers: { cookie: await t.login('op.sitabuldi') } })).statusCode).toBe(403);
    expect((await t.app.inject({ url, headers: { cookie: await t.login('sho.ambazari') } })).statusCode).toBe(404);
    expect([403, 404]).toContain((await t.app.inject({ url, headers: { cookie: await t.login('admin') } })).statusCode);
    expect((await t.app.inject({ url: '/api/tickets/abc/evidence', headers: { cookie: await t.login('sho.sitabuldi') } })).statusCode).toBe(400);
  });

  it('exports a zip whose recomputed hashes match its manifest, the evidence records and the audited export', async () => {
    const sho = await t.login('sho.sitabuldi');
    const viewed = await t.app.inject({ url: `/api/desk/tickets/${ticketId}`, headers: { cookie: sho } });
    const photoUrl: string = viewed.json().messages.flatMap((m: { attachments: Array<{ url: string }> }) => m.attachments)[0].url;
    expect((await t.app.inject({ url: photoUrl, headers: { cookie: sho } })).statusCode).toBe(200);

    clock.now += 60_000;
    const res = await t.app.inject({ url: `/api/tickets/${ticketId}/evidence`, headers: { cookie: sho } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${reference}-evidence.zip"`);
    const zip = unzipSync(new Uint8Array(res.rawPayload));
    const manifestBytes = Buffer.from(zip['manifest.json'] ?? new Uint8Array());
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
    expect(manifest).toMatchObject({ format: 'chowki-evidence/1', ticket: { reference }, generatedBy: { role: 'sho' } });

    // Every listed file, hashed again from the zip.
    for (const f of manifest.files) {
      const bytes = zip[f.path];
      expect(bytes, f.path).toBeDefined();
      expect(sha256Of(Buffer.from(bytes ?? new Uint8Array())), f.path).toBe(f.sha256);
      expect(bytes?.length).toBe(f.sizeBytes);
    }
    // Every record: the file in the zip still has the hash recorded when Chowki received it.
    const stored = await t.ctx.store.db.selectFrom('evidence_records').select(['subject', 'sha256']).where('ticket_id', '=', ticketId).execute();
    expect(manifest.records.map((r) => r.subject).sort()).toEqual(stored.map((s) => s.subject).sort());
    for (const r of manifest.records) {
      expect(sha256Of(Buffer.from(zip[r.file] ?? new Uint8Array())), r.file).toBe(r.sha256);
      expect(r.intact).toBe(true);
      expect(stored.find((s) => s.subject === r.subject)?.sha256).toBe(r.sha256);
    }
    expect(manifest.records.filter((r) => r.kind === 'attachment').map((r) => r.sha256)).toEqual([sha256Of(PHOTO), sha256Of(VOICE)]);
    expect(Buffer.from(zip[manifest.records.find((r) => r.providerId === 'wa-ev-photo')?.file ?? ''] ?? new Uint8Array()).equals(PHOTO)).toBe(true);

    // The certificate names the manifest's hash and every file's, with lines to sign.
    const manifestSha = sha256Of(manifestBytes);
    expect(res.headers['x-evidence-manifest-sha256']).toBe(manifestSha);
    const certificate = Buffer.from(zip['certificate.html'] ?? new Uint8Array()).toString('utf8');
    expect(certificate).toContain(manifestSha);
    for (const f of manifest.files) expect(certificate).toContain(f.sha256);
    expect(certificate).toContain('Signature');
    expect(certificate).not.toMatch(/<script/i);

    // The audit trail in the bundle holds the viewing of the photo; the export itself is audited after it.
    const auditInZip = JSON.parse(Buffer.from(zip['audit.json'] ?? new Uint8Array()).toString('utf8')) as Array<{ action: string }>;
    expect(auditInZip.map((a) => a.action)).toContain('attachment.viewed');
    const detail = (await t.app.inject({ url: `/api/desk/tickets/${ticketId}`, headers: { cookie: sho } })).json();
    const exported = detail.audit.filter((a: { action: string }) => a.action === 'evidence.exported');
    expect(exported).toHaveLength(1);
    expect(exported[0].details).toMatchObject({ manifestSha256: manifestSha, zipSha256: sha256Of(res.rawPayload), records: manifest.records.length });
  });
});
