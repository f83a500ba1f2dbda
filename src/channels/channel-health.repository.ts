/** How each channel is doing, in the database so that every Chowki process sees the same. */
import type { Db } from '../store/db.js';

export type ChannelActivity = 'poll' | 'inbound' | 'delivery';

const COLUMN = { poll: 'last_poll_at', inbound: 'last_inbound_at', delivery: 'last_delivery_at' } as const;

/**
 * Records a successful poll, inbound message or delivery, with its lag when known. Inbound messages and
 * deliveries come hundreds a second in a burst, and each write is a commit of its own: for each channel
 * they are written at once when the last write is a second old, otherwise once at the end of that second
 * with the latest values (a health page and a silent-channel alert count in minutes). A poll is written
 * every time.
 */
export async function recordChannelOk(db: Db, channel: string, activity: ChannelActivity, at: string, lagMs?: number): Promise<void> {
  if (activity === 'poll') return writeChannelOk(db, channel, activity, at, lagMs);
  let perDb = THROTTLE.get(db);
  if (!perDb) {
    perDb = new Map();
    THROTTLE.set(db, perDb);
  }
  const key = `${channel}\u0000${activity}`;
  const now = performance.now();
  const state = perDb.get(key);
  if (state === undefined || (now - state.writtenAt >= HEALTH_WRITE_INTERVAL_MS && state.timer === null)) {
    perDb.set(key, { writtenAt: now, pending: null, timer: null });
    return writeChannelOk(db, channel, activity, at, lagMs);
  }
  state.pending = { at, lagMs };
  if (state.timer === null) {
    const flush = () => {
      state.timer = null;
      const p = state.pending;
      state.pending = null;
      if (p === null) return;
      state.writtenAt = performance.now();
      // Nobody awaits a trailing write: a failure here is the next write's to report.
      writeChannelOk(db, channel, activity, p.at, p.lagMs).catch(() => undefined);
    };
    state.timer = setTimeout(flush, Math.max(0, HEALTH_WRITE_INTERVAL_MS - (now - state.writtenAt)));
    state.timer.unref();
  }
}

/** At most one write a second per channel and activity (inbound, delivery). */
const HEALTH_WRITE_INTERVAL_MS = 1000;

interface ThrottleState {
  writtenAt: number;
  pending: { at: string; lagMs: number | undefined } | null;
  timer: NodeJS.Timeout | null;
}
const THROTTLE = new WeakMap<Db, Map<string, ThrottleState>>();

async function writeChannelOk(db: Db, channel: string, activity: ChannelActivity, at: string, lagMs?: number): Promise<void> {
  const column = COLUMN[activity];
  // An integer column on both engines: a lag beyond ~24 days is shown as that much.
  const lag = lagMs === undefined ? null : Math.min(2_147_483_647, Math.max(0, Math.round(lagMs)));
  await db
    .insertInto('channel_health')
    .values({ channel, [column]: at, lag_ms: lag, updated_at: at })
    .onConflict((oc) =>
      oc.column('channel').doUpdateSet({ [column]: at, updated_at: at, silent_alerted_at: null, ...(lag === null ? {} : { lag_ms: lag }) }),
    )
    .execute();
}

/** Records a failure by its code (an HTTP status or provider code), never its content. */
export async function recordChannelError(db: Db, channel: string, code: string, at: string): Promise<void> {
  const error = code.slice(0, 200);
  await db
    .insertInto('channel_health')
    .values({ channel, last_error_at: at, last_error: error, error_count: 1, updated_at: at })
    .onConflict((oc) =>
      oc.column('channel').doUpdateSet((eb) => ({
        last_error_at: at,
        last_error: error,
        error_count: eb('channel_health.error_count', '+', 1),
        updated_at: at,
      })),
    )
    .execute();
}

export async function listChannelHealth(db: Db) {
  return db.selectFrom('channel_health').selectAll().orderBy('channel').execute();
}

/** Marks that a silence alert went out, so that it is raised once per silence. */
export async function markSilentAlerted(db: Db, channel: string, at: string): Promise<void> {
  await db
    .insertInto('channel_health')
    .values({ channel, silent_alerted_at: at, updated_at: at })
    .onConflict((oc) => oc.column('channel').doUpdateSet({ silent_alerted_at: at, updated_at: at }))
    .execute();
}
