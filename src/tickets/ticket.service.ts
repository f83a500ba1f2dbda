/** Reading tickets: an officer's list, and what the public may know of a report. */
import type { Actor } from '../auth/access.js';
import { AppError } from '../errors.js';
import { isRowId } from '../store/clean-text.js';
import type { Db } from '../store/db.js';
import { hashToken } from './ticket.lifecycle.js';
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
