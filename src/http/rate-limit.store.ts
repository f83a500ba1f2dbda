/**
 * A store for @fastify/rate-limit in the database instead of process memory: with several
 * `chowki serve` processes on one PostgreSQL, a limit (a login lockout above all) must hold whichever
 * process a request reaches, and must survive a restart. Fixed windows, one row per bucket and key,
 * counted by one upsert so that concurrent requests cannot both take the last slot.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Db } from '../store/db.js';

/** Rows whose window ended are deleted at most this often per process. */
const SWEEP_EVERY_MS = 10 * 60_000;

type Done = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A limiter's key is `<bucket>:<value>` (the keyGenerator writes it): the bucket names the limit
 * (`login.account`, `report.ip`…), the value whom it counts.
 */
export function splitKey(key: string): { bucket: string; value: string } {
  const at = key.indexOf(':');
  return at < 0 ? { bucket: 'default', value: key } : { bucket: key.slice(0, at), value: key.slice(at + 1) };
}

/** Counts one event of `key` in its window; returns the count so far and the ms until the window ends. */
export async function countEvent(db: Db, key: string, windowMs: number, now: number): Promise<{ current: number; ttl: number }> {
  const { bucket, value } = splitKey(key);
  const at = new Date(now).toISOString();
  const resetAt = new Date(now + windowMs).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ bucket, key: value, count: 1, reset_at: resetAt })
    .onConflict((oc) =>
      oc.columns(['bucket', 'key']).doUpdateSet({
        // Both right-hand sides read the row as it was: an ended window starts again at 1.
        count: sql<number>`case when rate_limits.reset_at <= ${at} then 1 else rate_limits.count + 1 end`,
        reset_at: sql<string>`case when rate_limits.reset_at <= ${at} then ${resetAt} else rate_limits.reset_at end`,
      }),
    )
    .returning(['count', 'reset_at'])
    .executeTakeFirstOrThrow();
  return { current: Number(row.count), ttl: Math.max(0, Date.parse(row.reset_at) - now) };
}

/** The count of `key` in its current window, without counting anything. */
export async function readEvents(db: Db, key: string, now: number): Promise<{ current: number; ttl: number }> {
  const { bucket, value } = splitKey(key);
  const row = await db
    .selectFrom('rate_limits')
    .select(['count', 'reset_at'])
    .where('bucket', '=', bucket)
    .where('key', '=', value)
    .executeTakeFirst();
  const ttl = row ? Date.parse(row.reset_at) - now : 0;
  return row && ttl > 0 ? { current: Number(row.count), ttl } : { current: 0, ttl: 0 };
}

/** Forgets `key`'s count (a successful login clears its account's failures). */
export async function clearEvents(db: Db, key: string): Promise<void> {
  const { bucket, value } = splitKey(key);
  await db.deleteFrom('rate_limits').where('bucket', '=', bucket).where('key', '=', value).execute();
}

/** Deletes the counters whose window has ended. */
export async function deleteEndedWindows(db: Db, now: number): Promise<void> {
  await db.deleteFrom('rate_limits').where('reset_at', '<=', new Date(now).toISOString()).execute();
}

/** The store class @fastify/rate-limit constructs, bound to a database and a clock. */
export function createDbRateLimitStore(db: Db, now: () => number): FastifyRateLimitStoreCtor {
  let lastSweep = 0;
  const sweep = async (at: number) => {
    if (at - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = at;
    await deleteEndedWindows(db, at);
  };
  class DbRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, done: Done, timeWindow: number): void {
      const at = now();
      sweep(at)
        .then(() => countEvent(db, key, timeWindow, at))
        .then((r) => done(null, r), (err: unknown) => done(err instanceof Error ? err : new Error(String(err))));
    }

    /** Non-mutating, for createRateLimit(...)(request, { increment: false }). */
    read(key: string, done: Done): void {
      readEvents(db, key, now()).then((r) => done(null, r), (err: unknown) => done(err instanceof Error ? err : new Error(String(err))));
    }

    child(): FastifyRateLimitStore {
      // Keys carry their bucket: one store serves every limit.
      return this;
    }
  }
  return DbRateLimitStore;
}
