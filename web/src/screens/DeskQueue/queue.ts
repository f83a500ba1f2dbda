/** The queue's ordering and filtering, apart from React so that it reads plainly. */
import type { TicketSummary } from '../../api/types.js';

export const OPEN_STATUSES = ['new', 'acknowledged', 'in_progress', 'transferred', 'escalated'] as const;
export const ALL_STATUSES = [...OPEN_STATUSES, 'resolved', 'closed', 'duplicate', 'not_police_matter', 'spam'] as const;
export const PRIORITIES = ['p1', 'p2', 'p3'] as const;
export const CATEGORIES = [
  'theft',
  'violence',
  'women_safety',
  'traffic',
  'accident',
  'suspicious',
  'nuisance',
  'cyber_fraud',
  'missing_person',
  'police_conduct',
  'information',
  'feedback',
  'other',
] as const;

export interface QueueFilter {
  /** 'open' (the default), 'all', or one status code. */
  status: string;
  priority: string;
  category: string;
  q: string;
}

export function readFilter(search: URLSearchParams): QueueFilter {
  return {
    status: search.get('status') ?? 'open',
    priority: search.get('priority') ?? '',
    category: search.get('category') ?? '',
    q: search.get('q') ?? '',
  };
}

export function filterToSearch(f: QueueFilter): string {
  const p = new URLSearchParams();
  if (f.status !== 'open') p.set('status', f.status);
  if (f.priority) p.set('priority', f.priority);
  if (f.category) p.set('category', f.category);
  if (f.q) p.set('q', f.q);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function statusCodes(status: string): string[] {
  if (status === 'open') return [...OPEN_STATUSES];
  if (status === 'all') return [];
  return [status];
}

/** Whether a ticket belongs in the queue under the server-side filters (status, priority, category). */
export function matchesFilter(t: TicketSummary, f: QueueFilter): boolean {
  const statuses = statusCodes(f.status);
  if (statuses.length > 0 && !statuses.includes(t.status)) return false;
  if (f.priority && t.priority !== f.priority) return false;
  if (f.category && t.category !== f.category) return false;
  return true;
}

/** The text search, done in the browser over what is loaded. */
export function matchesSearch(t: TicketSummary, q: string): boolean {
  const s = q.trim().toLowerCase();
  if (!s) return true;
  return [t.reference, t.summary, t.place.name ?? '', t.station ?? ''].some((x) => x.toLowerCase().includes(s));
}

const PRIORITY_RANK: Record<string, number> = { p1: 0, p2: 1, p3: 2 };

/** P1 first, then newest first within a priority. */
export function compareTickets(a: TicketSummary, b: TicketSummary): number {
  const pa = PRIORITY_RANK[a.priority] ?? 3;
  const pb = PRIORITY_RANK[b.priority] ?? 3;
  if (pa !== pb) return pa - pb;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return b.id - a.id;
}

export function countByPriority(tickets: readonly TicketSummary[]): Record<'p1' | 'p2' | 'p3', number> {
  const c = { p1: 0, p2: 0, p3: 0 };
  for (const t of tickets) if (t.priority === 'p1' || t.priority === 'p2' || t.priority === 'p3') c[t.priority] += 1;
  return c;
}
