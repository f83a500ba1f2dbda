/**
 * The DCP's, the control room's and the Commissioner's desk (GET /api/desk/overview): every open ticket
 * of their units with breaches first, and the load per station. Live: any ticket event refetches it, and
 * on the city's desk a silent channel shows as an alarm at the top.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.js';
import type { DeskTicket, Overview } from '../../api/types.js';
import { PriorityBadge, StatusBadge } from '../../components/badges.js';
import { Panel, SlaBadge, useLiveRefetch } from '../../components/desk-bits.js';
import { useDesk } from '../../components/desk-shell.js';
import { ErrorNote } from '../../components/error-note.js';
import { SilenceAlarm } from '../../components/silence-alarm.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link } from '../../router.js';

/** Breaches first (the longest overdue on top), then the nearest deadline, then p1 before p2. */
function byUrgency(a: DeskTicket, b: DeskTicket): number {
  if (a.breached !== b.breached) return a.breached ? -1 : 1;
  const da = a.slaDueAt ?? '~';
  const db = b.slaDueAt ?? '~';
  if (da !== db) return da < db ? -1 : 1;
  return a.priority.localeCompare(b.priority) || a.id - b.id;
}

export function OverviewScreen() {
  const { t, label, formatNumber, formatRelative } = useI18n();
  const { unitName } = useDesk();
  const [data, setData] = useState<Overview>();
  const [error, setError] = useState<unknown>();
  const [now, setNow] = useState(Date.now());
  const generation = useRef(0);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const d = await api.overview();
      if (mine !== generation.current) return;
      setData(d);
      setNow(Date.now());
      setError(undefined);
    } catch (err) {
      if (mine === generation.current) setError(err);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);
  useLiveRefetch(() => void load(), () => true, 300);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);

  const tickets = data ? [...data.tickets].sort(byUrgency) : [];

  return (
    <div className="overview-screen">
      <SilenceAlarm />
      <div className="queue-top">
        <h1>
          {t('overview.title')}
          {data ? `: ${unitName(data.unit)}` : ''}
        </h1>
      </div>
      {error ? <ErrorNote error={error} /> : null}
      {!data && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {data ? (
        <>
          <ul className="totals" aria-label={t('overview.totals')}>
            <li>
              <span className="count-label">{t('desk.open')}</span> <span className="count-n" data-testid="total-open">{formatNumber(data.totals.open)}</span>
            </li>
            <li className={data.totals.breached > 0 ? 'bad' : ''}>
              <span className="count-label">{t('sla.breached')}</span> <span className="count-n" data-testid="total-breached">{formatNumber(data.totals.breached)}</span>
            </li>
            <li>
              <span className="count-label">P1</span> <span className="count-n">{formatNumber(data.totals.p1Open)}</span>
            </li>
            <li>
              <span className="count-label">{t('overview.unplaced')}</span> <span className="count-n" data-testid="total-unplaced">{formatNumber(data.totals.unplaced)}</span>
            </li>
          </ul>

          <div className="overview-grid">
            <Panel id="ov-tickets" title={t('overview.tickets')} className="panel-ov-tickets">
              {tickets.length === 0 ? <p className="muted">{t('desk.empty')}</p> : null}
              <ol className="queue compact" data-testid="overview-tickets">
                {tickets.map((x) => (
                  <li key={x.id} className={`ticket-row p-${x.priority} ${x.breached ? 'breached' : ''}`} data-reference={x.reference} data-breached={x.breached ? '1' : '0'}>
                    <Link href={`/desk/tickets/${x.id}`} className="ticket-link">
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
                        <span>{x.station ? unitName(x.station) : t('desk.noStation')}</span>
                        <span className="muted">{x.assigneeName ?? t('desk.unassigned')}</span>
                      </span>
                      <span className="cell-assignee">
                        {x.escalationLevel > 0 ? <span className="badge escalated">{t(x.escalationLevel === 1 ? 'overview.level1' : 'overview.level2')}</span> : null}
                      </span>
                      <span className="cell-status">
                        <StatusBadge status={x.status} />
                        <SlaBadge ticket={x} now={now} />
                      </span>
                      <span className="cell-time">
                        <time dateTime={x.createdAt}>{formatRelative(x.createdAt, now)}</time>
                      </span>
                    </Link>
                  </li>
                ))}
              </ol>
            </Panel>

            <Panel id="ov-stations" title={t('overview.load')} className="panel-ov-stations">
              {/* A narrow phone may scroll the table sideways: the region takes focus so keys can scroll it too. */}
              <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="ov-stations-title">
                <table className="load-table" data-testid="station-load">
                  <thead>
                    <tr>
                      <th scope="col">{t('ticket.station')}</th>
                      <th scope="col" className="num">
                        {t('desk.open')}
                      </th>
                      <th scope="col" className="num">
                        {t('sla.breached')}
                      </th>
                      <th scope="col" className="num">
                        P1
                      </th>
                      <th scope="col" className="num">
                        {t('overview.median')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.stations.map((s) => (
                      <tr key={s.station} data-station={s.station} className={s.breached > 0 ? 'bad' : ''}>
                        <th scope="row">{unitName(s.station)}</th>
                        <td className="num">{formatNumber(s.open)}</td>
                        <td className="num">{formatNumber(s.breached)}</td>
                        <td className="num">{formatNumber(s.p1Open)}</td>
                        <td className="num">{s.medianFirstResponseMinutesToday === null ? '—' : t('overview.minutes', { n: s.medianFirstResponseMinutesToday })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Panel>
          </div>
        </>
      ) : null}
    </div>
  );
}
