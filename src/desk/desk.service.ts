/**
 * The desk's actions on a ticket: assign, status with an outcome, replies and notes, corrections,
 * transfer and merge. Each one checks access here, changes rows and writes its audit entry in one
 * transaction, and publishes its event after the commit.
 */
import type { Actor, Relation } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import type { Placement } from '../geo/locate.types.js';
import { inboundItemSchema } from '../intake/inbound-item.js';
import { enqueueOutbound } from '../outbox/outbox.repository.js';
import type { DeskEvent } from '../realtime/event-bus.js';
import type { Tx } from '../store/db.js';
import type { TicketRow, TicketUpdate } from '../store/tables.js';
import { appendAudit } from '../tickets/audit.repository.js';
import { findPii, maskPii } from '../triage/pii.js';
import type { Category, Priority } from '../triage/triage.types.js';
import { addFlag, OPEN_STATUSES, OUTCOMES, TRANSITIONS, type Outcome, type SettableStatus } from '../tickets/ticket.model.js';
import { ticketForAction } from './desk.access.js';
import { publishAll, ticketEvent } from './desk.events.js';
import { autoAssign, pickUpForStation } from './roster.service.js';
import { slaColumns } from './sla.service.js';

export type DeskContext = Pick<AppContext, 'store' | 'bus' | 'config' | 'city' | 'locator' | 'now'>;

function isOpen(status: string): boolean {
  return OPEN_STATUSES.some((s) => s === status);
}

function iso(ctx: Pick<AppContext, 'now'>): string {
  return new Date(ctx.now()).toISOString();
}

async function updateTicketIfUnchanged(tx: Tx, t: TicketRow, patch: TicketUpdate): Promise<TicketRow> {
  // Compare-and-set on updated_at: two officers acting at once get a clear conflict, not a lost update.
  const row = await tx
    .updateTable('tickets')
    .set(patch)
    .where('id', '=', t.id)
    .where('updated_at', '=', t.updated_at)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('CONFLICT', `Ticket ${t.reference} changed meanwhile; reload it and try again`);
  return row;
}

/** Assigns a ticket to an officer of its owning unit, to the acting officer (`me`), or to nobody. */
export async function assignTicket(ctx: DeskContext, actor: Actor, ticketId: number, input: { assignee: number | 'me' | null; reason?: string | undefined }) {
  const at = iso(ctx);
  const result = await ctx.store.db.transaction().execute(async (tx) => {
    const { ticket } = await ticketForAction(tx, actor, ticketId);
    const to = input.assignee === 'me' ? actor.userId : input.assignee;
    const owner = ticket.station_id ?? ctx.city.id;
    if (to !== null) {
      const user = await tx.selectFrom('users').select(['id', 'unit_id', 'active', 'role']).where('id', '=', to).executeTakeFirst();
      if (!user || user.active !== 1) throw new AppError('VALIDATION_FAILED', `assignee: no active officer ${to}`);
      if (user.unit_id !== owner) {
        throw new AppError(
          'VALIDATION_FAILED',
          input.assignee === 'me'
            ? `assignee: you are not an officer of ${owner}, which owns ${ticket.reference}; assign one of its officers or transfer the ticket`
            : `assignee: officer ${to} is not of ${owner}, which owns ${ticket.reference}; pick one of its officers (GET /api/desk/roster)`,
        );
      }
    }
    if (ticket.assignee_id === to) return null;
    await updateTicketIfUnchanged(tx, ticket, { assignee_id: to, updated_at: at });
    await appendAudit(tx, {
      ticketId,
      actorUserId: actor.userId,
      action: 'ticket.assigned',
      details: { from: ticket.assignee_id, to, reason: input.reason ?? null },
      at,
    });
    return ticketEvent(tx, 'ticket.updated', ticketId, at);
  });
  await publishAll(ctx, [result]);
  return { ticketId, assigneeId: input.assignee === 'me' ? actor.userId : input.assignee };
}

