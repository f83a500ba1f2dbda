/**
 * Which Chowki process polls an account or runs a stream. On PostgreSQL several processes share
 * one database (DESIGN.md, Storage and scale): each poller keeps a dedicated connection and takes a
 * session advisory lock per (channel, account) on it. A lock lives exactly as long as that
 * connection, so a process that dies or loses its connection hands its accounts over to the next
 * process that asks, without a lease to expire. On SQLite only one process runs: every lock is granted.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Store } from '../store/db.js';

export interface PollerLocks {
  /** True when this process holds (or has just taken) the lock of `channel` + `account`. */
  tryLock(channel: string, account: string): Promise<boolean>;
  /** Lets the locks go by closing the dedicated connection. */
  close(): Promise<void>;
}

/** A signed 64-bit key from channel and account, as pg_try_advisory_lock(bigint) takes it. */
export function advisoryKey(channel: string, account: string): string {
  // A namespace keeps Chowki's keys apart from any other user of advisory locks in the database.
  return createHash('sha256').update(`chowki:${channel}:${account}`).digest().readBigInt64BE(0).toString();
}

/** Locks for one poller. */
export function createPollerLocks(store: Pick<Store, 'engine' | 'url'>): PollerLocks {
  const url = store.url;
  if (store.engine !== 'postgres' || !url) {
    return { tryLock: async () => true, close: async () => undefined };
  }
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  const held = new Set<string>();

  const forget = (c: pg.Client) => {
    if (client !== c) return;
    // The server released every lock of this session with it.
    client = undefined;
    held.clear();
  };

  const connection = async (): Promise<pg.Client> => {
    if (client) return client;
    connecting ??= (async () => {
      const c = new pg.Client({ connectionString: url });
      // A dropped connection must not bring the process down; the locks are simply gone.
      c.on('error', () => forget(c));
      c.on('end', () => forget(c));
      try {
        await c.connect();
      } catch (err) {
        // The connect error is the one that matters and is thrown on; ending a client that never
        // connected can only fail the same way.
        await c.end().catch(() => undefined);
        throw err;
      }
      client = c;
      return c;
    })().finally(() => {
      connecting = undefined;
    });
    return connecting;
  };

  return {
    async tryLock(channel, account) {
      const key = advisoryKey(channel, account);
      if (client && held.has(key)) return true;
      const c = await connection();
      const res = await c.query<{ ok: boolean }>('select pg_try_advisory_lock($1::bigint) as ok', [key]);
      const ok = res.rows[0]?.ok === true;
      if (ok && client === c) held.add(key);
      return ok && client === c;
    },
    async close() {
      const c = client;
      client = undefined;
      held.clear();
      // At shutdown, on a connection that may already have dropped (then its locks are gone with it).
      await c?.end().catch(() => undefined);
    },
  };
}
