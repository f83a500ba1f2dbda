/**
 * A ticket's evidence bundle: a zip of what Chowki received (each inbound item as it was stored, each
 * kept attachment's bytes), the audit trail, a manifest with every file's SHA-256, the provider's ids and
 * times and when Chowki received each, and a certificate page for the exporting officer to sign. Only
 * roles with the right export it, only for tickets they may read; the export is itself audited, with the
 * manifest's hash, so a bundle produced later can be matched to the entry that made it.
 */
import { zipSync } from 'fflate';
import type { Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { ticketForRead } from '../desk/desk.access.js';
import { AppError } from '../errors.js';
import { appendAudit, listAudit } from '../tickets/audit.repository.js';
import { discoverAttachments } from './attachment.repository.js';
import { EVIDENCE_ROLES, EXTENSION_OF } from './media.model.js';
import { readMedia, sha256Of } from './media.store.js';

export const EVIDENCE_BUNDLE_FORMAT = 'chowki-evidence/1';

interface ManifestFile {
  path: string;
  sha256: string;
  sizeBytes: number;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The certificate page: what was exported, the manifest's hash, and lines for the officer's signature. */
function certificatePage(m: { reference: string; generatedAt: string; officer: string; role: string; unit: string; manifestSha256: string; files: ManifestFile[] }): string {
  const rows = m.files.map((f) => `<tr><td>${escapeHtml(f.path)}</td><td>${f.sizeBytes}</td><td class="hash">${f.sha256}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Certificate: evidence of ${escapeHtml(m.reference)}</title>
<style>body{font-family:serif;max-width:48rem;margin:2rem auto;line-height:1.5}table{border-collapse:collapse;width:100%;font-size:.85rem}td,th{border:1px solid #555;padding:.25rem .4rem;text-align:left}.hash{font-family:monospace;word-break:break-all}.sign{margin-top:2.5rem}.sign p{margin:1.6rem 0 0}</style>
</head><body>
<h1>Certificate of electronic records</h1>
<p>Ticket <strong>${escapeHtml(m.reference)}</strong>. Bundle exported from Chowki at <strong>${escapeHtml(m.generatedAt)}</strong> (UTC) by ${escapeHtml(m.officer)} (${escapeHtml(m.role)}, ${escapeHtml(m.unit)}).</p>
<p>The electronic records listed below were received by Chowki from the channels named in <code>manifest.json</code>, at the times recorded there, and were kept in the ordinary course of its use by the police. Each file's SHA-256 hash was computed when it was stored; the hashes below are those of the files in this bundle.</p>
<p>SHA-256 of <code>manifest.json</code>: <span class="hash">${m.manifestSha256}</span></p>
<table><thead><tr><th>File</th><th>Bytes</th><th>SHA-256</th></tr></thead><tbody>
${rows}
</tbody></table>
<p>To be completed by the officer responsible for the records, for a certificate under Section 63(4) of the Bharatiya Sakshya Adhiniyam, 2023, after checking the hashes above against the files.</p>
<div class="sign">
<p>I certify that, to the best of my knowledge and belief, the particulars above are correct.</p>
<p>Name: ______________________________ Rank and number: ____________________</p>
<p>Station or unit: ______________________ Place: ______________________</p>
<p>Date: ____________ Signature: ______________________________</p>
</div>
</body></html>
`;
}

/** Builds the bundle of one ticket (and the tickets merged into it) and audits the export. */
export async function exportEvidence(ctx: Pick<AppContext, 'store' | 'now' | 'config'>, actor: Actor, ticketId: number) {
  const db = ctx.store.db;
  const { ticket } = await ticketForRead(db, actor, ticketId);
  if (!EVIDENCE_ROLES.some((r) => r === actor.role)) {
    throw new AppError('FORBIDDEN', "Exporting a ticket's evidence is for its station's SHO, the DCP, the control room or the Commissioner; ask one of them");
  }
  const generatedAt = new Date(ctx.now()).toISOString();
  const merged = await db.selectFrom('tickets').select('id').where('merged_into_id', '=', ticket.id).execute();
  const ids = [ticket.id, ...merged.map((m) => m.id)];
  // The worker records evidence in the background: bring these tickets up to date first.
  for (let after = 0; ; ) {
    const d = await discoverAttachments(db, after, 200, generatedAt, ids);
    if (d.last === null) break;
    after = d.last;
  }
  const records = await db.selectFrom('evidence_records').selectAll().where('ticket_id', 'in', ids).orderBy('inbound_id').orderBy('id').execute();
  const attachments = await db.selectFrom('ticket_attachments').select(['id', 'content_type']).where('ticket_id', 'in', ids).execute();
  const typeOf = new Map(attachments.map((a) => [a.id, a.content_type]));

  const files: Record<string, Uint8Array> = {};
  const listed: ManifestFile[] = [];
  const add = (path: string, bytes: Buffer) => {
    files[path] = bytes;
    listed.push({ path, sha256: sha256Of(bytes), sizeBytes: bytes.length });
  };
  const items = [];
  for (const r of records) {
    let path: string;
    if (r.kind === 'inbound') {
      const inbound = await db.selectFrom('inbound').select('payload').where('id', '=', r.inbound_id).executeTakeFirst();
      if (!inbound) continue;
      path = `inbound/${r.inbound_id}.json`;
      add(path, Buffer.from(inbound.payload, 'utf8'));
    } else {
      path = `attachments/${r.attachment_id ?? 0}.${EXTENSION_OF[typeOf.get(r.attachment_id ?? 0) ?? ''] ?? 'bin'}`;
      add(path, await readMedia(ctx.config.media, r.sha256));
    }
    const file = listed.at(-1);
    items.push({
      subject: r.subject,
      kind: r.kind,
      file: path,
      sha256: r.sha256,
      sizeBytes: r.size_bytes,
      // The hash recorded when Chowki stored it, and whether the file in this bundle still has it.
      intact: file?.sha256 === r.sha256,
      channel: r.channel,
      providerId: r.provider_id,
      providerAt: r.provider_at,
      receivedAt: r.received_at,
      recordedAt: r.recorded_at,
    });
  }
  const audit = await listAudit(db, ticket.id);
  add('audit.json', Buffer.from(JSON.stringify(audit.map((a) => ({ id: a.id, action: a.action, actor: a.display_name ?? 'Chowki', details: a.details, at: a.created_at })), null, 2), 'utf8'));

  const officer = await db.selectFrom('users').select(['display_name', 'username']).where('id', '=', actor.userId).executeTakeFirst();
  const manifest = {
    format: EVIDENCE_BUNDLE_FORMAT,
    ticket: { reference: ticket.reference, channel: ticket.channel, createdAt: ticket.created_at, station: ticket.station_id, merged: merged.map((m) => m.id) },
    generatedAt,
    generatedBy: { userId: actor.userId, name: officer?.display_name ?? officer?.username ?? String(actor.userId), role: actor.role, unit: actor.unitId },
    algorithm: 'SHA-256',
    records: items,
    files: listed,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');
  const manifestSha256 = sha256Of(manifestBytes);
  files['manifest.json'] = manifestBytes;
  files['certificate.html'] = Buffer.from(
    certificatePage({
      reference: ticket.reference,
      generatedAt,
      officer: manifest.generatedBy.name,
      role: actor.role,
      unit: actor.unitId,
      manifestSha256,
      files: listed,
    }),
    'utf8',
  );
  const zip = Buffer.from(zipSync(files, { level: 6, mtime: generatedAt }));
  await appendAudit(db, {
    ticketId: ticket.id,
    actorUserId: actor.userId,
    action: 'evidence.exported',
    details: { manifestSha256, zipSha256: sha256Of(zip), records: items.length, files: listed.length },
    at: generatedAt,
  });
  return { fileName: `${ticket.reference}-evidence.zip`, zip, manifestSha256 };
}
