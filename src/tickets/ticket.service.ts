/** Reading tickets: an officer's list, and what the public may know of a report. */
import type { Actor } from '../auth/access.js';
import { AppError } from '../errors.js';
import { isRowId } from '../store/clean-text.js';
import type { Db } from '../store/db.js';
import { hashToken } from './ticket.lifecycle.js';
import { isOpenStatus, OUTCOMES, parseTicketStatus, type Outcome, type TicketStatus } from './ticket.model.js';
import { findTicketByReference, listTicketsForUnit, type TicketFilter } from './ticket.repository.js';
import { toTicketSummary, type TicketSummary } from './ticket.schema.js';

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

/** The reasons column: what decided triage and routing, for the officer to see why. */
export function parseReasons(json: string): { triage: string[]; routing: string[] } {
  const v = safeJson(json);
  const pick = (k: string): string[] => {
    if (typeof v !== 'object' || v === null || !(k in v)) return [];
    const arr: unknown = Reflect.get(v, k);
    return Array.isArray(arr) ? arr.map(String) : [];
  };
  return { triage: pick('triage'), routing: pick('routing') };
}

export function safeJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/** The police's public replies to a report, for its tracking page. */
export async function getPublicReplies(db: Db, reference: string, token: string) {
  const t = await findTicketByReference(db, reference);
  if (!t || t.tracking_token_hash !== hashToken(token)) {
    throw new AppError('REPORT_NOT_FOUND', 'No report with that reference and token');
  }
  const rows = await db
    .selectFrom('ticket_messages')
    .select(['text', 'created_at'])
    .where('ticket_id', '=', t.id)
    .where('direction', '=', 'out')
    .where('visibility', '=', 'public')
    .orderBy('id')
    .execute();
  return { reference: t.reference, replies: rows.map((r) => ({ text: r.text, createdAt: r.created_at })) };
}

/** The ticket a tracking link opens: its reference and secret token, or REPORT_NOT_FOUND for either wrong. */
export async function findTrackedTicket(db: Db, reference: string, token: string) {
  const t = await findTicketByReference(db, reference);
  if (!t || t.tracking_token_hash !== hashToken(token)) {
    throw new AppError('REPORT_NOT_FOUND', 'No report with that reference and token');
  }
  return t;
}

type PublicStation = { id: string; name: string; nameLocal: string; xHandle: string | null };

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : {};
}

function readObject(json: string): Record<string, unknown> {
  return asRecord(safeJson(json));
}

/**
 * Everything the holder of a report's tracking link may see: status and station, the citizen's own
 * messages (only those of the contact who reported: an X conversation may hold other people's), the
 * police's public replies, and a timeline of status and station changes without officers or reasons.
 */
export async function getTrackingView(db: Db, reference: string, token: string) {
  const t = await findTrackedTicket(db, reference, token);
  const units = new Map<string, PublicStation>();
  const stationOf = async (id: string | null): Promise<PublicStation | null> => {
    if (!id) return null;
    const known = units.get(id);
    if (known) return known;
    const u = await db.selectFrom('units').select(['id', 'name_en', 'name_local', 'x_handle']).where('id', '=', id).executeTakeFirst();
    if (!u) return null;
    const s = { id: u.id, name: u.name_en, nameLocal: u.name_local, xHandle: u.x_handle };
    units.set(id, s);
    return s;
  };

  const contact = t.contact_id
    ? await db.selectFrom('contacts').select(['channel', 'external_user_id']).where('id', '=', t.contact_id).executeTakeFirst()
    : undefined;
  const rows = await db
    .selectFrom('ticket_messages')
    .leftJoin('inbound', 'inbound.id', 'ticket_messages.inbound_id')
    .select(['ticket_messages.direction', 'ticket_messages.visibility', 'ticket_messages.text', 'ticket_messages.created_at', 'inbound.payload'])
    .where('ticket_messages.ticket_id', '=', t.id)
    .where((eb) => eb.or([eb('ticket_messages.direction', '=', 'in'), eb.and([eb('ticket_messages.direction', '=', 'out'), eb('ticket_messages.visibility', '=', 'public')])]))
    .orderBy('ticket_messages.id')
    .execute();
  const isOwn = (payload: string | null): boolean => {
    if (!contact || payload === null) return false;
    const item = readObject(payload);
    const author = asRecord(item.author);
    return item.channel === contact.channel && author.id === contact.external_user_id;
  };
  const photosIn = (payload: string | null): number => {
    const attachments = payload === null ? undefined : readObject(payload).attachments;
    return Array.isArray(attachments) ? attachments.filter((a) => asRecord(a).kind === 'photo').length : 0;
  };
  const messages: Array<{ from: 'you' | 'police'; text: string; at: string; photos: number }> = [];
  for (const r of rows) {
    if (r.direction === 'out') messages.push({ from: 'police', text: r.text, at: r.created_at, photos: 0 });
    else if (isOwn(r.payload)) messages.push({ from: 'you', text: r.text, at: r.created_at, photos: photosIn(r.payload) });
  }

  const audit = await db
    .selectFrom('audit_log')
    .select(['action', 'details', 'created_at'])
    .where('ticket_id', '=', t.id)
    .where('action', 'in', ['ticket.created', 'ticket.status_changed', 'ticket.transferred', 'ticket.rerouted', 'ticket.merged'])
    .orderBy('id')
    .execute();
  const timeline: TrackingTimelineEntry[] = [];
  for (const a of audit) {
    const d = readObject(a.details);
    if (a.action === 'ticket.created') timeline.push({ kind: 'received', at: a.created_at });
    else if (a.action === 'ticket.status_changed') {
      const status = parseTicketStatus(String(d.to));
      const outcome = OUTCOMES.find((o) => o === d.outcome) ?? null;
      if (status) timeline.push({ kind: 'status', at: a.created_at, status, outcome });
    } else if (a.action === 'ticket.merged') timeline.push({ kind: 'merged', at: a.created_at });
    else {
      // A transfer names the station; a reroute carries it in `to`. Only a change of station is news to the citizen.
      const to = a.action === 'ticket.transferred' ? d.to : asRecord(d.to).station;
      const from = a.action === 'ticket.transferred' ? d.from : asRecord(d.from).station;
      if (to === from) continue;
      timeline.push({ kind: 'station', at: a.created_at, station: await stationOf(typeof to === 'string' ? to : null) });
    }
  }

  return {
    reference: t.reference,
    status: t.status,
    open: isOpenStatus(t.status),
    category: t.category,
    priority: t.priority,
    station: await stationOf(t.station_id),
    createdAt: t.created_at,
    updatedAt: t.updated_at,
    outcome: t.outcome,
    messages,
    timeline,
  };
}

export type TrackingTimelineEntry =
  | { kind: 'received'; at: string }
  | { kind: 'status'; at: string; status: TicketStatus; outcome: Outcome | null }
  | { kind: 'station'; at: string; station: PublicStation | null }
  | { kind: 'merged'; at: string };
