/**
 * What one ticket contributes to the rollups, as a pure function of its row: the cells (hour and
 * dimensions → counters) it adds. The rollup worker keeps each ticket's last contribution and applies
 * only the difference when the ticket changes, so recomputing a ticket twice changes nothing, and a
 * rebuild from scratch gives exactly what the incremental worker kept.
 *
 * Attribution: a ticket counts under its current station, zone, category, channel, priority and
 * language (a transferred or re-judged ticket moves all its counts with it); each event counts in
 * the local hour it happened (opened at created_at, answered at first_response_at, resolved at
 * resolved_at, breached at the deadline it missed, escalated at escalated_at).
 */
import type { TicketRow } from '../store/tables.js';
import { isOpenStatus, OUTCOMES, type Outcome } from '../tickets/ticket.model.js';

/** Upper bounds (minutes, inclusive) of the histogram bins of response and resolution times; the last bin is open. */
export const MINUTE_BOUNDS = [5, 15, 30, 60, 120, 240, 480, 720, 1440, 2880, 4320, 10080, 20160] as const;
export const BIN_COUNT = MINUTE_BOUNDS.length + 1;

/** The counters of a rollup row. */
export const HOURLY_COUNTERS = ['opened', 'responded', 'response_min_sum', 'resolved', 'resolve_min_sum', 'closed', 'breached', 'sla_kept', 'escalated'] as const;
export type HourlyCounter = (typeof HOURLY_COUNTERS)[number] | `rh_${number}` | `sh_${number}` | `out_${Outcome}`;

/** Every counter column of analytics_hourly, in a fixed order. */
export const HOURLY_COLUMNS: readonly string[] = [
  ...HOURLY_COUNTERS,
  ...Array.from({ length: BIN_COUNT }, (_, i) => `rh_${i}`),
  ...Array.from({ length: BIN_COUNT }, (_, i) => `sh_${i}`),
  ...OUTCOMES.map((o) => `out_${o}`),
];

/** The citizens' ratings kept per day and unit (not per hour: a rating is rarer than a message). */
export const RATING_COLUMNS: readonly string[] = ['rated', 'rating_sum', 'rating_1', 'rating_2', 'rating_3', 'rating_4', 'rating_5'];

/** Every counter column of analytics_unit_daily: the hourly ones and the ratings. */
export const UNIT_COLUMNS: readonly string[] = [...HOURLY_COLUMNS, ...RATING_COLUMNS];

export const OFFICER_COUNTERS = ['responded', 'resolved', 'rated', 'rating_sum'] as const;

/** What a ticket contributes beyond its row: its citizen's rating, and the sentiment of each of their messages. */
export interface TicketExtras {
  rating?: { score: number; at: string } | null;
  sentiments?: ReadonlyArray<{ label: string; at: string }>;
}

/** The bin of a duration in minutes. */
export function binOf(minutes: number): number {
  const i = MINUTE_BOUNDS.findIndex((b) => minutes <= b);
  return i === -1 ? MINUTE_BOUNDS.length : i;
}

/**
 * A ticket's contribution: keys are `h|hour|station|zone|category|channel|priority|language`, the same
 * counters per day and unit `u|day|station|zone`, opened by one dimension `x|day|station|zone|dim|value`
 * (and per month, `m|month|station|zone|dim|value`),
 * `o|day|station|zone|officer` or `p|day|station|zone|category|q|r`.
 */
export type Cells = Record<string, Record<string, number>>;

const partsCache = new Map<string, Intl.DateTimeFormat>();