/** Moves a ticket along its lifecycle; resolving needs an outcome; anything else answers 409 INVALID_TRANSITION. */
export async function changeStatus(
  ctx: DeskContext,
  actor: Actor,
  ticketId: number,
  input: { status: SettableStatus; outcome?: Outcome | undefined; reason?: string | undefined },
) {
  const at = iso(ctx);
  const events: Array<DeskEvent | null> = [];
  const status = await ctx.store.db.transaction().execute(async (tx) => {
    const { ticket } = await ticketForAction(tx, actor, ticketId);
    if (ticket.merged_into_id !== null) {
      throw new AppError('INVALID_TRANSITION', `Ticket ${ticket.reference} was merged into ticket ${ticket.merged_into_id}; work on that one`);
    }
    const allowed = TRANSITIONS[ticket.status] ?? [];
    if (!allowed.includes(input.status)) {
      throw new AppError(
        'INVALID_TRANSITION',
        allowed.length
          ? `status: a ${ticket.status} ticket can move to ${allowed.join(' or ')}, not ${input.status}`
          : `status: a ${ticket.status} ticket is final and cannot change`,
      );
    }
    const outcome = input.outcome ?? (input.status === 'closed' ? ticket.outcome : null);
    if ((input.status === 'resolved' || input.status === 'closed') && !outcome) {
      throw new AppError('VALIDATION_FAILED', `outcome: required to mark a ticket ${input.status}; one of ${OUTCOMES.join(', ')}`);
    }
    const reopening = ticket.status === 'resolved' && input.status === 'in_progress';
    const next = {
      ...ticket,
      status: input.status,
      outcome: reopening ? null : (outcome ?? ticket.outcome),
      resolved_at: input.status === 'resolved' ? at : reopening ? null : ticket.resolved_at,
    };
    await updateTicketIfUnchanged(tx, ticket, {
      status: next.status,
      outcome: next.outcome,
      resolved_at: next.resolved_at,
      updated_at: at,
      escalate_at: slaColumns(ctx.config.sla, next).escalate_at,
    });
    await appendAudit(tx, {
      ticketId,
      actorUserId: actor.userId,
      action: 'ticket.status_changed',
      details: { from: ticket.status, to: input.status, outcome: next.outcome, reason: input.reason ?? null },
      at,
    });
    events.push(await ticketEvent(tx, 'ticket.updated', ticketId, at));
    // An officer who closes a case has room again: the station's waiting tickets move.
    if (!isOpen(input.status) && ticket.station_id && ticket.assignee_id !== null) {
      for (const id of await pickUpForStation(tx, ctx, ticket.station_id)) events.push(await ticketEvent(tx, 'ticket.updated', id, at));
    }
    return next.status;
  });
  await publishAll(ctx, events);
  return { ticketId, status };
}

export interface ReplyInput {
  text: string;
  visibility: 'public' | 'private';
  /** The client's key for this reply: a retried request writes and sends nothing twice. */
  clientKey?: string | undefined;
}

const PII_NAMES: Record<string, string> = { phone: 'a phone number', aadhaar: 'an Aadhaar number', email: 'an e-mail address' };

