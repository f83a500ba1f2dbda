/**
 * The weekly review (issue 16): a PDF per zone and one for the city, in English and Marathi, made every
 * Monday for the week before and on demand. One row per (unit, week, language) is also the claim: the
 * instance whose insert wins makes it, so several instances on one PostgreSQL make each review once; a
 * claim left by an instance that died is taken over after a while (compare-and-set on claimed_at).
 */
import { PostgresAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
  await db.schema
    .createTable('weekly_reviews')
    .addColumn('unit_id', 'text', (c) => c.notNull())
    // The Monday that starts the week, a local date.
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('pdf', binary)
    .addColumn('pages', 'integer')
    .addColumn('created_at', 'text')
    .addPrimaryKeyConstraint('weekly_reviews_pk', ['unit_id', 'week', 'language'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('weekly_reviews').execute();
}
