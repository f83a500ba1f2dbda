/**
 * The officer's queue (GET /api/desk/queue): the unit's open tickets, p1 first, live. Every ticket event
 * refetches the page, so counts, assignees and SLA states are the server's; `ticket.escalated` is the
 * breach alert (the SLA tick escalates a ticket when it misses its deadline): it is announced and its row
 * flashes. On the city's desk a silent channel shows as an alarm above the queue, and the server puts the
 * control room's own tickets (no station, or escalated to it) first in the queue. Filters live in the URL;
 * keys drive it: j/k move, Enter opens, a takes the ticket, r replies, s changes its status, ? helps.
 * Its scroll, selected row and order are kept for the tab (queue-place.ts): back from a ticket, or after a
 * reload, the officer is where they were, and the ticket page's n / p follow the queue's order.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client.js';
import type { DeskTicket, QueueCounts, QueuePage, Roster } from '../../api/types.js';
import { PriorityBadge, StatusBadge } from '../../components/badges.js';
import { isTyping, ShortcutHelp, SlaBadge, useLiveRefetch, type Shortcut } from '../../components/desk-bits.js';
import { useDesk } from '../../components/desk-shell.js';
import { ErrorNote } from '../../components/error-note.js';
import { SilenceAlarm } from '../../components/silence-alarm.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link, navigate, useLocation } from '../../router.js';
import { CATEGORIES, CHANNELS, filterToSearch, isFiltered, PRIORITIES, readFilter, TICKET_STATUSES, toQuery, type QueueFilter } from './queue.js';
import { BulkBar } from './BulkBar.js';
import { keepQueuePlace, readDense, readQueuePlace, writeDense } from './queue-place.js';

const PAGE = 100;
const FRESH_MS = 8000;

export const QUEUE_SHORTCUTS: readonly Shortcut[] = [
  { keys: 'j k', label: 'keys.move' },
  { keys: 'Enter', label: 'keys.open' },
  { keys: 'a', label: 'keys.assignMe' },
  { keys: 'r', label: 'keys.reply' },
  { keys: 's', label: 'keys.status' },
  { keys: 'x', label: 'keys.pick' },
  { keys: '/', label: 'keys.search' },
  { keys: '?', label: 'keys.help' },
];

/**
 * The last page the queue showed, for this page load: back from a ticket, the queue paints at once where
 * the officer left it and then refreshes (stale while revalidating). This one value is the only caching
 * the desk needs across screens; TanStack Query would do it, and more, but every screen here refetches on
 * the live events anyway, so it would add a dependency and rewrite every screen for this one case.
 */
let lastPage: { search: string; page: QueuePage } | undefined;

