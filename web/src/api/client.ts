/** The typed client of the Chowki API: one function per endpoint the web app calls. */
import type {
  CannedReplies,
  DeskEvent,
  DeskTicketView,
  Outcome,
  Overview,
  QueuePage,
  QueueQuery,
  Roster,
  SettableStatus,
  ShiftInput,
  SimilarTicket,
  JurisdictionCollection,
  LoginResult,
  NewReport,
  Officer,
  PublicReportStatus,
  ReportReceipt,
  TicketDetail,
  TicketPage,
  TicketQuery,
  TicketSummary,
  UnitList,
} from './types.js';

/** An error answer of the API, with its stable code and the fields it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Array<{ field: string; problem: string }> = [],
    /** The error's `details` as the server sent them (e.g. the reference a repeated report names). */
    readonly details: unknown = undefined,
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
  // (fastify-type-provider-zod serializers), and types.ts mirrors those schemas.
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
    throw new ApiError(
      res.status,
      typeof error.code === 'string' ? error.code : 'HTTP_' + res.status,
      typeof error.message === 'string' ? error.message : res.statusText,
      readFields(error.details),
      error.details,
    );
  }
  return json as T;
}

function ticketQueryString(q: TicketQuery): string {
  const p = new URLSearchParams();
  if (q.status?.length) p.set('status', q.status.join(','));
  if (q.priority?.length) p.set('priority', q.priority.join(','));
  if (q.category?.length) p.set('category', q.category.join(','));
  if (q.station) p.set('station', q.station);
  if (q.cursor) p.set('cursor', q.cursor);
  if (q.limit) p.set('limit', String(q.limit));
  const s = p.toString();
  return s ? `?${s}` : '';
}

