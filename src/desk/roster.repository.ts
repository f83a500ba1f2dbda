import type { Db } from '../store/db.js';
import { OPEN_STATUSES } from '../tickets/ticket.model.js';

export interface ShiftRow {
  id: number;
  stationId: string;
  name: string;
  startMinute: number;
  endMinute: number;
  days: number[];
  officerIds: number[];
}

function parseDays(json: string): number[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((d): d is number => typeof d === 'number') : [];
  } catch {
    return [];
  }
}

/** The shifts of some stations (all when `stationIds` is undefined), with their officers. */
export async function listShifts(db: Db, stationIds?: readonly string[]): Promise<ShiftRow[]> {
  if (stationIds && stationIds.length === 0) return [];
  let q = db.selectFrom('duty_shifts').selectAll();
  if (stationIds) q = q.where('station_id', 'in', [...stationIds]);
  const shifts = await q.orderBy('station_id').orderBy('start_minute').orderBy('id').execute();
  if (shifts.length === 0) return [];
  const officers = await db
    .selectFrom('duty_shift_officers')
    .select(['shift_id', 'user_id'])
    .where(
      'shift_id',
      'in',
      shifts.map((s) => s.id),
    )
    .orderBy('user_id')
    .execute();
  return shifts.map((s) => ({
    id: s.id,
    stationId: s.station_id,
    name: s.name,
    startMinute: s.start_minute,
    endMinute: s.end_minute,
    days: parseDays(s.days),
    officerIds: officers.filter((o) => o.shift_id === s.id).map((o) => o.user_id),
  }));
}

/** Replaces a station's shifts. */
export async function replaceShifts(
  db: Db,
  stationId: string,
  shifts: ReadonlyArray<Omit<ShiftRow, 'id' | 'stationId'>>,
  at: string,
): Promise<void> {
  await db.deleteFrom('duty_shifts').where('station_id', '=', stationId).execute();
  for (const s of shifts) {
    const row = await db
      .insertInto('duty_shifts')
      .values({
        station_id: stationId,
        name: s.name,
        start_minute: s.startMinute,
        end_minute: s.endMinute,
        days: JSON.stringify(s.days),
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const u of new Set(s.officerIds)) {
      await db.insertInto('duty_shift_officers').values({ shift_id: row.id, user_id: u }).execute();
    }
  }
}

/** Each officer's capacity: their own (set by the SHO), else the configured default. */
export async function officerCapacities(db: Db, userIds: readonly number[], fallback: number): Promise<Map<number, number>> {
  const out = new Map<number, number>(userIds.map((u) => [u, fallback]));
  if (userIds.length === 0) return out;
  const rows = await db.selectFrom('users').select(['id', 'capacity']).where('id', 'in', [...userIds]).execute();
  for (const r of rows) if (r.capacity !== null) out.set(r.id, r.capacity);
  return out;
}

/** Open tickets per officer. */
export async function openLoad(db: Db, userIds: readonly number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>(userIds.map((u) => [u, 0]));
  if (userIds.length === 0) return out;
  const rows = await db
    .selectFrom('tickets')
    .select(['assignee_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('status', 'in', [...OPEN_STATUSES])
    .where('assignee_id', 'in', [...userIds])
    .groupBy('assignee_id')
    .execute();
  for (const r of rows) if (r.assignee_id !== null) out.set(r.assignee_id, Number(r.n));
  return out;
}
