/**
 * The officer's queue: every ticket their unit may see, p1 first, live. New tickets come over
 * /api/events and appear without a reload; counts and filters sit on top; j/k and Enter drive it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client.js';
import type { TicketSummary } from '../../api/types.js';
import { PriorityBadge, StatusBadge } from '../../components/badges.js';
import { useDesk } from '../../components/desk-shell.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link, navigate, useLocation } from '../../router.js';
import {
  ALL_STATUSES,
  CATEGORIES,
  compareTickets,
  countByPriority,
  filterToSearch,
  matchesFilter,
  matchesSearch,
  PRIORITIES,
  readFilter,
  statusCodes,
  type QueueFilter,
} from './queue.js';

const PAGE = 100;
const FRESH_MS = 8000;

export function QueueScreen() {
  const { t, label, formatRelative, formatDateTime, formatNumber } = useI18n();
  const { subscribe, unitName } = useDesk();
  const { search } = useLocation();
  const filter = useMemo(() => readFilter(search), [search]);
  const [tickets, setTickets] = useState<Map<number, TicketSummary>>(new Map());
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState(false);
  const [fresh, setFresh] = useState<Set<number>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [now, setNow] = useState(Date.now());
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const query = useCallback(
    (cursor?: string) => ({
      status: statusCodes(filter.status),
      ...(filter.priority ? { priority: [filter.priority] } : {}),
      ...(filter.category ? { category: [filter.category] } : {}),
      limit: PAGE,
      ...(cursor ? { cursor } : {}),
    }),
    [filter.status, filter.priority, filter.category],
  );

  const load = useCallback(
    async (signal?: AbortSignal) => {
      setLoading(true);
      try {
        const page = await api.listTickets(query(), signal);
        setTickets(new Map(page.items.map((x) => [x.id, x])));
        setNextCursor(page.nextCursor);
        setError(false);
      } catch {
        if (!signal?.aborted) setError(true);
      } finally {
        if (!signal?.aborted) setLoading(false);
      }
    },
    [query],
  );

  useEffect(() => {
    const ac = new AbortController();
    void load(ac.signal);
    return () => ac.abort();
  }, [load]);

  const loadMore = async () => {
    if (!nextCursor) return;
    const page = await api.listTickets(query(nextCursor));
    setTickets((prev) => {
      const m = new Map(prev);
      for (const x of page.items) if (!m.has(x.id)) m.set(x.id, x);
      return m;
    });
    setNextCursor(page.nextCursor);
  };

  // Live: apply each event's ticket summary; without one, refetch the page.
  useEffect(() => {
    let refetch: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe((event) => {
      if (event === 'reconnected' || !event.ticket) {
        clearTimeout(refetch);
        refetch = setTimeout(() => void load(), 250);
        return;
      }
      const ticket = event.ticket;
      const fits = matchesFilter(ticket, filterRef.current);
      setTickets((prev) => {
        const m = new Map(prev);
        if (fits) m.set(ticket.id, ticket);
        else m.delete(ticket.id);
        return m;
      });
      if (event.type === 'ticket.created' && fits) {
        setFresh((s) => new Set(s).add(ticket.id));
        setTimeout(() => setFresh((s) => {
          const n = new Set(s);
          n.delete(ticket.id);
          return n;
        }), FRESH_MS);
        setAnnouncement(t('desk.newTicket', { reference: ticket.reference, priority: ticket.priority.toUpperCase() }));
      }
    });
    return () => {
      clearTimeout(refetch);
      unsubscribe();
    };
  }, [subscribe, load, t]);

  // Relative times ("2 min ago") stay true while the desk is left open for hours.
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);

  const all = useMemo(() => [...tickets.values()].sort(compareTickets), [tickets]);
  const visible = useMemo(() => all.filter((x) => matchesSearch(x, filter.q)), [all, filter.q]);
  const counts = useMemo(() => countByPriority(all), [all]);

  const setFilter = (patch: Partial<QueueFilter>) => navigate(`/desk${filterToSearch({ ...filter, ...patch })}`, { replace: true });

  // Keyboard: j/k move between tickets, Enter opens (a focused link), / searches.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      const target = e.target;
      const typing = target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (typing) {
        if (e.key === 'Escape' && target instanceof HTMLElement) target.blur();
        return;
      }
      if (e.key === '/') {
        e.preventDefault();
        searchRef.current?.focus();
        return;
      }
      if (e.key !== 'j' && e.key !== 'k') return;
      const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-row]') ?? [])];
      if (links.length === 0) return;
      e.preventDefault();
      const i = links.findIndex((a) => a === document.activeElement);
      const next = e.key === 'j' ? Math.min(links.length - 1, i + 1) : Math.max(0, i < 0 ? 0 : i - 1);
      links[next]?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="queue-screen">
      <div className="queue-top">
        <h1>{t('desk.queue')}</h1>
        <ul className="counts" aria-label={t('desk.filter.priority')}>
          <li>
            <button type="button" className={filter.priority === '' ? 'count active' : 'count'} aria-pressed={filter.priority === ''} onClick={() => setFilter({ priority: '' })}>
              <span className="count-label">{filter.status === 'open' ? t('desk.open') : t('desk.all')}</span>
              <span className="count-n" data-testid="count-total">
                {formatNumber(all.length)}
              </span>
            </button>
          </li>
          {PRIORITIES.map((p) => (
            <li key={p}>
              <button
                type="button"
                className={`count count-${p} ${filter.priority === p ? 'active' : ''}`}
                aria-pressed={filter.priority === p}
                onClick={() => setFilter({ priority: filter.priority === p ? '' : p })}
                title={label('priority', p)}
              >
                <span className="count-label">{p.toUpperCase()}</span>
                <span className="count-n" data-testid={`count-${p}`}>
                  {formatNumber(counts[p])}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>

      <div className="filters" role="search">
        <label className="filter">
          <span>{t('desk.filter.status')}</span>
          <select value={filter.status} onChange={(e) => setFilter({ status: e.target.value })}>
            <option value="open">{t('desk.filter.openOnly')}</option>
            <option value="all">{t('desk.all')}</option>
            {ALL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {label('status', s)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('desk.filter.category')}</span>
          <select value={filter.category} onChange={(e) => setFilter({ category: e.target.value })}>
            <option value="">{t('desk.filter.any')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {label('category', c)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter grow">
          <span className="visually-hidden">{t('desk.search')}</span>
          <input ref={searchRef} type="search" placeholder={t('desk.search')} value={filter.q} onChange={(e) => setFilter({ q: e.target.value })} />
        </label>
      </div>

      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
      {error ? (
        <p className="form-error">
          {t('common.networkError')}{' '}
          <button type="button" className="button link" onClick={() => void load()}>
            {t('common.retry')}
          </button>
        </p>
      ) : null}
      {loading && tickets.size === 0 ? <p className="muted">{t('common.loading')}</p> : null}
      {!loading && visible.length === 0 && !error ? <p className="empty">{t('desk.empty')}</p> : null}

      <ol className="queue" ref={listRef} aria-label={t('desk.queue')} data-testid="queue">
        {visible.map((x) => (
          <li key={x.id} className={`ticket-row p-${x.priority} ${fresh.has(x.id) ? 'fresh' : ''}`} data-reference={x.reference}>
            <Link href={`/desk/tickets/${x.id}`} data-row="" className="ticket-link">
              <span className="cell-priority">
                <PriorityBadge priority={x.priority} />
              </span>
              <span className="cell-main">
                <span className="row-head">
                  <span className="reference-small">{x.reference}</span>
                  <span className="category">{label('category', x.category)}</span>
                </span>
                <span className="summary">{x.summary}</span>
              </span>
              <span className="cell-place">
                <span>{x.place.name ?? '—'}</span>
                <span className="muted">{x.station ? unitName(x.station) : t('desk.noStation')}</span>
              </span>
              <span className="cell-status">
                <StatusBadge status={x.status} />
              </span>
              <span className="cell-time">
                <time dateTime={x.createdAt} title={formatDateTime(x.createdAt)}>
                  {formatRelative(x.createdAt, now)}
                </time>
              </span>
            </Link>
          </li>
        ))}
      </ol>
      {nextCursor ? (
        <button type="button" className="button" onClick={() => void loadMore()}>
          {t('desk.loadMore')}
        </button>
      ) : null}
      <p className="shortcuts muted">{t('desk.shortcuts')}</p>
    </div>
  );
}
