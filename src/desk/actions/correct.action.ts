/**
 * An officer's correction of category, priority or place. A new place re-routes the ticket through the
 * locator; the corrected labels become a training example, a corrected place's spelling a gazetteer
 * suggestion; every corrected field is locked against re-judgement by later messages.
 */
import type { Actor } from '../../auth/access.js';
import { AppError } from '../../errors.js';
import { suggestSpelling } from '../../force/gazetteer-review.service.js';
import type { Placement } from '../../geo/locate.types.js';
import { appendAudit } from '../../tickets/audit.repository.js';
import { slaColumns } from '../../tickets/sla.clock.js';
import { ticketEvent } from '../../tickets/ticket.events.js';
import { lockFields, moveTicket, placeColumns, updateTicketIfUnchanged, zoneOf, type JudgedField } from '../../tickets/ticket.lifecycle.js';
import { recordTrainingExample } from '../../tickets/training-example.repository.js';
import type { Category, Priority } from '../../triage/triage.types.js';
import { deskAction, type DeskContext } from '../desk.action.js';

export interface TriageCorrection {
  category?: Category | undefined;
  priority?: Priority | undefined;
  placeId?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
  /** The words of the message that name the place, when the officer marks them. */
  placeWords?: string | undefined;
  reason?: string | undefined;
}

/** Resolves an officer's chosen place through the locator. */
function placeFor(ctx: DeskContext, input: TriageCorrection, category: string): { placement: Placement; name: string; id: string } {
  if (input.placeId !== undefined) {
    const entry = ctx.city.gazetteer.find((g) => g.id === input.placeId);
    const unit = entry ? undefined : ctx.city.units.find((u) => u.id === input.placeId && u.kind === 'station');
    const name = entry?.nameEn ?? unit?.nameEn;
    const lat = entry?.lat ?? unit?.lat ?? null;
    const lon = entry?.lon ?? unit?.lon ?? null;
    if (!name) throw new AppError('VALIDATION_FAILED', `placeId: no place "${input.placeId}" in the gazetteer`);
    const located = ctx.locator.locate({ text: name, ...(lat !== null && lon !== null ? { geo: { lat, lon } } : {}) }, category);
    // The locator may read the name as a namesake: the officer's choice of entry decides.
    const station = entry?.station ?? (unit ? unit.id : located.station);
    return {
      placement: {
        ...located,
        station,
        zone: station ? zoneOf(ctx, station) : null,
        place: { id: input.placeId, name, lat, lon, method: 'gazetteer', confidence: 1, span: null },
      },
      name,
      id: input.placeId,
    };
  }
  if (input.lat === undefined || input.lon === undefined) throw new AppError('VALIDATION_FAILED', 'lat, lon: give both or neither');
  const placement = ctx.locator.locate({ text: '', geo: { lat: input.lat, lon: input.lon } }, category);
  return { placement, name: placement.place?.name ?? `${input.lat.toFixed(5)},${input.lon.toFixed(5)}`, id: 'pin' };
}

/** The words the locator read as a place in the message, if it read any. */
function wordsOfSpan(ctx: DeskContext, text: string, category: string): string | null {
  const span = ctx.locator.locate({ text }, category).place?.span;
  return span ? text.slice(span[0], span[1]).trim() || null : null;
}

export async function correctTriage(ctx: DeskContext, actor: Actor, ticketId: number, input: TriageCorrection) {
  const hasPlace = input.placeId !== undefined || input.lat !== undefined || input.lon !== undefined;
  if (input.category === undefined && input.priority === undefined && !hasPlace) {
    throw new AppError('VALIDATION_FAILED', 'body: give at least one of category, priority, placeId or lat/lon');
  }
  await deskAction(ctx, actor, ticketId, async ({ tx, ticket, at }) => {
    const category = input.category ?? ticket.category;
    const priority = input.priority ?? ticket.priority;
    const place = hasPlace ? placeFor(ctx, input, category) : null;
    const before = { category: ticket.category, priority: ticket.priority, place: ticket.place_id, station: ticket.station_id };
    const sla = priority !== ticket.priority ? slaColumns(ctx.config.sla, { ...ticket, priority }) : {};
    const corrected: JudgedField[] = [
      ...(input.category !== undefined ? (['category'] as const) : []),
      ...(input.priority !== undefined ? (['priority'] as const) : []),
      ...(hasPlace ? (['place'] as const) : []),
    ];
    const updated = await updateTicketIfUnchanged(tx, ticket, {
      category,
      priority,
      ...sla,
      ...(place?.placement.place ? placeColumns(place.placement) : {}),
      locked_fields: lockFields(ticket.locked_fields, corrected),
      updated_at: at,
    });
    const first = await tx
      .selectFrom('ticket_messages')
      .select('text')
      .where('ticket_id', '=', ticketId)
      .where('direction', '=', 'in')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    const text = first?.text ?? ticket.summary;
    if (category !== ticket.category || priority !== ticket.priority) {
      await recordTrainingExample(tx, { ticketId, text, category, priority, language: ticket.language, userId: actor.userId, at });
    }
    let suggestionId: number | null = null;
    if (place && place.id !== 'pin') {
      const words = input.placeWords?.trim() || wordsOfSpan(ctx, text, category);
      if (words) {
        suggestionId = await suggestSpelling(tx, {
          cityId: ctx.city.id,
          words,
          placeId: place.id,
          placeName: place.name,
          stationId: place.placement.station,
          ticketId,
          userId: actor.userId,
          at,
        });
      }
    }
    await appendAudit(tx, {
      ticketId,
      actorUserId: actor.userId,
      action: 'ticket.corrected',
      details: {
        from: before,
        to: { category, priority, place: updated.place_id, station: place?.placement.station ?? ticket.station_id },
        reason: input.reason ?? null,
        gazetteerSuggestion: suggestionId,
      },
      at,
    });
    const station = place?.placement.station;
    if (place && station && station !== ticket.station_id) {
      const reason = `place corrected to ${place.name}${input.reason ? `: ${input.reason}` : ''}`;
      return { result: null, events: [await moveTicket(tx, ctx, actor, updated, station, { action: 'correction', reason }, at)] };
    }
    return { result: null, events: [await ticketEvent(tx, 'ticket.updated', ticketId, at)] };
  });
  const t = await ctx.store.db.selectFrom('tickets').select(['category', 'priority', 'station_id', 'place_id']).where('id', '=', ticketId).executeTakeFirstOrThrow();
  return { ticketId, category: t.category, priority: t.priority, station: t.station_id, placeId: t.place_id };
}
