/**
 * The ticket's life in one owner (issue 11) and conversations judged as a whole (issue 9):
 * - each citizen message keeps how to answer it (`reply_to`, `reply_public`), stored when it arrives,
 *   so that a reply never re-reads intake's raw payloads;
 * - a ticket records the fields an officer confirmed or corrected (`locked_fields`, a JSON array),
 *   which a later message never re-judges.
 */
import { sql, type Kysely } from 'kysely';

const BATCH = 1000;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ticket_messages').addColumn('reply_to', 'text').execute();
  await db.schema.alterTable('ticket_messages').addColumn('reply_public', 'integer').execute();
  await db.schema.alterTable('tickets').addColumn('locked_fields', 'text', (c) => c.notNull().defaultTo('[]')).execute();

  // Messages stored before this migration: their reply address is in the inbound payload.
  let after = 0;
  for (;;) {
    const rows = await sql<{ id: number; payload: string }>`
      select m.id as id, i.payload as payload from ticket_messages m join inbound i on i.id = m.inbound_id
      where m.id > ${after} and m.direction = 'in' order by m.id limit ${BATCH}`.execute(db);
    if (rows.rows.length === 0) break;
    for (const r of rows.rows) {
      after = Number(r.id);
      const reply = replyOf(r.payload);
      if (reply) await sql`update ticket_messages set reply_to = ${reply.to}, reply_public = ${reply.public ? 1 : 0} where id = ${r.id}`.execute(db);
    }
  }
}

/** The `reply` of a stored inbound item, read defensively: this migration must not depend on today's schema. */
function replyOf(payload: string): { to: string; public: boolean } | null {
  try {
    const v: unknown = JSON.parse(payload);
    if (typeof v !== 'object' || v === null) return null;
    const reply: unknown = Reflect.get(v, 'reply');
    if (typeof reply !== 'object' || reply === null) return null;
    const to: unknown = Reflect.get(reply, 'to');
    const isPublic: unknown = Reflect.get(reply, 'public');
    return typeof to === 'string' && to ? { to, public: isPublic === true } : null;
  } catch {
    return null;
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tickets').dropColumn('locked_fields').execute();
  await db.schema.alterTable('ticket_messages').dropColumn('reply_public').execute();
  await db.schema.alterTable('ticket_messages').dropColumn('reply_to').execute();
}
