/**
 * The rollup worker: keeps analytics_hourly and analytics_officer_daily up to date as tickets change,
 * without any edit to the domains that change them.
 *
 * Why a reader of the audit log rather than hooks in the lifecycle: every change to a ticket already
 * writes an audit row in its own transaction, so the log is a complete, ordered change feed that the
 * tickets domain owns and analytics only reads (DESIGN.md: analytics sits above tickets). A pass reads
 * the rows after its cursor, takes the tickets they name, and recomputes each one's contribution from
 * its present row (`ticketCells`), applying only the difference from the contribution it stored last
 * time. That makes a pass idempotent: re-reading a row, or a ticket that did not change, adds nothing.
 * Two things that a plain cursor would miss are covered the same way: on PostgreSQL audit ids can
 * commit out of order, so each run re-reads the last OVERLAP ids behind the cursor; and a change that
 * writes no audit row (a reply the provider confirmed sent sets first_response_at) is caught by a net
 * over tickets.updated_at, re-read with a margin. A rebuild empties the rollups and replays the log.
 */
import type { AppContext } from '../context.js';
import type { Db } from '../store/db.js';
import { diffCells, ticketCells, type Cells, type TicketExtras } from './rollup.model.js';
import { applyCells, latestTicketUpdate, lockCursor, readFacts, resetRollups, saveCursor, writeFacts } from './rollup.repository.js';

/** Audit ids re-read behind the cursor on each run: transactions that committed after a later id. */
const OVERLAP = 200;
/** How far behind its watermark the updated_at net looks again (a slow transaction's clock). */
const UPDATED_MARGIN_MS = 120_000;

export interface PassResult {
  auditRows: number;
  tickets: number;
  /** Whether the audit log had more rows than one batch. */
  more: boolean;
}

/** Recomputes some tickets' contributions and applies the differences; inside the caller's transaction. */
export async function recomputeTickets(db: Db, timeZone: string, ticketIds: readonly number[]): Promise<void> {
  const ids = [...new Set(ticketIds)];
  if (ids.length === 0) return;
  const before = await readFacts(db, ids);
  const extras = await readExtras(db, ids);
  const total: Cells = {};
  const facts: Array<{ ticketId: number; cells: Cells }> = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('tickets').selectAll().where('id', 'in', ids.slice(i, i + 500)).execute();
    const seen = new Set<number>();
    for (const t of rows) {
      seen.add(t.id);
      const cells = ticketCells(t, timeZone, extras.get(t.id));
      const d = diffCells(before.get(t.id) ?? {}, cells);
      if (Object.keys(d).length === 0) continue;
      mergeInto(total, d);
      facts.push({ ticketId: t.id, cells });
    }
    for (const id of ids.slice(i, i + 500)) {
      const old = before.get(id);
      if (!seen.has(id) && old && Object.keys(old).length > 0) {
        mergeInto(total, diffCells(old, {}));
        facts.push({ ticketId: id, cells: {} });
      }
    }
  }
  await applyCells(db, diffCells({}, total));
  await writeFacts(db, facts);
}

/** The ratings of some tickets and the sentiments of their citizens' messages (the rest comes from the ticket's row). */
async function readExtras(db: Db, ids: readonly number[]): Promise<Map<number, TicketExtras>> {
  const out = new Map<number, TicketExtras>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('ticket_ratings').select(['ticket_id', 'score', 'rated_at']).where('ticket_id', 'in', ids.slice(i, i + 500)).where('score', 'is not', null).execute();
    for (const r of rows) if (r.score !== null && r.rated_at) out.set(r.ticket_id, { rating: { score: r.score, at: r.rated_at } });
    const messages = await db
      .selectFrom('ticket_messages')
      .select(['ticket_id', 'sentiment', 'created_at'])
      .where('ticket_id', 'in', ids.slice(i, i + 500))
      .where('direction', '=', 'in')
      .where('sentiment', 'is not', null)
      .execute();
    for (const m of messages) {
      if (!m.sentiment) continue;
      const e = out.get(m.ticket_id) ?? {};
      e.sentiments = [...(e.sentiments ?? []), { label: m.sentiment, at: m.created_at }];
      out.set(m.ticket_id, e);
    }
  }
  return out;
}

function mergeInto(into: Cells, add: Cells): void {
  for (const [k, counters] of Object.entries(add)) {
    const c = (into[k] ??= {});
    for (const [name, n] of Object.entries(counters)) c[name] = (c[name] ?? 0) + n;
  }
}

