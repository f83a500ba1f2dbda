/**
 * The officer's place in the queue, kept for the browser tab (sessionStorage): which filters it was
 * under (the URL's query, so a reload keeps them anyway), how far it was scrolled and which row was
 * selected, and the order of the tickets it showed, so that the ticket page can go to the next or the
 * previous one (n / p) and "back" returns to the same view.
 */
const KEY = 'chowki.queue.place';

export interface QueuePlace {
  /** The queue's query string, '' or '?status=…'. */
  search: string;
  /** The tickets in the order the queue showed them. */
  ids: number[];
  scrollY: number;
  selectedId: number | null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Where the officer left the queue, if this tab has been on it. */
export function readQueuePlace(): QueuePlace | null {
  try {
    const v: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (!isRecord(v) || typeof v.search !== 'string' || !Array.isArray(v.ids)) return null;
    return {
      search: v.search,
      ids: v.ids.filter((x): x is number => typeof x === 'number'),
      scrollY: typeof v.scrollY === 'number' ? v.scrollY : 0,
      selectedId: typeof v.selectedId === 'number' ? v.selectedId : null,
    };
  } catch {
    return null;
  }
}

/** Keeps part of the queue's place; a new filter starts a new place. */
export function keepQueuePlace(patch: Partial<QueuePlace> & { search: string }): void {
  const before = readQueuePlace();
  const base: QueuePlace = before && before.search === patch.search ? before : { search: patch.search, ids: [], scrollY: 0, selectedId: null };
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...base, ...patch }));
  } catch {
    // Storage blocked: the queue starts at the top next time.
  }
}

/** The queue as the officer left it (filters included). */
export function queueHref(): string {
  return `/desk${readQueuePlace()?.search ?? ''}`;
}

/** The ticket before (-1) or after (+1) this one in the queue the officer came from. */
export function neighbourTicket(id: number, step: 1 | -1): number | undefined {
  const ids = readQueuePlace()?.ids ?? [];
  const i = ids.indexOf(id);
  if (i < 0) return undefined;
  return ids[i + step];
}

const DENSITY_KEY = 'chowki.queue.density';

/** Whether the officer chose compact rows (kept in this browser). */
export function readDense(): boolean {
  try {
    return localStorage.getItem(DENSITY_KEY) === 'compact';
  } catch {
    return false;
  }
}

export function writeDense(dense: boolean): void {
  try {
    localStorage.setItem(DENSITY_KEY, dense ? 'compact' : 'comfortable');
  } catch {
    // Not remembered, still applied.
  }
}