function queueQueryString(q: QueueQuery): string {
  const p = new URLSearchParams();
  if (q.status?.length) p.set('status', q.status.join(','));
  if (q.priority?.length) p.set('priority', q.priority.join(','));
  if (q.category?.length) p.set('category', q.category.join(','));
  if (q.channel?.length) p.set('channel', q.channel.join(','));
  if (q.assignee) p.set('assignee', q.assignee);
  if (q.breached !== undefined) p.set('breached', String(q.breached));
  if (q.q) p.set('q', q.q);
  if (q.sort) p.set('sort', q.sort);
  if (q.cursor) p.set('cursor', q.cursor);
  if (q.limit) p.set('limit', String(q.limit));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** A key per reply the client makes, so that a retried send is not posted twice. */
export function newClientKey(): string {
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export const api = {
  logIn: (username: string, password: string) => request<LoginResult>('POST', '/api/auth/login', { username, password }),
  logOut: () => request<void>('POST', '/api/auth/logout'),
  me: (signal?: AbortSignal) => request<{ user: Officer }>('GET', '/api/auth/me', undefined, signal),
  listTickets: (q: TicketQuery, signal?: AbortSignal) => request<TicketPage>('GET', `/api/tickets${ticketQueryString(q)}`, undefined, signal),
  getTicket: (id: number, signal?: AbortSignal) => request<TicketDetail>('GET', `/api/tickets/${id}`, undefined, signal),
  listUnits: (signal?: AbortSignal) => request<UnitList>('GET', '/api/units', undefined, signal),
  jurisdictions: (signal?: AbortSignal) => request<JurisdictionCollection>('GET', '/api/units/jurisdictions', undefined, signal),
  deskQueue: (q: QueueQuery, signal?: AbortSignal) => request<QueuePage>('GET', `/api/desk/queue${queueQueryString(q)}`, undefined, signal),
  deskTicket: (id: number, signal?: AbortSignal) => request<DeskTicketView>('GET', `/api/desk/tickets/${id}`, undefined, signal),
  overview: (signal?: AbortSignal) => request<Overview>('GET', '/api/desk/overview?limit=200', undefined, signal),
  cannedReplies: (ticket: number, signal?: AbortSignal) => request<CannedReplies>('GET', `/api/desk/canned-replies?ticket=${ticket}`, undefined, signal),
  similar: (id: number, signal?: AbortSignal) =>
    request<{ ticketId: number; windowHours: number; items: SimilarTicket[] }>('GET', `/api/tickets/${id}/similar`, undefined, signal),
  roster: (station?: string, signal?: AbortSignal) =>
    request<Roster>('GET', `/api/desk/roster${station ? `?station=${encodeURIComponent(station)}` : ''}`, undefined, signal),
  putRoster: (shifts: ShiftInput[], station?: string) => request<Roster>('PUT', '/api/desk/roster', { ...(station ? { station } : {}), shifts }),
  handover: (note: string) => request<{ id: number; createdAt: string }>('POST', '/api/desk/roster/handover', { note }),
  assign: (id: number, assignee: number | 'me' | null) => request<{ ticketId: number; assigneeId: number | null }>('POST', `/api/tickets/${id}/assign`, { assignee }),
  setStatus: (id: number, status: SettableStatus, outcome?: Outcome, reason?: string) =>
    request<{ ticketId: number; status: string }>('POST', `/api/tickets/${id}/status`, {
      status,
      ...(outcome ? { outcome } : {}),
      ...(reason ? { reason } : {}),
    }),
  reply: (id: number, text: string, visibility: 'public' | 'private', clientKey: string) =>
    request<{ ticketId: number; messageId: number; replayed: boolean; queued: boolean }>('POST', `/api/tickets/${id}/replies`, { text, visibility, clientKey }),
  note: (id: number, text: string) => request<{ ticketId: number; messageId: number }>('POST', `/api/tickets/${id}/notes`, { text }),
  correct: (id: number, body: { category?: string; priority?: string; placeId?: string; reason?: string }) =>
    request<{ ticketId: number; category: string; priority: string; station: string | null; placeId: string | null }>('PATCH', `/api/tickets/${id}/triage`, body),
  transfer: (id: number, station: string, reason: string) => request<{ ticketId: number; station: string }>('POST', `/api/tickets/${id}/transfer`, { station, reason }),
  merge: (id: number, into: number, reason?: string) =>
    request<{ ticketId: number; mergedInto: number }>('POST', `/api/tickets/${id}/merge`, { into, ...(reason ? { reason } : {}) }),
  submitReport: (report: NewReport) => request<ReportReceipt>('POST', '/api/public/reports', report),
  trackReport: (reference: string, token: string, signal?: AbortSignal) =>
    request<PublicReportStatus>('GET', `/api/public/reports/${encodeURIComponent(reference)}?token=${encodeURIComponent(token)}`, undefined, signal),
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

/** An event the queue can apply; its ticket, when present, must look like a TicketSummary. */
function isDeskEvent(v: unknown): v is DeskEvent {
  return (
    isRecord(v) &&
    typeof v.type === 'string' &&
    typeof v.ticketId === 'number' &&
    Array.isArray(v.units) &&
    typeof v.at === 'string' &&
    (v.ticket === undefined || isTicketSummary(v.ticket))
  );
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
  // Named events do not reach onmessage: listen to the ticket events the desk knows.
  for (const type of DESK_EVENT_TYPES) source.addEventListener(type, onMessage);
  source.onmessage = onMessage;
  return () => source.close();
}

/**
 * The ticket events the desk listens to (EventSource hears only named events it asks for). An event of
 * another name is not lost for long: every reconnect refetches.
 */
export const DESK_EVENT_TYPES = [
  'ticket.created',
  'ticket.updated',
  'ticket.assigned',
  'ticket.replied',
  'ticket.noted',
  'ticket.message_added',
  'ticket.status_changed',
  'ticket.corrected',
  'ticket.transferred',
  'ticket.escalated',
  'ticket.handed_over',
  'ticket.merged',
  'ticket.merged_in',
  'ticket.breached',
] as const;
