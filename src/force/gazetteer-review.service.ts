/**
 * Officers' place corrections become new spellings only after review: a reviewer approves a
 * suggestion, its words join the place's variants, and the locator is rebuilt so that the
 * next message with that spelling routes by itself.
 */
import type { Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../tickets/audit.repository.js';

/** Roles that may review the gazetteer: the city's own, not a station's. */
export const REVIEWER_ROLES = ['admin', 'control_room', 'commissioner'] as const;

export async function listSuggestions(ctx: Pick<AppContext, 'store' | 'city'>, status: string) {
  const rows = await ctx.store.db
    .selectFrom('gazetteer_suggestions')
    .selectAll()
    .where('city_id', '=', ctx.city.id)
    .where('status', '=', status)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    words: r.words,
    placeId: r.place_id,
    placeName: r.place_name,
    station: r.station_id,
    ticketId: r.ticket_id,
    status: r.status,
    createdAt: r.created_at,
  }));
}

/** Approves or rejects a pending suggestion; an approval adds the spelling and reloads the locator. */
export async function reviewSuggestion(ctx: AppContext, actor: Actor, id: number, decision: 'approve' | 'reject') {
  const at = new Date(ctx.now()).toISOString();
  const added = await ctx.store.db.transaction().execute(async (tx) => {
    const s = await tx.selectFrom('gazetteer_suggestions').selectAll().where('id', '=', id).where('city_id', '=', ctx.city.id).executeTakeFirst();
    if (!s) throw new AppError('NOT_FOUND', `No gazetteer suggestion ${id}`);
    if (s.status !== 'pending') throw new AppError('CONFLICT', `Suggestion ${id} was ${s.status} already`);
    let variantAdded = false;
    if (decision === 'approve') {
      if (!s.place_id) throw new AppError('CONFLICT', `Suggestion ${id} names no gazetteer place: add the place itself first`);
      const entry = await tx.selectFrom('gazetteer').select(['id', 'variants', 'name_en']).where('id', '=', s.place_id).executeTakeFirst();
      if (!entry) throw new AppError('CONFLICT', `Suggestion ${id} points at "${s.place_id}", which is no longer in the gazetteer`);
      const parsed: unknown = JSON.parse(entry.variants);
      const variants = Array.isArray(parsed) ? parsed.map(String) : [];
      const known = [entry.name_en, ...variants].some((v) => v.toLowerCase() === s.words.toLowerCase());
      if (!known) {
        await tx.updateTable('gazetteer').set({ variants: JSON.stringify([...variants, s.words]) }).where('id', '=', entry.id).execute();
        variantAdded = true;
      }
    }
    await tx.updateTable('gazetteer_suggestions').set({ status: decision === 'approve' ? 'approved' : 'rejected' }).where('id', '=', id).execute();
    await appendAudit(tx, {
      ticketId: s.ticket_id,
      actorUserId: actor.userId,
      action: decision === 'approve' ? 'gazetteer.spelling_approved' : 'gazetteer.spelling_rejected',
      details: { suggestion: id, words: s.words, place: s.place_id, variantAdded },
      at,
    });
    return variantAdded;
  });
  if (added) {
    // This process routes by the new spelling at once; other processes pick it up at their next start.
    await ctx.engines.reload();
  }
  return { id, status: decision === 'approve' ? 'approved' : 'rejected', variantAdded: added };
}

/** Records the words an officer's place correction pointed at, for review; the suggestion's id. */
export async function suggestSpelling(
  db: Db,
  s: { cityId: string; words: string; placeId: string; placeName: string; stationId: string | null; ticketId: number; userId: number; at: string },
): Promise<number> {
  const row = await db
    .insertInto('gazetteer_suggestions')
    .values({
      city_id: s.cityId,
      words: s.words,
      place_id: s.placeId,
      place_name: s.placeName,
      station_id: s.stationId,
      ticket_id: s.ticketId,
      status: 'pending',
      created_by: s.userId,
      created_at: s.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
