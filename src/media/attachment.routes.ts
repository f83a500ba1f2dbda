/**
 * A citizen's attachment, served to the officers who may read its ticket and no one else: the same unit
 * scoping as the ticket (404 when unseen), personal data (403 for roles that may not see it), never
 * cached, with the type its bytes showed, `nosniff`, inline for images, audio and video and as a
 * download for documents. Every access is in the ticket's audit trail.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { seesPersonalData } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { ticketForRead } from '../desk/desk.access.js';
import { AppError } from '../errors.js';
import { rowId } from '../http/query.js';
import { requireActor } from '../http/session.js';
import { appendAudit } from '../tickets/audit.repository.js';
import { exportEvidence } from './evidence.service.js';
import { EXTENSION_OF, presentationOf } from './media.model.js';
import { readMedia } from './media.store.js';

export const attachmentParams = z.object({ id: rowId, attachmentId: rowId });

/** One byte range of `Range: bytes=a-b` (the only kind a media element asks for); undefined for none or several. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

export function attachmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/tickets/:id/evidence',
      {
        schema: {
          tags: ['desk'],
          summary:
            "A ticket's evidence bundle (zip): what Chowki received with its SHA-256, provider ids and times, the audit trail, a manifest and a certificate page to sign; SHO and above; audited",
          params: z.object({ id: rowId }),
        },
      },
      async (request, reply) => {
        const out = await exportEvidence(ctx, await requireActor(ctx.store.db, request), request.params.id);
        return reply
          .header('content-type', 'application/zip')
          .header('content-disposition', `attachment; filename="${out.fileName}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .header('x-evidence-manifest-sha256', out.manifestSha256)
          .send(out.zip);
      },
    );

    app.get(
      '/api/tickets/:id/attachments/:attachmentId',
      {
        schema: {
          tags: ['desk'],
          summary: "A citizen's photo, voice note, video or document on a ticket the officer may read; every access is audited",
          params: attachmentParams,
        },
      },
      async (request, reply) => {
        const db = ctx.store.db;
        const actor = await requireActor(db, request);
        const { ticket } = await ticketForRead(db, actor, request.params.id);
        if (!seesPersonalData(actor.role)) throw new AppError('FORBIDDEN', "A citizen's attachments are personal data; your role does not see them");
        const row = await db
          .selectFrom('ticket_attachments')
          .innerJoin('tickets', 'tickets.id', 'ticket_attachments.ticket_id')
          .select(['ticket_attachments.id', 'ticket_attachments.ticket_id', 'ticket_attachments.status', 'ticket_attachments.sha256', 'ticket_attachments.content_type', 'tickets.merged_into_id'])
          .where('ticket_attachments.id', '=', request.params.attachmentId)
          .executeTakeFirst();
        // The ticket's own attachments and those of tickets merged into it, as the conversation shows them.
        if (!row || (row.ticket_id !== ticket.id && row.merged_into_id !== ticket.id)) {
          throw new AppError('NOT_FOUND', `attachmentId: ticket ${ticket.reference} has no attachment ${request.params.attachmentId}`);
        }
        if (row.status !== 'stored' || !row.sha256 || !row.content_type) {
          throw new AppError('NOT_FOUND', `Attachment ${row.id} is not kept (yet): the ticket shows why`);
        }
        const bytes = await readMedia(ctx.config.media, row.sha256);
        const range = byteRange(request.headers.range, bytes.length);
        // One audit entry per viewing: a media element's follow-up range requests are the same viewing.
        if (range === undefined || (range !== 'unsatisfiable' && range.start === 0)) {
          await appendAudit(db, {
            ticketId: ticket.id,
            actorUserId: actor.userId,
            action: 'attachment.viewed',
            details: { attachmentId: row.id, sha256: row.sha256 },
            at: new Date(ctx.now()).toISOString(),
          });
        }
        const presentation = presentationOf(row.content_type);
        const name = `${ticket.reference}-${row.id}.${EXTENSION_OF[row.content_type] ?? 'bin'}`;
        reply
          .header('content-type', row.content_type)
          .header('content-disposition', `${presentation === 'document' ? 'attachment' : 'inline'}; filename="${name}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .header('accept-ranges', 'bytes')
          // Opened on its own, the file runs nothing and loads nothing.
          .header('content-security-policy', "default-src 'none'; sandbox");
        if (range === 'unsatisfiable') return reply.status(416).header('content-range', `bytes */${bytes.length}`).send();
        if (range) {
          return reply
            .status(206)
            .header('content-range', `bytes ${range.start}-${range.end}/${bytes.length}`)
            .send(bytes.subarray(range.start, range.end + 1));
        }
        return reply.send(bytes);
      },
    );
  };
}
