/** The desk queue: the officer's open tickets in working order, with counts and cursor paging. */
import type { Actor, Role } from '../auth/access.js';
import { citizenPhoneFor } from './citizen-phone.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { cleanText, isRowId } from '../store/clean-text.js';
import type { Db } from '../store/db.js';
import { isOpenStatus, type TicketStatus } from '../tickets/ticket.model.js';
import { toE164 } from '../triage/phone.normalise.js';
import { PRIORITIES, type Category, type Priority } from '../triage/triage.types.js';
import type { TicketRow } from '../store/tables.js';
import { toTicketSummary, type TicketSummary } from '../tickets/ticket.schema.js';
import { controlRankOf } from '../tickets/ticket.repository.js';
import { queueCounts, queuePage, type QueueCursor, type QueueFilter, type QueueSort } from './queue.repository.js';
import { isBreached } from '../tickets/sla.clock.js';

/** A queue row: the ticket summary with its SLA state and assignee's name. */
export interface DeskTicket extends TicketSummary {
  assigneeName: string | null;
  firstResponseAt: string | null;
  firstResponseDueAt: string | null;
  resolveDueAt: string | null;
  slaDueAt: string | null;
  breached: boolean;
  escalationLevel: number;
  mergedIntoId: number | null;
  /** In a history search: the citizen's phone as the role sees it. */
  contactPhone?: string | null;
}

/**
 * Maps rows to desk rows, fetching assignees' names in one query; with `phonesFor`, also each citizen's
 * phone as that role sees it (history search results, where the officer tells one citizen from another).
 */
export async function toDeskTickets(db: Db, rows: readonly TicketRow[], now: string, phonesFor?: Role): Promise<DeskTicket[]> {
  const ids = [...new Set(rows.map((r) => r.assignee_id).filter((x): x is number => x !== null))];
  const names = new Map(
    ids.length ? (await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute()).map((u) => [u.id, u.display_name]) : [],
  );
  const contactIds = phonesFor ? [...new Set(rows.map((r) => r.contact_id).filter((x): x is number => x !== null))] : [];
  const phones = new Map(
    contactIds.length ? (await db.selectFrom('contacts').select(['id', 'phone']).where('id', 'in', contactIds).execute()).map((c) => [c.id, c.phone]) : [],
  );
  return rows.map((r) => ({
    ...toTicketSummary(r),
    assigneeName: r.assignee_id === null ? null : (names.get(r.assignee_id) ?? null),
    firstResponseAt: r.first_response_at,
    firstResponseDueAt: r.first_response_due_at,
    resolveDueAt: r.resolve_due_at,
    slaDueAt: r.sla_due_at,
    breached: isBreached(r, now),
    escalationLevel: r.escalation_level,
    mergedIntoId: r.merged_into_id,
    ...(phonesFor ? { contactPhone: r.contact_id === null ? null : citizenPhoneFor(phonesFor, phones.get(r.contact_id) ?? null) } : {}),
  }));
}

