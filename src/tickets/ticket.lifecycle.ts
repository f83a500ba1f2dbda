/**
 * The one owner of a ticket's life (DESIGN.md, Tickets): opening it, adding a citizen's message,
 * placing and moving it between stations, compare-and-set updates, and its SLA clock. Intake and the
 * desk call these inside their transactions; each returns the event to publish after the commit.
 */
import { createHash, randomFillSync } from 'node:crypto';
import type { Actor, Relation } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { locateConversation } from '../geo/conversation.locate.js';
import type { Placement } from '../geo/locate.types.js';
import type { Tx } from '../store/db.js';
import type { TicketRow, TicketUpdate } from '../store/tables.js';
import type { TriageResult } from '../triage/triage.types.js';
import { triageConversation } from '../triage/conversation.js';
import { findPii, maskPii } from '../triage/pii.js';
import { appendAudit, type AuditEntry } from './audit.repository.js';
import type { TicketEvent } from './desk-event.schema.js';
import { slaColumns, type SlaInput } from './sla.clock.js';
import { ticketEvent, ticketEventOf } from './ticket.events.js';
import { addFlag, AWAITING_DETAILS, formatReference } from './ticket.model.js';
import type { Sentiment } from '../triage/sentiment.js';
import { insertTicket, insertTicketMessage, insertTicketUnits, takeReferenceSeq } from './ticket.repository.js';

export type LifecycleContext = Pick<AppContext, 'config' | 'city' | 'now' | 'assigner'>;

/** How the citizen can be answered on their channel: the address, and whether everyone reads the answer. */
export interface ReplyAddress {
  to: string;
  public: boolean;
}

/** Random bytes drawn 256 tokens at a time: one call to the system's generator per 256 tickets, not per ticket (BENCHMARKS.md). */
const TOKEN_BYTES = 16;
const tokenPool = Buffer.alloc(TOKEN_BYTES * 256);
let tokenOffset = tokenPool.length;

