/**
 * Desk events fan out to every open desk: in-process on SQLite, through PostgreSQL's
 * LISTEN/NOTIFY when several Chowki processes share one database.
 */
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { sql } from 'kysely';
import type { Db, Store } from '../store/db.js';

/** What the bus needs of an event: a name, and the units whose users may hear it. */
export interface BusEvent {
  type: string;
  units: string[];
}

export type BusListener<E> = (event: E) => void;

export interface EventBus<E extends BusEvent> {
  publish(event: E): Promise<void>;
  /**
   * Only where the bus travels through the database (PostgreSQL): sends the event as part of the
   * transaction `db`, so that it goes out exactly when the transaction commits. A process killed between
   * its commit and a publish after it would otherwise leave every other process's desks without the
   * event. Absent on the in-process bus, whose listeners die with the process: publish after the commit.
   */
  publishWithin?(db: Db, event: E): Promise<void>;
  subscribe(listener: BusListener<E>): () => void;
  close(): Promise<void>;
}

/** How the bus reads its events back from the wire, and makes one smaller when NOTIFY's limit needs it. */
export interface EventCodec<E extends BusEvent> {
  parse(value: unknown): E | undefined;
  /** A smaller form of an event (e.g. without its ticket summary) that still tells the desk to refetch. */
  shrink(event: E): E;
}

const CHANNEL = 'chowki_desk';

/** The bus for one process. */
export function createMemoryBus<E extends BusEvent>(): EventBus<E> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(event) {
      emitter.emit('event', event);
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

function readEvent<E extends BusEvent>(codec: EventCodec<E>, payload: string): E | undefined {
  try {
    return codec.parse(JSON.parse(payload));
  } catch {
    return undefined;
  }
}

/**
 * The bus over LISTEN/NOTIFY. Local listeners are fed from the notification, not directly,
 * so that every process sees every event exactly once and in the database's commit order.
 */
export async function createPostgresBus<E extends BusEvent>(store: Store, codec: EventCodec<E>): Promise<EventBus<E>> {
  if (!store.url) throw new Error('the PostgreSQL bus needs a database URL');
  const url = store.url;
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let client: pg.Client | null = null;
  let closed = false;

  // After a dropped connection: try again, 1 s then doubling to 30 s, until one LISTEN holds. Events
  // published meanwhile are not heard by this process; its desks catch up at their next refetch.
  const reconnect = (delayMs: number): void => {
    if (closed) return;
    setTimeout(() => {
      connect().catch(() => reconnect(Math.min(delayMs * 2, 30_000)));
    }, delayMs).unref();
  };

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    let dropped = false;
    c.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      const ev = readEvent(codec, msg.payload);
      if (ev) emitter.emit('event', ev);
    });
    c.on('error', () => {
      // Once per connection: a client that errors twice must not start two reconnect loops.
      if (dropped) return;
      dropped = true;
      if (client === c) client = null;
      // The broken client is done with; ending it can only fail the same way.
      void c.end().catch(() => undefined);
      reconnect(1000);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      dropped = true;
      void c.end().catch(() => undefined);
      throw err;
    }
    client = c;
  };
  await connect();

  const notify = async (db: Db, event: E): Promise<void> => {
    // NOTIFY payloads are limited to 8000 bytes: send a smaller event rather than none.
    let payload = JSON.stringify(event);
    if (Buffer.byteLength(payload) > 7900) payload = JSON.stringify(codec.shrink(event));
    await sql`select pg_notify(${CHANNEL}, ${payload})`.execute(db);
  };

  return {
    async publish(event) {
      await notify(store.db, event);
    },
    async publishWithin(db, event) {
      await notify(db, event);
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    async close() {
      closed = true;
      emitter.removeAllListeners();
      // Closing at shutdown: a connection that is already gone has nothing left to end.
      await client?.end().catch(() => undefined);
    },
  };
}

/** The bus that fits the store. */
export async function createEventBus<E extends BusEvent>(store: Store, codec: EventCodec<E>): Promise<EventBus<E>> {
  return store.engine === 'postgres' ? createPostgresBus(store, codec) : createMemoryBus<E>();
}