export function QueueScreen() {
  const { t, tp, label, formatRelative, formatDateTime, formatNumber } = useI18n();
  const { officer, unitName, subscribe } = useDesk();
  const { search } = useLocation();
  // useLocation gives a new URLSearchParams each render: key the filter on its text, or every render reloads.
  const queryString = search.toString();
  const filter = useMemo(() => readFilter(new URLSearchParams(queryString)), [queryString]);
  const cached = lastPage?.search === filterToSearch(filter) ? lastPage.page : undefined;
  const [items, setItems] = useState<DeskTicket[]>(cached?.items ?? []);
  const [counts, setCounts] = useState<QueueCounts | undefined>(cached?.counts);
  const [nextCursor, setNextCursor] = useState<string | null>(cached?.nextCursor ?? null);
  const [loading, setLoading] = useState(!cached);
  const [error, setError] = useState(false);
  const [fresh, setFresh] = useState<Set<number>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [actionError, setActionError] = useState<unknown>();
  const [help, setHelp] = useState(false);
  const [roster, setRoster] = useState<Roster>();
  const [now, setNow] = useState(Date.now());
  const [searchText, setSearchText] = useState(filter.q);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const known = useRef<Set<number> | null>(null);
  const generation = useRef(0);
  const placeSearch = filterToSearch(filter);
  const [selectedId, setSelectedId] = useState<number | null>(() => {
    const place = readQueuePlace();
    return place && place.search === placeSearch ? place.selectedId : null;
  });
  const [dense, setDense] = useState(readDense);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const restored = useRef(false);
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const anchor = useRef<number | null>(null);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const page = await api.deskQueue(toQuery(filter, PAGE));
      // An older answer that arrives after a newer one must not overwrite it.
      if (mine !== generation.current) return;
      // Tickets not seen before in this view are new arrivals: highlight and announce them.
      const before = known.current;
      const arrived = before ? page.items.filter((x) => !before.has(x.id)) : [];
      known.current = new Set([...(before ?? []), ...page.items.map((x) => x.id)]);
      setItems(page.items);
      lastPage = { search: filterToSearch(filter), page };
      keepQueuePlace({ search: filterToSearch(filter), ids: page.items.map((x) => x.id) });
      setCounts(page.counts);
      setNextCursor(page.nextCursor);
      setNow(Date.now());
      setError(false);
      const first = arrived[0];
      if (first) {
        setFresh((s) => new Set([...s, ...arrived.map((x) => x.id)]));
        setTimeout(() => setFresh((s) => new Set([...s].filter((id) => !arrived.some((x) => x.id === id)))), FRESH_MS);
        setAnnouncement(t('desk.newTicket', { reference: first.reference, priority: first.priority.toUpperCase() }));
      }
    } catch {
      if (mine === generation.current) setError(true);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [filter, t]);

  useEffect(() => {
    // A new filter is a new view: what it shows first is not "new".
    known.current = null;
    if (lastPage?.search !== filterToSearch(filter)) setLoading(true);
    void load();
  }, [load, filter]);

  useLiveRefetch(() => void load());

  // Back at the queue (from a ticket, or after a reload): the same scroll and the same row selected.
  useEffect(() => {
    if (restored.current || loading || items.length === 0) return;
    restored.current = true;
    const place = readQueuePlace();
    if (!place || place.search !== placeSearch) return;
    if (place.selectedId !== null) listRef.current?.querySelector<HTMLAnchorElement>(`a[data-id="${place.selectedId}"]`)?.focus({ preventScroll: true });
    window.scrollTo(0, place.scrollY);
  }, [loading, items, placeSearch]);

  useEffect(() => {
    const onScroll = () => {
      // navigate() scrolls the next screen to the top after the path has changed: that scroll is not ours.
      if (window.location.pathname === '/desk' && restored.current) keepQueuePlace({ search: placeSearch, scrollY: window.scrollY });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [placeSearch]);

  /** Picks a ticket for bulk work, or with Shift every ticket from the last one picked to this one. */
  const pick = useCallback((id: number, range: boolean) => {
    const list = itemsRef.current.map((x) => x.id);
    const from = anchor.current === null ? -1 : list.indexOf(anchor.current);
    const to = list.indexOf(id);
    setPicked((before) => {
      const next = new Set(before);
      if (range && from >= 0 && to >= 0) {
        for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
          const x = list[i];
          if (x !== undefined) next.add(x);
        }
      } else if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    anchor.current = id;
  }, []);

  const select = useCallback(
    (id: number) => {
      setSelectedId(id);
      keepQueuePlace({ search: placeSearch, selectedId: id, scrollY: window.scrollY });
    },
    [placeSearch],
  );

  const itemsRef = useRef(items);
  itemsRef.current = items;

  // The breach alert: a ticket the SLA tick escalated is said aloud and flashes once the refetch shows it.
  useEffect(
    () =>
      subscribe((e) => {
        if (e === 'reconnected' || e.type !== 'ticket.escalated') return;
        const reference = e.ticket?.reference ?? itemsRef.current.find((x) => x.id === e.ticketId)?.reference;
        setAnnouncement(reference ? t('desk.breachAlert', { reference }) : t('desk.breachAlertNoRef'));
        setFresh((s) => new Set([...s, e.ticketId]));
        setTimeout(() => setFresh((s) => new Set([...s].filter((id) => id !== e.ticketId))), FRESH_MS);
      }),
    [subscribe, t],
  );

  // Only a station's officers have a roster of their own; above the station there is none to ask for.
  const stationOfficer = officer.role === 'operator' || officer.role === 'sho';
  useEffect(() => {
    if (!stationOfficer) return;
    const ac = new AbortController();
    api.roster(undefined, ac.signal).then(setRoster, () => undefined);
    return () => ac.abort();
  }, [stationOfficer]);

  // Relative times ("in 4 min") stay true while the desk is left open for hours.
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);

  useEffect(() => setSearchText(filter.q), [filter.q]);

  const setFilter = useCallback((patch: Partial<QueueFilter>) => navigate(`/desk${filterToSearch({ ...filter, ...patch })}`, { replace: true }), [filter]);

  // The search box waits for a pause in typing before it asks the server.
  useEffect(() => {
    if (searchText === filter.q) return;
    const id = setTimeout(() => setFilter({ q: searchText }), 300);
    return () => clearTimeout(id);
  }, [searchText, filter.q, setFilter]);

  const loadMore = async () => {
    if (!nextCursor) return;
    const page = await api.deskQueue({ ...toQuery(filter, PAGE), cursor: nextCursor });
    setItems((prev) => {
      const all = [...prev, ...page.items.filter((x) => !prev.some((p) => p.id === x.id))];
      keepQueuePlace({ search: placeSearch, ids: all.map((x) => x.id) });
      return all;
    });
    setNextCursor(page.nextCursor);
  };

  const assignToMe = useCallback(
    async (ticket: DeskTicket) => {
      setActionError(undefined);
      try {
        await api.assign(ticket.id, 'me');
        setAnnouncement(t('desk.assignedToYou', { reference: ticket.reference }));
        await load();
      } catch (err) {
        setActionError(err);
      }
    },
    [load, t],
  );

  useEffect(() => {
    const rows = () => [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-row]') ?? [])];
    const current = (): DeskTicket | undefined => {
      const id = Number(document.activeElement instanceof HTMLElement ? document.activeElement.dataset.id : NaN);
      return itemsRef.current.find((x) => x.id === id);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      if (isTyping(e.target)) {
        if (e.key === 'Escape' && e.target instanceof HTMLElement) e.target.blur();
        return;
      }
      if (e.key === '?') {
        e.preventDefault();
        setHelp(true);
        return;
      }
      if (e.key === '/') {
        e.preventDefault();
        searchRef.current?.focus();
        return;
      }
      if (e.key === 'j' || e.key === 'k') {
        const links = rows();
        if (links.length === 0) return;
        e.preventDefault();
        const i = links.findIndex((a) => a === document.activeElement);
        const next = e.key === 'j' ? Math.min(links.length - 1, i + 1) : Math.max(0, i < 0 ? 0 : i - 1);
        links[next]?.focus();
        return;
      }
      const ticket = current();
      if (!ticket) return;
      if (e.key === 'x' || e.key === 'X') {
        e.preventDefault();
        pick(ticket.id, e.shiftKey);
      } else if (e.key === 'a') {
        e.preventDefault();
        void assignToMe(ticket);
      } else if (e.key === 'r' || e.key === 's') {
        e.preventDefault();
        navigate(`/desk/tickets/${ticket.id}?do=${e.key === 'r' ? 'reply' : 'status'}`);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [assignToMe, pick]);

  const officers = roster?.officers ?? [];
  // The city's desks get their own tickets first from the server; each says why it is theirs.
  const cityDesk = officer.role === 'control_room' || officer.role === 'commissioner';
  const controlReason = (x: DeskTicket): 'unplaced' | 'escalated' | null =>
    !cityDesk ? null : x.station === null ? 'unplaced' : x.status === 'escalated' || x.escalationLevel >= 2 ? 'escalated' : null;

  return (
    <div className="queue-screen">
      <SilenceAlarm />
      <div className="queue-top">
        <h1>{t('desk.queue')}</h1>
        <ul className="counts" aria-label={t('desk.counts')}>
          <li>
            <button type="button" className={filter.priority === '' && !filter.breached ? 'count active' : 'count'} aria-pressed={filter.priority === '' && !filter.breached} onClick={() => setFilter({ priority: '', breached: false })}>
              <span className="count-label">{t('desk.open')}</span>
              <span className="count-n" data-testid="count-total">
                {formatNumber(counts?.total ?? 0)}
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
                  {formatNumber(counts?.priority[p] ?? 0)}
                </span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className={`count count-breached ${filter.breached ? 'active' : ''}`} aria-pressed={filter.breached} onClick={() => setFilter({ breached: !filter.breached })}>
              <span className="count-label">{t('sla.breached')}</span>
              <span className="count-n" data-testid="count-breached">
                {formatNumber(counts?.breached ?? 0)}
              </span>
            </button>
          </li>
        </ul>
        <button
          type="button"
          className="button small density-button"
          aria-pressed={dense}
          onClick={() => {
            setDense(!dense);
            writeDense(!dense);
          }}
        >
          {t('desk.compactRows')}
        </button>
        <button type="button" className="button small help-button" onClick={() => setHelp(true)} aria-keyshortcuts="?">
          {t('keys.button')}
        </button>
      </div>

      <button type="button" className="button small filters-toggle" aria-expanded={filtersOpen} aria-controls="queue-filters" onClick={() => setFiltersOpen(!filtersOpen)}>
        {t('desk.filtersToggle', { count: activeFilters(filter) })}
      </button>
      <div className={`filters ${filtersOpen ? 'open' : ''}`} id="queue-filters" role="search" aria-label={t('desk.filters')}>
        <label className="filter grow">
          <span>{t('desk.searchLabel')}</span>
          <input ref={searchRef} type="search" placeholder={t('desk.search')} value={searchText} onChange={(e) => setSearchText(e.target.value)} />
        </label>
        <label className="filter">
          <span>{t('desk.filter.status')}</span>
          <select value={filter.status} onChange={(e) => setFilter({ status: e.target.value })}>
            <option value="">{t('desk.filter.openOnly')}</option>
            <option value="all">{t('desk.filter.everyStatus')}</option>
            {TICKET_STATUSES.map((s) => (
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
        <label className="filter">
          <span>{t('desk.filter.channel')}</span>
          <select value={filter.channel} onChange={(e) => setFilter({ channel: e.target.value })}>
            <option value="">{t('desk.filter.any')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {label('channel', c)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('desk.filter.assignee')}</span>
          <select value={filter.assignee} onChange={(e) => setFilter({ assignee: e.target.value })}>
            <option value="">{t('desk.filter.anyone')}</option>
            <option value="me">{t('desk.filter.me')}</option>
            <option value="none">{t('desk.unassigned')}</option>
            {officers
              .filter((o) => o.id !== officer.userId)
              .map((o) => (
                <option key={o.id} value={String(o.id)}>
                  {o.name}
                </option>
              ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('desk.filter.from')}</span>
          <input type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => setFilter({ from: e.target.value })} />
        </label>
        <label className="filter">
          <span>{t('desk.filter.to')}</span>
          <input type="date" value={filter.to} min={filter.from || undefined} onChange={(e) => setFilter({ to: e.target.value })} />
        </label>
        <label className="filter">
          <span>{t('desk.filter.sort')}</span>
          <select value={filter.sort} onChange={(e) => setFilter({ sort: e.target.value === 'sla' ? 'sla' : 'priority' })}>
            <option value="priority">{t('desk.sort.priority')}</option>
            <option value="sla">{t('desk.sort.sla')}</option>
          </select>
        </label>
      </div>

      {isFiltered(filter) ? (
        <p className="muted filter-summary" data-testid="shown">
          {tp('desk.shown', items.length)}{' '}
          <button type="button" className="button link" onClick={() => navigate('/desk', { replace: true })}>
            {t('desk.clearFilters')}
          </button>
        </p>
      ) : null}

      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
      {actionError ? <ErrorNote error={actionError} /> : null}
      {error ? (
        <p className="form-error">
          {t('common.networkError')}{' '}
          <button type="button" className="button link" onClick={() => void load()}>
            {t('common.retry')}
          </button>
        </p>
      ) : null}
      {loading && items.length === 0 ? <p className="muted">{t('common.loading')}</p> : null}
      {!loading && items.length === 0 && !error ? <p className="empty">{t('desk.empty')}</p> : null}
      {cityDesk && !isFiltered(filter) ? (
        <p className="muted control-first" data-testid="control-first">
          {t('desk.controlFirst')}
        </p>
      ) : null}

      <BulkBar
        picked={picked}
        items={items}
        roster={roster}
        myId={officer.userId}
        onClear={() => setPicked(new Set())}
        onDone={(answer) => {
          // What went through leaves the selection; what was refused stays picked, to look at.
          setPicked(new Set(answer.results.filter((r) => !r.ok).map((r) => r.ticketId)));
          void load();
        }}
      />
      <ol className={`queue ${dense ? 'dense' : ''}`} ref={listRef} aria-label={t('desk.queue')} data-testid="queue">
        {items.map((x) => (
          <li
            key={x.id}
            className={`ticket-row p-${x.priority} ${fresh.has(x.id) ? 'fresh' : ''} ${x.breached ? 'breached' : ''} ${selectedId === x.id ? 'selected' : ''} ${picked.has(x.id) ? 'picked' : ''} ${controlReason(x) ? 'control-own' : ''}`}
            data-reference={x.reference}
            data-priority={x.priority}
            data-control={controlReason(x) ?? undefined}
          >
            <input
              type="checkbox"
              className="row-pick"
              checked={picked.has(x.id)}
              aria-label={t('bulk.pick', { reference: x.reference })}
              onChange={() => undefined}
              onClick={(e) => pick(x.id, e.shiftKey)}
            />
            <Link
              href={`/desk/tickets/${x.id}`}
              data-row=""
              data-id={String(x.id)}
              className="ticket-link"
              onFocus={() => select(x.id)}
              onClick={(e) => {
                // Shift-click picks a range instead of opening a window.
                if (e.shiftKey) {
                  e.preventDefault();
                  pick(x.id, true);
                  return;
                }
                select(x.id);
              }}
            >
              <span className="cell-priority">
                <PriorityBadge priority={x.priority} />
              </span>
              <span className="cell-main">
                <span className="row-head">
                  <span className="reference-small">{x.reference}</span>
                  <span className="category">{label('category', x.category)}</span>
                  <span className="channel-tag">{label('channel', x.channel)}</span>
                  {controlReason(x) ? <span className="control-tag">{t(controlReason(x) === 'unplaced' ? 'desk.controlOwn.unplaced' : 'desk.controlOwn.escalated')}</span> : null}
                </span>
                <span className="summary">{x.summary}</span>
                {x.contactPhone ? (
                  <span className="muted row-phone">
                    {t('ticket.phone')} <span data-testid="row-phone">{x.contactPhone}</span>
                  </span>
                ) : null}
              </span>
              <span className="cell-place">
                <span>{x.place.name ?? '—'}</span>
                <span className="muted">{x.station ? unitName(x.station) : t('desk.noStation')}</span>
              </span>
              <span className="cell-assignee" data-testid="assignee">
                {x.assigneeName ?? <span className="muted">{t('desk.unassigned')}</span>}
              </span>
              <span className="cell-status">
                <StatusBadge status={x.status} />
                <SlaBadge ticket={x} now={now} />
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
      <ShortcutHelp open={help} onClose={() => setHelp(false)} shortcuts={QUEUE_SHORTCUTS} />
    </div>
  );
}

/** How many filters narrow the queue (the phone's folded filters say so on their button). */
function activeFilters(f: QueueFilter): number {
  return [f.status, f.priority, f.category, f.channel, f.assignee, f.from, f.to].filter(Boolean).length + (f.breached ? 1 : 0);
}
