/** How each channel is doing, in the database so that every Chowki process sees the same. */
import type { Db } from '../store/db.js';

export type ChannelActivity = 'poll' | 'inbound' | 'delivery';

const COLUMN = { poll: 'last_poll_at', inbound: 'last_inbound_at', delivery: 'last_delivery_at' } as const;

/** Records a successful poll, inbound message or delivery, with its lag when known. */
export async function recordChannelOk(db: Db, channel: string, activity: ChannelActivity, at: string, lagMs?: number): Promise<void> {
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