/** Where a reply to a ticket goes on its channel, from the citizen's latest message. */
async function replyAddress(tx: Tx, ticket: TicketRow, visibility: 'public' | 'private') {
  const latest = await tx
    .selectFrom('ticket_messages')
    .innerJoin('inbound', 'inbound.id', 'ticket_messages.inbound_id')
    .select(['inbound.payload', 'inbound.external_id', 'inbound.channel'])
    .where('ticket_messages.ticket_id', '=', ticket.id)
    .where('ticket_messages.direction', '=', 'in')
    .orderBy('ticket_messages.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  let reply: { to: string; public: boolean } | undefined;
  if (latest) {
    try {
      const raw: unknown = JSON.parse(latest.payload);
      reply = inboundItemSchema.safeParse(raw).data?.reply;
    } catch {
      reply = undefined;
    }
  }
  const contact =
    ticket.contact_id === null
      ? undefined
      : await tx.selectFrom('contacts').select('external_user_id').where('id', '=', ticket.contact_id).executeTakeFirst();
  if (!reply && !contact) {
    throw new AppError('CONFLICT', `Ticket ${ticket.reference} came without a way to answer (e.g. an archive import); add an internal note instead`);
  }
  if (visibility === 'public' && reply && !reply.public) {
    throw new AppError('VALIDATION_FAILED', `visibility: ${ticket.channel} is a private chat; send the reply as private`);
  }
  // A private answer to a public post goes to the person, not under the post.
  const to = visibility === 'private' && reply?.public ? (contact?.external_user_id ?? reply.to) : (reply?.to ?? contact?.external_user_id ?? '');
  return { to, inReplyTo: visibility === 'public' ? (latest?.external_id ?? null) : null };
}

/**
 * Replies to the citizen on the ticket's channel through the outbox (the web form's citizen reads it on
 * the tracking page instead). A public reply must carry no personal data; the first reply stops the
 * first-response clock.
 */
export async function replyToCitizen(ctx: DeskContext, actor: Actor, ticketId: number, input: ReplyInput) {
  const at = iso(ctx);
  const isWeb = (channel: string) => channel === 'web';
  const out = await ctx.store.db.transaction().execute(async (tx) => {
    const { ticket } = await ticketForAction(tx, actor, ticketId);
    if (input.clientKey) {
      const seen = await tx
        .selectFrom('ticket_messages')
        .select(['id', 'visibility'])
        .where('ticket_id', '=', ticketId)
        .where('client_key', '=', input.clientKey)
        .executeTakeFirst();
      if (seen) return { messageId: seen.id, replayed: true, event: null, outboxId: null };
    }
    if (isWeb(ticket.channel) && input.visibility === 'private') {
      throw new AppError('VALIDATION_FAILED', 'visibility: a web-form report has no private channel; the reply shows on its tracking page, so send it as public');
    }
    if (input.visibility === 'public') {
      const found = findPii(input.text).filter((s) => s.kind !== 'vehicle');
      const first = found[0];
      if (first) {
        const masked = maskPii(input.text, found);
        throw new AppError(
          'PERSONAL_DATA_IN_PUBLIC_REPLY',
          `text: contains ${PII_NAMES[first.kind] ?? 'personal data'}; a public reply must not. Remove it, or send a private reply`,
          undefined,
          undefined,
          { masked },
        );
      }
    }
    const address = isWeb(ticket.channel) ? null : await replyAddress(tx, ticket, input.visibility);
    const msg = await tx
      .insertInto('ticket_messages')
      .values({
        ticket_id: ticketId,
        inbound_id: null,
        direction: 'out',
        channel: ticket.channel,
        author_user_id: actor.userId,
        text: input.text,
        created_at: at,
        visibility: input.visibility,
        client_key: input.clientKey ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    let outboxId: number | null = null;
    if (address) {
      outboxId = await enqueueOutbound(
        tx,
        {
          channel: ticket.channel,
          kind: 'reply',
          ticketId,
          idempotencyKey: `reply:${ticketId}:${input.clientKey ?? `m${msg.id}`}`,
          payload: {
            to: address.to,
            text: input.text,
            visibility: input.visibility,
            reference: ticket.reference,
            language: ticket.language,
            ...(address.inReplyTo ? { inReplyTo: address.inReplyTo } : {}),
          },
        },
        at,
      );
    }
    const firstResponse = ticket.first_response_at === null;
    const next = { ...ticket, first_response_at: ticket.first_response_at ?? at, status: ticket.status === 'new' ? 'acknowledged' : ticket.status };
    await updateTicketIfUnchanged(tx, ticket, {
      first_response_at: next.first_response_at,
      status: next.status,
      updated_at: at,
      ...(firstResponse ? { sla_due_at: slaColumns(ctx.config.sla, next).sla_due_at, escalate_at: slaColumns(ctx.config.sla, next).escalate_at } : {}),
    });
    await appendAudit(tx, {
      ticketId,
      actorUserId: actor.userId,
      action: 'ticket.replied',
      details: {
        messageId: msg.id,
        visibility: input.visibility,
        channel: ticket.channel,
        outboxId,
        firstResponse,
        ...(firstResponse ? { firstResponseMinutes: Math.round((Date.parse(at) - Date.parse(ticket.created_at)) / 60_000) } : {}),
        ...(ticket.status !== next.status ? { status: { from: ticket.status, to: next.status } } : {}),
      },
      at,
    });
    return { messageId: msg.id, replayed: false, outboxId, event: await ticketEvent(tx, 'ticket.updated', ticketId, at) };
  });
  await publishAll(ctx, [out.event]);
  return { ticketId, messageId: out.messageId, replayed: out.replayed, queued: out.outboxId !== null };
}

/** An internal note: officers see it, the citizen never does. */
export async function addNote(ctx: DeskContext, actor: Actor, ticketId: number, text: string) {
  const at = iso(ctx);
  const out = await ctx.store.db.transaction().execute(async (tx) => {
    const { ticket } = await ticketForAction(tx, actor, ticketId);
    const msg = await tx
      .insertInto('ticket_messages')
      .values({ ticket_id: ticketId, inbound_id: null, direction: 'note', channel: 'desk', author_user_id: actor.userId, text, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await updateTicketIfUnchanged(tx, ticket, { updated_at: at });
    await appendAudit(tx, { ticketId, actorUserId: actor.userId, action: 'ticket.noted', details: { messageId: msg.id }, at });
    return { messageId: msg.id, event: await ticketEvent(tx, 'ticket.updated', ticketId, at) };
  });
  await publishAll(ctx, [out.event]);
  return { ticketId, messageId: out.messageId };
}

/** Rewrites which units see a ticket after it moves to another station; the units it leaves keep read access. */
async function moveUnits(tx: Tx, ctx: Pick<AppContext, 'city'>, t: TicketRow, station: string, zone: string | null): Promise<{ before: string[]; after: string[] }> {
  const rows = await tx.selectFrom('ticket_units').select(['unit_id', 'relation']).where('ticket_id', '=', t.id).execute();
  const next = new Map<string, Relation>();
  for (const r of rows) {
    if (r.relation === 'special') next.set(r.unit_id, 'special');
    else if (r.relation === 'owner' || r.relation === 'previous' || (r.relation === 'zone' && r.unit_id !== zone)) next.set(r.unit_id, 'previous');
  }
  next.set(ctx.city.id, 'city');
  if (zone) next.set(zone, 'zone');
  next.set(station, 'owner');
  await tx.deleteFrom('ticket_units').where('ticket_id', '=', t.id).execute();
  await tx
    .insertInto('ticket_units')
    .values([...next].map(([unit_id, relation]) => ({ ticket_id: t.id, unit_id, relation })))
    .execute();
  return { before: rows.map((r) => r.unit_id), after: [...next.keys()] };
}

function zoneOf(ctx: Pick<AppContext, 'city'>, station: string): string | null {
  const parent = ctx.city.units.find((u) => u.id === station)?.parent ?? null;
  return parent && ctx.city.units.find((u) => u.id === parent)?.kind === 'zone' ? parent : null;
}

function requireStation(ctx: Pick<AppContext, 'city'>, station: string): void {
  const unit = ctx.city.units.find((u) => u.id === station);
  if (!unit || (unit.kind !== 'station' && unit.kind !== 'special') || unit.status !== 'active') {
    throw new AppError('VALIDATION_FAILED', `station: "${station}" is not an active police station; see GET /api/units`);
  }
}

/**
 * The shared part of a transfer and a re-route: new owner, old owner read-only, audit, reassignment.
 * Intake uses it too, with no actor, when a citizen's pin re-routes their open ticket.
 */
export async function moveTicket(
  tx: Tx,
  ctx: DeskContext,
  actor: Pick<Actor, 'userId'> | null,
  t: TicketRow,
  station: string,
  why: { action: string; reason: string },
  at: string,
): Promise<DeskEvent | null> {
  const zone = zoneOf(ctx, station);
  const units = await moveUnits(tx, ctx, t, station, zone);
  const moved = await tx
    .updateTable('tickets')
    .set({ station_id: station, zone_id: zone, assignee_id: null, flags: addFlag(t.flags, 'transferred'), updated_at: at })
    .where('id', '=', t.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAudit(tx, {
    ticketId: t.id,
    actorUserId: actor?.userId ?? null,
    action: 'ticket.transferred',
    details: { from: t.station_id, to: station, via: why.action, reason: why.reason },
    at,
  });
  await autoAssign(tx, ctx, moved.id);
  return ticketEvent(tx, 'ticket.transferred', t.id, at, units.before);
}

/** Transfers a ticket to another station with a reason: it appears there at once; the sender keeps read access. */
export async function transferTicket(ctx: DeskContext, actor: Actor, ticketId: number, input: { station: string; reason: string }) {
  const at = iso(ctx);
  const event = await ctx.store.db.transaction().execute(async (tx) => {
    const { ticket } = await ticketForAction(tx, actor, ticketId);
    requireStation(ctx, input.station);
    if (ticket.station_id === input.station) throw new AppError('CONFLICT', `station: ${ticket.reference} is already with ${input.station}`);
    if (!isOpen(ticket.status)) throw new AppError('INVALID_TRANSITION', `Ticket ${ticket.reference} is ${ticket.status}; reopen it before a transfer`);
    return moveTicket(tx, ctx, actor, ticket, input.station, { action: 'transfer', reason: input.reason }, at);
  });
  await publishAll(ctx, [event]);
  return { ticketId, station: input.station };
}

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

/** Resolves an officer's chosen place through the locator; null when it lies in no jurisdiction. */
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

/**
 * An officer's correction of category, priority or place. A new place re-routes the ticket through the
 * locator; the corrected labels become a training example, a corrected place's spelling a gazetteer suggestion.
 */
export async function correctTriage(ctx: DeskContext, actor: Actor, ticketId: number, input: TriageCorrection) {
  const hasPlace = input.placeId !== undefined || input.lat !== undefined || input.lon !== undefined;
  if (input.category === undefined && input.priority === undefined && !hasPlace) {
    throw new AppError('VALIDATION_FAILED', 'body: give at least one of category, priority, placeId or lat/lon');
  }
  const at = iso(ctx);
  const events = await ctx.store.db.transaction().execute(async (tx) => {
    const { ticket } = await ticketForAction(tx, actor, ticketId);
    const category = input.category ?? ticket.category;
    const priority = input.priority ?? ticket.priority;
    const place = hasPlace ? placeFor(ctx, input, category) : null;
    const before = { category: ticket.category, priority: ticket.priority, place: ticket.place_id, station: ticket.station_id };
    const next = { ...ticket, category, priority };
    const sla = priority !== ticket.priority ? slaColumns(ctx.config.sla, next) : {};
    const p = place?.placement.place;
    const updated = await updateTicketIfUnchanged(tx, ticket, {
      category,
      priority,
      ...sla,
      ...(p ? { place_id: p.id, place_name: p.name, place_lat: p.lat, place_lon: p.lon, place_method: p.method, place_confidence: p.confidence } : {}),
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
      // Training text is masked like the summary: a model needs the words, not the citizen's number.
      await tx
        .insertInto('training_examples')
        .values({
          ticket_id: ticketId,
          text: maskPii(text, findPii(text)),
          category,
          priority,
          language: ticket.language,
          source: 'officer',
          created_by: actor.userId,
          created_at: at,
        })
        .execute();
    }
    let suggestionId: number | null = null;
    if (place && place.id !== 'pin') {
      const words = input.placeWords?.trim() || wordsOfSpan(ctx, text, category);
      if (words) {
        const row = await tx
          .insertInto('gazetteer_suggestions')
          .values({
            city_id: ctx.city.id,
            words,
            place_id: place.id,
            place_name: place.name,
            station_id: place.placement.station,
            ticket_id: ticketId,
            status: 'pending',
            created_by: actor.userId,
            created_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        suggestionId = row.id;
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
      return [await moveTicket(tx, ctx, actor, updated, station, { action: 'correction', reason }, at)];
    }
    return [await ticketEvent(tx, 'ticket.updated', ticketId, at)];
  });
  await publishAll(ctx, events);
  const t = await ctx.store.db.selectFrom('tickets').select(['category', 'priority', 'station_id', 'place_id']).where('id', '=', ticketId).executeTakeFirstOrThrow();
  return { ticketId, category: t.category, priority: t.priority, station: t.station_id, placeId: t.place_id };
}

/** The words the locator read as a place in the message, if it read any. */
function wordsOfSpan(ctx: DeskContext, text: string, category: string): string | null {
  const span = ctx.locator.locate({ text }, category).place?.span;
  return span ? text.slice(span[0], span[1]).trim() || null : null;
}

/**
 * Merges a duplicate into another ticket (the same citizen on two channels, or several citizens about
 * one incident): the duplicate closes with outcome `duplicate`, its citizen's follow-ups join the other.
 */
export async function mergeTicket(ctx: DeskContext, actor: Actor, ticketId: number, input: { into: number; reason?: string | undefined }) {
  if (input.into === ticketId) throw new AppError('VALIDATION_FAILED', 'into: a ticket cannot be merged into itself');
  const at = iso(ctx);
  const events = await ctx.store.db.transaction().execute(async (tx) => {
    const { ticket } = await ticketForAction(tx, actor, ticketId);
    const { ticket: target } = await ticketForAction(tx, actor, input.into);
    if (ticket.merged_into_id !== null) throw new AppError('CONFLICT', `Ticket ${ticket.reference} is already merged into ticket ${ticket.merged_into_id}`);
    if (target.merged_into_id !== null) {
      throw new AppError('CONFLICT', `into: ticket ${target.reference} was itself merged into ticket ${target.merged_into_id}; merge into that one`);
    }
    await updateTicketIfUnchanged(tx, ticket, {
      status: 'closed',
      outcome: 'duplicate',
      merged_into_id: target.id,
      resolved_at: ticket.resolved_at ?? at,
      escalate_at: null,
      updated_at: at,
    });
    // The duplicate's station follows the case it reported, read-only, unless it already sees it.
    if (ticket.station_id) {
      await tx
        .insertInto('ticket_units')
        .values({ ticket_id: target.id, unit_id: ticket.station_id, relation: 'previous' })
        .onConflict((oc) => oc.columns(['unit_id', 'ticket_id']).doNothing())
        .execute();
    }
    await tx.updateTable('ticket_threads').set({ ticket_id: target.id }).where('ticket_id', '=', ticket.id).execute();
    await tx.updateTable('tickets').set({ updated_at: at }).where('id', '=', target.id).execute();
    await appendAudit(tx, { ticketId, actorUserId: actor.userId, action: 'ticket.merged', details: { into: target.id, reference: target.reference, reason: input.reason ?? null }, at });
    await appendAudit(tx, { ticketId: target.id, actorUserId: actor.userId, action: 'ticket.merged_in', details: { from: ticket.id, reference: ticket.reference, reason: input.reason ?? null }, at });
    return [await ticketEvent(tx, 'ticket.merged', ticketId, at), await ticketEvent(tx, 'ticket.updated', target.id, at)];
  });
  await publishAll(ctx, events);
  return { ticketId, mergedInto: input.into };
}

