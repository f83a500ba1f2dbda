import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../store/db.js';
import type { InboundRow } from '../store/tables.js';
import type { InboundItem, InboundStatus } from './inbound-item.js';

/** Stores an item once per (channel, external id); returns its row id and whether it was new. */
export async function storeInbound(db: Db, item: InboundItem, at: string): Promise<{ id: number; isNew: boolean }> {
  const inserted = await db
    .insertInto('inbound')
    .values({
      channel: item.channel,
      external_id: item.externalId,
      received_at: item.receivedAt ?? at,
      payload: JSON.stringify(item),
      status: 'pending',
      error: null,
      ticket_id: null,
      processed_at: null,
    })
    .onConflict((oc) => oc.columns(['channel', 'external_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, isNew: true };
  const existing = await db
    .selectFrom('inbound')
    .select('id')
    .where('channel', '=', item.channel)
    .where('external_id', '=', item.externalId)
    .executeTakeFirstOrThrow();
  return { id: existing.id, isNew: false };
}

/**
 * Stores several items in one statement, as storeInbound does each: once per (channel, external id), the first
 * of two equal keys being the new one. Returns, in the order given, each item's row id and whether it was new.
 * One statement is one commit: what group acceptance shares (inbound.acceptor.ts, which bounds a group to
 * ACCEPT_GROUP_MAX items, 8 parameters each: far under either engine's limit).
 */
export async function storeInboundMany(db: Db, items: ReadonlyArray<{ item: InboundItem; at: string }>): Promise<Array<{ id: number; isNew: boolean }>> {
  const key = (channel: string, externalId: string) => `${channel}\u0000${externalId}`;
  const firstOf = new Map<string, { item: InboundItem; at: string }>();
  for (const x of items) if (!firstOf.has(key(x.item.channel, x.item.externalId))) firstOf.set(key(x.item.channel, x.item.externalId), x);
  const fresh = [...firstOf.values()];
  const stored = new Map<string, number>();
  if (fresh.length > 0) {
    const rows = await db
      .insertInto('inbound')
      .values(
        fresh.map(({ item, at }) => ({
          channel: item.channel,
          external_id: item.externalId,
          received_at: item.receivedAt ?? at,
          payload: JSON.stringify(item),
          status: 'pending' as const,
          error: null,
          ticket_id: null,
          processed_at: null,
        })),
      )
      .onConflict((oc) => oc.columns(['channel', 'external_id']).doNothing())
      .returning(['id', 'channel', 'external_id'])
      .execute();
    for (const r of rows) stored.set(key(r.channel, r.external_id), r.id);
  }
  const existing = new Map<string, number>();
  const missing = fresh.filter(({ item }) => !stored.has(key(item.channel, item.externalId)));
  if (missing.length > 0) {
    const rows = await db
      .selectFrom('inbound')
      .select(['id', 'channel', 'external_id'])
      .where((eb) => eb.or(missing.map(({ item }) => eb.and([eb('channel', '=', item.channel), eb('external_id', '=', item.externalId)]))))
      .execute();
    for (const r of rows) existing.set(key(r.channel, r.external_id), r.id);
  }
  const told = new Set<string>();
  return items.map(({ item }) => {
    const k = key(item.channel, item.externalId);
    const id = stored.get(k) ?? existing.get(k);
    if (id === undefined) throw new Error('an inbound item was neither stored nor found');
    const isNew = stored.has(k) && !told.has(k);
    told.add(k);
    return { id, isNew };
  });
}

export async function findInbound(db: Db, id: number): Promise<InboundRow | undefined> {
  return db.selectFrom('inbound').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listPendingInboundIds(db: Db, afterId: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('inbound')
    .select('id')
    .where('status', '=', 'pending')
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** An item's outcome. */
export interface InboundMark {
  status: 'processed' | 'ignored' | 'failed';
  ticketId?: number | null;
  error?: string | null;
  at: string;
}

/** Records an item's outcome; with `from`, only when the item still has that status. */
export async function markInbound(db: Db, id: number, patch: InboundMark, from?: InboundStatus): Promise<void> {
  let q = db
    .updateTable('inbound')
    .set({ status: patch.status, ticket_id: patch.ticketId ?? null, error: patch.error ?? null, processed_at: patch.at })
    .where('id', '=', id);
  if (from) q = q.where('status', '=', from);
  await q.execute();
}

/**
 * Records several items' outcomes (an intake batch's) in one statement per status and reason: each item's
 * ticket and time by its id. The casts give PostgreSQL the columns' types for the values.
 */
export async function markInboundMany(db: Db, marks: ReadonlyArray<{ id: number } & InboundMark>): Promise<void> {
  const groups = new Map<string, Array<{ id: number } & InboundMark>>();
  for (const m of marks) {
    const k = JSON.stringify([m.status, m.error ?? null]);
    const group = groups.get(k);
    if (group) group.push(m);
    else groups.set(k, [m]);
  }
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const byId = (value: (m: { id: number } & InboundMark) => RawBuilder<unknown>) =>
      sql`case id ${sql.join(group.map((m) => sql`when ${m.id} then ${value(m)}`), sql` `)} end`;
    await db
      .updateTable('inbound')
      .set({
        status: first.status,
        error: first.error ?? null,
        ticket_id: byId((m) => sql`cast(${m.ticketId ?? null} as integer)`) as RawBuilder<number | null>,
        processed_at: byId((m) => sql`cast(${m.at} as text)`) as RawBuilder<string>,
      })
      .where('id', 'in', group.map((m) => m.id))
      .execute();
  }
}

/** How many items wait to be processed and how many are quarantined (both by the status index). */
export async function countBacklog(db: Db): Promise<{ pending: number; failed: number }> {
  const rows = await db
    .selectFrom('inbound')
    .select((eb) => ['status', eb.fn.countAll<number | string>().as('n')])
    .where('status', 'in', ['pending', 'failed'])
    .groupBy('status')
    .execute();
  const of = (s: InboundStatus) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { pending: of('pending'), failed: of('failed') };
}
