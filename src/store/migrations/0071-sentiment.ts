/**
 * Sentiment (issue 16): each citizen's message keeps the sentiment src/triage/sentiment.ts read in it
 * (praise, anger, fear, neutral), and praise that names an officer is kept apart, so that their SHO,
 * DCP and the Commissioner can read it without searching the messages. The trend goes into the rollups
 * by day as a dimension like category (analytics_dim_daily, dim = 'sentiment', counting messages).
 */
import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/** An integer primary key that the database numbers, spelled for each engine (a frozen copy of 0001's). */
function idColumn(db: Kysely<unknown>): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? (col) => col.primaryKey().generatedByDefaultAsIdentity()
    : (col) => col.primaryKey().autoIncrement();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ticket_messages').addColumn('sentiment', 'text').execute();
  await db.schema
    .createTable('officer_praise')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('ticket_id', 'integer', (c) => c.notNull())
    .addColumn('message_id', 'integer', (c) => c.notNull())
    .addColumn('officer_id', 'integer', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    // The message with personal data masked, cut short: enough to read the praise, nothing more.
    .addColumn('excerpt', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('officer_praise_station_idx').on('officer_praise').columns(['station_id', 'created_at']).execute();
  await db.schema.createIndex('officer_praise_zone_idx').on('officer_praise').columns(['zone_id', 'created_at']).execute();
  await db.schema.createIndex('officer_praise_message_idx').on('officer_praise').columns(['message_id', 'officer_id']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('officer_praise').execute();
  await db.schema.alterTable('ticket_messages').dropColumn('sentiment').execute();
}
