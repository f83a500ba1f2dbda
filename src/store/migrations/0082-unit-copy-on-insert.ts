/**
 * A new ticket's unit rows carry the ticket's queue fields and control rank from the start (issue 17).
 *
 * 0004 and 0040 fill ticket_units' copy of the ticket by triggers after each insert. On SQLite an "after
 * insert" trigger can only update the row it follows, so every new unit row was written three times and
 * each time re-entered in the queue indexes: 150–220 µs a ticket at intake, the costliest statement of a
 * new ticket (the same rows inserted with their values cost 12 µs). Opening a ticket now writes the copy in
 * its insert (`insertTicketUnits`, from the row it has just written), and the triggers fill only what an
 * insert leaves out: merges, transfers and SLA escalations, which insert unit rows without the copy, keep
 * working as before.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** The ticket columns copied into ticket_units, as in 0004. */
const COLUMNS = ['status', 'priority', 'created_at', 'sla_due_at', 'assignee_id'] as const;
const cols = COLUMNS.join(', ');
/** As in 0040: 0 for the control room's own tickets, 1 for the rest. */
const rankOf = (t: string) => `case when ${t}.station_id is null or ${t}.status = 'escalated' or ${t}.escalation_level >= 2 then 0 else 1 end`;

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

async function sqliteTriggers(db: Kysely<unknown>, guarded: boolean): Promise<void> {
  await sql.raw('drop trigger if exists ticket_units_queue_fill').execute(db);
  await sql.raw('drop trigger if exists ticket_units_control_fill').execute(db);
  await sql
    .raw(
      `create trigger ticket_units_queue_fill after insert on ticket_units for each row ${guarded ? 'when new.status is null ' : ''}begin
        update ticket_units set (${cols}) = (select ${cols} from tickets t where t.id = new.ticket_id)
         where unit_id = new.unit_id and ticket_id = new.ticket_id;
      end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ticket_units_control_fill after insert on ticket_units for each row ${guarded ? 'when new.control_rank is null ' : ''}begin
        update ticket_units set control_rank = (select ${rankOf('t')} from tickets t where t.id = new.ticket_id)
         where unit_id = new.unit_id and ticket_id = new.ticket_id;
      end`,
    )
    .execute(db);
}

async function postgresTriggers(db: Kysely<unknown>, guarded: boolean): Promise<void> {
  // PostgreSQL fills the row before it is written, so the copy costs one lookup, not a second write;
  // the guard only spares that lookup when the insert brings the values.
  await sql.raw('drop trigger if exists ticket_units_queue_fill on ticket_units').execute(db);
  await sql.raw('drop trigger if exists ticket_units_control_fill on ticket_units').execute(db);
  await sql
    .raw(`create trigger ticket_units_queue_fill before insert on ticket_units for each row ${guarded ? 'when (new.status is null) ' : ''}execute function ticket_units_queue_fill()`)
    .execute(db);
  await sql
    .raw(`create trigger ticket_units_control_fill before insert on ticket_units for each row ${guarded ? 'when (new.control_rank is null) ' : ''}execute function ticket_units_control_fill()`)
    .execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await postgresTriggers(db, true);
  else await sqliteTriggers(db, true);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await postgresTriggers(db, false);
  else await sqliteTriggers(db, false);
}
