/**
 * Desk events fan out to every open desk: in-process on SQLite, through PostgreSQL's
 * LISTEN/NOTIFY when several Chowki processes share one database.
 */
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Store } from '../store/db.js';

export interface DeskEvent {
  /** e.g. `ticket.created`, `ticket.updated`, `ticket.transferred`. */
  type: string;
  ticketId: number;
  /** Units that may see the ticket: a subscriber forwards the event only to users of these units. */
  units: string[];
  /** The ticket's public-safe summary (no personal data), so a desk can render without a fetch. */
  ticket?: unknown;
  at: string;
}

export type DeskListener = (event: DeskEvent) => void;

export interface EventBus {
  publish(event: DeskEvent): Promise<void>;
  subscribe(listener: DeskListener): () => void;
  close(): Promise<void>;
}

const CHANNEL = 'chowki_desk';

/** The bus for one process. */
export function createMemoryBus(): EventBus {
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

const deskEventSchema = z.object({
  type: z.string(),
  ticketId: z.number(),
  units: z.array(z.string()),
  ticket: z.unknown().optional(),
  at: z.string(),
});

function parseDeskEvent(payload: string): DeskEvent | undefined {
  try {
    const parsed = deskEventSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The bus over LISTEN/NOTIFY. Local listeners are fed from the notification, not directly,
 * so that every process sees every event exactly once and in the database's commit order.
 */
export async function createPostgresBus(store: Store): Promise<EventBus> {
  if (!store.url) throw new Error('the PostgreSQL bus needs a database URL');
  const url = store.url;
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let client: pg.Client | null = null;
  let closed = false;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      const ev = parseDeskEvent(msg.payload);
      if (ev) emitter.emit('event', ev);
    });
    c.on('error', () => {
      // Reconnect after a dropped connection; events in between are recovered by the desk's refetch.
      client = null;
      if (!closed) setTimeout(() => void connect().catch(() => undefined), 1000).unref();
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
  };
  await connect();

  return {
    async publish(event) {
      // NOTIFY payloads are limited to 8000 bytes: drop the summary rather than the event.
      let payload = JSON.stringify(event);
      if (Buffer.byteLength(payload) > 7900) payload = JSON.stringify({ ...event, ticket: undefined });
      await sql`select pg_notify(${CHANNEL}, ${payload})`.execute(store.db);
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    async close() {
      closed = true;
      emitter.removeAllListeners();
      await client?.end().catch(() => undefined);
    },
  };
}

/** The bus that fits the store. */
export async function createEventBus(store: Store): Promise<EventBus> {
  return store.engine === 'postgres' ? createPostgresBus(store) : createMemoryBus();
}
