/**
 * Attachments and evidence records in the store. Discovery walks the citizens' messages after intake
 * stored them (by message id, so each is seen once per process and the unique keys make a second pass
 * harmless): every inbound item gets its evidence record, and each attachment its row, `pending`.
 */
import { z } from 'zod';
import type { Db } from '../store/db.js';
import type { TicketAttachmentTable } from '../store/tables.js';
import type { Selectable } from 'kysely';
import { sha256Of } from './media.store.js';

export type AttachmentRow = Selectable<TicketAttachmentTable>;

const storedItemSchema = z.object({
  externalId: z.string().optional(),
  receivedAt: z.string().optional(),
  attachments: z.array(z.object({ kind: z.string(), mediaId: z.string(), mime: z.string().optional() })).optional(),
});

/**
 * Records the evidence of the citizens' messages after `afterMessageId` and their attachments to fetch;
 * returns the last message id seen (the caller's cursor), or null when there was none.
 */
export async function discoverAttachments(
  db: Db,
  afterMessageId: number,
  limit: number,
  at: string,
  /** Only these tickets' messages (the evidence export brings its ticket up to date without waiting for the worker). */
  ticketIds?: readonly number[],
): Promise<{ last: number | null; found: number }> {
  let query = db
    .selectFrom('ticket_messages')
    .innerJoin('inbound', 'inbound.id', 'ticket_messages.inbound_id')
    .select([
      'ticket_messages.id',
      'ticket_messages.ticket_id',
      'inbound.id as inbound_id',
      'inbound.channel',
      'inbound.external_id',
      'inbound.received_at',
      'inbound.payload',
    ])
    .where('ticket_messages.direction', '=', 'in')
    .where('ticket_messages.id', '>', afterMessageId)
    .orderBy('ticket_messages.id')
    .limit(limit);
  if (ticketIds) query = query.where('ticket_messages.ticket_id', 'in', ticketIds.length > 0 ? [...ticketIds] : [0]);
  const rows = await query.execute();
  let found = 0;
  for (const m of rows) {
    let item: z.infer<typeof storedItemSchema> = {};
    try {
      const parsed = storedItemSchema.safeParse(JSON.parse(m.payload));
      if (parsed.success) item = parsed.data;
    } catch {
      // A payload that is not JSON still gets its evidence record (its hash); it has no attachments to fetch.
    }
    await db
      .insertInto('evidence_records')
      .values({
        subject: `inbound:${m.inbound_id}`,
        kind: 'inbound',
        ticket_id: m.ticket_id,
        inbound_id: m.inbound_id,
        attachment_id: null,
        channel: m.channel,
        provider_id: m.external_id,
        provider_at: item.receivedAt ?? null,
        received_at: m.received_at,
        sha256: sha256Of(m.payload),
        size_bytes: Buffer.byteLength(m.payload),
        recorded_at: at,
      })
      .onConflict((oc) => oc.column('subject').doNothing())
      .execute();
    for (const [position, a] of (item.attachments ?? []).entries()) {
      found++;
      await db
        .insertInto('ticket_attachments')
        .values({
          ticket_id: m.ticket_id,
          message_id: m.id,
          inbound_id: m.inbound_id,
          position,
          channel: m.channel,
          kind: a.kind.slice(0, 32),
          media_id: a.mediaId,
          declared_mime: a.mime ?? null,
          status: 'pending',
          next_attempt_at: at,
          last_error: null,
          sha256: null,
          size_bytes: null,
          content_type: null,
          provider_sha256: null,
          created_at: at,
          stored_at: null,
        })
        .onConflict((oc) => oc.columns(['inbound_id', 'position']).doNothing())
        .execute();
    }
  }
  return { last: rows.at(-1)?.id ?? null, found };
}

/** Attachments waiting for a download whose time has come, oldest first. */
export async function dueAttachments(db: Db, channels: readonly string[], now: string, limit: number): Promise<AttachmentRow[]> {
  if (channels.length === 0) return [];
  return db
    .selectFrom('ticket_attachments')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where('channel', 'in', [...channels])
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Records a stored attachment and its evidence record, in one transaction. */
export async function markAttachmentStored(
  db: Db,
  row: AttachmentRow,
  s: { sha256: string; size: number; contentType: string; providerSha256: string | undefined; at: string; receivedAt: string; providerAt: string | null },
): Promise<boolean> {
  const done = await db
    .updateTable('ticket_attachments')
    .set({ status: 'stored', sha256: s.sha256, size_bytes: s.size, content_type: s.contentType, provider_sha256: s.providerSha256 ?? null, stored_at: s.at, last_error: null })
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
  if (!done) return false;
  await db
    .insertInto('evidence_records')
    .values({
      subject: `attachment:${row.id}`,
      kind: 'attachment',
      ticket_id: row.ticket_id,
      inbound_id: row.inbound_id,
      attachment_id: row.id,
      channel: row.channel,
      provider_id: row.media_id,
      provider_at: s.providerAt,
      received_at: s.receivedAt,
      sha256: s.sha256,
      size_bytes: s.size,
      recorded_at: s.at,
    })
    .onConflict((oc) => oc.column('subject').doNothing())
    .execute();
  return true;
}

/** Puts an attachment back to wait, or gives it up (`failed`) or refuses it (`refused`: too large, a type not kept). */
export async function markAttachmentUnfetched(
  db: Db,
  id: number,
  p: { status: 'pending' | 'failed' | 'refused'; attempts: number; nextAttemptAt: string; error: string },
): Promise<void> {
  await db
    .updateTable('ticket_attachments')
    .set({ status: p.status, attempts: p.attempts, next_attempt_at: p.nextAttemptAt, last_error: p.error })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** The attachments of some tickets (a ticket and those merged into it), in the order they came. */
export async function listAttachments(db: Db, ticketIds: readonly number[]): Promise<AttachmentRow[]> {
  if (ticketIds.length === 0) return [];
  return db.selectFrom('ticket_attachments').selectAll().where('ticket_id', 'in', [...ticketIds]).orderBy('message_id').orderBy('position').execute();
}
