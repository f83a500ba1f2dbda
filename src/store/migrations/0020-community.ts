/**
 * Community (DESIGN.md, Community): each station's groups and their members with recorded consent,
 * broadcasts approved by rank and delivered through the outbox one row per member, replies linked to
 * the broadcast they answer, and welfare check-ins with one answer row per senior.
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
  await db.schema
    .createTable('community_groups')
    .addColumn('id', 'integer', id)
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('community_groups_station_kind', ['station_id', 'kind'])
    .execute();
  await db.schema
    .createTable('community_members')
    .addColumn('id', 'integer', id)
    .addColumn('group_id', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('external_user_id', 'text')
    .addColumn('display_name', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('ward', 'text')
    .addColumn('consent_at', 'text', (c) => c.notNull())
    .addColumn('consent_method', 'text', (c) => c.notNull())
    .addColumn('consent_note', 'text')
    .addColumn('added_by', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('left_at', 'text')
    .addColumn('last_inbound_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('community_members_group_address', ['group_id', 'channel', 'address'])
    .execute();
  await db.schema.createIndex('community_members_address').on('community_members').columns(['channel', 'address']).execute();
  await db.schema
    .createTable('community_broadcasts')
    .addColumn('id', 'integer', id)
    .addColumn('station_id', 'text')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('scope_unit_id', 'text', (c) => c.notNull())
    .addColumn('group_ids', 'text', (c) => c.notNull())
    .addColumn('texts', 'text', (c) => c.notNull())
    .addColumn('template_key', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'integer')
    .addColumn('approved_at', 'text')
    .addColumn('send_at', 'text')
    .addColumn('queued_at', 'text')
    .execute();
  await db.schema
    .createTable('community_checkins')
    .addColumn('id', 'integer', id)
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('group_id', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('send_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('community_deliveries')
    .addColumn('id', 'integer', id)
    .addColumn('broadcast_id', 'integer')
    .addColumn('checkin_id', 'integer')
    .addColumn('member_id', 'integer', (c) => c.notNull())
    .addColumn('outbox_id', 'integer')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('template', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('ticket_id', 'integer')
    .addColumn('inbound_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('community_deliveries_broadcast').on('community_deliveries').columns(['broadcast_id']).execute();
  await db.schema.createIndex('community_deliveries_checkin').on('community_deliveries').columns(['checkin_id']).execute();
  await db.schema.createIndex('community_deliveries_member').on('community_deliveries').columns(['member_id', 'created_at']).execute();
  await db.schema
    .createTable('community_broadcast_replies')
    .addColumn('id', 'integer', id)
    .addColumn('broadcast_id', 'integer', (c) => c.notNull())
    .addColumn('member_id', 'integer', (c) => c.notNull())
    .addColumn('ticket_id', 'integer', (c) => c.notNull())
    .addColumn('inbound_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['community_broadcast_replies', 'community_deliveries', 'community_checkins', 'community_broadcasts', 'community_members', 'community_groups']) {
    await db.schema.dropTable(t).execute();
  }
}
