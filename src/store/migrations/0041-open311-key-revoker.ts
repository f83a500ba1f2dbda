/**
 * Who revoked an Open311 key (issue 13): the administrator's keys screen says who issued each key and
 * who revoked it, beside the audit trail's rows for both.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('open311_api_keys').addColumn('revoked_by', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('open311_api_keys').dropColumn('revoked_by').execute();
}
