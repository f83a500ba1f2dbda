/**
 * The leadership screen (issue 16) for a DCP, the control room and the Commissioner: figures of any
 * period for their unit compared with the period before and with the units beside it, drill-down
 * from city to zone to station to the tickets behind a number, a chart, the hotspot map and trend alerts.
 * The unit and period live in the URL (?unit=&from=&to=), so a view can be shared and the back button works.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { JurisdictionCollection } from '../../api/types.js';
import { Panel } from '../../components/desk-bits.js';
import { useDesk } from '../../components/desk-shell.js';
import { ErrorNote } from '../../components/error-note.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { Link, navigate, useLocation } from '../../router.js';
import { BarChart } from './bar-chart.js';
import { PublicVoice } from './public-voice.js';
import type { Figures, Hotspots, Summary, TicketList, TrendAlerts } from './leadership.types.js';
import './leadership.css';

const HotspotMap = lazy(() => import('./hotspot-map.js').then((m) => ({ default: m.HotspotMap })));

const PRESETS = [7, 30, 90, 365] as const;
const DAY_MS = 86_400_000;

/** Today's date in Nagpur as YYYY-MM-DD. */
function today(): string {
  return new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
}
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

function leadershipUrl(p: { unit?: string | undefined; from: string; to: string }): string {
  const q = new URLSearchParams();
  if (p.unit) q.set('unit', p.unit);
  q.set('from', p.from);
  q.set('to', p.to);
  return `/desk/leadership?${q.toString()}`;
}

/** The change from the previous period, as a signed percentage (or nothing when there was none before). */
function Change({ now, before, lowerIsBetter = false }: { now: number | null; before: number | null; lowerIsBetter?: boolean }) {
  const { t, formatNumber } = useI18n();
  if (now === null || before === null || before === 0) return <span className="change muted">{t('leadership.noBefore')}</span>;
  const pct = Math.round(((now - before) / before) * 100);
  const better = lowerIsBetter ? pct < 0 : pct > 0;
  const cls = pct === 0 ? 'same' : better ? 'better' : 'worse';
  return (
    <span className={`change ${cls}`}>
      {pct > 0 ? '+' : ''}
      {formatNumber(pct)}% <span className="visually-hidden">{t('leadership.vsBefore')}</span>
    </span>
  );
}

function Cards({ now, before }: { now: Summary; before: Summary }) {
  const { t, formatNumber, formatMinutes } = useI18n();
  const mins = (v: number | null) => (v === null ? '—' : formatMinutes(v));
  const cards: Array<{ key: MessageKey; value: string; n: number | null; b: number | null; lower?: boolean }> = [
    { key: 'leadership.opened', value: formatNumber(now.opened), n: now.opened, b: before.opened },
    { key: 'leadership.firstResponseMedian', value: mins(now.firstResponseMinutes.median), n: now.firstResponseMinutes.median, b: before.firstResponseMinutes.median, lower: true },
    { key: 'leadership.firstResponseP90', value: mins(now.firstResponseMinutes.p90), n: now.firstResponseMinutes.p90, b: before.firstResponseMinutes.p90, lower: true },
    { key: 'leadership.resolutionMedian', value: mins(now.resolutionMinutes.median), n: now.resolutionMinutes.median, b: before.resolutionMinutes.median, lower: true },
    { key: 'leadership.resolved', value: formatNumber(now.resolved), n: now.resolved, b: before.resolved },
    { key: 'leadership.slaKept', value: formatNumber(now.slaKept), n: now.slaKept, b: before.slaKept },
    { key: 'leadership.breached', value: formatNumber(now.breached), n: now.breached, b: before.breached, lower: true },
    { key: 'leadership.escalated', value: formatNumber(now.escalated), n: now.escalated, b: before.escalated, lower: true },
  ];
  return (
    <ul className="lead-cards" aria-label={t('leadership.summary')}>
      {cards.map((c) => (
        <li key={c.key}>
          <span className="count-label">{t(c.key)}</span>
          <span className="count-n" data-testid={c.key}>
            {c.value}
          </span>
          <Change now={c.n} before={c.b} lowerIsBetter={c.lower ?? false} />
        </li>
      ))}
    </ul>
  );
}

