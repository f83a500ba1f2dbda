/** The typed client of the Chowki API: one function per endpoint the web app calls. */
import { DESK_EVENT_TYPES } from '../../../src/tickets/desk-event.model.js';
import type {
  AssignAnswer,
  BulkAnswer,
  CorrectionAnswer,
  CorrectionBody,
  HandoverAnswer,
  MergeAnswer,
  NoteAnswer,
  ReplyAnswer,
  RetryReplyAnswer,
  StatusAnswer,
  TransferAnswer,
  BulkChange,
  CannedReplies,
  DeskEvent,
  DiscardResult,
  JurisdictionCollection,
  LocateAnswer,
  LoginResult,
  NewReport,
  Officer,
  Outcome,
  Overview,
  TrackingView,
  FollowUp,
  FollowUpAnswer,
  QuarantineList,
  IssuedOpen311Key,
  Open311Key,
  Open311KeyList,
  QueuePage,
  QueueQuery,
  ReportReceipt,
  RetryResult,
  Roster,
  SettableStatus,
  ShiftInput,
  SimilarTickets,
  TicketSummary,
  TicketView,
  UnitList,
} from './types.js';
import type { Figures, Hotspots, TicketList, TrendAlerts } from '../screens/Leadership/leadership.types.js';

/**
 * An error answer of the API, with its stable code and the fields it names. The message is the
 * server's English, for support only: the UI shows a translated sentence for the code (i18n/errors.ts).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Array<{ field: string; problem: string }> = [],
    /** The error's `details` as the server sent them (e.g. the reference a repeated report names). */
    readonly details: unknown = undefined,
    /** Seconds to wait before trying again (a 429's Retry-After), when the server said. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function readFields(details: unknown): Array<{ field: string; problem: string }> {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) =>
    isRecord(d) && typeof d.field === 'string' && typeof d.problem === 'string' ? [{ field: d.field, problem: d.problem }] : [],
  );
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', 'No connection to the server');
  }
  // The one trust boundary: the server validates every answer against its zod response schema
  // (fastify-type-provider-zod serializers), and types.ts infers its types from those schemas.
  if (res.status === 204) return undefined as T;
  let json: unknown;
  try {
    json = await res.json();
  } catch (err) {
    // An abort while the body was still arriving is an abort, not an empty answer: a caller
    // must never receive `undefined` where it expects data.
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    if (res.ok) throw new ApiError(res.status, 'BAD_RESPONSE', 'The server sent an answer that could not be read');
    json = undefined;
  }
  if (!res.ok) {
    const error = isRecord(json) && isRecord(json.error) ? json.error : {};
    const retryAfter = Number(res.headers.get('retry-after') ?? NaN);
    throw new ApiError(
      res.status,
      typeof error.code === 'string' ? error.code : 'HTTP_' + res.status,
      typeof error.message === 'string' ? error.message : res.statusText,
      readFields(error.details),
      error.details,
      Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : null,
    );
  }
  return json as T;
}

function queueQueryString(q: QueueQuery): string {
  const p = new URLSearchParams();
  if (q.status?.length) p.set('status', q.status.join(','));
  if (q.priority?.length) p.set('priority', q.priority.join(','));
  if (q.category?.length) p.set('category', q.category.join(','));
  if (q.channel?.length) p.set('channel', q.channel.join(','));
  if (q.assignee) p.set('assignee', q.assignee);
  if (q.breached !== undefined) p.set('breached', String(q.breached));
  if (q.control) p.set('control', 'true');
  if (q.q) p.set('q', q.q);
  if (q.from) p.set('from', q.from);
  if (q.to) p.set('to', q.to);
  if (q.sort) p.set('sort', q.sort);
  if (q.cursor) p.set('cursor', q.cursor);
  if (q.limit) p.set('limit', String(q.limit));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** A key per reply the client makes, so that a retried send is not posted twice. */
/** The leadership screen's query: a unit, a period, and for the tickets behind a number what they are. */
export type AnalyticsQuery = { unit?: string | undefined; from?: string; to?: string; metric?: 'opened' | 'breached' | 'escalated' | 'resolved'; category?: string };

