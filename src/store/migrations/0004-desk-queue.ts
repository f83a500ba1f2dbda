/**
 * The desk queue keyed by unit. A queue is "open tickets of one unit in queue order"; 0002 indexed
 * open tickets in queue order across all units and checked the unit per row, so a station's page
 * read every other station's tickets before its own and the counts probed ticket_units once per open
 * ticket of the city. Here ticket_units carries a copy of the ticket's queue fields, and a partial
 * index on the open rows leads with the unit: a page is a range scan of one unit's entries and the
 * counts read only that unit's entries, from the index alone.
 *
 * Triggers keep the copy: every write to those ticket columns, whichever module makes it (intake,
 * desk actions, SLA, roster, merges, future ones), updates the copy in the same statement, so the
 * copy cannot drift from the ticket and no caller has to remember it.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** The open statuses as of this migration: the partial indexes below cover exactly these. */
export const UNIT_QUEUE_STATUSES = ['new', 'acknowledged', 'in_progress', 'transferred', 'escalated'] as const;

/** The ticket columns copied into ticket_units, under the same names. */
export const UNIT_QUEUE_COLUMNS = ['status', 'priority', 'created_at', 'sla_due_at', 'assignee_id'] as const;

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

const cols = UNIT_QUEUE_COLUMNS.join(', ');
const changed = UNIT_QUEUE_COLUMNS.map((c) => `new.${c} is distinct from old.${c}`).join(' or ');
const sqliteChanged = UNIT_QUEUE_COLUMNS.map((c) => `new.${c} is not old.${c}`).join(' or ');
const setFromNew = UNIT_QUEUE_COLUMNS.map((c) => `${c} = new.${c}`).join(', ');

export async function up(db: Kysely<unknown>): Promise<void> {
  const pgsql = isPostgres(db);
  for (const col of ['status', 'priority', 'created_at', 'sla_due_at']) {
    await db.schema.alterTable('ticket_units').addColumn(col, 'text').execute();
  }
  await db.schema.alterTable('ticket_units').addColumn('assignee_id', 'integer').execute();

  if (pgsql) {
    await sql`update ticket_units set (${sql.raw(cols)}) = (t.status, t.priority, t.created_at, t.sla_due_at, t.assignee_id) from tickets t where t.id = ticket_units.ticket_id`.execute(db);
    // A new unit row takes the ticket's fields as they are at that moment.
    await sql
      .raw(
        `create function ticket_units_queue_fill() returns trigger language plpgsql as $$
        begin
          select ${UNIT_QUEUE_COLUMNS.map((c) => `t.${c}`).join(', ')} into ${UNIT_QUEUE_COLUMNS.map((c) => `new.${c}`).join(', ')}
            from tickets t where t.id = new.ticket_id;
          return new;
        end $$`,
      )
      .execute(db);
    await sql
      .raw('create trigger ticket_units_queue_fill before insert on ticket_units for each row execute function ticket_units_queue_fill()')
      .execute(db);
    await sql
      .raw(
        `create function tickets_queue_sync() returns trigger language plpgsql as $$
        begin
          update ticket_units set ${setFromNew} where ticket_id = new.id;
          return null;
        end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger tickets_queue_sync after update of ${cols} on tickets for each row
         when (${changed}) execute function tickets_queue_sync()`,
      )
      .execute(db);
  } else {
    await sql`update ticket_units set (${sql.raw(cols)}) = (select ${sql.raw(cols)} from tickets t where t.id = ticket_units.ticket_id)`.execute(db);
    await sql
      .raw(
        `create trigger ticket_units_queue_fill after insert on ticket_units for each row begin
          update ticket_units set (${cols}) = (select ${cols} from tickets t where t.id = new.ticket_id)
           where unit_id = new.unit_id and ticket_id = new.ticket_id;
        end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger tickets_queue_sync after update of ${cols} on tickets for each row
         when ${sqliteChanged} begin
          update ticket_units set ${setFromNew} where ticket_id = new.id;
        end`,
      )
      .execute(db);
  }

  // Only open rows are indexed (a fiftieth of the rows at a working desk); the trailing columns let the
  // filters and the counts be answered from the index without reading the table.
  const open = sql<boolean>`status in (${sql.join(UNIT_QUEUE_STATUSES.map((s) => sql.lit(s)))})`;
  await db.schema
    .createIndex('ticket_units_queue_idx')
    .on('ticket_units')
    .columns(['unit_id', 'priority', 'created_at', 'ticket_id', 'status', 'relation', 'sla_due_at', 'assignee_id'])
    .where(open)
    .execute();
  await db.schema
    .createIndex('ticket_units_queue_sla_idx')
    .on('ticket_units')
    .columns(['unit_id', 'sla_due_at', 'ticket_id', 'status', 'relation', 'priority', 'assignee_id'])
    .where(open)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('ticket_units_queue_sla_idx').ifExists().execute();
  await db.schema.dropIndex('ticket_units_queue_idx').ifExists().execute();
  if (isPostgres(db)) {
    await sql.raw('drop trigger if exists tickets_queue_sync on tickets').execute(db);
    await sql.raw('drop trigger if exists ticket_units_queue_fill on ticket_units').execute(db);
    await sql.raw('drop function if exists tickets_queue_sync()').execute(db);
    await sql.raw('drop function if exists ticket_units_queue_fill()').execute(db);
  } else {
    await sql.raw('drop trigger if exists tickets_queue_sync').execute(db);
    await sql.raw('drop trigger if exists ticket_units_queue_fill').execute(db);
  }
  for (const col of [...UNIT_QUEUE_COLUMNS].reverse()) await db.schema.alterTable('ticket_units').dropColumn(col).execute();
}
