/**
 * Open311 API keys (issue 13): an administrator issues one per civic app and can revoke it. Only a hash
 * of the key is kept, as for tracking tokens: a copy of the database opens no door.
 */
import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/** An integer primary key that the database numbers, spelled for each engine (a frozen copy of 0001's). */
function idColumn(db: Kysely<unknown>): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? (col) => col.primaryKey().generatedByDefaultAsIdentity()
    : (col) => col.primaryKey().autoIncrement();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('open311_api_keys')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('open311_api_keys').execute();
}