function analyticsQueryString(q: AnalyticsQuery): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (typeof v === 'string' && v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function newClientKey(): string {
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export const api = {
  logIn: (username: string, password: string) => request<LoginResult>('POST', '/api/auth/login', { username, password }),
  logOut: () => request<void>('POST', '/api/auth/logout'),
  me: (signal?: AbortSignal) => request<{ user: Officer }>('GET', '/api/auth/me', undefined, signal),
  listUnits: (signal?: AbortSignal) => request<UnitList>('GET', '/api/units', undefined, signal),
  jurisdictions: (signal?: AbortSignal) => request<JurisdictionCollection>('GET', '/api/units/jurisdictions', undefined, signal),
  deskQueue: (q: QueueQuery, signal?: AbortSignal) => request<QueuePage>('GET', `/api/desk/queue${queueQueryString(q)}`, undefined, signal),
  /** A ticket as the desk works it, with its reasons, contact and audit trail: the ticket screen's one fetch. */
  deskTicket: (id: number, signal?: AbortSignal) => request<TicketView>('GET', `/api/desk/tickets/${id}`, undefined, signal),
  overview: (signal?: AbortSignal) => request<Overview>('GET', '/api/desk/overview?limit=200', undefined, signal),
  analyticsFigures: (q: AnalyticsQuery, signal?: AbortSignal) => request<Figures>('GET', `/api/analytics/figures${analyticsQueryString(q)}`, undefined, signal),
  analyticsHotspots: (q: AnalyticsQuery, signal?: AbortSignal) => request<Hotspots>('GET', `/api/analytics/hotspots${analyticsQueryString(q)}`, undefined, signal),
  analyticsAlerts: (unit: string | undefined, signal?: AbortSignal) => request<TrendAlerts>('GET', `/api/analytics/alerts${analyticsQueryString({ unit })}`, undefined, signal),
  analyticsTickets: (q: AnalyticsQuery, signal?: AbortSignal) => request<TicketList>('GET', `/api/analytics/tickets${analyticsQueryString(q)}`, undefined, signal),
  cannedReplies: (ticket: number, signal?: AbortSignal) => request<CannedReplies>('GET', `/api/desk/canned-replies?ticket=${ticket}`, undefined, signal),
  similar: (id: number, signal?: AbortSignal) => request<SimilarTickets>('GET', `/api/tickets/${id}/similar`, undefined, signal),
  roster: (station?: string, signal?: AbortSignal) =>
    request<Roster>('GET', `/api/desk/roster${station ? `?station=${encodeURIComponent(station)}` : ''}`, undefined, signal),
  putRoster: (shifts: ShiftInput[], station?: string) => request<Roster>('PUT', '/api/desk/roster', { ...(station ? { station } : {}), shifts }),
  // The desk's actions: answers typed from src/desk/desk.schema.ts.
  /** Sets one officer's capacity for auto-assignment (null: the default); their SHO or an administrator. */
  setCapacity: (officerId: number, capacity: number | null) => request<Roster>('PUT', `/api/desk/roster/officers/${officerId}/capacity`, { capacity }),
  handover: (note: string) => request<HandoverAnswer>('POST', '/api/desk/roster/handover', { note }),
  assign: (id: number, assignee: number | 'me' | null) => request<AssignAnswer>('POST', `/api/tickets/${id}/assign`, { assignee }),
  setStatus: (id: number, status: SettableStatus, outcome?: Outcome, reason?: string) =>
    request<StatusAnswer>('POST', `/api/tickets/${id}/status`, {
      status,
      ...(outcome ? { outcome } : {}),
      ...(reason ? { reason } : {}),
    }),
  reply: (id: number, text: string, visibility: 'public' | 'private', clientKey: string) =>
    request<ReplyAnswer>('POST', `/api/tickets/${id}/replies`, { text, visibility, clientKey }),
  retryReply: (id: number, outboxId: number) =>
    request<RetryReplyAnswer>('POST', `/api/tickets/${id}/replies/${outboxId}/retry`),
  note: (id: number, text: string) => request<NoteAnswer>('POST', `/api/tickets/${id}/notes`, { text }),
  correct: (id: number, body: CorrectionBody) =>
    request<CorrectionAnswer>('PATCH', `/api/tickets/${id}/triage`, body),
  transfer: (id: number, station: string, reason: string) => request<TransferAnswer>('POST', `/api/tickets/${id}/transfer`, { station, reason }),
  merge: (id: number, into: number, reason?: string) =>
    request<MergeAnswer>('POST', `/api/tickets/${id}/merge`, { into, ...(reason ? { reason } : {}) }),
  /** One change for a selection: each ticket through its own audited action, answered per ticket. */
  bulk: (ids: readonly number[], change: BulkChange) => request<BulkAnswer>('POST', '/api/desk/bulk', { ids, change }),
  /** Closes every open ticket of this ticket's sender as spam (a flood). */
  spamSender: (id: number, reason?: string) => request<BulkAnswer>('POST', `/api/tickets/${id}/spam-sender`, reason ? { reason } : {}),
  open311Keys: (signal?: AbortSignal) => request<Open311KeyList>('GET', '/api/admin/open311-keys', undefined, signal),
  issueOpen311Key: (label: string) => request<IssuedOpen311Key>('POST', '/api/admin/open311-keys', { label }),
  revokeOpen311Key: (id: number) => request<Open311Key>('POST', `/api/admin/open311-keys/${id}/revoke`),
  failedItems: (signal?: AbortSignal) => request<QuarantineList>('GET', '/api/intake/failed?limit=200', undefined, signal),
  retryFailed: (id: number) => request<RetryResult>('POST', `/api/intake/failed/${id}/retry`),
  discardFailed: (id: number, reason: string) => request<DiscardResult>('POST', `/api/intake/failed/${id}/discard`, { reason }),
  submitReport: (report: NewReport) => request<ReportReceipt>('POST', '/api/public/reports', report),
  trackReport: (reference: string, token: string, signal?: AbortSignal) =>
    request<TrackingView>('GET', `/api/public/reports/${encodeURIComponent(reference)}?token=${encodeURIComponent(token)}`, undefined, signal),
  locate: (where: { q: string } | { lat: number; lon: number }, signal?: AbortSignal) =>
    request<LocateAnswer>(
      'GET',
      `/api/public/locate?${new URLSearchParams('q' in where ? { q: where.q } : { lat: String(where.lat), lon: String(where.lon) }).toString()}`,
      undefined,
      signal,
    ),
  addToReport: (reference: string, message: FollowUp) => request<FollowUpAnswer>('POST', `/api/public/reports/${encodeURIComponent(reference)}/messages`, message),
};

function isTicketSummary(v: unknown): v is TicketSummary {
  return (
    isRecord(v) &&
    typeof v.id === 'number' &&
    typeof v.reference === 'string' &&
    typeof v.priority === 'string' &&
    typeof v.status === 'string' &&
    typeof v.createdAt === 'string' &&
    isRecord(v.place)
  );
}

const isOptionalNumber = (v: unknown) => v === undefined || typeof v === 'number';

/**
 * An event of the server's union (src/tickets/desk-event.schema.ts), checked field by field without
 * bundling zod: a ticket event names its ticket (and may carry its summary), channel.silent its channel.
 */
export function isDeskEvent(v: unknown): v is DeskEvent {
  if (!isRecord(v) || typeof v.type !== 'string' || typeof v.at !== 'string') return false;
  if (!Array.isArray(v.units) || !v.units.every((u) => typeof u === 'string')) return false;
  const type = DESK_EVENT_TYPES.find((t) => t === v.type);
  if (type === undefined) return false;
  if (type === 'channel.silent') return typeof v.channel === 'string' && typeof v.silentForMs === 'number';
  return typeof v.ticketId === 'number' && (v.ticket === undefined || isTicketSummary(v.ticket)) && isOptionalNumber(v.level) && isOptionalNumber(v.into);
}

export type DeskStreamState = 'connecting' | 'live' | 'reconnecting';

/**
 * Follows /api/events. EventSource reconnects by itself (the server sends `retry: 2000`);
 * `onReconnect` fires after a drop so the caller can refetch what it may have missed.
 */
export function followDeskEvents(handlers: {
  onEvent: (event: DeskEvent) => void;
  onState: (state: DeskStreamState) => void;
  onReconnect: () => void;
}): () => void {
  const source = new EventSource('/api/events');
  let dropped = false;
  handlers.onState('connecting');
  source.onopen = () => {
    handlers.onState('live');
    if (dropped) handlers.onReconnect();
    dropped = false;
  };
  source.onerror = () => {
    dropped = true;
    handlers.onState('reconnecting');
  };
  const onMessage = (e: MessageEvent<string>) => {
    try {
      const data: unknown = JSON.parse(e.data);
      if (isDeskEvent(data)) handlers.onEvent(data);
    } catch {
      // A malformed event is skipped; the next refetch brings the truth.
    }
  };
  // The server names every event (`event: ticket.created`) and EventSource hears only the names it is
  // given: exactly the server's list (desk-event.model.ts), so a new event is a compile-time change.
  for (const type of DESK_EVENT_TYPES) source.addEventListener(type, onMessage);
  return () => source.close();
}