/** The local hour of an instant in a time zone, as `YYYY-MM-DDTHH` (sorts as text). */
export function localHour(iso: string, timeZone: string): string {
  let f = partsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });
    partsCache.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(iso))) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${p.hour}`;
}

function add(cells: Cells, key: string, counter: string, n: number): void {
  if (n === 0) return;
  const c = (cells[key] ??= {});
  c[counter] = (c[counter] ?? 0) + n;
}

const minutesBetween = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));

/** The cells a ticket contributes in its present state; pure. */
export function ticketCells(
  t: Pick<
    TicketRow,
    | 'station_id'
    | 'zone_id'
    | 'category'
    | 'channel'
    | 'priority'
    | 'language'
    | 'status'
    | 'outcome'
    | 'assignee_id'
    | 'created_at'
    | 'updated_at'
    | 'first_response_at'
    | 'resolved_at'
    | 'first_response_due_at'
    | 'resolve_due_at'
    | 'escalated_at'
    | 'escalation_level'
    | 'place_lat'
    | 'place_lon'
  >,
  timeZone: string,
  extras: TicketExtras = {},
): Cells {
  const cells: Cells = {};
  const station = t.station_id ?? '';
  const zone = t.zone_id ?? '';
  const dims = `${station}|${zone}|${t.category}|${t.channel}|${t.priority}|${t.language}`;
  // Every hourly counter is kept per day and unit too (`u|…`), so `count` writes both.
  const count = (iso: string, counter: string, n: number) => {
    const hour = localHour(iso, timeZone);
    add(cells, `h|${hour}|${dims}`, counter, n);
    add(cells, `u|${hour.slice(0, 10)}|${station}|${zone}`, counter, n);
  };
  const officer = (iso: string) => (t.assignee_id === null ? null : `o|${localHour(iso, timeZone).slice(0, 10)}|${station}|${zone}|${t.assignee_id}`);

  count(t.created_at, 'opened', 1);
  const opened = localHour(t.created_at, timeZone);
  const values: Array<[string, string]> = [
    ['category', t.category],
    ['channel', t.channel],
    ['priority', t.priority],
    ['language', t.language],
    ['hour', opened.slice(11, 13)],
  ];
  for (const [dim, value] of values) {
    add(cells, `x|${opened.slice(0, 10)}|${station}|${zone}|${dim}|${value}`, 'opened', 1);
    add(cells, `m|${opened.slice(0, 7)}|${station}|${zone}|${dim}|${value}`, 'opened', 1);
  }
  if (t.place_lat !== null && t.place_lon !== null) {
    const hex = hexOf(t.place_lat, t.place_lon);
    add(cells, `p|${localHour(t.created_at, timeZone).slice(0, 10)}|${station}|${zone}|${t.category}|${hex.q}|${hex.r}`, 'opened', 1);
  }
  let breached = false;
  if (t.first_response_at) {
    const m = minutesBetween(t.created_at, t.first_response_at);
    count(t.first_response_at, 'responded', 1);
    count(t.first_response_at, 'response_min_sum', m);
    count(t.first_response_at, `rh_${binOf(m)}`, 1);
    const o = officer(t.first_response_at);
    if (o) add(cells, o, 'responded', 1);
    if (t.first_response_due_at && t.first_response_at > t.first_response_due_at) {
      count(t.first_response_due_at, 'breached', 1);
      breached = true;
    }
  }
  const open = isOpenStatus(t.status);
  if (!open && t.resolved_at) {
    const m = minutesBetween(t.created_at, t.resolved_at);
    const at = t.resolved_at;
    count(at, 'resolved', 1);
    count(at, 'resolve_min_sum', m);
    count(at, `sh_${binOf(m)}`, 1);
    if (t.outcome) count(at, `out_${t.outcome}`, 1);
    const o = officer(t.resolved_at);
    if (o) add(cells, o, 'resolved', 1);
    if (!breached && t.resolve_due_at && t.resolved_at > t.resolve_due_at) {
      count(t.resolve_due_at, 'breached', 1);
      breached = true;
    }
    if (!breached && t.escalation_level === 0) count(at, 'sla_kept', 1);
  }
  // A ticket escalated on a missed deadline it has not yet met (still unanswered or unresolved) breached too.
  if (!breached && t.escalation_level > 0 && t.escalated_at) {
    count(t.escalated_at, 'breached', 1);
    breached = true;
  }
  if (t.escalation_level > 0 && t.escalated_at) count(t.escalated_at, 'escalated', 1);
  if (!open) count(t.resolved_at ?? t.updated_at, 'closed', 1);
  // A rating counts on the day it was given, for the ticket's station and officer.
  const rating = extras.rating;
  if (rating && rating.score >= 1 && rating.score <= 5) {
    const day = localHour(rating.at, timeZone).slice(0, 10);
    const u = `u|${day}|${station}|${zone}`;
    add(cells, u, 'rated', 1);
    add(cells, u, 'rating_sum', rating.score);
    add(cells, u, `rating_${rating.score}`, 1);
    const o = officer(rating.at);
    if (o) {
      add(cells, o, 'rated', 1);
      add(cells, o, 'rating_sum', rating.score);
    }
  }
  // Each of the citizen's messages by its sentiment, on the day it came (a dimension like category).
  for (const m of extras.sentiments ?? []) {
    const hour = localHour(m.at, timeZone);
    add(cells, `x|${hour.slice(0, 10)}|${station}|${zone}|sentiment|${m.label}`, 'opened', 1);
    add(cells, `m|${hour.slice(0, 7)}|${station}|${zone}|sentiment|${m.label}`, 'opened', 1);
  }
  return cells;
}

/** Size of a hexagon of the hotspot map: centre to corner, in metres (about 1 km across). */
export const HEX_SIZE_M = 500;
const M_PER_DEG_LAT = 110_540;
const M_PER_DEG_LON = 111_320;

/** The hexagon (axial coordinates, pointy-top) that holds a point. */
export function hexOf(lat: number, lon: number): { q: number; r: number } {
  const x = lon * M_PER_DEG_LON * Math.cos((lat * Math.PI) / 180);
  const y = lat * M_PER_DEG_LAT;
  const qf = ((Math.sqrt(3) / 3) * x - y / 3) / HEX_SIZE_M;
  const rf = ((2 / 3) * y) / HEX_SIZE_M;
  // Cube rounding: round all three, fix the one that moved most.
  const sf = -qf - rf;
  let q = Math.round(qf);
  let r = Math.round(rf);
  const s = Math.round(sf);
  const dq = Math.abs(q - qf);
  const dr = Math.abs(r - rf);
  const ds = Math.abs(s - sf);
  if (dq > dr && dq > ds) q = -r - s;
  else if (dr > ds) r = -q - s;
  return { q, r };
}

/** The centre of a hexagon. */
export function hexCentre(q: number, r: number): { lat: number; lon: number } {
  const x = HEX_SIZE_M * Math.sqrt(3) * (q + r / 2);
  const y = HEX_SIZE_M * 1.5 * r;
  const lat = y / M_PER_DEG_LAT;
  return { lat, lon: x / (M_PER_DEG_LON * Math.cos((lat * Math.PI) / 180)) };
}

/** What to add to go from one contribution to another (zero counters left out). */
export function diffCells(before: Cells, after: Cells): Cells {
  const out: Cells = {};
  for (const [key, counters] of Object.entries(after)) for (const [c, n] of Object.entries(counters)) add(out, key, c, n);
  for (const [key, counters] of Object.entries(before)) for (const [c, n] of Object.entries(counters)) add(out, key, c, -n);
  for (const [key, counters] of Object.entries(out)) {
    for (const [c, n] of Object.entries(counters)) if (n === 0) delete counters[c];
    if (Object.keys(counters).length === 0) delete out[key];
  }
  return out;
}

/** Parses a stored contribution; an unreadable one counts as none (a rebuild repairs it). */
export function parseCells(json: string | undefined): Cells {
  if (!json) return {};
  try {
    const v: unknown = JSON.parse(json);
    if (typeof v !== 'object' || v === null) return {};
    const out: Cells = {};
    for (const [k, counters] of Object.entries(v)) {
      if (typeof counters !== 'object' || counters === null) continue;
      for (const [c, n] of Object.entries(counters)) if (typeof n === 'number') add(out, k, c, n);
    }
    return out;
  } catch {
    return {};
  }
}

/** Quantile from a histogram with MINUTE_BOUNDS, interpolating inside the bin; null when empty. */
export function histogramQuantile(bins: readonly number[], q: number): number | null {
  const total = bins.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const target = q * total;
  let seen = 0;
  for (let i = 0; i < bins.length; i++) {
    const n = bins[i] ?? 0;
    if (n > 0 && seen + n >= target) {
      const lo = i === 0 ? 0 : (MINUTE_BOUNDS[i - 1] ?? 0);
      const hi = MINUTE_BOUNDS[i] ?? lo * 2;
      return Math.round(lo + ((target - seen) / n) * (hi - lo));
    }
    seen += n;
  }
  return MINUTE_BOUNDS[MINUTE_BOUNDS.length - 1] ?? null;
}
