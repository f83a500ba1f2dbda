/**
 * Duty rosters: each station's officers in shifts, who is on duty now, handover notes, and the
 * assignment rules that follow from them (DESIGN.md, Tickets: the on-duty officer with the lightest load).
 */
import type { Actor, Role } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { unitSubtree } from '../force/unit.repository.js';
import type { DeskEvent } from '../tickets/desk-event.schema.js';
import type { TicketAssigner } from '../tickets/ticket-assigner.js';
import type { Db, Tx } from '../store/db.js';
import type { TicketRow } from '../store/tables.js';
import { appendAudit, appendAudits, type AuditEntry } from '../tickets/audit.repository.js';
import { isOpenStatus, OPEN_STATUSES } from '../tickets/ticket.model.js';
import { insertTicketMessage } from '../tickets/ticket.repository.js';
import { publishEvents, ticketEvent } from '../tickets/ticket.events.js';
import { listShifts, officerCapacities, openLoad, replaceShifts, type ShiftRow } from './roster.repository.js';

/** Roles that can be put on a station's duty roster. */
const ROSTER_OFFICER_ROLES: Role[] = ['operator', 'sho'];

export interface LocalClock {
  /** 0 Sunday … 6 Saturday, in the force's time zone. */
  weekday: number;
  /** Minutes after local midnight. */
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The weekday and time of day of an instant in a time zone. */
export function localClock(ms: number, timeZone: string): LocalClock {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: Math.max(0, WEEKDAYS.indexOf(get('weekday'))), minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** Whether a shift covers a local time; a shift past midnight belongs to the day it starts on. */
export function shiftCovers(shift: Pick<ShiftRow, 'startMinute' | 'endMinute' | 'days'>, c: LocalClock): boolean {
  const { startMinute: s, endMinute: e, days } = shift;
  if (s === e) return days.includes(c.weekday);
  if (s < e) return days.includes(c.weekday) && c.minute >= s && c.minute < e;
  if (c.minute >= s) return days.includes(c.weekday);
  if (c.minute < e) return days.includes((c.weekday + 6) % 7);
  return false;
}

/** "08:30" → 510. */
export function parseTimeOfDay(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new AppError('VALIDATION_FAILED', `time "${hhmm}": write HH:MM on a 24-hour clock, e.g. 08:00`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function formatTimeOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** The officers on duty now at each station with a roster, active users only. */
export async function onDutyByStation(db: Db, ctx: Pick<AppContext, 'config' | 'now'>, stationIds?: readonly string[]) {
  const shifts = await listShifts(db, stationIds);
  const clock = localClock(ctx.now(), ctx.config.timeZone);
  const onDuty = new Map<string, Set<number>>();
  const rostered = new Map<string, Set<number>>();
  for (const s of shifts) {
    const r = rostered.get(s.stationId) ?? new Set<number>();
    s.officerIds.forEach((u) => r.add(u));
    rostered.set(s.stationId, r);
    const d = onDuty.get(s.stationId) ?? new Set<number>();
    if (shiftCovers(s, clock)) s.officerIds.forEach((u) => d.add(u));
    onDuty.set(s.stationId, d);
  }
  const all = [...new Set([...rostered.values()].flatMap((s) => [...s]))];
  const active = new Set(
    all.length === 0
      ? []
      : (await db.selectFrom('users').select('id').where('id', 'in', all).where('active', '=', 1).execute()).map((u) => u.id),
  );
  for (const set of onDuty.values()) for (const u of [...set]) if (!active.has(u)) set.delete(u);
  return { shifts, onDuty, rostered };
}

/**
 * The on-duty officer with the fewest open tickets and room for more (each officer's own capacity, or one
 * for all); ties go to the lower id, so the choice is repeatable.
 */
function lightest(loads: Map<number, number>, candidates: Iterable<number>, capacity: number | Map<number, number>): number | undefined {
  let best: number | undefined;
  let bestLoad = Infinity;
  for (const u of [...candidates].sort((a, b) => a - b)) {
    const load = loads.get(u) ?? 0;
    const room = typeof capacity === 'number' ? capacity : (capacity.get(u) ?? Infinity);
    if (load < room && load < bestLoad) {
      best = u;
      bestLoad = load;
    }
  }
  return best;
}

/**
 * Assigns an open ticket of a station, inside the caller's transaction, to the station's on-duty officer
 * with the fewest open tickets. Returns the officer, or null when nobody is on duty with room (the duty
 * tick picks the ticket up later). Either way the ticket's audit trail says why, so that nobody has to
 * guess why a ticket waits: nobody on duty, or everyone on duty at their capacity.
 */
export async function autoAssign(
  tx: Tx,
  ctx: Pick<AppContext, 'config' | 'now'>,
  ticketId: number,
  opts: {
    /** The ticket's row as the caller has just written it. */
    known?: TicketRow | undefined;
    /** The caller's audit entries not written yet: written first, in one statement with this one's. */
    audit?: readonly AuditEntry[] | undefined;
    roster?: (tx: Tx, stationId: string) => Promise<StationDuty>;
  } = {},
): Promise<number | null> {
  const roster = opts.roster ?? ((q: Tx, stationId: string) => stationDuty(q, ctx, stationId));
  const audit = (own?: AuditEntry) => appendAudits(tx, [...(opts.audit ?? []), ...(own ? [own] : [])]);
  const t = opts.known ?? (await tx.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirst());
  if (!t || t.assignee_id !== null || t.station_id === null || !isOpenStatus(t.status)) {
    await audit();
    return null;
  }
  const { officers, capacities } = await roster(tx, t.station_id);
  const loads = await openLoad(tx, officers);
  const pick = lightest(loads, officers, capacities);
  const at = new Date(ctx.now()).toISOString();
  if (pick === undefined) {
    await audit({
      ticketId,
      actorUserId: null,
      action: 'ticket.not_assigned',
      details:
        officers.length === 0
          ? { reason: 'nobody_on_duty', station: t.station_id }
          : { reason: 'capacity_reached', station: t.station_id, onDuty: officers.length, capacity: Math.max(...[...capacities.values()]) },
      at,
    });
    return null;
  }
  const done = await tx
    .updateTable('tickets')
    .set({ assignee_id: pick, updated_at: at })
    .where('id', '=', ticketId)
    .where('assignee_id', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!done) {
    await audit();
    return null;
  }
  await audit({
    ticketId,
    actorUserId: null,
    action: 'ticket.assigned',
    details: { to: pick, auto: true, reason: 'fewest_open', open: loads.get(pick) ?? 0, capacity: capacities.get(pick) ?? ctx.config.officerCapacity, why: `on duty with the fewest open tickets (${loads.get(pick) ?? 0})` },
    at,
  });
  return pick;
}

/** A station's officers on duty now and each one's capacity. */
interface StationDuty {
  officers: number[];
  capacities: Map<number, number>;
}

async function stationDuty(tx: Tx, ctx: Pick<AppContext, 'config' | 'now'>, stationId: string): Promise<StationDuty> {
  const { onDuty } = await onDutyByStation(tx, ctx, [stationId]);
  const officers = [...(onDuty.get(stationId) ?? [])];
  return { officers, capacities: await officerCapacities(tx, officers, ctx.config.officerCapacity) };
}

/**
 * The duty roster as the tickets domain's assigner: every ticket placed at a station goes to its officer on duty.
 * Who is on duty at a station, and their capacities, are read once per transaction (an intake batch opens up
 * to 64 tickets in one), not once per ticket; the officers' loads are still read per ticket, since each
 * assignment changes them. Roster edits run in their own transactions, so a batch never sees one half-made.
 */
export function createRosterAssigner(ctx: Pick<AppContext, 'config' | 'now'>): TicketAssigner {
  const perTransaction = new WeakMap<Tx, Map<string, Promise<StationDuty>>>();
  const roster = (tx: Tx, stationId: string): Promise<StationDuty> => {
    const stations = perTransaction.get(tx) ?? new Map<string, Promise<StationDuty>>();
    perTransaction.set(tx, stations);
    let duty = stations.get(stationId);
    if (!duty) {
      duty = stationDuty(tx, ctx, stationId);
      // A read that failed (the statement was rolled back with its item) is read again next time.
      duty.catch(() => stations.delete(stationId));
      stations.set(stationId, duty);
    }
    return duty;
  };
  return { assignNew: (tx, ticketId, known, audit) => autoAssign(tx, ctx, ticketId, { known, audit, roster }) };
}

/** Gives a station's unassigned open tickets, most urgent first, to on-duty officers with room. */
export async function pickUpUnassigned(
  tx: Tx,
  ctx: Pick<AppContext, 'config' | 'now'>,
  stationId: string,
  onDuty: readonly number[],
): Promise<number[]> {
  if (onDuty.length === 0) return [];
  const loads = await openLoad(tx, onDuty);
  const capacity = await officerCapacities(tx, onDuty, ctx.config.officerCapacity);
  const room = onDuty.reduce((n, u) => n + Math.max(0, (capacity.get(u) ?? 0) - (loads.get(u) ?? 0)), 0);
  if (room === 0) return [];
  const waiting = await tx
    .selectFrom('tickets')
    .select('id')
    .where('station_id', '=', stationId)
    .where('status', 'in', [...OPEN_STATUSES])
    .where('assignee_id', 'is', null)
    .orderBy('priority')
    .orderBy('created_at')
    .orderBy('id')
    .limit(room)
    .execute();
  const at = new Date(ctx.now()).toISOString();
  const assigned: number[] = [];
  for (const w of waiting) {
    const pick = lightest(loads, onDuty, capacity);
    if (pick === undefined) break;
    const done = await tx
      .updateTable('tickets')
      .set({ assignee_id: pick, updated_at: at })
      .where('id', '=', w.id)
      .where('assignee_id', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!done) continue;
    loads.set(pick, (loads.get(pick) ?? 0) + 1);
    await appendAudit(tx, {
      ticketId: w.id,
      actorUserId: null,
      action: 'ticket.assigned',
      details: { to: pick, auto: true, reason: 'picked_up', why: 'picked up from the unassigned queue by an officer with room' },
      at,
    });
    assigned.push(w.id);
  }
  return assigned;
}

/** Picks up a station's waiting tickets now, e.g. when an officer has just closed one. */
export async function pickUpForStation(tx: Tx, ctx: Pick<AppContext, 'config' | 'now'>, stationId: string): Promise<number[]> {
  const { onDuty } = await onDutyByStation(tx, ctx, [stationId]);
  return pickUpUnassigned(tx, ctx, stationId, [...(onDuty.get(stationId) ?? [])]);
}

/**
 * At a shift change the leaving officers' open tickets pass to the incoming ones with their
 * handover note, and waiting tickets are picked up. Idempotent: a second run finds nothing to move.
 */
export async function runDutyTick(ctx: Pick<AppContext, 'store' | 'bus' | 'config' | 'now'>): Promise<{ handedOver: number; pickedUp: number }> {
  const db = ctx.store.db;
  const at = new Date(ctx.now()).toISOString();
  const { onDuty, rostered } = await onDutyByStation(db, ctx);
  let handedOver = 0;
  let pickedUp = 0;
  const changed: number[] = [];
  for (const [stationId, dutySet] of onDuty) {
    const duty = [...dutySet];
    if (duty.length === 0) continue;
    const leaving = [...(rostered.get(stationId) ?? [])].filter((u) => !dutySet.has(u));
    await db.transaction().execute(async (tx) => {
      if (leaving.length > 0) {
        const tickets = await tx
          .selectFrom('tickets')
          .select(['id', 'assignee_id'])
          .where('station_id', '=', stationId)
          .where('status', 'in', [...OPEN_STATUSES])
          .where('assignee_id', 'in', leaving)
          .orderBy('priority')
          .orderBy('created_at')
          .execute();
        if (tickets.length > 0) {
          const loads = await openLoad(tx, duty);
          const notes = await latestNotes(tx, stationId, leaving);
          const names = await userNames(tx, [...leaving, ...duty]);
          for (const t of tickets) {
            if (t.assignee_id === null) continue;
            // A handover ignores capacity: the leaving officer's tickets must not stay with someone off duty.
            const to = lightest(loads, duty, Infinity);
            if (to === undefined) break;
            const done = await tx
              .updateTable('tickets')
              .set({ assignee_id: to, updated_at: at })
              .where('id', '=', t.id)
              .where('assignee_id', '=', t.assignee_id)
              .returning('id')
              .executeTakeFirst();
            if (!done) continue;
            loads.set(to, (loads.get(to) ?? 0) + 1);
            const note = notes.get(t.assignee_id);
            const from = names.get(t.assignee_id) ?? `officer ${t.assignee_id}`;
            if (note) {
              await insertTicketMessage(tx, {
                ticketId: t.id,
                inboundId: null,
                direction: 'note',
                channel: 'desk',
                authorUserId: t.assignee_id,
                text: `Handover from ${from} to ${names.get(to) ?? `officer ${to}`}: ${note.note}`,
                at,
              });
            }
            await appendAudit(tx, {
              ticketId: t.id,
              actorUserId: null,
              action: 'ticket.handed_over',
              details: { from: t.assignee_id, to, handoverNoteId: note?.id ?? null, why: 'shift change' },
              at,
            });
            changed.push(t.id);
            handedOver++;
          }
          const used = [...notes.values()].map((n) => n.id);
          if (used.length > 0) await tx.updateTable('duty_handovers').set({ handed_over_at: at }).where('id', 'in', used).execute();
        }
      }
      const picked = await pickUpUnassigned(tx, ctx, stationId, duty);
      pickedUp += picked.length;
      changed.push(...picked);
    });
  }
  const events: Array<DeskEvent | null> = [];
  for (const id of changed) events.push(await ticketEvent(db, 'ticket.updated', id, at));
  await publishEvents(ctx, events);
  return { handedOver, pickedUp };
}

async function latestNotes(db: Db, stationId: string, userIds: number[]) {
  const rows = await db
    .selectFrom('duty_handovers')
    .select(['id', 'from_user_id', 'note'])
    .where('station_id', '=', stationId)
    .where('from_user_id', 'in', userIds)
    .where('handed_over_at', 'is', null)
    .orderBy('id', 'desc')
    .execute();
  const out = new Map<number, { id: number; note: string }>();
  for (const r of rows) if (!out.has(r.from_user_id)) out.set(r.from_user_id, { id: r.id, note: r.note });
  return out;
}

async function userNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The station whose roster an officer may read: their own, or one under their unit. */
function rosterStation(ctx: Pick<AppContext, 'city'>, actor: Actor, station: string | undefined): string {
  const id = station ?? actor.unitId;
  const unit = ctx.city.units.find((u) => u.id === id);
  if (!unit || (unit.kind !== 'station' && unit.kind !== 'special')) {
    throw new AppError('VALIDATION_FAILED', station ? `station: "${station}" is not a police station` : 'station: give ?station=<id>; your unit has no roster of its own');
  }
  if (!unitSubtree(ctx.city.units, actor.unitId).has(id)) throw new AppError('UNIT_NOT_FOUND', `No station ${id} under your unit`);
  return id;
}

export interface ShiftInput {
  name: string;
  start: string;
  end: string;
  days?: number[] | undefined;
  officers: number[];
}

/** A station's roster: shifts with their officers, who is on duty now, and handover notes not yet passed on. */
export async function getRoster(ctx: Pick<AppContext, 'store' | 'config' | 'now' | 'city'>, actor: Actor, station?: string) {
  const db = ctx.store.db;
  const stationId = rosterStation(ctx, actor, station);
  const { shifts, onDuty } = await onDutyByStation(db, ctx, [stationId]);
  const staff = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'capacity'])
    .where('unit_id', '=', stationId)
    .where('active', '=', 1)
    .where('role', 'in', ROSTER_OFFICER_ROLES)
    .orderBy('id')
    .execute();
  const duty = [...(onDuty.get(stationId) ?? [])].sort((a, b) => a - b);
  const loads = await openLoad(db, staff.map((s) => s.id));
  const notes = await db
    .selectFrom('duty_handovers')
    .innerJoin('users', 'users.id', 'duty_handovers.from_user_id')
    .select(['duty_handovers.id', 'duty_handovers.note', 'duty_handovers.created_at', 'duty_handovers.from_user_id', 'users.display_name'])
    .where('duty_handovers.station_id', '=', stationId)
    .where('duty_handovers.handed_over_at', 'is', null)
    .orderBy('duty_handovers.id', 'desc')
    .limit(20)
    .execute();
  return {
    station: stationId,
    timeZone: ctx.config.timeZone,
    shifts: shifts.map((s) => ({
      id: s.id,
      name: s.name,
      start: formatTimeOfDay(s.startMinute),
      end: formatTimeOfDay(s.endMinute),
      days: s.days,
      officers: s.officerIds,
    })),
    officers: staff.map((s) => ({
      id: s.id,
      username: s.username,
      name: s.display_name,
      role: s.role,
      onDuty: duty.includes(s.id),
      openTickets: loads.get(s.id) ?? 0,
      capacity: s.capacity ?? ctx.config.officerCapacity,
      ownCapacity: s.capacity,
    })),
    onDutyNow: duty,
    handoverNotes: notes.map((n) => ({ id: n.id, from: n.from_user_id, fromName: n.display_name, note: n.note, createdAt: n.created_at })),
  };
}

/** Replaces a station's shifts: the SHO for their own station, the admin for any. */
export async function putRoster(ctx: Pick<AppContext, 'store' | 'config' | 'now' | 'city'>, actor: Actor, station: string | undefined, shifts: ShiftInput[]) {
  if (actor.role !== 'sho' && actor.role !== 'admin') {
    throw new AppError('FORBIDDEN', "Only the station's SHO or an administrator can change the duty roster");
  }
  const stationId = rosterStation(ctx, actor, station);
  const officerIds = [...new Set(shifts.flatMap((s) => s.officers))];
  const valid = officerIds.length
    ? await ctx.store.db
        .selectFrom('users')
        .select('id')
        .where('id', 'in', officerIds)
        .where('unit_id', '=', stationId)
        .where('active', '=', 1)
        .where('role', 'in', ROSTER_OFFICER_ROLES)
        .execute()
    : [];
  const ok = new Set(valid.map((v) => v.id));
  const bad = officerIds.filter((u) => !ok.has(u));
  if (bad.length > 0) {
    throw new AppError('VALIDATION_FAILED', `shifts.officers: ${bad.join(', ')} are not active officers of ${stationId}; see GET /api/desk/roster for its officers`);
  }
  const rows = shifts.map((s) => ({
    name: s.name,
    startMinute: parseTimeOfDay(s.start),
    endMinute: parseTimeOfDay(s.end),
    days: [...new Set(s.days ?? [0, 1, 2, 3, 4, 5, 6])].sort(),
    officerIds: s.officers,
  }));
  const at = new Date(ctx.now()).toISOString();
  await ctx.store.db.transaction().execute(async (tx) => {
    await replaceShifts(tx, stationId, rows, at);
    await appendAudit(tx, {
      ticketId: null,
      actorUserId: actor.userId,
      action: 'roster.updated',
      details: { station: stationId, shifts: rows.map((r) => ({ name: r.name, start: r.startMinute, end: r.endMinute, days: r.days, officers: r.officerIds })) },
      at,
    });
  });
  return getRoster(ctx, actor, stationId);
}

/** A leaving officer's handover note; it travels with their open tickets at the shift change. */
export async function addHandoverNote(ctx: Pick<AppContext, 'store' | 'now' | 'city'>, actor: Actor, note: string) {
  const unit = ctx.city.units.find((u) => u.id === actor.unitId);
  if (!unit || (unit.kind !== 'station' && unit.kind !== 'special')) {
    throw new AppError('FORBIDDEN', 'Handover notes are written by officers of a station');
  }
  const at = new Date(ctx.now()).toISOString();
  return ctx.store.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('duty_handovers')
      .values({ station_id: actor.unitId, from_user_id: actor.userId, note, created_at: at, handed_over_at: null })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    await appendAudit(tx, { ticketId: null, actorUserId: actor.userId, action: 'roster.handover_note', details: { station: actor.unitId, noteId: row.id }, at });
    return { id: row.id, createdAt: row.created_at };
  });
}

