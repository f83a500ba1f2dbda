/**
 * Attachments and evidence (issue 12). `ticket_attachments`: each photo, voice note, video or document a
 * citizen sent, found on a ticket's messages after intake and downloaded by a background worker into a
 * content-addressed store (`sha256`). `evidence_records`: one row per inbound item and per stored
 * attachment, with the hash of what Chowki holds, the provider's id and time, and when Chowki received
 * it, written once and never updated, for the evidence bundle.
 */
import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = isPostgres(db)
    ? (col: ColumnDefinitionBuilder) => col.primaryKey().generatedByDefaultAsIdentity()
    : (col: ColumnDefinitionBuilder) => col.primaryKey().autoIncrement();

  await db.schema
    .createTable('ticket_attachments')
    .addColumn('id', 'integer', id)
    .addColumn('ticket_id', 'integer', (c) => c.notNull())
    .addColumn('message_id', 'integer', (c) => c.notNull())
    .addColumn('inbound_id', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('media_id', 'text', (c) => c.notNull())
    .addColumn('declared_mime', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('sha256', 'text')
    .addColumn('size_bytes', 'integer')
    .addColumn('content_type', 'text')
    .addColumn('provider_sha256', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('stored_at', 'text')
    .addUniqueConstraint('ticket_attachments_inbound_position_key', ['inbound_id', 'position'])
    .execute();
  await db.schema.createIndex('ticket_attachments_ticket_idx').on('ticket_attachments').columns(['ticket_id']).execute();
  await db.schema.createIndex('ticket_attachments_due_idx').on('ticket_attachments').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('evidence_records')
    .addColumn('id', 'integer', id)
    /** `inbound:<id>` or `attachment:<id>`: one record per thing, written once. */
    .addColumn('subject', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'integer', (c) => c.notNull())
    .addColumn('inbound_id', 'integer', (c) => c.notNull())
    .addColumn('attachment_id', 'integer')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('provider_at', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evidence_records_ticket_idx').on('evidence_records').columns(['ticket_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('evidence_records').execute();
  await db.schema.dropTable('ticket_attachments').execute();
}
