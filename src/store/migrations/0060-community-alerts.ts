/**
 * Community, issue 14's rest: the city's own group kinds (city.json's `communityGroupKinds`, names in
 * en/hi/mr) stored with its profile, and alerts to the public: one alert reaches every group of a set
 * of stations or zones (a delivery row per member, like a broadcast's) and is posted from the stations'
 * X accounts (a post row each).
 */
import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/** An integer primary key that the database numbers, spelled for each engine (a frozen copy of 0001's). */
function idColumn(db: Kysely<unknown>): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? (col) => col.primaryKey().generatedByDefaultAsIdentity()
    : (col) => col.primaryKey().autoIncrement();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);
  await db.schema.alterTable('cities').addColumn('community_group_kinds', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema
    .createTable('community_alerts')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit_ids', 'text', (c) => c.notNull())
    .addColumn('station_ids', 'text', (c) => c.notNull())
    .addColumn('texts', 'text', (c) => c.notNull())
    .addColumn('post_language', 'text', (c) => c.notNull())
    .addColumn('post_text', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('send_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_by', 'integer')
    .addColumn('cancelled_at', 'text')
    .execute();
  await db.schema.alterTable('community_deliveries').addColumn('alert_id', 'integer').execute();
  await db.schema.createIndex('community_deliveries_alert').on('community_deliveries').columns(['alert_id']).execute();
  await db.schema
    .createTable('community_alert_posts')
    .addColumn('id', 'integer', id)
    .addColumn('alert_id', 'integer', (c) => c.notNull())
    .addColumn('station_id', 'text')
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('outbox_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('community_alert_posts_alert').on('community_alert_posts').columns(['alert_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('community_alert_posts').execute();
  await db.schema.dropIndex('community_deliveries_alert').execute();
  await db.schema.alterTable('community_deliveries').dropColumn('alert_id').execute();
  await db.schema.dropTable('community_alerts').execute();
  await db.schema.alterTable('cities').dropColumn('community_group_kinds').execute();
}
