/**
 * Leadership figures over any period, from the rollups only (never a scan of the tickets): for a
 * station, a zone or the city, scoped by the officer's unit like every desk query, compared with the
 * period before and with the other units at the same level.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import type { Unit } from '../geo/city.js';
import { unitSubtree } from '../force/unit.repository.js';
import type { Db } from '../store/db.js';
import { OUTCOMES } from '../tickets/ticket.model.js';
import type { Category, Language, Priority } from '../triage/triage.types.js';
import type { Figures, Summary } from './analytics.schema.js';
import { BIN_COUNT, hexCentre, histogramQuantile, localHour, UNIT_COLUMNS } from './rollup.model.js';
import { BASELINE_WEEKS, judgeTrend } from './trend.model.js';

export type AnalyticsContext = Pick<AppContext, 'store' | 'config' | 'city' | 'now'>;

const DAY_MS = 86_400_000;

/** The period asked for, as local days and the hour keys that bound it. */
export interface Period {
  from: string;
  to: string;
  days: number;
  fromHour: string;
  toHourExclusive: string;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The period from query parameters: default the last 7 local days; at most two years. */
export function resolvePeriod(ctx: Pick<AppContext, 'config' | 'now'>, q: { from?: string | undefined; to?: string | undefined }): Period {
  const today = localHour(new Date(ctx.now()).toISOString(), ctx.config.timeZone).slice(0, 10);
  const to = q.to ?? today;
  const from = q.from ?? addDays(to, -6);
  if (Number.isNaN(Date.parse(`${from}T00:00:00Z`)) || Number.isNaN(Date.parse(`${to}T00:00:00Z`))) {
    throw new AppError('VALIDATION_FAILED', 'from and to must be real dates, YYYY-MM-DD');
  }
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
  if (days < 1) throw new AppError('VALIDATION_FAILED', 'from must not be after to');
  if (days > 731) throw new AppError('VALIDATION_FAILED', 'A period may span at most two years: narrow from and to');
  return { from, to, days, fromHour: `${from}T00`, toHourExclusive: `${addDays(to, 1)}T00` };
}

function previousOf(p: Period): Period {
  const to = addDays(p.from, -1);
  const from = addDays(to, -(p.days - 1));
  return { from, to, days: p.days, fromHour: `${from}T00`, toHourExclusive: `${p.from}T00` };
}

/** The unit the figures are for, checked against what the officer may see (their unit and below). */
export function resolveUnit(ctx: Pick<AppContext, 'city'>, actor: Actor, unitId: string | undefined): { unit: Unit; visible: Set<string> } {
  const visible = unitSubtree(ctx.city.units, actor.unitId);
  const id = unitId ?? actor.unitId;
  const unit = ctx.city.units.find((u) => u.id === id);
  if (!unit) throw new AppError('UNIT_NOT_FOUND', `No unit ${id}: use an id from GET /api/units`);
  if (!visible.has(id)) throw new AppError('FORBIDDEN', 'These figures are outside your unit: ask for your own unit or one below it');
  return { unit, visible };
}

/** The rollup rows of a unit: a station (or special unit) by station, a zone by zone, the city all. */
function scopeOf(unit: Pick<Unit, 'id' | 'kind'>): RawBuilder<unknown> {
  if (unit.kind === 'zone') return sql`and zone_id = ${unit.id}`;
  if (unit.kind === 'station' || unit.kind === 'special') return sql`and station_id = ${unit.id}`;
  return sql``;
}

type Sums = Record<string, number>;

/** Sums over local days [from, toExclusive) of a daily rollup, grouped by some expressions (none: one row); by alias. */
async function groupDaily(
  db: Db,
  table: 'analytics_unit_daily' | 'analytics_dim_daily',
  where: RawBuilder<unknown>,
  unit: Pick<Unit, 'id' | 'kind'>,
  from: string,
  toExclusive: string,
  groups: Record<string, RawBuilder<unknown>>,
  sums: Record<string, RawBuilder<unknown>>,
): Promise<Array<{ keys: Record<string, string>; sums: Sums }>> {
  const g = Object.entries(groups);
  const select = sql.join([...g.map(([alias, e]) => sql`${e} as ${sql.ref(`k_${alias}`)}`), ...Object.entries(sums).map(([alias, e]) => sql`${e} as ${sql.ref(`s_${alias}`)}`)]);
  const res = await sql<Record<string, unknown>>`select ${select} from ${sql.table(table)}
    where day >= ${from} and day < ${toExclusive} ${where} ${scopeOf(unit)}
    ${g.length ? sql`group by ${sql.join(g.map(([, e]) => e))}` : sql``}`.execute(db);
  return res.rows.map((r) => {
    const keys: Record<string, string> = {};
    for (const [alias] of g) keys[alias] = String(r[`k_${alias}`] ?? '');
    const out: Sums = {};
    for (const alias of Object.keys(sums)) out[alias] = Number(r[`s_${alias}`] ?? 0);
    return { keys, sums: out };
  });
}

/**
 * Tickets opened over local days [from, toExclusive) by dimension and value: whole calendar months from
 * analytics_dim_monthly, the days before the first and after the last whole month from analytics_dim_daily,
 * so that a year reads about twelve rows per unit and value whatever the number of tickets.
 */
async function openedByDim(db: Db, unit: Pick<Unit, 'id' | 'kind'>, from: string, toExclusive: string, dims: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (from >= toExclusive) return out;
  const monthStart = from.endsWith('-01') ? from : `${nextMonth(from.slice(0, 7))}-01`;
  const monthEnd = `${toExclusive.slice(0, 7)}-01`;
  const dimIn = sql.join(dims.map((d) => sql`${d}`));
  const bump = (rows: ReadonlyArray<Record<string, unknown>>) => {
    for (const r of rows) {
      const k = `${String(r.dim)}|${String(r.value)}`;
      out.set(k, (out.get(k) ?? 0) + Number(r.n ?? 0));
    }
  };
  if (monthStart < monthEnd) {
    const months = await sql<Record<string, unknown>>`select dim, value, sum(opened) as n from analytics_dim_monthly
      where dim in (${dimIn}) and month >= ${monthStart.slice(0, 7)} and month < ${monthEnd.slice(0, 7)} ${scopeOf(unit)}
      group by dim, value`.execute(db);
    bump(months.rows);
    // The days before the first whole month and after the last, as two ranges: one condition with OR
    // between them made SQLite read every day of the dimensions (0.3 s of a year's figures at 100,000 tickets).
    for (const [a, b] of [[from, monthStart], [monthEnd, toExclusive]] as const) {
      if (a >= b) continue;
      const days = await sql<Record<string, unknown>>`select dim, value, sum(opened) as n from analytics_dim_daily
        where dim in (${dimIn}) and day >= ${a} and day < ${b} ${scopeOf(unit)}
        group by dim, value`.execute(db);
      bump(days.rows);
    }
  } else {
    const days = await sql<Record<string, unknown>>`select dim, value, sum(opened) as n from analytics_dim_daily
      where dim in (${dimIn}) and day >= ${from} and day < ${toExclusive} ${scopeOf(unit)}
      group by dim, value`.execute(db);
    bump(days.rows);
  }
  return out;
}

function nextMonth(month: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function addSums(into: Sums, add: Sums): void {
  for (const [k, v] of Object.entries(add)) into[k] = (into[k] ?? 0) + v;
}

function getOr(m: Map<string, Sums>, k: string): Sums {
  let v = m.get(k);
  if (!v) {
    v = {};
    m.set(k, v);
  }
  return v;
}

function minutesOf(s: Sums, prefix: 'rh' | 'sh', count: number, sum: number) {
  const bins = Array.from({ length: BIN_COUNT }, (_, i) => s[`${prefix}_${i}`] ?? 0);
  return { median: histogramQuantile(bins, 0.5), p90: histogramQuantile(bins, 0.9), mean: count > 0 ? Math.round(sum / count) : null };
}

/** A summary from summed counters. */
export function toSummary(s: Sums | undefined): Summary {
  const v = (c: string) => s?.[c] ?? 0;
  const outcomes: Record<string, number> = {};
  for (const o of OUTCOMES) outcomes[o] = v(`out_${o}`);
  return {
    opened: v('opened'),
    responded: v('responded'),
    resolved: v('resolved'),
    closed: v('closed'),
    breached: v('breached'),
    slaKept: v('sla_kept'),
    escalated: v('escalated'),
    outcomes: { fir_registered: v('out_fir_registered'), nc_registered: v('out_nc_registered'), action_taken: v('out_action_taken'), advised: v('out_advised'), not_police_matter: v('out_not_police_matter'), duplicate: v('out_duplicate'), spam: v('out_spam') },
    firstResponseMinutes: minutesOf(s ?? {}, 'rh', v('responded'), v('response_min_sum')),
    resolutionMinutes: minutesOf(s ?? {}, 'sh', v('resolved'), v('resolve_min_sum')),
    satisfaction: {
      rated: v('rated'),
      mean: meanRating(v('rating_sum'), v('rated')),
      distribution: [v('rating_1'), v('rating_2'), v('rating_3'), v('rating_4'), v('rating_5')],
    },
  };
}

/** The mean of some ratings to one decimal, null when there are none. */
function meanRating(sum: number, n: number): number | null {
  return n > 0 ? Math.round((sum / n) * 10) / 10 : null;
}

const unitRef = (u: Unit) => ({ id: u.id, name: u.nameEn, kind: u.kind });

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** The figures of a unit over a period (GET /api/analytics/figures). */
export async function getFigures(ctx: AnalyticsContext, actor: Actor, q: { unit?: string | undefined; from?: string | undefined; to?: string | undefined }): Promise<Figures> {
  const db = ctx.store.db;
  const { unit, visible } = resolveUnit(ctx, actor, q.unit);
  const p = resolvePeriod(ctx, q);
  const prev = previousOf(p);
  // Few scans, each summing only what it needs: the period by day and child unit (totals, the chart,
  // the drill-down), the previous period, the four breakdowns for both periods at once, the hours, and
  // what was still open when the period began.
  const childKind = unit.kind === 'commissionerate' ? 'zone' : unit.kind === 'zone' ? 'station' : null;
  // A station has no units below: group by the station itself (PostgreSQL refuses a constant in GROUP BY).
  const childCol = childKind === 'zone' ? sql`zone_id` : sql`station_id`;
  const allSums = Object.fromEntries(UNIT_COLUMNS.map((c) => [c, sql`sum(${sql.ref(c)})`]));
  const BREAKDOWNS = ['category', 'channel', 'priority', 'language'] as const;
  const end = addDays(p.to, 1);
  const U = 'analytics_unit_daily' as const;
  // Every counter by child unit, and by day only the chart's: every counter by day and child sorted a
  // year's units × days rows of fifty columns (a fifth of a year's figures on SQLite) for five of them.
  const daySums = Object.fromEntries(['opened', 'resolved', 'closed', 'rated', 'rating_sum'].map((c) => [c, sql`sum(${sql.ref(c)})`]));
  const [childRows, dayRows, prevRows, dimNow, dimPrev, beforeRows] = await Promise.all([
    groupDaily(db, U, sql``, unit, p.from, end, { c: childCol }, allSums),
    groupDaily(db, U, sql``, unit, p.from, end, { d: sql`day` }, daySums),
    groupDaily(db, U, sql``, unit, prev.from, p.from, {}, allSums),
    openedByDim(db, unit, p.from, end, [...BREAKDOWNS, 'hour', 'sentiment']),
    openedByDim(db, unit, prev.from, p.from, [...BREAKDOWNS, 'sentiment']),
    groupDaily(db, U, sql``, unit, '', p.from, {}, { opened: sql`sum(opened)`, closed: sql`sum(closed)` }),
  ]);
  const totalSums: Sums = {};
  const sumsByDay = new Map<string, Sums>();
  const childSums = new Map<string, Sums>();
  for (const r of childRows) {
    addSums(totalSums, r.sums);
    addSums(getOr(childSums, r.keys.c ?? ''), r.sums);
  }
  for (const r of dayRows) addSums(getOr(sumsByDay, r.keys.d ?? ''), r.sums);
  const dims = (col: 'category' | 'channel' | 'priority' | 'language' | 'sentiment') => {
    const m = new Map<string, { opened: number; previous: number }>();
    for (const [which, counts] of [['opened', dimNow], ['previous', dimPrev]] as const) {
      for (const [k, n] of counts) {
        const [dim, value = ''] = k.split('|');
        if (dim !== col) continue;
        const e = m.get(value) ?? { opened: 0, previous: 0 };
        e[which] += n;
        m.set(value, e);
      }
    }
    return [...m]
      .map(([key, v]) => ({ key, ...v }))
      .filter((x) => x.opened > 0 || x.previous > 0)
      .sort((a, b) => b.opened - a.opened || b.previous - a.previous || a.key.localeCompare(b.key));
  };
  const [byChannel, byLanguage, byCategory, byPriority, bySentiment] = [dims('channel'), dims('language'), dims('category'), dims('priority'), dims('sentiment')];
  // The citizens' messages by sentiment and day: the trend behind bySentiment.
  const sentimentRows = await sql<{ day: string; value: string; n: number | string }>`select day, value, sum(opened) as n from analytics_dim_daily
    where dim = 'sentiment' and day >= ${p.from} and day < ${end} ${scopeOf(unit)} group by day, value`.execute(db);
  const sentimentByDay = Array.from({ length: p.days }, (_, i) => {
    const day = addDays(p.from, i);
    const n = (v: string) => sentimentRows.rows.filter((r) => r.day === day && r.value === v).reduce((a, r) => a + Number(r.n), 0);
    return { day, praise: n('praise'), anger: n('anger'), fear: n('fear'), neutral: n('neutral') };
  });

  let backlog = (beforeRows[0]?.sums.opened ?? 0) - (beforeRows[0]?.sums.closed ?? 0);
  const byDay = Array.from({ length: p.days }, (_, i) => {
    const day = addDays(p.from, i);
    const s = sumsByDay.get(day);
    backlog += (s?.opened ?? 0) - (s?.closed ?? 0);
    return { day, opened: s?.opened ?? 0, resolved: s?.resolved ?? 0, backlog, rated: s?.rated ?? 0, ratingMean: meanRating(s?.rating_sum ?? 0, s?.rated ?? 0) };
  });
  const byHour = Array.from({ length: 24 }, (_, h) => ({ hour: h, opened: dimNow.get(`hour|${String(h).padStart(2, '0')}`) ?? 0 }));

  // One level down: zones of the city, stations of a zone.
  const children: Figures['children'] = [];
  if (childKind) {
    for (const u of ctx.city.units.filter((x) => x.parent === unit.id && (x.kind === childKind || (childKind === 'station' && x.kind === 'special')) && x.status === 'active')) {
      children.push({ unit: unitRef(u), summary: toSummary(childSums.get(u.id)) });
    }
    children.sort((a, b) => b.summary.opened - a.summary.opened || a.unit.id.localeCompare(b.unit.id));
  }

  // The same level: other stations of the zone, other zones of the city.
  const peers: Figures['peers'] = [];
  const peerSummaries: Summary[] = [];
  if (unit.parent && (unit.kind === 'zone' || unit.kind === 'station')) {
    const parent = ctx.city.units.find((u) => u.id === unit.parent);
    if (parent) {
      const col = unit.kind === 'zone' ? 'zone_id' : 'station_id';
      const rows = (await groupDaily(db, U, sql``, parent, p.from, end, { k: sql.ref(col) }, allSums)).map((r) => ({ key: r.keys.k ?? '', sums: r.sums }));
      for (const u of ctx.city.units.filter((x) => x.parent === parent.id && x.kind === unit.kind && x.status === 'active')) {
        const summary = toSummary(rows.find((r) => r.key === u.id)?.sums);
        peerSummaries.push(summary);
        if (u.id !== unit.id && visible.has(u.id)) peers.push({ unit: unitRef(u), summary });
      }
    }
  }
  const nums = (f: (s: Summary) => number | null) => peerSummaries.map(f).filter((x): x is number => x !== null);

  const officerRows = await sql<{ officer_id: number | string; station_id: string; responded: number | string; resolved: number | string; rated: number | string; rating_sum: number | string; display_name: string | null }>`
    select o.officer_id, o.station_id, sum(o.responded) as responded, sum(o.resolved) as resolved, sum(o.rated) as rated, sum(o.rating_sum) as rating_sum, u.display_name
    from analytics_officer_daily o left join users u on u.id = o.officer_id
    where o.day >= ${p.from} and o.day <= ${p.to} ${scopeOf(unit)}
    group by o.officer_id, o.station_id, u.display_name`.execute(db);
  const officers = officerRows.rows
    .map((r) => ({ officerId: Number(r.officer_id), name: r.display_name ?? `#${String(r.officer_id)}`, station: r.station_id, responded: Number(r.responded), resolved: Number(r.resolved), rated: Number(r.rated), ratingMean: meanRating(Number(r.rating_sum), Number(r.rated)) }))
    .sort((a, b) => b.resolved - a.resolved || b.responded - a.responded || a.officerId - b.officerId)
    .slice(0, 50);

  const trail: Unit[] = [unit];
  for (let u = unit; u.id !== actor.unitId && u.parent; ) {
    const parent = ctx.city.units.find((x) => x.id === u.parent);
    if (!parent) break;
    trail.unshift(parent);
    u = parent;
  }
  return {
    unit: unitRef(unit),
    trail: trail.map(unitRef),
    period: { from: p.from, to: p.to, days: p.days },
    previousPeriod: { from: prev.from, to: prev.to },
    summary: toSummary(totalSums),
    previous: toSummary(prevRows[0]?.sums),
    byDay,
    byHour,
    byChannel,
    byLanguage,
    byCategory,
    byPriority,
    bySentiment,
    sentimentByDay,
    children,
    peers,
    peerMedian: {
      units: peerSummaries.length,
      opened: median(nums((s) => s.opened)),
      firstResponseMedian: median(nums((s) => s.firstResponseMinutes.median)),
      breached: median(nums((s) => s.breached)),
    },
    officers,
  };
}

/** The local midnight that starts a day, as an instant (the offset of the zone that day). */
function localDayStartIso(day: string, timeZone: string): string {
  const guess = Date.parse(`${day}T00:00:00Z`);
  const shown = localHour(new Date(guess).toISOString(), timeZone);
  const f = new Intl.DateTimeFormat('en-GB', { timeZone, minute: '2-digit' });
  const minute = Number(f.format(new Date(guess)));
  const offset = Date.parse(`${shown}:${String(minute).padStart(2, '0')}:00Z`) - guess;
  return new Date(guess - offset).toISOString();
}

/** The instant a local day starts in the force's time zone. */
export function localDayStartIsoOf(ctx: Pick<AppContext, 'config'>, day: string): string {
  return localDayStartIso(day, ctx.config.timeZone);
}

/**
 * The tickets behind a number (the drill-down's last step): the newest first, by the column of the
 * metric, within the unit. An indexed range read of one period's tickets, at most `limit` rows.
 */
export async function ticketsBehind(
  ctx: AnalyticsContext,
  actor: Actor,
  q: { unit?: string | undefined; from?: string | undefined; to?: string | undefined; metric: 'opened' | 'breached' | 'escalated' | 'resolved'; category?: Category | undefined; priority?: Priority | undefined; language?: Language | undefined; channel?: string | undefined; limit: number },
) {
  const { unit } = resolveUnit(ctx, actor, q.unit);
  const p = resolvePeriod(ctx, q);
  const from = localDayStartIso(p.from, ctx.config.timeZone);
  const to = localDayStartIso(addDays(p.to, 1), ctx.config.timeZone);
  const col = q.metric === 'resolved' ? 'resolved_at' : q.metric === 'escalated' ? 'escalated_at' : q.metric === 'breached' ? 'sla_due_at' : 'created_at';
  let query = ctx.store.db
    .selectFrom('tickets')
    .select(['id', 'reference', 'category', 'priority', 'status', 'station_id', 'created_at'])
    .where(col, '>=', from)
    .where(col, '<', to);
  if (unit.kind === 'zone') query = query.where('zone_id', '=', unit.id);
  else if (unit.kind !== 'commissionerate') query = query.where('station_id', '=', unit.id);
  if (q.metric === 'breached') query = query.where((eb) => eb.or([eb('escalation_level', '>', 0), eb('first_response_at', '>', eb.ref('first_response_due_at')), eb('resolved_at', '>', eb.ref('resolve_due_at'))]));
  if (q.category) query = query.where('category', '=', q.category);
  if (q.priority) query = query.where('priority', '=', q.priority);
  if (q.language) query = query.where('language', '=', q.language);
  if (q.channel) query = query.where('channel', '=', q.channel);
  const rows = await query.orderBy(col, 'desc').orderBy('id', 'desc').limit(q.limit).execute();
  const params = new URLSearchParams();
  if (q.category) params.set('category', q.category);
  if (q.priority) params.set('priority', q.priority);
  if (q.channel) params.set('channel', q.channel);
  if (q.metric === 'breached') params.set('breached', 'true');
  const qs = params.toString();
  return {
    tickets: rows.map((r) => ({ id: r.id, reference: r.reference, category: r.category, priority: r.priority, status: r.status, station: r.station_id, createdAt: r.created_at })),
    queueUrl: `/desk${qs ? `?${qs}` : ''}`,
  };
}

/**
 * Trend alerts in the officer's units: each category in each zone and station whose last 7 days
 * rose well above its own previous weeks (trend.model.ts says how). From the rollups by day.
 */
export async function getTrendAlerts(ctx: AnalyticsContext, actor: Actor, q: { unit?: string | undefined }) {
  const { unit, visible } = resolveUnit(ctx, actor, q.unit);
  const today = localHour(new Date(ctx.now()).toISOString(), ctx.config.timeZone).slice(0, 10);
  const weekFrom = addDays(today, -6);
  const start = addDays(weekFrom, -7 * BASELINE_WEEKS);
  // Summed by week in the database: a row per unit, category and week instead of one per day.
  const weekOf = sql.join(
    Array.from({ length: BASELINE_WEEKS }, (_, w) => sql`when day >= ${addDays(today, -(7 * w + 6))} then ${sql.lit(w)}`),
    sql` `,
  );
  const rows = await sql<{ wk: number | string; station_id: string; zone_id: string; category: string; n: number | string }>`
    select case ${weekOf} else ${sql.lit(BASELINE_WEEKS)} end as wk, station_id, zone_id, value as category, sum(opened) as n from analytics_dim_daily
    where dim = 'category' and day >= ${start} and day <= ${today} ${scopeOf(unit)}
    group by wk, station_id, zone_id, value`.execute(ctx.store.db);
  // Weekly series per (unit, category): index 0 is the current week, 1… the baseline going back.
  const series = new Map<string, number[]>();
  const bump = (unitId: string, category: string, week: number, n: number) => {
    const k = `${unitId}|${category}`;
    const s = series.get(k) ?? new Array<number>(BASELINE_WEEKS + 1).fill(0);
    s[week] = (s[week] ?? 0) + n;
    series.set(k, s);
  };
  for (const r of rows.rows) {
    const week = Number(r.wk);
    if (week < 0 || week > BASELINE_WEEKS) continue;
    if (r.station_id) bump(r.station_id, r.category, week, Number(r.n));
    if (r.zone_id) bump(r.zone_id, r.category, week, Number(r.n));
  }
  const alerts = [];
  for (const [k, s] of series) {
    const [unitId = '', category = ''] = k.split('|');
    const u = ctx.city.units.find((x) => x.id === unitId);
    if (!u || !visible.has(u.id)) continue;
    const baseline = s.slice(1).reverse();
    const v = judgeTrend(s[0] ?? 0, baseline);
    if (!v.alert) continue;
    const params = new URLSearchParams({ unit: u.id, from: weekFrom, to: today, category });
    alerts.push({ unit: unitRef(u), category, current: v.current, expected: v.expected, ratio: v.ratio, p: v.p, baseline, ticketsUrl: `/api/analytics/tickets?${params.toString()}` });
  }
  alerts.sort((a, b) => a.p - b.p || b.current - a.current);
  return {
    method: `quasi-Poisson test of the last 7 days against the ${BASELINE_WEEKS} weeks before: at least 5 tickets, at least twice the baseline, tail p < 0.001`,
    week: { from: weekFrom, to: today },
    alerts,
  };
}

/** The hotspot map: tickets opened in the period by hexagon, with the commonest category of each. */
export async function getHotspots(ctx: AnalyticsContext, actor: Actor, q: { unit?: string | undefined; from?: string | undefined; to?: string | undefined; category?: string | undefined }) {
  const { unit } = resolveUnit(ctx, actor, q.unit);
  const p = resolvePeriod(ctx, q);
  const rows = await sql<{ hex_q: number | string; hex_r: number | string; category: string; n: number | string }>`
    select hex_q, hex_r, category, sum(opened) as n from analytics_place_daily
    where day >= ${p.from} and day <= ${p.to} ${scopeOf(unit)} ${q.category ? sql`and category = ${q.category}` : sql``}
    group by hex_q, hex_r, category`.execute(ctx.store.db);
  const cells = new Map<string, { q: number; r: number; count: number; top: string; topN: number }>();
  for (const r of rows.rows) {
    const k = `${String(r.hex_q)},${String(r.hex_r)}`;
    const n = Number(r.n);
    if (n <= 0) continue;
    const c = cells.get(k) ?? { q: Number(r.hex_q), r: Number(r.hex_r), count: 0, top: r.category, topN: 0 };
    c.count += n;
    if (n > c.topN) {
      c.top = r.category;
      c.topN = n;
    }
    cells.set(k, c);
  }
  const total = await groupDaily(ctx.store.db, 'analytics_dim_daily', q.category ? sql`and dim = 'category' and value = ${q.category}` : sql`and dim = 'priority'`, unit, p.from, addDays(p.to, 1), {}, { opened: sql`sum(opened)` });
  const opened = total[0]?.sums.opened ?? 0;
  const out = [...cells.values()].map((c) => ({ ...hexCentre(c.q, c.r), count: c.count, top: c.top })).sort((a, b) => b.count - a.count);
  return { cells: out, unplaced: Math.max(0, opened - out.reduce((a, c) => a + c.count, 0)) };
}

/** Praise in the period that names an officer, newest first, in the unit (an SHO's station, a DCP's zone, the city). */
export async function getOfficerPraise(ctx: AnalyticsContext, actor: Actor, q: { unit?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  const { unit } = resolveUnit(ctx, actor, q.unit);
  const p = resolvePeriod(ctx, q);
  const from = localDayStartIso(p.from, ctx.config.timeZone);
  const to = localDayStartIso(addDays(p.to, 1), ctx.config.timeZone);
  let query = ctx.store.db
    .selectFrom('officer_praise as p')
    .innerJoin('tickets as t', 't.id', 'p.ticket_id')
    .leftJoin('users as u', 'u.id', 'p.officer_id')
    .select(['p.id', 'p.ticket_id', 't.reference', 'p.officer_id', 'u.display_name', 'p.station_id', 'p.excerpt', 'p.created_at'])
    .where('p.created_at', '>=', from)
    .where('p.created_at', '<', to);
  if (unit.kind === 'zone') query = query.where('p.zone_id', '=', unit.id);
  else if (unit.kind !== 'commissionerate') query = query.where('p.station_id', '=', unit.id);
  const rows = await query.orderBy('p.created_at', 'desc').orderBy('p.id', 'desc').limit(100).execute();
  return {
    praise: rows.map((r) => ({
      id: r.id,
      ticketId: r.ticket_id,
      reference: r.reference,
      officer: { id: r.officer_id, name: r.display_name ?? `#${r.officer_id}` },
      station: r.station_id,
      excerpt: r.excerpt,
      at: r.created_at,
    })),
  };
}