/** One pass in one transaction: up to `batch` audit rows after the cursor, the overlap behind it, and the updated_at net. */
export async function runRollupPass(ctx: Pick<AppContext, 'store' | 'config'>, opts: { batch?: number; overlap?: boolean; net?: boolean } = {}): Promise<PassResult> {
  const batch = opts.batch ?? 5000;
  return ctx.store.db.transaction().execute(async (tx) => {
    const cursor = await lockCursor(tx, () => latestTicketUpdate(tx));
    const fresh = await tx
      .selectFrom('audit_log')
      .select(['id', 'ticket_id'])
      .where('id', '>', cursor.auditId)
      .where('ticket_id', 'is not', null)
      .orderBy('id')
      .limit(batch)
      .execute();
    const ids = new Set<number>();
    for (const r of fresh) if (r.ticket_id !== null) ids.add(r.ticket_id);
    if (opts.overlap !== false && cursor.auditId > 0) {
      const behind = await tx
        .selectFrom('audit_log')
        .select('ticket_id')
        .where('id', '>', Math.max(0, cursor.auditId - OVERLAP))
        .where('id', '<=', cursor.auditId)
        .where('ticket_id', 'is not', null)
        .execute();
      for (const r of behind) if (r.ticket_id !== null) ids.add(r.ticket_id);
    }
    let updatedAfter = cursor.updatedAfter;
    if (opts.net === false) {
      // A request's quick catch-up: the worker's next run covers the net.
    } else if (updatedAfter) {
      const since = new Date(Date.parse(updatedAfter) - UPDATED_MARGIN_MS).toISOString();
      const changed = await tx.selectFrom('tickets').select(['id', 'updated_at']).where('updated_at', '>=', since).orderBy('updated_at').limit(batch).execute();
      for (const r of changed) {
        ids.add(r.id);
        if (r.updated_at > updatedAfter) updatedAfter = r.updated_at;
      }
    } else {
      updatedAfter = await latestTicketUpdate(tx);
    }
    await recomputeTickets(tx, ctx.config.timeZone, [...ids]);
    const last = fresh[fresh.length - 1];
    // Rows without a ticket (gazetteer, roster) are skipped by the query but the cursor passes them.
    const maxId = last ? last.id : cursor.auditId;
    const tail = fresh.length < batch ? await tx.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst() : undefined;
    const auditId = Math.max(maxId, tail?.m === null || tail?.m === undefined ? 0 : Number(tail.m));
    await saveCursor(tx, { auditId, updatedAfter });
    return { auditRows: fresh.length, tickets: ids.size, more: fresh.length === batch };
  });
}

/** Runs passes until the audit log is read to its end; the number of audit rows read. */
export async function catchUpRollups(ctx: Pick<AppContext, 'store' | 'config'>, opts: { batch?: number } = {}): Promise<number> {
  let rows = 0;
  for (let first = true; ; first = false) {
    const r = await runRollupPass(ctx, { batch: opts.batch, overlap: first });
    rows += r.auditRows;
    if (!r.more) return rows;
  }
}

/**
 * Before answering a figure: reads the audit rows the worker has not reached yet, if any (one indexed
 * read when it is current), so that a figure never lags a change just made. No overlap and no net here.
 */
export async function catchUpIfBehind(ctx: Pick<AppContext, 'store' | 'config'>): Promise<void> {
  const db = ctx.store.db;
  const [cursor, last] = await Promise.all([
    db.selectFrom('analytics_cursors').select('audit_id').where('name', '=', 'rollup').executeTakeFirst(),
    db.selectFrom('audit_log').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst(),
  ]);
  if (!last || (cursor && Number(cursor.audit_id) >= last.id)) return;
  // Far behind (a first start over years of tickets, a rebuild): the worker is filling the rollups;
  // a request answers from what is there rather than waiting for it.
  if (!cursor || last.id - Number(cursor.audit_id) > CATCH_UP_LIMIT) return;
  await runRollupPass(ctx, { overlap: false, net: false, batch: CATCH_UP_LIMIT });
}

/** The most audit rows a request reads before answering. */
const CATCH_UP_LIMIT = 2000;

/** Empties the rollups and rebuilds them by replaying the whole audit log (`chowki analytics rebuild`). */
export async function rebuildRollups(ctx: Pick<AppContext, 'store' | 'config'>, opts: { batch?: number } = {}): Promise<number> {
  await ctx.store.db.transaction().execute(async (tx) => {
    await lockCursor(tx, () => latestTicketUpdate(tx));
    await resetRollups(tx);
  });
  return catchUpRollups(ctx, opts);
}

const ROLLUP_TICK_MS = 5_000;

/** Runs the worker every few seconds in a running server; returns a stop function. */
export function startRollupWorker(ctx: Pick<AppContext, 'store' | 'config'>, onError: (err: unknown) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    catchUpRollups(ctx).then(
      () => {
        running = false;
      },
      (err: unknown) => {
        running = false;
        onError(err);
      },
    );
  }, ROLLUP_TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
