import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

type IdColumn = (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

/** An integer primary key that the database numbers, spelled for each engine. */
function idColumn(db: Kysely<unknown>): IdColumn {
  return isPostgres(db)
    ? (col) => col.primaryKey().generatedByDefaultAsIdentity()
    : (col) => col.primaryKey().autoIncrement();
}

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);
  const real = isPostgres(db) ? 'double precision' : 'real';

  await db.schema
    .createTable('units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_local', 'text', (c) => c.notNull())
    .addColumn('lat', sql.raw(real))
    .addColumn('lon', sql.raw(real))
    .addColumn('x_handle', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('gazetteer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('variants', 'text', (c) => c.notNull())
    .addColumn('lat', sql.raw(real))
    .addColumn('lon', sql.raw(real))
    .addColumn('station_id', 'text')
    .execute();

  await db.schema
    .createTable('jurisdictions')
    .addColumn('station_id', 'text', (c) => c.primaryKey())
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('geometry', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', id)
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('inbound')
    .addColumn('id', 'integer', id)
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('ticket_id', 'integer')
    .addColumn('processed_at', 'text')
    .addUniqueConstraint('inbound_channel_external_id_key', ['channel', 'external_id'])
    .execute();
  await db.schema.createIndex('inbound_status_idx').on('inbound').columns(['status', 'id']).execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'integer', id)
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('external_user_id', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text')
    .addColumn('phone', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('contacts_channel_user_key', ['channel', 'external_user_id'])
    .execute();

  await db.schema
    .createTable('tickets')
    .addColumn('id', 'integer', id)
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('station_id', 'text')
    .addColumn('zone_id', 'text')
    .addColumn('place_id', 'text')
    .addColumn('place_name', 'text')
    .addColumn('place_lat', sql.raw(real))
    .addColumn('place_lon', sql.raw(real))
    .addColumn('place_method', 'text', (c) => c.notNull())
    .addColumn('place_confidence', sql.raw(real), (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'integer', (c) => c.references('contacts.id'))
    .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('tracking_token_hash', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('first_response_at', 'text')
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema.createIndex('tickets_station_status_idx').on('tickets').columns(['station_id', 'status']).execute();
  await db.schema.createIndex('tickets_created_idx').on('tickets').columns(['created_at']).execute();

  await db.schema
    .createTable('ticket_units')
    .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_units_pkey', ['unit_id', 'ticket_id'])
    .execute();
  await db.schema.createIndex('ticket_units_ticket_idx').on('ticket_units').columns(['ticket_id']).execute();

  await db.schema
    .createTable('ticket_messages')
    .addColumn('id', 'integer', id)
    .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('inbound_id', 'integer', (c) => c.references('inbound.id'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ticket_messages_ticket_idx').on('ticket_messages').columns(['ticket_id', 'id']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', id)
    .addColumn('ticket_id', 'integer')
    .addColumn('actor_user_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_ticket_idx').on('audit_log').columns(['ticket_id', 'id']).execute();

  await db.schema
    .createTable('reference_counters')
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('reference_counters_pkey', ['city_id', 'year'])
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'integer', id)
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'integer')
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('external_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_due_idx').on('outbox').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('training_examples')
    .addColumn('id', 'integer', id)
    .addColumn('ticket_id', 'integer')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'training_examples',
    'outbox',
    'reference_counters',
    'audit_log',
    'ticket_messages',
    'ticket_units',
    'tickets',
    'contacts',
    'inbound',
    'sessions',
    'users',
    'jurisdictions',
    'gazetteer',
    'units',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
