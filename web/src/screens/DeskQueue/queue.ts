/** The queue's filters as they live in the URL, and how they become a GET /api/desk/queue query. */
import type { QueueQuery } from '../../api/types.js';

// The statuses of the desk queue (it holds open tickets only): the server's one list.
export { OPEN_STATUSES } from '../../api/types.js';
export const CHANNELS = ['web', 'x', 'whatsapp', 'telegram'] as const;
// The taxonomy's codes come from the one definition the server validates against (TAXONOMY.md).
export { CATEGORIES, PRIORITIES } from '../../../../src/triage/triage.types.js';

export interface QueueFilter {
  /** '' for every open status, or one status code. */
  status: string;
  priority: string;
  category: string;
  channel: string;
  /** '' anyone, 'me', 'none' (unassigned), or an officer id. */
  assignee: string;
  breached: boolean;
  q: string;
  sort: 'priority' | 'sla';
}

const KEYS = ['status', 'priority', 'category', 'channel', 'assignee', 'q'] as const;

export function readFilter(search: URLSearchParams): QueueFilter {
  return {
    status: search.get('status') ?? '',
    priority: search.get('priority') ?? '',
    category: search.get('category') ?? '',
    channel: search.get('channel') ?? '',
    assignee: search.get('assignee') ?? '',
    breached: search.get('breached') === '1',
    q: search.get('q') ?? '',
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
    ...(f.status ? { status: [f.status] } : {}),
    ...(f.priority ? { priority: [f.priority] } : {}),
    ...(f.category ? { category: [f.category] } : {}),
    ...(f.channel ? { channel: [f.channel] } : {}),
    ...(f.assignee ? { assignee: f.assignee } : {}),
    ...(f.breached ? { breached: true } : {}),
    ...(q ? { q } : {}),
    sort: f.sort,
    limit,
  };
}

/** Whether any filter narrows the queue (the counts then say what the whole queue holds). */
export function isFiltered(f: QueueFilter): boolean {
  return KEYS.some((k) => f[k] !== '') || f.breached;
}
