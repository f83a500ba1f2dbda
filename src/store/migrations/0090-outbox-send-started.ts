/**
 * The outbox tells a row a worker has claimed from one it has begun to send (issue 17).
 *
 * A worker claims up to a batch of rows at once, all `sending` under one lease, and sends them one after
 * another. When the worker died, every row of its batch became `unconfirmed` at the lease's end and was
 * never resent, although most of them had never reached the channel: a killed instance cost up to a batch
 * of acknowledgements. `send_started_at` is written just before a row's own send; a row whose lease ran out
 * without it was never handed to the channel and goes back to wait, while one with it stays unconfirmed
 * (it may have gone out, and a message to a citizen cannot be taken back).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('send_started_at', 'text').execute();
  // Rows a worker held when this version was installed: whether their send began is unknown, so they
  // are counted as begun, as before.
  await sql`update outbox set send_started_at = lease_until where status = 'sending'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('send_started_at').execute();
}
