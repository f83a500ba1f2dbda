/** The queue's filters as they live in the URL, and how they become a GET /api/desk/queue query. */
import type { QueueQuery } from '../../api/types.js';

// The open queue's statuses, and every status for the history: the server's lists.
export { OPEN_STATUSES, TICKET_STATUSES } from '../../api/types.js';
import { TICKET_STATUSES } from '../../api/types.js';
export const CHANNELS = ['web', 'x', 'whatsapp', 'telegram'] as const;
// The taxonomy's codes come from the one definition the server validates against (TAXONOMY.md).
export { CATEGORIES, PRIORITIES } from '../../../../src/triage/triage.types.js';

export interface QueueFilter {
  /** '' for every open status, 'all' for every status (the history), or one status code. */
  status: string;
  priority: string;
  category: string;
  channel: string;
  /** '' anyone, 'me', 'none' (unassigned), or an officer id. */
  assignee: string;
  breached: boolean;
  q: string;
  /** Received from / to these days (YYYY-MM-DD, IST), both included; '' for no bound. */
  from: string;
  to: string;
  sort: 'priority' | 'sla';
}

const KEYS = ['status', 'priority', 'category', 'channel', 'assignee', 'q', 'from', 'to'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readFilter(search: URLSearchParams): QueueFilter {
  return {
    status: search.get('status') ?? '',
    priority: search.get('priority') ?? '',
    category: search.get('category') ?? '',
    channel: search.get('channel') ?? '',
    assignee: search.get('assignee') ?? '',
    breached: search.get('breached') === '1',
    q: search.get('q') ?? '',
    from: DAY.test(search.get('from') ?? '') ? (search.get('from') ?? '') : '',
    to: DAY.test(search.get('to') ?? '') ? (search.get('to') ?? '') : '',
    sort: search.get('sort') === 'sla' ? 'sla' : 'priority',
  };
}

export function filterToSearch(f: QueueFilter): string {
  const p = new URLSearchParams();
  for (const k of KEYS) if (f[k]) p.set(k, f[k]);
  if (f.breached) p.set('breached', '1');
  if (f.sort === 'sla') p.set('sort', 'sla');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The API query for a filter; the search text is trimmed, an empty filter asks for everything open. */
export function toQuery(f: QueueFilter, limit: number): QueueQuery {
  const q = f.q.trim();
  return {
    ...(f.status === 'all' ? { status: TICKET_STATUSES } : f.status ? { status: [f.status] } : {}),
    ...(f.priority ? { priority: [f.priority] } : {}),
    ...(f.category ? { category: [f.category] } : {}),
    ...(f.channel ? { channel: [f.channel] } : {}),
    ...(f.assignee ? { assignee: f.assignee } : {}),
    ...(f.breached ? { breached: true } : {}),
    ...(q ? { q } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    sort: f.sort,
    limit,
  };
}

/** Whether any filter narrows the queue (the counts then say what the whole queue holds). */
export function isFiltered(f: QueueFilter): boolean {
  return KEYS.some((k) => f[k] !== '') || f.breached;
}
