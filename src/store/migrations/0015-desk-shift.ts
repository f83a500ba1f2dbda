/**
 * The desk for a long shift (issue 15): a contact's phone in E.164, so that one citizen's numbers match
 * however they were written, and an officer's own capacity (null: the configured default).
 */
import { sql, type Kysely } from 'kysely';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

// A frozen copy of src/triage/phone.normalise.ts as it was when this migration shipped.
function toE164(text: string | null): string | null {
  if (!text || !/^[+\d\s().\-/]+$/.test(text.trim())) return null;
  if (text.replace(/\D/g, '').length < 8) return null;
  const parsed = parsePhoneNumberFromString(text.trim(), 'IN');
  return parsed?.isPossible() ? parsed.number : null;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('contacts').addColumn('phone_e164', 'text').execute();
  await db.schema.createIndex('contacts_phone_e164_idx').on('contacts').column('phone_e164').execute();
  await db.schema.alterTable('users').addColumn('capacity', 'integer').execute();
  const rows = await sql<{ id: number; phone: string | null }>`select id, phone from contacts where phone is not null`.execute(db);
  for (const r of rows.rows) {
    const e164 = toE164(r.phone);
    if (e164) await sql`update contacts set phone_e164 = ${e164} where id = ${r.id}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('capacity').execute();
  await db.schema.dropIndex('contacts_phone_e164_idx').execute();
  await db.schema.alterTable('contacts').dropColumn('phone_e164').execute();
}
