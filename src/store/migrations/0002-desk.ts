/**
 * The desk: SLA clocks and escalation on tickets, reply visibility and idempotency on messages,
 * duty rosters with handover notes, and officers' place corrections kept for the gazetteer.
 */
import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/** The open statuses as of this migration: the partial indexes below cover exactly these. */
export const QUEUE_INDEX_STATUSES = ['new', 'acknowledged', 'in_progress', 'transferred', 'escalated'] as const;

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = isPostgres(db)
    ? (col: ColumnDefinitionBuilder) => col.primaryKey().generatedByDefaultAsIdentity()
    : (col: ColumnDefinitionBuilder) => col.primaryKey().autoIncrement();

  for (const col of ['first_response_due_at', 'resolve_due_at', 'sla_due_at', 'escalate_at', 'escalated_at']) {
    await db.schema.alterTable('tickets').addColumn(col, 'text').execute();
  }
  await db.schema
    .alterTable('tickets')
    .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('tickets').addColumn('merged_into_id', 'integer').execute();

  // The queue walks open tickets in queue order and checks the unit per row: with LIMIT this reads
  // a page's worth of index entries, whatever the size of the closed history.
  const open = sql<boolean>`status in (${sql.join(QUEUE_INDEX_STATUSES.map((s) => sql.lit(s)))})`;
  await db.schema
    .createIndex('tickets_open_queue_idx')
    .on('tickets')
    .columns(['priority', 'created_at', 'id'])
    .where(open)
    .execute();
  await db.schema.createIndex('tickets_open_sla_idx').on('tickets').columns(['sla_due_at', 'id']).where(open).execute();
  await db.schema.createIndex('tickets_open_assignee_idx').on('tickets').columns(['assignee_id']).where(open).execute();
  await db.schema
    .createIndex('tickets_escalate_idx')
    .on('tickets')
    .columns(['escalate_at'])
    .where(sql.ref('escalate_at'), 'is not', null)
    .execute();
  await db.schema.createIndex('tickets_contact_idx').on('tickets').columns(['contact_id']).execute();

  await db.schema.alterTable('ticket_messages').addColumn('visibility', 'text').execute();
  await db.schema.alterTable('ticket_messages').addColumn('client_key', 'text').execute();
  await db.schema
    .createIndex('ticket_messages_client_key_idx')
    .on('ticket_messages')
    .columns(['ticket_id', 'client_key'])
    .unique()
    .execute();

  await db.schema
    .createTable('duty_shifts')
    .addColumn('id', 'integer', id)
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_minute', 'integer', (c) => c.notNull())
    .addColumn('end_minute', 'integer', (c) => c.notNull())
    .addColumn('days', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('duty_shifts_station_idx').on('duty_shifts').columns(['station_id']).execute();

  await db.schema
    .createTable('duty_shift_officers')
    .addColumn('shift_id', 'integer', (c) => c.notNull().references('duty_shifts.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('duty_shift_officers_pkey', ['shift_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('duty_handovers')
    .addColumn('id', 'integer', id)
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('from_user_id', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('handed_over_at', 'text')
    .execute();
  await db.schema.createIndex('duty_handovers_station_idx').on('duty_handovers').columns(['station_id', 'id']).execute();

  await db.schema
    .createTable('gazetteer_suggestions')
    .addColumn('id', 'integer', id)
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('place_id', 'text')
    .addColumn('place_name', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text')
    .addColumn('ticket_id', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['gazetteer_suggestions', 'duty_handovers', 'duty_shift_officers', 'duty_shifts']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  for (const i of [
    'ticket_messages_client_key_idx',
    'tickets_contact_idx',
    'tickets_escalate_idx',
    'tickets_open_assignee_idx',
    'tickets_open_sla_idx',
    'tickets_open_queue_idx',
  ]) {
    await db.schema.dropIndex(i).ifExists().execute();
  }
  for (const col of ['visibility', 'client_key']) await db.schema.alterTable('ticket_messages').dropColumn(col).execute();
  for (const col of [
    'merged_into_id',
    'escalation_level',
    'escalated_at',
    'escalate_at',
    'sla_due_at',
    'resolve_due_at',
    'first_response_due_at',
  ]) {
    await db.schema.alterTable('tickets').dropColumn(col).execute();
  }
}
