/**
 * The control room's queue puts its own work first (issue 15): tickets no station holds (the place was
 * not found) and those escalated to it, then the rest of the city. Which is which depends on the ticket's
 * station and status, so ticket_units carries `control_rank` (0 first, 1 the rest), kept by triggers
 * like the queue fields of 0004, and two partial indexes on the city's open entries lead with it: the
 * control room's page stays a range scan of one index, sorted by priority or by deadline, and its next
 * page a seek, as a station's does.
 *
 * Only the city's rows (relation 'city') are indexed: the control room and the Commissioner are the
 * city's desks, and the stations' and zones' queues keep the indexes of 0004 without this key.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** The open statuses as of this migration: the partial indexes below cover exactly these. */
export const CONTROL_QUEUE_STATUSES = ['new', 'acknowledged', 'in_progress', 'transferred', 'escalated'] as const;

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * The control room's own: no station holds it, an officer set it escalated, or its clock escalated it to
 * the control room (level 2, the highest). src/desk/queue.repository.ts `controlRankOf` says the same.
 */
const rankOf = (t: string) => `case when ${t}.station_id is null or ${t}.status = 'escalated' or ${t}.escalation_level >= 2 then 0 else 1 end`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ticket_units').addColumn('control_rank', 'integer').execute();
  await sql.raw(`update ticket_units set control_rank = (select ${rankOf('t')} from tickets t where t.id = ticket_units.ticket_id)`).execute(db);

  if (isPostgres(db)) {
    await sql
      .raw(
        `create function ticket_units_control_fill() returns trigger language plpgsql as $$
        begin
          select ${rankOf('t')} into new.control_rank from tickets t where t.id = new.ticket_id;
          return new;
        end $$`,
      )
      .execute(db);
    await sql.raw('create trigger ticket_units_control_fill before insert on ticket_units for each row execute function ticket_units_control_fill()').execute(db);
    await sql
      .raw(
        `create function tickets_control_sync() returns trigger language plpgsql as $$
        begin
          update ticket_units set control_rank = ${rankOf('new')} where ticket_id = new.id;
          return null;
        end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger tickets_control_sync after update of station_id, status, escalation_level on tickets for each row
         when ((${rankOf('new')}) is distinct from (${rankOf('old')})) execute function tickets_control_sync()`,
      )
      .execute(db);
  } else {
    await sql
      .raw(
        `create trigger ticket_units_control_fill after insert on ticket_units for each row begin
          update ticket_units set control_rank = (select ${rankOf('t')} from tickets t where t.id = new.ticket_id)
           where unit_id = new.unit_id and ticket_id = new.ticket_id;
        end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger tickets_control_sync after update of station_id, status, escalation_level on tickets for each row
         when (${rankOf('new')}) is not (${rankOf('old')}) begin
          update ticket_units set control_rank = ${rankOf('new')} where ticket_id = new.id;
        end`,
      )
      .execute(db);
  }

  const cityOpen = sql<boolean>`relation = 'city' and status in (${sql.join(CONTROL_QUEUE_STATUSES.map((s) => sql.lit(s)))})`;
  await db.schema
    .createIndex('ticket_units_control_idx')
    .on('ticket_units')
    .columns(['unit_id', 'control_rank', 'priority', 'created_at', 'ticket_id', 'status', 'sla_due_at', 'assignee_id'])
    .where(cityOpen)
    .execute();
  await db.schema
    .createIndex('ticket_units_control_sla_idx')
    .on('ticket_units')
    .columns(['unit_id', 'control_rank', 'sla_due_at', 'ticket_id', 'status', 'priority', 'assignee_id'])
    .where(cityOpen)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('ticket_units_control_sla_idx').ifExists().execute();
  await db.schema.dropIndex('ticket_units_control_idx').ifExists().execute();
  if (isPostgres(db)) {
    await sql.raw('drop trigger if exists tickets_control_sync on tickets').execute(db);
    await sql.raw('drop trigger if exists ticket_units_control_fill on ticket_units').execute(db);
    await sql.raw('drop function if exists tickets_control_sync()').execute(db);
    await sql.raw('drop function if exists ticket_units_control_fill()').execute(db);
  } else {
    await sql.raw('drop trigger if exists tickets_control_sync').execute(db);
    await sql.raw('drop trigger if exists ticket_units_control_fill').execute(db);
  }
  await db.schema.alterTable('ticket_units').dropColumn('control_rank').execute();
}
