import type { Kysely } from 'kysely';
import type { Db } from '../store/db.js';
import type { Database } from '../store/tables.js';

/**
 * Locks (or creates) a thread row and returns what it held before: the ticket it joined and
 * when its last message came. The no-op upsert takes the row lock on PostgreSQL, so two
 * processes handling the same citizen's messages take turns instead of opening two tickets.
 */
export async function lockThread(
  db: Db,
  channel: string,
  threadKey: string,
  at: string,
): Promise<{ ticketId: number | null; lastAt: string }> {
  const row = await db
    .insertInto('ticket_threads')
    .values({ channel, thread_key: threadKey, ticket_id: null, last_at: at })
    .onConflict((oc) => oc.columns(['channel', 'thread_key']).doUpdateSet((eb) => ({ thread_key: eb.ref('excluded.thread_key') })))
    .returning(['ticket_id', 'last_at'])
    .executeTakeFirstOrThrow();
  return { ticketId: row.ticket_id, lastAt: row.last_at };
}

/**
 * lockThread for several threads in one statement (an intake batch's), in the order given: PostgreSQL
 * inserts or updates the rows one after another in that order, so batches that sort their threads the
 * same way take the locks in the same order. What each held before, by `channel\u0000thread_key`.
 */
export async function lockThreads(
  db: Db,
  threads: ReadonlyArray<{ channel: string; key: string; at: string }>,
): Promise<Map<string, { ticketId: number | null; lastAt: string }>> {
  const out = new Map<string, { ticketId: number | null; lastAt: string }>();
  if (threads.length === 0) return out;
  const rows = await db
    .insertInto('ticket_threads')
    .values(threads.map((t) => ({ channel: t.channel, thread_key: t.key, ticket_id: null, last_at: t.at })))
    .onConflict((oc) => oc.columns(['channel', 'thread_key']).doUpdateSet((eb) => ({ thread_key: eb.ref('excluded.thread_key') })))
    .returning(['channel', 'thread_key', 'ticket_id', 'last_at'])
    .execute();
  for (const r of rows) out.set(`${r.channel}\u0000${r.thread_key}`, { ticketId: r.ticket_id, lastAt: r.last_at });
  return out;
}

/** Points a thread at its ticket and records its latest message time. */
export async function setThread(db: Db, channel: string, threadKey: string, ticketId: number, lastAt: string): Promise<void> {
  await db
    .updateTable('ticket_threads')
    .set({ ticket_id: ticketId, last_at: lastAt })
    .where('channel', '=', channel)
    .where('thread_key', '=', threadKey)
    .execute();
}

/** Points every thread of a ticket at another (a merge): the citizen's next message joins that one. */
export async function moveThreads(db: Db, fromTicketId: number, toTicketId: number): Promise<void> {
  await db.updateTable('ticket_threads').set({ ticket_id: toTicketId }).where('ticket_id', '=', fromTicketId).execute();
}

/**
 * Makes a ticket the one a channel's conversation joins, unless the conversation joins one already.
 * The key is intake's for an item's `conversationId` (`conversation:<id>`, intake.service.ts threadOf):
 * the web form's follow-ups carry their report's reference as conversation id, and the first of them
 * finds the report this way (a merge later moves the thread with the ticket).
 */
export async function bindConversationThread(db: Kysely<Database>, channel: string, conversationId: string, ticketId: number, at: string): Promise<void> {
  const key = `conversation:${conversationId}`;
  await db.transaction().execute(async (tx) => {
    const held = await lockThread(tx, channel, key, at);
    if (held.ticketId === null) await setThread(tx, channel, key, ticketId, at);
  });
}