function KeyedTable({ id, title, rows, kind }: { id: string; title: string; rows: Figures['byCategory']; kind: 'category' | 'channel' | 'priority' | 'language' }) {
  const { t, label, formatNumber } = useI18n();
  const name = (k: string) => (kind === 'language' ? t(`leadership.lang.${k}` as MessageKey) : kind === 'priority' ? k.toUpperCase() : label(kind, k));
  return (
    <Panel id={id} title={title}>
      <table className="lead-table">
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">{t('leadership.thisPeriod')}</th>
            <th scope="col">{t('leadership.previousPeriod')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{name(r.key)}</th>
              <td>{formatNumber(r.opened)}</td>
              <td>{formatNumber(r.previous)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

/** The units below or beside this one: opened, median first response, breached; the counts drill down when `onDrill` is given. */
function UnitTable({
  rows,
  unitName,
  from,
  to,
  onDrill,
}: {
  rows: Figures['children'];
  unitName: (id: string) => string;
  from: string;
  to: string;
  onDrill?: (title: string, q: { unit: string; from: string; to: string; metric?: 'breached' }) => void;
}) {
  const { t, formatNumber, formatMinutes } = useI18n();
  const count = (value: number, title: string, q: { unit: string; from: string; to: string; metric?: 'breached' }) =>
    onDrill ? (
      <button type="button" className="link-button" onClick={() => onDrill(title, q)}>
        {formatNumber(value)}
      </button>
    ) : (
      formatNumber(value)
    );
  return (
    <div className="table-scroll">
      <table className="lead-table">
        <thead>
          <tr>
            <th scope="col">{t('leadership.unit')}</th>
            <th scope="col">{t('leadership.opened')}</th>
            <th scope="col">{t('leadership.firstResponseMedian')}</th>
            <th scope="col">{t('leadership.breached')}</th>
            <th scope="col">{t('leadership.ratingMean')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.unit.id}>
              <th scope="row">
                <Link href={leadershipUrl({ unit: c.unit.id, from, to })}>{unitName(c.unit.id)}</Link>
              </th>
              <td>{count(c.summary.opened, unitName(c.unit.id), { unit: c.unit.id, from, to })}</td>
              <td>{c.summary.firstResponseMinutes.median === null ? '—' : formatMinutes(c.summary.firstResponseMinutes.median)}</td>
              <td>{count(c.summary.breached, `${unitName(c.unit.id)} · ${t('leadership.breached')}`, { unit: c.unit.id, from, to, metric: 'breached' })}</td>
              <td>{c.summary.satisfaction.mean === null ? '—' : formatNumber(c.summary.satisfaction.mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function LeadershipScreen() {
  const { t, tp, label, formatNumber, formatMinutes, formatDateTime, locale } = useI18n();
  // A period's bounds are calendar days (YYYY-MM-DD): read in the page's language, never as the raw ISO day.
  // A chart's day, short: "28 Nov", "२८ नोव्हें".
  const dayLabel = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const calendarDay = (day: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  const { officer, unitName } = useDesk();
  const { search } = useLocation();
  const to = search.get('to') ?? today();
  const from = search.get('from') ?? addDays(to, -6);
  const unit = search.get('unit') ?? undefined;
  const [figures, setFigures] = useState<Figures>();
  const [alerts, setAlerts] = useState<TrendAlerts>();
  const [hotspots, setHotspots] = useState<Hotspots>();
  const [jurisdictions, setJurisdictions] = useState<JurisdictionCollection | null>(null);
  const [behind, setBehind] = useState<{ title: string; list: TicketList }>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    const ac = new AbortController();
    setError(undefined);
    const q = { unit, from, to };
    api.analyticsFigures(q, ac.signal).then(setFigures, (e: unknown) => !ac.signal.aborted && setError(e));
    api.analyticsHotspots(q, ac.signal).then(setHotspots, (e: unknown) => !ac.signal.aborted && setError(e));
    // Trend alerts are for a zone and the city: a station's SHO reads the figures without them.
    if (officer.role !== 'sho' && officer.role !== 'operator') api.analyticsAlerts(unit, ac.signal).then(setAlerts, (e: unknown) => !ac.signal.aborted && setError(e));
    return () => ac.abort();
  }, [unit, from, to, officer.role]);
  useEffect(() => {
    const ac = new AbortController();
    api.jurisdictions(ac.signal).then(setJurisdictions, () => setJurisdictions(null));
    return () => ac.abort();
  }, []);

  const showTickets = async (title: string, q: { unit?: string; from: string; to: string; metric?: 'opened' | 'breached' | 'escalated' | 'resolved'; category?: string }) => {
    try {
      setBehind({ title, list: await api.analyticsTickets(q) });
    } catch (e) {
      setError(e);
    }
  };

  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
  const trail = figures?.trail.map((u) => u.id) ?? [];

  return (
    <div className="leadership-screen">
      <div className="queue-top">
        <h1>
          {t('leadership.title')}
          {figures ? `: ${unitName(figures.unit.id)}` : ''}
        </h1>
      </div>
      <nav aria-label={t('leadership.trail')} className="lead-trail">
        {trail.map((id, i) => (
          <span key={id}>
            {i > 0 ? ' › ' : ''}
            {i < trail.length - 1 ? <Link href={leadershipUrl({ unit: id === officer.unitId ? undefined : id, from, to })}>{unitName(id)}</Link> : <span aria-current="page">{unitName(id)}</span>}
          </span>
        ))}
      </nav>
      <form
        className="lead-period"
        aria-label={t('leadership.period')}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const f = String(data.get('from') ?? from);
          const tt = String(data.get('to') ?? to);
          if (f && tt && f <= tt) navigate(leadershipUrl({ unit, from: f, to: tt }));
        }}
      >
        <div className="lead-presets" role="group" aria-label={t('leadership.presets')}>
          {PRESETS.map((n) => (
            <Link key={n} href={leadershipUrl({ unit, from: addDays(today(), -(n - 1)), to: today() })} aria-current={days === n && to === today() ? 'true' : undefined} className="chip">
              {t('leadership.lastDays', { n })}
            </Link>
          ))}
        </div>
        <label>
          {t('leadership.from')} <input type="date" name="from" defaultValue={from} key={`f${from}`} max={today()} />
        </label>
        <label>
          {t('leadership.to')} <input type="date" name="to" defaultValue={to} key={`t${to}`} max={today()} />
        </label>
        <button type="submit">{t('leadership.show')}</button>
      </form>
      {error ? <ErrorNote error={error} /> : null}
      {!figures && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {figures ? (
        <>
          <p className="muted lead-compare">
            {t('leadership.comparedWith', { from: calendarDay(figures.previousPeriod.from), to: calendarDay(figures.previousPeriod.to) })}
          </p>
          <Cards now={figures.summary} before={figures.previous} />
          {alerts && alerts.alerts.length > 0 ? (
            <Panel id="lead-alerts" title={t('leadership.alerts')} className="lead-alerts">
              <ul>
                {alerts.alerts.map((a) => (
                  <li key={`${a.unit.id}-${a.category}`} data-testid="trend-alert">
                    <strong>
                      {label('category', a.category)} · {unitName(a.unit.id)}
                    </strong>{' '}
                    {tp('leadership.alertText', a.current, { expected: a.expected, ratio: a.ratio })}{' '}
                    <button type="button" className="link-button" onClick={() => void showTickets(`${label('category', a.category)} · ${unitName(a.unit.id)}`, { unit: a.unit.id, from: alerts.week.from, to: alerts.week.to, category: a.category })}>
                      {t('leadership.seeTickets')}
                    </button>
                  </li>
                ))}
              </ul>
              <p className="muted small">{t('leadership.alertMethod')}</p>
            </Panel>
          ) : alerts ? (
            <p className="muted">{t('leadership.noAlerts')}</p>
          ) : null}
          {behind ? (
            <Panel id="lead-behind" title={`${t('leadership.ticketsBehind')}: ${behind.title}`}>
              <ul className="lead-behind">
                {behind.list.tickets.map((tk) => (
                  <li key={tk.id}>
                    <Link href={`/desk/tickets/${tk.id}`}>{tk.reference}</Link> · {label('category', tk.category)} · {tk.priority.toUpperCase()} · {label('status', tk.status)} · {formatDateTime(tk.createdAt)}
                  </li>
                ))}
              </ul>
              {behind.list.tickets.length === 0 ? <p className="muted">{t('leadership.none')}</p> : null}
              <Link href={behind.list.queueUrl}>{t('leadership.openQueue')}</Link>
            </Panel>
          ) : null}
          <Panel id="lead-days" title={t('leadership.byDay')}>
            <BarChart
              title={t('leadership.byDay')}
              valueLabel={t('leadership.opened')}
              lineLabel={t('leadership.backlog')}
              rows={figures.byDay.map((d) => ({ label: dayLabel.format(new Date(`${d.day}T00:00:00Z`)), value: d.opened, line: d.backlog }))}
            />
            <p className="muted small">{t('leadership.chartKey')}</p>
          </Panel>
          <Panel id="lead-hours" title={t('leadership.byHour')}>
            <BarChart title={t('leadership.byHour')} valueLabel={t('leadership.opened')} height={120} rows={figures.byHour.map((h) => ({ label: String(h.hour).padStart(2, '0'), value: h.opened }))} />
          </Panel>
          {figures.children.length > 0 ? (
            <Panel id="lead-children" title={t('leadership.units')}>
              <UnitTable rows={figures.children} unitName={unitName} from={from} to={to} onDrill={(title, q) => void showTickets(title, q)} />
            </Panel>
          ) : null}
          {figures.peers.length > 0 || figures.peerMedian.units > 1 ? (
            <Panel id="lead-peers" title={t('leadership.peers')}>
              <p className="muted small">
                {t('leadership.peerMedian', { units: figures.peerMedian.units, opened: figures.peerMedian.opened ?? 0 })}
                {figures.peerMedian.firstResponseMedian === null ? '' : ` · ${t('leadership.firstResponseMedian')}: ${formatMinutes(figures.peerMedian.firstResponseMedian)}`}
              </p>
              {figures.peers.length > 0 ? <UnitTable rows={figures.peers} unitName={unitName} from={from} to={to} /> : null}
            </Panel>
          ) : null}
          <Panel id="lead-map" title={t('leadership.map')}>
            {hotspots ? (
              <>
                <Suspense fallback={<div className="map map-loading" style={{ height: 380 }} aria-busy="true" />}>
                  <HotspotMap jurisdictions={jurisdictions} hotspots={hotspots} />
                </Suspense>
                <ol className="lead-hotspots" aria-label={t('leadership.hotspots')}>
                  {hotspots.cells.slice(0, 5).map((c) => (
                    <li key={`${c.lat},${c.lon}`}>
                      {tp('leadership.hotspot', c.count, { category: label('category', c.top), lat: c.lat.toFixed(3), lon: c.lon.toFixed(3) })}
                    </li>
                  ))}
                </ol>
                {hotspots.unplaced > 0 ? <p className="muted small">{tp('leadership.unplaced', hotspots.unplaced)}</p> : null}
              </>
            ) : null}
          </Panel>
          <div className="lead-grid">
            <KeyedTable id="lead-category" title={t('leadership.byCategory')} rows={figures.byCategory} kind="category" />
            <KeyedTable id="lead-channel" title={t('leadership.byChannel')} rows={figures.byChannel} kind="channel" />
            <KeyedTable id="lead-language" title={t('leadership.byLanguage')} rows={figures.byLanguage} kind="language" />
            <KeyedTable id="lead-priority" title={t('leadership.byPriority')} rows={figures.byPriority} kind="priority" />
          </div>
          <PublicVoice figures={figures} unit={unit} from={from} to={to} role={officer.role} />
          <Panel id="lead-outcomes" title={t('leadership.outcomes')}>
            <ul className="lead-outcomes">
              {Object.entries(figures.summary.outcomes).map(([k, n]) => (
                <li key={k}>
                  {label('outcome', k)}: {formatNumber(n)}
                </li>
              ))}
            </ul>
          </Panel>
          {figures.officers.length > 0 ? (
            <Panel id="lead-officers" title={t('leadership.officers')}>
              <div className="table-scroll">
                <table className="lead-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('leadership.officer')}</th>
                      <th scope="col">{t('leadership.responded')}</th>
                      <th scope="col">{t('leadership.resolved')}</th>
                      <th scope="col">{t('leadership.rated')}</th>
                      <th scope="col">{t('leadership.ratingMean')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {figures.officers.map((o) => (
                      <tr key={`${o.officerId}-${o.station}`}>
                        <th scope="row">
                          {o.name} <span className="muted small">{unitName(o.station)}</span>
                        </th>
                        <td>{formatNumber(o.responded)}</td>
                        <td>{formatNumber(o.resolved)}</td>
                        <td>{formatNumber(o.rated)}</td>
                        <td>{o.ratingMean === null ? '—' : formatNumber(o.ratingMean, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Panel>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
