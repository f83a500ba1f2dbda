/**
 * The city as a whole (its `city.json`): the force's name in each language, the prefix of ticket
 * references and the special units by category. Before this, the name and prefix came from the root
 * unit and the special units from code; a city without a row still reads that way.
 */
import { type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_hi', 'text', (c) => c.notNull())
    .addColumn('name_mr', 'text', (c) => c.notNull())
    .addColumn('special_units', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cities').execute();
}
