/** The DCP's and the control room's desk: every ticket of their units, breaches first, and each station's load. */
import type { Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { unitSubtree } from '../force/unit.repository.js';
import { OPEN_STATUSES } from '../tickets/ticket.model.js';
import { queueCounts, queuePage } from './queue.repository.js';
import { toDeskTickets } from './queue.service.js';
import { localClock } from './roster.service.js';

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Local midnight of the day that holds `ms`, as an instant. */
export function startOfLocalDay(ms: number, timeZone: string): number {
  return ms - localClock(ms, timeZone).minute * 60_000 - (ms % 60_000);
}

/** Load per station under the officer's unit and their open tickets with the worst deadlines first. */
export async function getOverview(ctx: Pick<AppContext, 'store' | 'config' | 'city' | 'now'>, actor: Actor, opts: { limit?: number | undefined } = {}) {
  const db = ctx.store.db;
  const nowMs = ctx.now();
  const now = new Date(nowMs).toISOString();
  const subtree = unitSubtree(ctx.city.units, actor.unitId);
  const stations = ctx.city.units.filter((u) => subtree.has(u.id) && (u.kind === 'station' || u.kind === 'special') && u.status === 'active');
  const ids = stations.map((s) => s.id);
  const load = ids.length
    ? await db
        .selectFrom('tickets')
        .select((eb) => [
          'station_id',
          eb.fn.countAll<string | number>().as('open'),
          eb.fn.sum<string | number | null>(eb.case().when('sla_due_at', '<', now).then(1).else(0).end()).as('breached'),
          eb.fn.sum<string | number | null>(eb.case().when('priority', '=', 'p1').then(1).else(0).end()).as('p1'),
        ])
        .where('station_id', 'in', ids)
        .where('status', 'in', [...OPEN_STATUSES])
        .groupBy('station_id')
        .execute()
    : [];
  const today = new Date(startOfLocalDay(nowMs, ctx.config.timeZone)).toISOString();
  const answered = ids.length
    ? await db
        .selectFrom('tickets')
        .select(['station_id', 'created_at', 'first_response_at'])
        .where('station_id', 'in', ids)
        .where('created_at', '>=', today)
        .where('first_response_at', 'is not', null)
        .execute()
    : [];
  const stationRows = stations.map((s) => {
    const l = load.find((r) => r.station_id === s.id);
    const minutes = answered
      .filter((a) => a.station_id === s.id && a.first_response_at)
      .map((a) => (Date.parse(a.first_response_at ?? a.created_at) - Date.parse(a.created_at)) / 60_000);
    const m = median(minutes);
    return {
      station: s.id,
      name: s.nameEn,
      zone: s.parent,
      open: Number(l?.open ?? 0),
      breached: Number(l?.breached ?? 0),
      p1Open: Number(l?.p1 ?? 0),
      medianFirstResponseMinutesToday: m === null ? null : Math.round(m * 10) / 10,
    };
  });
  stationRows.sort((a, b) => b.breached - a.breached || b.p1Open - a.p1Open || b.open - a.open || a.station.localeCompare(b.station));
  const rows = await queuePage(db, { unitId: actor.unitId, now }, 'sla', undefined, opts.limit ?? 50);
  // The headline counts every open ticket on the unit's desk, those not placed at a station too (before,
  // it summed the stations' rows and said "Open 30" above a list of 35).
  const counts = await queueCounts(db, actor.unitId, now);
  const placed = stationRows.reduce((n, s) => n + s.open, 0);
  return {
    unit: actor.unitId,
    stations: stationRows,
    totals: {
      open: counts.total,
      breached: counts.breached,
      p1Open: counts.priority.p1 ?? 0,
      unplaced: Math.max(0, counts.total - placed),
    },
    tickets: await toDeskTickets(db, rows, now),
  };
}