export interface QueueQuery {
  status?: TicketStatus[] | undefined;
  priority?: Priority[] | undefined;
  category?: Category[] | undefined;
  channel?: string[] | undefined;
  /** `me`, `none`, or a user id. */
  assignee?: string | undefined;
  breached?: boolean | undefined;
  /** Only tickets no station holds and escalated ones (the control room's own queue). */
  control?: boolean | undefined;
  q?: string | undefined;
  /** Days (YYYY-MM-DD) in the force's time zone, both included. */
  from?: string | undefined;
  to?: string | undefined;
  sort?: QueueSort | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

function encodeCursor(sort: QueueSort, c: QueueCursor): string {
  return Buffer.from(JSON.stringify({ s: sort, ...c })).toString('base64url');
}

/** The city's desks, whose queue puts tickets no station holds and escalated ones first. */
const CONTROL_FIRST_ROLES: readonly Actor['role'][] = ['control_room', 'commissioner'];

function decodeCursor(sort: QueueSort, cursor: string, ranked: boolean): QueueCursor {
  const bad = () => new AppError('VALIDATION_FAILED', 'cursor: not a cursor this queue gave out; start again without it');
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    throw bad();
  }
  if (typeof v !== 'object' || v === null) throw bad();
  const s: unknown = Reflect.get(v, 's');
  const k: unknown = Reflect.get(v, 'k');
  const c: unknown = Reflect.get(v, 'c');
  const id: unknown = Reflect.get(v, 'id');
  const r: unknown = Reflect.get(v, 'r');
  if (ranked ? r !== 0 && r !== 1 : r !== undefined) throw bad();
  if (s !== sort || typeof k !== 'string' || typeof c !== 'string' || !isRowId(id)) throw bad();
  // A cursor is ours or nothing: text a database would refuse was never in one.
  if (cleanText(k) !== k || cleanText(c) !== c) throw bad();
  if (sort === 'priority' && !PRIORITIES.some((p) => p === k)) throw bad();
  return { k, c, id, r: ranked ? Number(r) : undefined };
}

function parseAssignee(actor: Actor, a: string | undefined): number | null | undefined {
  if (a === undefined) return undefined;
  if (a === 'me') return actor.userId;
  if (a === 'none') return null;
  if (/^\d+$/.test(a) && isRowId(Number(a))) return Number(a);
  throw new AppError('VALIDATION_FAILED', 'assignee: use me, none, or an officer id');
}

/** The instant a local day starts in a time zone ("2026-03-02" in Asia/Kolkata → 2026-03-01T18:30:00.000Z). */
export function localDayStart(day: string, timeZone: string): string {
  const utc = Date.parse(`${day}T00:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(utc));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(utc - (local - utc)).toISOString();
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The officer's tickets: the open queue, p1 first then oldest (or the nearest deadline first), filtered,
 * with counts. A search, a date range or a closed status reads the unit's history instead: every status
 * (or those named), so that a resolved ticket is found by its reference, text, place or citizen's phone.
 * The city's desks see their own work first: tickets no station holds and escalated ones.
 */
export async function getQueue(ctx: Pick<AppContext, 'store' | 'now' | 'config' | 'city'>, actor: Actor, query: QueueQuery) {
  const db = ctx.store.db;
  const now = new Date(ctx.now()).toISOString();
  const sort = query.sort ?? 'priority';
  const limit = query.limit ?? 50;
  const search = query.q?.trim() || undefined;
  const history = (query.status?.some((s) => !isOpenStatus(s)) ?? false) || (!query.status?.length && (search !== undefined || query.from !== undefined || query.to !== undefined));
  const filter: QueueFilter = {
    unitId: actor.unitId,
    history,
    phone: toE164(search) ?? undefined,
    from: query.from ? localDayStart(query.from, ctx.config.timeZone) : undefined,
    to: query.to ? localDayStart(nextDay(query.to), ctx.config.timeZone) : undefined,
    status: query.status,
    priority: query.priority,
    category: query.category,
    channel: query.channel,
    assignee: parseAssignee(actor, query.assignee),
    breached: query.breached,
    search,
    unplacedOrEscalated: query.control,
    controlFirst: CONTROL_FIRST_ROLES.includes(actor.role) && actor.unitId === ctx.city.id && !history,
    now,
  };
  const after = query.cursor ? decodeCursor(sort, query.cursor, filter.controlFirst === true) : undefined;
  const [rows, counts] = await Promise.all([queuePage(db, filter, sort, after, limit + 1), queueCounts(db, actor.unitId, now)]);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const r = filter.controlFirst && last ? controlRankOf(last) : undefined;
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor(sort, sort === 'priority' ? { k: last.priority, c: last.created_at, id: last.id, r } : { k: last.sla_due_at ?? '~', c: '', id: last.id, r })
      : null;
  // History results carry each citizen's phone as the role sees it; the working queue needs none.
  return { items: await toDeskTickets(db, page, now, history ? actor.role : undefined), counts, nextCursor };
}