/** The secret half of a ticket's public tracking link: 128 random bits, URL-safe. Never reused: each pool byte is handed out once. */
export function newTrackingToken(): string {
  if (tokenOffset + TOKEN_BYTES > tokenPool.length) {
    randomFillSync(tokenPool);
    tokenOffset = 0;
  }
  const token = tokenPool.toString('base64url', tokenOffset, tokenOffset + TOKEN_BYTES);
  tokenOffset += TOKEN_BYTES;
  return token;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compare-and-set on updated_at: two officers acting at once get a clear conflict, not a lost update. */
export async function updateTicketIfUnchanged(tx: Tx, t: TicketRow, patch: TicketUpdate): Promise<TicketRow> {
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

/** The units that see a ticket owned by `station` (or by the control room when null). */
export function ticketUnits(ctx: Pick<AppContext, 'city'>, placement: Pick<Placement, 'station' | 'zone' | 'specialUnits'>) {
  const units: Array<{ unitId: string; relation: Relation }> = [];
  if (placement.station) units.push({ unitId: placement.station, relation: 'owner' });
  if (placement.zone) units.push({ unitId: placement.zone, relation: 'zone' });
  units.push({ unitId: ctx.city.id, relation: 'city' });
  for (const s of placement.specialUnits) units.push({ unitId: s, relation: 'special' });
  return units;
}

export interface OpenTicketInput {
  text: string;
  /** The message's sentiment when the caller has judged it already (judgeSentiment). */
  sentiment?: Sentiment | undefined;
  channel: string;
  inboundId: number | null;
  contactId: number | null;
  triage: TriageResult;
  placement: Placement;
  reply?: ReplyAddress | undefined;
  /** When the citizen wrote it (the channel's time); the ticket's own clock starts now. */
  messageAt?: string | undefined;
}

/**
 * Opens a ticket for a citizen's first message, inside the caller's transaction: its units, first
 * message, audit entry and running SLA clock, then the roster's officer on duty.
 */
export async function openTicket(
  tx: Tx,
  ctx: LifecycleContext,
  input: OpenTicketInput,
): Promise<{ ticket: TicketRow; trackingToken: string; event: TicketEvent }> {
  const now = ctx.now();
  const at = new Date(now).toISOString();
  const year = new Date(now).getUTCFullYear();
  const seq = await takeReferenceSeq(tx, ctx.city.id, year);
  const trackingToken = newTrackingToken();
  const { triage, placement } = input;
  const place = placement.place && placement.place.method !== 'none' ? placement.place : null;
  const clockStart: SlaInput = { priority: triage.priority, created_at: at, first_response_at: null, status: 'new', escalation_level: 0, escalated_at: null };
  const inserted = await insertTicket(tx, {
    reference: formatReference(ctx.city.code, year, seq),
    city_id: ctx.city.id,
    status: 'new',
    category: triage.category,
    priority: triage.priority,
    language: triage.language,
    flags: JSON.stringify(triage.flags),
    station_id: placement.station,
    zone_id: placement.zone,
    place_id: place?.id ?? null,
    place_name: place?.name ?? null,
    place_lat: place?.lat ?? null,
    place_lon: place?.lon ?? null,
    place_method: place?.method ?? 'none',
    place_confidence: place?.confidence ?? 0,
    reasons: JSON.stringify({ triage: triage.reasons, routing: placement.reasons }),
    channel: input.channel,
    contact_id: input.contactId,
    assignee_id: null,
    summary: maskPii(input.text, triage.pii).slice(0, 280),
    tracking_token_hash: hashToken(trackingToken),
    outcome: null,
    created_at: at,
    updated_at: at,
    first_response_at: null,
    resolved_at: null,
    // The clock starts with the ticket, whoever (if anyone) takes it.
    ...slaColumns(ctx.config.sla, clockStart),
  });
  const units = ticketUnits(ctx, placement);
  await insertTicketUnits(tx, inserted, units);
  await insertTicketMessage(tx, {
    ticketId: inserted.id,
    inboundId: input.inboundId,
    direction: 'in',
    channel: input.channel,
    authorUserId: null,
    text: input.text,
    at,
    reply: input.reply ?? null,
    sentiment: input.sentiment,
  });
  const created: AuditEntry = {
    ticketId: inserted.id,
    actorUserId: null,
    action: 'ticket.created',
    details: {
      category: triage.category,
      priority: triage.priority,
      language: triage.language,
      station: placement.station,
      method: place?.method ?? 'none',
      reasons: { triage: triage.reasons, routing: placement.reasons },
    },
    at,
  };
  // The creation's audit entry goes in one statement with the assigner's (assigned, or why not). The row
  // and units were written just above: the ticket is read again only when the assigner changed it.
  const assignee = await ctx.assigner.assignNew(tx, inserted.id, inserted, [created]);
  const ticket = assignee === null ? inserted : await tx.selectFrom('tickets').selectAll().where('id', '=', inserted.id).executeTakeFirstOrThrow();
  const event = ticketEventOf('ticket.created', ticket, units.map((u) => u.unitId), at);
  return { ticket, trackingToken, event };
}

export interface CitizenMessage {
  inboundId: number;
  /** Its sentiment when the caller has judged it already (judgeSentiment). */
  sentiment?: Sentiment | undefined;
  channel: string;
  text: string;
  reply?: ReplyAddress | undefined;
  attachments: number;
  at: string;
}

/** Adds a citizen's follow-up to their open ticket (audited); the ticket as it now is. */
export async function addCitizenMessage(tx: Tx, ticket: TicketRow, m: CitizenMessage): Promise<TicketRow> {
  await insertTicketMessage(tx, {
    ticketId: ticket.id,
    inboundId: m.inboundId,
    direction: 'in',
    channel: m.channel,
    authorUserId: null,
    text: m.text,
    at: m.at,
    reply: m.reply ?? null,
    sentiment: m.sentiment,
  });
  const updated = await tx.updateTable('tickets').set({ updated_at: m.at }).where('id', '=', ticket.id).returningAll().executeTakeFirstOrThrow();
  await appendAudit(tx, {
    ticketId: ticket.id,
    actorUserId: null,
    action: 'ticket.message_added',
    details: { channel: m.channel, inboundId: m.inboundId, attachments: m.attachments },
    at: m.at,
  });
  return updated;
}

/** The zone a station belongs to, or null for a unit outside the zones (a special unit). */
export function zoneOf(ctx: Pick<AppContext, 'city'>, station: string): string | null {
  const parent = ctx.city.units.find((u) => u.id === station)?.parent ?? null;
  return parent && ctx.city.units.find((u) => u.id === parent)?.kind === 'zone' ? parent : null;
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

/** Why a ticket moved: a desk transfer, an officer's place correction, a citizen's pin, a re-judged conversation. */
export interface MoveReason {
  action: 'transfer' | 'correction' | 'pin' | 'rejudge';
  reason: string;
}

/**
 * Moves a ticket to another station: new owner, old owner read-only, audit, and the new station's
 * officer on duty. A desk transfer, a correction, a pin and a re-judgement all move through here.
 */
export async function moveTicket(
  tx: Tx,
  ctx: LifecycleContext,
  actor: Pick<Actor, 'userId'> | null,
  t: TicketRow,
  station: string,
  why: MoveReason,
  at: string,
): Promise<TicketEvent | null> {
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
  await ctx.assigner.assignNew(tx, moved.id);
  return ticketEvent(tx, 'ticket.transferred', t.id, at, units.before);
}

/** The place columns of a ticket for a placement (a resolved place, or none). */
export function placeColumns(placement: Pick<Placement, 'place'>): Pick<TicketUpdate, 'place_id' | 'place_name' | 'place_lat' | 'place_lon' | 'place_method' | 'place_confidence'> {
  const p = placement.place && placement.place.method !== 'none' ? placement.place : null;
  return {
    place_id: p?.id ?? null,
    place_name: p?.name ?? null,
    place_lat: p?.lat ?? null,
    place_lon: p?.lon ?? null,
    place_method: p?.method ?? 'none',
    place_confidence: p?.confidence ?? 0,
  };
}

/**
 * Gives a ticket a better place than it had (a citizen's pin, a later message naming the place) and,
 * when the place lies in another station's jurisdiction, moves it there. Audited as `ticket.rerouted`.
 */
export async function relocateTicket(
  tx: Tx,
  ctx: LifecycleContext,
  ticket: TicketRow,
  placement: Placement,
  why: { via: 'pin' | 'rejudge'; inboundId: number | null; reason: string },
  at: string,
): Promise<TicketEvent | null> {
  const p = placement.place;
  if (!p || !placement.station) return null;
  // The Why panel reads the routing reasons: they say what moved the ticket, then how the new place routes.
  const reasons = { triage: safeTriage(ticket.reasons), routing: [`re-routed: ${why.reason}`, ...placement.reasons] };
  const placed = await tx
    .updateTable('tickets')
    .set({ ...placeColumns(placement), reasons: JSON.stringify(reasons), updated_at: at })
    .where('id', '=', ticket.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAudit(tx, {
    ticketId: ticket.id,
    actorUserId: null,
    action: 'ticket.rerouted',
    details: {
      via: why.via,
      inboundId: why.inboundId,
      from: { place: ticket.place_id, method: ticket.place_method, station: ticket.station_id },
      to: { place: p.id, method: p.method, station: placement.station },
      reason: why.reason,
    },
    at,
  });
  if (placement.station !== ticket.station_id) {
    return moveTicket(tx, ctx, null, placed, placement.station, { action: why.via, reason: why.reason }, at);
  }
  return ticketEvent(tx, 'ticket.updated', ticket.id, at);
}

/** The judged fields of a ticket that an officer can confirm or correct; a locked one is never re-judged. */
export const JUDGED_FIELDS = ['category', 'priority', 'place'] as const;
export type JudgedField = (typeof JUDGED_FIELDS)[number];

/** The fields an officer has locked (the locked_fields column). */
export function lockedFields(json: string): JudgedField[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? JUDGED_FIELDS.filter((f) => v.includes(f)) : [];
  } catch {
    return [];
  }
}

/** The locked_fields column with more fields locked. */
export function lockFields(json: string, add: readonly JudgedField[]): string {
  const now = new Set<JudgedField>([...lockedFields(json), ...add]);
  return JSON.stringify(JUDGED_FIELDS.filter((f) => now.has(f)));
}

export { AWAITING_DETAILS };

const PRIORITY_RANK: Record<string, number> = { p1: 3, p2: 2, p3: 1 };

/** The engines a re-judgement runs: pure, from the context. */
export type JudgingContext = LifecycleContext & Pick<AppContext, 'triager' | 'locator'>;

export interface Rejudgement {
  ticket: TicketRow;
  events: TicketEvent[];
  /** The conversation became p1 with this message: the citizen should hear 112 now. */
  becameUrgent: boolean;
  /** The ticket still holds no report. */
  awaitingDetails: boolean;
}

/**
 * Judges a conversation again after a new message, over all of the citizen's messages in the ticket
 * (DESIGN.md, Tickets): greetings and commands decide nothing; a field an officer confirmed or
 * corrected is never touched; priority only rises; a place named later routes a ticket that had
 * none (or only the handle it was sent to) and the queue moves live. Audited as `ticket.rejudged`.
 */
export async function rejudgeTicket(tx: Tx, ctx: JudgingContext, ticket: TicketRow, why: { inboundId: number }, at: string): Promise<Rejudgement> {
  const locked = new Set(lockedFields(ticket.locked_fields));
  const unchanged: Rejudgement = { ticket, events: [], becameUrgent: false, awaitingDetails: parseFlagList(ticket.flags).includes(AWAITING_DETAILS) };
  if (JUDGED_FIELDS.every((f) => locked.has(f))) return unchanged;
  const messages = await tx
    .selectFrom('ticket_messages')
    .select(['text', 'created_at'])
    .where('ticket_id', '=', ticket.id)
    .where('direction', '=', 'in')
    .orderBy('id')
    .execute();
  // The whole conversation in one pass: greetings decide nothing, the most urgent message counts most.
  const judged = triageConversation(
    ctx.triager,
    messages.map((m) => ({ text: m.text, channel: ticket.channel })),
  );
  if (judged.contentless) return unchanged;
  const firstIndex = judged.messages.find((m) => !m.contentless)?.index ?? 0;
  const first = messages[firstIndex];
  if (!first) return unchanged;
  const substantive = judged.messages.filter((m) => !m.contentless);
  const wasAwaiting = unchanged.awaitingDetails;
  const category = locked.has('category') ? ticket.category : judged.category;
  const rises = (PRIORITY_RANK[judged.priority] ?? 0) > (PRIORITY_RANK[ticket.priority] ?? 0);
  // A waiting ticket's p3 was a placeholder, not a judgement: the first report sets it either way.
  const priority = locked.has('priority') ? ticket.priority : rises || wasAwaiting ? judged.priority : ticket.priority;
  const flags = parseFlagList(ticket.flags).filter((f) => f !== AWAITING_DETAILS && f !== 'unsure');
  for (const f of judged.flags) if (!flags.includes(f) && (f !== 'unsure' || priority === judged.priority)) flags.push(f);
  const reasons = { triage: judged.reasons, routing: safeRouting(ticket.reasons) };

  // Message by message: the earliest place decides unless a later message corrects it ("sorry, Sadar nahi, Sakkardara").
  const placement = locked.has('place')
    ? null
    : locateConversation(
        ctx.locator,
        messages.map((m) => ({ text: m.text, channel: ticket.channel })),
        category,
      );
  const placeBetter =
    placement?.place &&
    placement.place.method !== 'none' &&
    placement.station !== null &&
    (ticket.place_method === 'none' || ticket.place_method === 'handle' || (ticket.place_method !== 'pin' && placement.place.id !== ticket.place_id));
  if (placeBetter && placement) reasons.routing = placement.reasons;

  // A ticket that waited for details starts its clocks when the report arrives.
  const clockFrom = wasAwaiting ? first.created_at : ticket.created_at;
  const clockChanged = priority !== ticket.priority || wasAwaiting;
  const clock = clockChanged ? slaColumns(ctx.config.sla, { ...ticket, priority, created_at: clockFrom }) : {};
  const summary = wasAwaiting ? maskPii(first.text, findPii(first.text)).slice(0, 280) : ticket.summary;
  const before = { category: ticket.category, priority: ticket.priority, language: ticket.language, station: ticket.station_id, place: ticket.place_id };
  const updated = await tx
    .updateTable('tickets')
    .set({
      category,
      priority,
      language: judged.language,
      flags: JSON.stringify(flags),
      reasons: JSON.stringify(reasons),
      summary,
      ...clock,
      updated_at: at,
    })
    .where('id', '=', ticket.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const changed = before.category !== category || before.priority !== priority || before.language !== judged.language || wasAwaiting;
  if (changed) {
    await appendAudit(tx, {
      ticketId: ticket.id,
      actorUserId: null,
      action: 'ticket.rejudged',
      details: {
        inboundId: why.inboundId,
        messages: substantive.length,
        from: { category: before.category, priority: before.priority, language: before.language },
        to: { category, priority, language: judged.language },
        locked: [...locked],
        reasons: judged.reasons,
      },
      at,
    });
  }
  const events: TicketEvent[] = [];
  if (placeBetter && placement) {
    const name = placement.place?.name ?? 'the place named';
    const moved = await relocateTicket(tx, ctx, updated, placement, { via: 'rejudge', inboundId: why.inboundId, reason: `the citizen named the place in a later message: ${name}` }, at);
    if (moved) events.push(moved);
  }
  if (events.length === 0 && changed) {
    const e = await ticketEvent(tx, 'ticket.updated', ticket.id, at);
    if (e) events.push(e);
  }
  const now = await tx.selectFrom('tickets').selectAll().where('id', '=', ticket.id).executeTakeFirstOrThrow();
  return { ticket: now, events, becameUrgent: priority === 'p1' && before.priority !== 'p1', awaitingDetails: false };
}

function parseFlagList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

function safeTriage(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    const r: unknown = typeof v === 'object' && v !== null ? Reflect.get(v, 'triage') : undefined;
    return Array.isArray(r) ? r.map(String) : [];
  } catch {
    return [];
  }
}

function safeRouting(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    const r: unknown = typeof v === 'object' && v !== null ? Reflect.get(v, 'routing') : undefined;
    return Array.isArray(r) ? r.map(String) : [];
  } catch {
    return [];
  }
}