/** Sets how many open tickets auto-assignment gives one officer (null: the configured default): their station's SHO, or an administrator. */
export async function setOfficerCapacity(ctx: Pick<AppContext, 'store' | 'config' | 'now' | 'city'>, actor: Actor, officerId: number, capacity: number | null) {
  if (actor.role !== 'sho' && actor.role !== 'admin') {
    throw new AppError('FORBIDDEN', "Only the station's SHO or an administrator can set an officer's capacity");
  }
  const user = await ctx.store.db.selectFrom('users').select(['id', 'unit_id', 'role', 'active']).where('id', '=', officerId).executeTakeFirst();
  if (!user || user.active !== 1 || !ROSTER_OFFICER_ROLES.includes(user.role)) throw new AppError('VALIDATION_FAILED', `officer: no active station officer ${officerId}; see GET /api/desk/roster`);
  const stationId = rosterStation(ctx, actor, user.unit_id);
  if (actor.role === 'sho' && stationId !== actor.unitId) throw new AppError('FORBIDDEN', "Only the officer's own SHO can set their capacity");
  const at = new Date(ctx.now()).toISOString();
  await ctx.store.db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ capacity }).where('id', '=', officerId).execute();
    await appendAudit(tx, { ticketId: null, actorUserId: actor.userId, action: 'roster.updated', details: { station: stationId, officer: officerId, capacity }, at });
  });
  return getRoster(ctx, actor, stationId);
}
