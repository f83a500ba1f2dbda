/**
 * Abuse limits kept in the database, so that several processes on one PostgreSQL share them: the
 * counters behind login lockouts and the public form's rate limits, and the public form's receipts
 * (what a retried report answers, and what a repeat is compared with). Expired sessions are deleted
 * at each login, by their expiry.
 */
import { type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limits_pkey', ['bucket', 'key'])
    .execute();
  await db.schema.createIndex('rate_limits_reset_idx').on('rate_limits').column('reset_at').execute();

  await db.schema
    .createTable('webform_receipts')
    .addColumn('client_key', 'text', (c) => c.primaryKey())
    .addColumn('device_key', 'text')
    .addColumn('address_key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('sealed_token', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webform_receipts_device_idx').on('webform_receipts').columns(['device_key', 'created_at']).execute();
  await db.schema.createIndex('webform_receipts_address_idx').on('webform_receipts').columns(['address_key', 'created_at']).execute();
  await db.schema.createIndex('webform_receipts_expires_idx').on('webform_receipts').column('expires_at').execute();

  await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sessions_expires_idx').ifExists().execute();
  await db.schema.dropTable('webform_receipts').ifExists().execute();
  await db.schema.dropTable('rate_limits').ifExists().execute();
}
