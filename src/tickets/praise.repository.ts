/**
 * Praise that names an officer (issue 16): when a citizen's message reads as praise, the officers it
 * names among those of the ticket's station and its assignee are recorded with a masked excerpt, in the
 * message's transaction, for their SHO, DCP and the Commissioner to read.
 */
import type { Db } from '../store/db.js';
import { findPii, maskPii } from '../triage/pii.js';
import { findNamedOfficers } from '../triage/sentiment.js';

const EXCERPT_CHARS = 200;

/** Records the officers a praising message names; nothing when it names none or the ticket has no station. */
export async function recordOfficerPraise(db: Db, m: { ticketId: number; messageId: number; text: string; at: string }): Promise<number> {
  const ticket = await db.selectFrom('tickets').select(['station_id', 'zone_id', 'assignee_id']).where('id', '=', m.ticketId).executeTakeFirst();
  if (!ticket?.station_id) return 0;
  const unit = await db.selectFrom('units').select(['name_en', 'name_local']).where('id', '=', ticket.station_id).executeTakeFirst();
  const unitWords = unit ? [unit.name_en, unit.name_local] : [];
  let query = db.selectFrom('users').select(['id', 'display_name', 'unit_id']).where('active', '=', 1);
  query = ticket.assignee_id === null ? query.where('unit_id', '=', ticket.station_id) : query.where((eb) => eb.or([eb('unit_id', '=', ticket.station_id ?? ''), eb('id', '=', ticket.assignee_id ?? 0)]));
  const officers = (await query.execute()).map((u) => ({ id: u.id, name: u.display_name, unitWords }));
  const named = findNamedOfficers(m.text, officers);
  if (named.length === 0) return 0;
  const excerpt = maskPii(m.text, findPii(m.text)).slice(0, EXCERPT_CHARS);
  await db
    .insertInto('officer_praise')
    .values(named.map((o) => ({ ticket_id: m.ticketId, message_id: m.messageId, officer_id: o.id, station_id: ticket.station_id ?? '', zone_id: ticket.zone_id ?? '', excerpt, created_at: m.at })))
    .onConflict((oc) => oc.columns(['message_id', 'officer_id']).doNothing())
    .execute();
  return named.length;
}
