/**
 * What the public thinks (issue 16): after a ticket closes the citizen is asked to rate the response,
 * 1 to 5 and a word, on their channel or on the tracking page. One row per ticket holds the request (so
 * that it is asked once), where a reply may come from and until when, and the rating when it comes.
 * The rollups keep ratings per day, unit and officer beside the other counters, so that satisfaction
 * over any period reads the rollups, never the tickets.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ticket_ratings')
    .addColumn('ticket_id', 'integer', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull())
    // The channel's address a reply comes from (null on the web form: the tracking page asks instead).
    .addColumn('address', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text')
    .addColumn('officer_id', 'integer')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('outbox_id', 'integer')
    .addColumn('score', 'integer')
    .addColumn('word', 'text')
    .addColumn('source', 'text')
    .addColumn('rated_at', 'text')
    .addColumn('inbound_id', 'integer')
    .execute();
  // A reply is matched to the open request of its sender.
  await db.schema.createIndex('ticket_ratings_address_idx').on('ticket_ratings').columns(['channel', 'address', 'expires_at']).execute();

  for (const c of ['rated', 'rating_sum', 'rating_1', 'rating_2', 'rating_3', 'rating_4', 'rating_5']) {
    await db.schema.alterTable('analytics_unit_daily').addColumn(c, 'integer', (col) => col.notNull().defaultTo(0)).execute();
  }
  for (const c of ['rated', 'rating_sum']) {
    await db.schema.alterTable('analytics_officer_daily').addColumn(c, 'integer', (col) => col.notNull().defaultTo(0)).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const c of ['rated', 'rating_sum']) await db.schema.alterTable('analytics_officer_daily').dropColumn(c).execute();
  for (const c of ['rated', 'rating_sum', 'rating_1', 'rating_2', 'rating_3', 'rating_4', 'rating_5']) {
    await db.schema.alterTable('analytics_unit_daily').dropColumn(c).execute();
  }
  await db.schema.dropTable('ticket_ratings').execute();
}
