/**
 * Exports of a unit's tickets over a period, as CSV and as GeoJSON (issue 16), for analysts and
 * meetings: no personal data at all. No phone, name, address, contact or message text leaves (a
 * summary, even masked, is the citizen's own words and may name people), and a place is given only as
 * the centre of its ~1 km hexagon of the hotspot map, never the point a citizen shared. Scoped like
 * every figure (an SHO their station, a DCP the zone, the city for the control room and the
 * Commissioner) and audited with who, what and how many rows.
 */
import type { Actor } from '../auth/access.js';
import { appendAudit } from '../tickets/audit.repository.js';
import type { AnalyticsContext } from './analytics.service.js';
import { localDayStartIsoOf, resolvePeriod, resolveUnit } from './analytics.service.js';
import { hexCentre, hexOf } from './rollup.model.js';

/** The most rows one export carries; a larger period is cut at the newest and says so. */
export const EXPORT_MAX_ROWS = 50_000;

/** The columns of an export, in order: none of them personal. */
export const EXPORT_COLUMNS = [
  'reference',
  'created_at',
  'category',
  'priority',
  'language',
  'channel',
  'status',
  'outcome',
  'station',
  'zone',
  'place_hex_lat',
  'place_hex_lon',
  'first_response_minutes',
  'resolution_minutes',
  'escalation_level',
  'sla_breached',
  'rating',
] as const;
type ExportColumn = (typeof EXPORT_COLUMNS)[number];
type ExportRow = Record<ExportColumn, string | number | null>;

const minutes = (from: string, to: string | null) => (to ? Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000)) : null);
const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** The rows of an export (newest first), and whether the period held more than EXPORT_MAX_ROWS. */
async function exportRows(ctx: AnalyticsContext, actor: Actor, q: { unit?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  const { unit } = resolveUnit(ctx, actor, q.unit);
  const p = resolvePeriod(ctx, q);
  const from = localDayStartIsoOf(ctx, p.from);
  const to = localDayStartIsoOf(ctx, addOneDay(p.to));
  let query = ctx.store.db
    .selectFrom('tickets as t')
    .leftJoin('ticket_ratings as r', 'r.ticket_id', 't.id')
    .select([
      't.reference',
      't.created_at',
      't.category',
      't.priority',
      't.language',
      't.channel',
      't.status',
      't.outcome',
      't.station_id',
      't.zone_id',
      't.place_lat',
      't.place_lon',
      't.first_response_at',
      't.resolved_at',
      't.first_response_due_at',
      't.resolve_due_at',
      't.escalation_level',
      'r.score',
    ])
    .where('t.created_at', '>=', from)
    .where('t.created_at', '<', to);
  if (unit.kind === 'zone') query = query.where('t.zone_id', '=', unit.id);
  else if (unit.kind !== 'commissionerate') query = query.where('t.station_id', '=', unit.id);
  const found = await query.orderBy('t.created_at', 'desc').orderBy('t.id', 'desc').limit(EXPORT_MAX_ROWS + 1).execute();
  const rows: ExportRow[] = found.slice(0, EXPORT_MAX_ROWS).map((t) => {
    const hex = t.place_lat !== null && t.place_lon !== null ? hexCentre(hexOf(t.place_lat, t.place_lon).q, hexOf(t.place_lat, t.place_lon).r) : null;
    const breached =
      t.escalation_level > 0 || (!!t.first_response_at && !!t.first_response_due_at && t.first_response_at > t.first_response_due_at) || (!!t.resolved_at && !!t.resolve_due_at && t.resolved_at > t.resolve_due_at);
    return {
      reference: t.reference,
      created_at: t.created_at,
      category: t.category,
      priority: t.priority,
      language: t.language,
      channel: t.channel,
      status: t.status,
      outcome: t.outcome,
      station: t.station_id,
      zone: t.zone_id,
      place_hex_lat: hex ? round(hex.lat) : null,
      place_hex_lon: hex ? round(hex.lon) : null,
      first_response_minutes: minutes(t.created_at, t.first_response_at),
      resolution_minutes: minutes(t.created_at, t.resolved_at),
      escalation_level: t.escalation_level,
      sla_breached: breached ? 1 : 0,
      rating: t.score,
    };
  });
  return { unit, period: p, rows, truncated: found.length > EXPORT_MAX_ROWS };
}

function addOneDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** One CSV cell (RFC 4180), with a leading = + - @ quoted away so that a spreadsheet never runs it as a formula. */
function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export type ExportFormat = 'csv' | 'geojson';

/** An export in the format asked, audited in the same transaction as nothing else: one row per export. */
export async function exportTickets(ctx: AnalyticsContext, actor: Actor, format: ExportFormat, q: { unit?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  const { unit, period, rows, truncated } = await exportRows(ctx, actor, q);
  const at = new Date(ctx.now()).toISOString();
  await appendAudit(ctx.store.db, {
    ticketId: null,
    actorUserId: actor.userId,
    action: 'analytics.exported',
    details: { format, unit: unit.id, from: period.from, to: period.to, rows: rows.length, truncated },
    at,
  });
  const filename = `chowki-${unit.id}-${period.from}-${period.to}.${format === 'csv' ? 'csv' : 'geojson'}`;
  if (format === 'csv') {
    const lines = [EXPORT_COLUMNS.join(','), ...rows.map((r) => EXPORT_COLUMNS.map((c) => csvCell(r[c])).join(','))];
    return { filename, contentType: 'text/csv; charset=utf-8', body: `${lines.join('\r\n')}\r\n`, rows: rows.length, truncated };
  }
  const features = rows.map((r) => {
    const { place_hex_lat: lat, place_hex_lon: lon, ...properties } = r;
    return { type: 'Feature' as const, geometry: lat !== null && lon !== null ? { type: 'Point' as const, coordinates: [Number(lon), Number(lat)] } : null, properties };
  });
  const body = JSON.stringify({ type: 'FeatureCollection', name: filename, truncated, features });
  return { filename, contentType: 'application/geo+json; charset=utf-8', body, rows: rows.length, truncated };
}
