import { createHash, randomBytes } from 'node:crypto';
import type { Actor, Relation } from '../auth/access.js';
import { seesPersonalData } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import type { Placement } from '../geo/locate.types.js';
import type { DeskEvent } from '../realtime/event-bus.js';
import { isRowId } from '../store/clean-text.js';
import type { Db, Tx } from '../store/db.js';
import type { TicketRow } from '../store/tables.js';
import type { TriageResult } from '../triage/triage.types.js';
import { findPii, maskPii } from '../triage/pii.js';
import { appendAudit, listAudit } from './audit.repository.js';
import { formatReference } from './ticket.model.js';
import {
  findTicketByReference,
  findTicketForUnit,
  insertTicket,
  insertTicketMessage,
  listTicketMessages,
  listTicketsForUnit,
  insertTicketUnits,
  takeReferenceSeq,
  type TicketFilter,
} from './ticket.repository.js';

/** A ticket as the desk API shows it: no personal data beyond the masked summary. */
export interface TicketSummary {
  id: number;
  reference: string;
  status: string;
  category: string;
  priority: string;
  language: string;
  flags: string[];
  station: string | null;
  zone: string | null;
  place: {
    id: string | null;
    name: string | null;
    lat: number | null;
    lon: number | null;
    method: string;
    confidence: number;
  };
  channel: string;
  assigneeId: number | null;
  summary: string;
  createdAt: string;
  updatedAt: string;
}

export function toTicketSummary(t: TicketRow): TicketSummary {
  return {
    id: t.id,
    reference: t.reference,
    status: t.status,
    category: t.category,
    priority: t.priority,
    language: t.language,
    flags: parseJsonArray(t.flags),
    station: t.station_id,
    zone: t.zone_id,
    place: {
      id: t.place_id,
      name: t.place_name,
      lat: t.place_lat,
      lon: t.place_lon,
      method: t.place_method,
      confidence: t.place_confidence,
    },
    channel: t.channel,
    assigneeId: t.assignee_id,
    summary: t.summary,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
  };
}

function parseJsonArray(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
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
  channel: string;
  inboundId: number | null;
  contactId: number | null;
  triage: TriageResult;
  placement: Placement;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Opens a ticket for a citizen's first message, inside the caller's transaction. */
export async function openTicket(
  tx: Tx,
  ctx: Pick<AppContext, 'city' | 'now'>,
  input: OpenTicketInput,
): Promise<{ ticket: TicketRow; trackingToken: string; event: DeskEvent }> {
  const now = ctx.now();
  const at = new Date(now).toISOString();
  const year = new Date(now).getUTCFullYear();
  const seq = await takeReferenceSeq(tx, ctx.city.id, year);
  const trackingToken = randomBytes(16).toString('base64url');
  const { triage, placement } = input;
  const place = placement.place && placement.place.method !== 'none' ? placement.place : null;
  const summary = maskPii(input.text, triage.pii).slice(0, 280);
  const ticket = await insertTicket(tx, {
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
    summary,
    tracking_token_hash: hashToken(trackingToken),
    outcome: null,
    created_at: at,
    updated_at: at,
    first_response_at: null,
    resolved_at: null,
  });
  const units = ticketUnits(ctx, placement);
  await insertTicketUnits(tx, ticket.id, units);
  await insertTicketMessage(tx, {
    ticketId: ticket.id,
    inboundId: input.inboundId,
    direction: 'in',
    channel: input.channel,
    authorUserId: null,
    text: input.text,
    at,
  });
  await appendAudit(tx, {
    ticketId: ticket.id,
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
  });
  return {
    ticket,
    trackingToken,
    event: {
      type: 'ticket.created',
      ticketId: ticket.id,
      units: units.map((u) => u.unitId),
      ticket: toTicketSummary(ticket),
      at,
    },
  };
}

/** The tickets an officer may see, newest first, one page at a time. */
export async function listTickets(
  db: Db,
  actor: Actor,
  filter: Omit<TicketFilter, 'unitId' | 'beforeId' | 'limit'> & { cursor?: string | undefined; limit?: number | undefined },
): Promise<{ items: TicketSummary[]; nextCursor: string | null }> {
  const limit = filter.limit ?? 50;
  const beforeId = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  const rows = await listTicketsForUnit(db, { ...filter, unitId: actor.unitId, beforeId, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toTicketSummary),
    nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null,
  };
}

function encodeCursor(id: number): string {
  return Buffer.from(`t:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const m = /^t:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  const id = Number(m?.[1]);
  if (!isRowId(id)) throw new AppError('VALIDATION_FAILED', 'cursor: not a cursor this API gave out');
  return id;
}

/** One ticket with its conversation and audit trail, or TICKET_NOT_FOUND when the officer may not see it. */
export async function getTicket(db: Db, actor: Actor, id: number) {
  const found = await findTicketForUnit(db, id, actor.unitId);
  if (!found) throw new AppError('TICKET_NOT_FOUND', `No ticket ${id} on your desk`);
  const { relation, ...row } = found;
  const [messages, audit] = await Promise.all([listTicketMessages(db, id), listAudit(db, id)]);
  const showPii = seesPersonalData(actor.role);
  let contact: { name: string | null; phone: string | null; channel: string } | null = null;
  if (showPii && row.contact_id !== null) {
    const c = await db
      .selectFrom('contacts')
      .select(['display_name', 'phone', 'channel'])
      .where('id', '=', row.contact_id)
      .executeTakeFirst();
    if (c) contact = { name: c.display_name, phone: c.phone, channel: c.channel };
  }
  return {
    ...toTicketSummary(row),
    access: relation === 'previous' ? ('read' as const) : ('act' as const),
    reasons: parseReasons(row.reasons),
    contact,
    messages: messages.map((m) => ({
      id: m.id,
      direction: m.direction,
      channel: m.channel,
      // Roles without a need for personal data read the message with it masked.
      text: showPii ? m.text : maskPii(m.text, findPii(m.text)),
      author: m.author_name ?? null,
      createdAt: m.created_at,
    })),
    audit: audit.map((a) => ({
      id: a.id,
      action: a.action,
      actor: a.display_name ?? 'Chowki',
      details: safeJson(a.details),
      createdAt: a.created_at,
    })),
  };
}

function parseReasons(json: string): { triage: string[]; routing: string[] } {
  const v = safeJson(json);
  const pick = (k: string): string[] => {
    if (typeof v !== 'object' || v === null || !(k in v)) return [];
    const arr: unknown = Reflect.get(v, k);
    return Array.isArray(arr) ? arr.map(String) : [];
  };
  return { triage: pick('triage'), routing: pick('routing') };
}

function safeJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/** What the public may know of a report: status and station, never its text or the citizen. */
export async function getPublicReport(db: Db, reference: string, token: string) {
  const t = await findTicketByReference(db, reference);
  if (!t || t.tracking_token_hash !== hashToken(token)) {
    throw new AppError('REPORT_NOT_FOUND', 'No report with that reference and token');
  }
  const station = t.station_id
    ? await db.selectFrom('units').select(['id', 'name_en', 'name_local', 'x_handle']).where('id', '=', t.station_id).executeTakeFirst()
    : undefined;
  return {
    reference: t.reference,
    status: t.status,
    category: t.category,
    priority: t.priority,
    station: station ? { id: station.id, name: station.name_en, nameLocal: station.name_local, xHandle: station.x_handle } : null,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
    outcome: t.outcome,
  };
}
