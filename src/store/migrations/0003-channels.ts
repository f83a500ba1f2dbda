/**
 * Channels: where each poller stopped, how each channel is doing, which ticket a citizen's
 * thread belongs to, and the outbox's sending lease and delivery receipts.
 */
import { type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('channel_cursors')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('cursor', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('channel_cursors_pkey', ['channel', 'account'])
    .execute();

  await db.schema
    .createTable('channel_health')
    .addColumn('channel', 'text', (c) => c.primaryKey())
    .addColumn('last_poll_at', 'text')
    .addColumn('last_inbound_at', 'text')
    .addColumn('last_delivery_at', 'text')
    .addColumn('lag_ms', 'integer')
    .addColumn('last_error_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('silent_alerted_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ticket_threads')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('thread_key', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'integer')
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_threads_pkey', ['channel', 'thread_key'])
    .execute();

  await db.schema.alterTable('outbox').addColumn('lease_until', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('delivery_status', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('delivery_at', 'text').execute();
  await db.schema.createIndex('outbox_external_idx').on('outbox').columns(['channel', 'external_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('outbox_external_idx').ifExists().execute();
  await db.schema.alterTable('outbox').dropColumn('delivery_at').execute();
  await db.schema.alterTable('outbox').dropColumn('delivery_status').execute();
  await db.schema.alterTable('outbox').dropColumn('lease_until').execute();
  for (const t of ['ticket_threads', 'channel_health', 'channel_cursors']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
