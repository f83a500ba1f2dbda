/**
 * The outbox worker: claims due messages, sends them through their channel, and records what
 * happened. Crash safety rests on the lease: a row is claimed `sending` in a batch, and marked as begun
 * (committed) just before its own send, so a worker that dies mid-send leaves one row per lane that no
 * other worker will resend blindly, while the rows of its batch it never began go back to wait
 * (see resolveExpiredLeases).
 */
import { recordChannelError, recordChannelOk } from '../channels/channel-health.repository.js';
import { ChannelSendError, type Channel } from '../channels/channel.js';
import type { AppContext } from '../context.js';
import type { Db } from '../store/db.js';
import type { OutboxRow } from '../store/tables.js';
import type { DeskEvent } from '../tickets/desk-event.schema.js';
import { publishEvents, publishInTransaction } from '../tickets/ticket.events.js';
import { settleOutboundChange } from './delivery.service.js';
import { claimDueOutbound, markOutboundFailed, markOutboundSent, markOutboundStarted, resolveExpiredLeases } from './outbox.repository.js';

export type OutboundSender = Required<Pick<Channel, 'name' | 'send'>>;

export interface OutboxWorkerOptions {
  batchSize?: number;
  /** How long a claimed row stays owned by this worker; a send must finish well within it. */
  leaseMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Pause between empty rounds. */
  idleMs?: number;
  /**
   * Sends in flight at once, each to a different recipient (one recipient's messages still go in
   * order, one after another): 1, the default, sends one by one. A broadcast's thousands of recipients
   * reach a provider's throughput only when sends overlap their round trips.
   */
  concurrency?: number;
  /**
   * Messages a second a channel's provider accepts (WhatsApp's 80, Telegram's 30): sends of that channel
   * are spaced evenly at this pace whatever the queue holds, so that no second ever carries more, even
   * when the worker catches up after falling behind. Channels not named are not held back.
   */
  ratePerSecond?: Readonly<Record<string, number>>;
  /** For tests: a fixed jitter. */
  random?: () => number;
  /** Told about every failure, by code only. */
  onFailure?: (info: { outboxId: number; channel: string; kind: string; code: string }) => void;
}

export interface OutboxWorker {
  start(): void;
  /** Stops after the current round; resolves when no send is in flight. */
  stop(): Promise<void>;
  /** One round: recover expired leases, claim, send; returns how many rows were handled. */
  runOnce(): Promise<number>;
  /** Wakes an idle worker at once (e.g. after an enqueue). */
  wake(): void;
}

/** Whom a row is addressed to (its payload's `to`), or the row itself when that cannot be read. */
function recipientOf(row: OutboxRow): string {
  try {
    const p: unknown = JSON.parse(row.payload);
    if (typeof p === 'object' && p !== null && 'to' in p && typeof p.to === 'string') return p.to;
  } catch {
    // Unreadable: handle() gives it up on its own lane.
  }
  return `#${row.id}`;
}

/** Creates a worker over the channels that can send; rows of other channels wait, visible. */
export function createOutboxWorker(
  ctx: Pick<AppContext, 'store' | 'now' | 'config' | 'bus'>,
  senders: readonly OutboundSender[],
  opts: OutboxWorkerOptions = {},
): OutboxWorker {
  const byName = new Map(senders.map((s) => [s.name, s]));
  const batchSize = opts.batchSize ?? 20;
  const leaseMs = opts.leaseMs ?? 120_000;
  const maxAttempts = opts.maxAttempts ?? ctx.config.channels.outboxMaxAttempts;
  const baseDelayMs = opts.baseDelayMs ?? 2_000;
  const maxDelayMs = opts.maxDelayMs ?? 15 * 60_000;
  const idleMs = opts.idleMs ?? 500;
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
  /** Each paced channel's queue of sends waiting for their turn, and when its last send went (wall-clock ms: the provider counts real seconds). */
  const gates = new Map<string, Promise<void>>();
  const lastSent = new Map<string, number>();
  /**
   * Waits for the channel's turn: one send at a time passes, at least 1/rate after the previous one
   * actually went (a timer that fires late after a busy moment does not let the sends it held back
   * out together), a little wider than 1/rate for the network's jitter.
   */
  const awaitSlot = (channel: string): Promise<void> => {
    const rate = opts.ratePerSecond?.[channel];
    if (!rate || rate <= 0) return Promise.resolve();
    const interval = 1000 / (rate * 0.97);
    const turn = (gates.get(channel) ?? Promise.resolve()).then(async () => {
      const wait = (lastSent.get(channel) ?? 0) + interval - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      lastSent.set(channel, Date.now());
    });
    gates.set(channel, turn);
    return turn;
  };
  const random = opts.random ?? Math.random;
  const db = ctx.store.db;
  /** Until when a channel told us to hold back (429): nothing of it is claimed before. */
  const pausedUntil = new Map<string, number>();
  let running = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;

  const iso = (ms: number) => new Date(ms).toISOString();

  /**
   * Records a reply's new state and what it means for its ticket in one transaction (a reply is the
   * ticket's first response only once sent; a given-up reply raises its alert), then tells the desk.
   */
  const record = async (row: OutboxRow, at: string, write: (tx: Db) => Promise<void>, failure?: string): Promise<void> => {
    if (row.kind !== 'reply' || row.ticket_id === null) return write(db);
    const events: ReadonlyArray<DeskEvent | null> = await db.transaction().execute(async (tx) => {
      await write(tx);
      return publishInTransaction(ctx, tx, [
        await settleOutboundChange(tx, ctx.config.sla, { id: row.id, ticketId: row.ticket_id, kind: row.kind, channel: row.channel, failure }, at),
      ]);
    });
    await publishEvents(ctx, events);
  };

  /** Exponential backoff with jitter, so that many failed rows do not retry in lockstep. */
  const backoff = (attempt: number) => Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1)) * (0.5 + random());

  const handle = async (row: OutboxRow, sender: OutboundSender): Promise<void> => {
    const paused = pausedUntil.get(row.channel) ?? 0;
    if (paused > ctx.now()) {
      // Another row of this batch hit the rate limit: give this one back untouched.
      await markOutboundFailed(db, row.id, { status: 'pending', attempts: row.attempts, nextAttemptAt: iso(paused), error: row.last_error ?? 'RATE_LIMITED' });
      return;
    }
    let payload: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(row.payload);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) payload = { ...parsed };
    } catch {
      await record(
        row,
        iso(ctx.now()),
        (tx) => markOutboundFailed(tx, row.id, { status: 'failed', attempts: row.attempts + 1, nextAttemptAt: row.next_attempt_at, error: 'PAYLOAD_UNREADABLE' }),
        'PAYLOAD_UNREADABLE',
      );
      return;
    }
    try {
      await awaitSlot(row.channel);
      // Lost the lease while waiting (a very slow round): another worker may own the row now.
      if (row.lease_until === null || !(await markOutboundStarted(db, row.id, row.lease_until, iso(ctx.now())))) return;
      const sent = await sender.send({
        id: row.id,
        kind: row.kind,
        ticketId: row.ticket_id,
        payload,
        idempotencyKey: row.idempotency_key,
        attempts: row.attempts,
      });
      const at = ctx.now();
      await record(row, iso(at), (tx) => markOutboundSent(tx, row.id, sent.externalId, iso(at)));
      await recordChannelOk(db, row.channel, 'delivery', iso(at), at - Date.parse(row.created_at));
    } catch (err) {
      const failure = err instanceof ChannelSendError ? err : new ChannelSendError('retryable', 'UNEXPECTED_ERROR');
      const now = ctx.now();
      opts.onFailure?.({ outboxId: row.id, channel: row.channel, kind: failure.kind, code: failure.code });
      await recordChannelError(db, row.channel, `${failure.kind}:${failure.code}`, iso(now));
      if (failure.kind === 'rate_limited') {
        // A rate limit says nothing about the message, only about our pace: no attempt is spent.
        const until = Math.max(failure.retryAt ?? 0, now + 1_000);
        pausedUntil.set(row.channel, until);
        await markOutboundFailed(db, row.id, { status: 'pending', attempts: row.attempts, nextAttemptAt: iso(until), error: failure.code });
        return;
      }
      const attempts = row.attempts + 1;
      const giveUp = failure.kind === 'permanent' || attempts >= maxAttempts;
      await record(
        row,
        iso(now),
        (tx) =>
          markOutboundFailed(tx, row.id, {
            status: giveUp ? 'failed' : 'pending',
            attempts,
            nextAttemptAt: iso(now + (giveUp ? 0 : backoff(attempts))),
            error: failure.code,
          }),
        giveUp ? failure.code : undefined,
      );
    }
  };

  const runOnce = async (): Promise<number> => {
    const now = ctx.now();
    const interrupted = await resolveExpiredLeases(db, iso(now));
    for (const row of interrupted.filter((r) => r.kind === 'reply' && r.ticket_id !== null)) {
      // Whether the citizen got it is unknown: the officer is alerted to check and resend.
      const events = await db.transaction().execute(async (tx) =>
        publishInTransaction(ctx, tx, [
          await settleOutboundChange(tx, ctx.config.sla, { id: row.id, ticketId: row.ticket_id, kind: row.kind, channel: row.channel, failure: 'INTERRUPTED_WHILE_SENDING' }, iso(now)),
        ]),
      );
      await publishEvents(ctx, events);
    }
    const ready = [...byName.keys()].filter((name) => (pausedUntil.get(name) ?? 0) <= now);
    const rows = await claimDueOutbound(db, ctx.store.engine, ready, iso(now), iso(now + leaseMs), batchSize);
    const sendLane = async (lane: readonly OutboxRow[]) => {
      for (const row of lane) {
        const sender = byName.get(row.channel);
        if (sender) await handle(row, sender);
      }
    };
    // A round ends only when every lane has: a lane that fails (a database error while recording) must not
    // let the next claim start beside sends still in flight, or one worker would hold more than a batch.
    if (concurrency === 1) await sendLane(rows);
    else {
      // One lane per recipient, in id order; `concurrency` lanes at a time.
      const lanes = new Map<string, OutboxRow[]>();
      for (const row of rows) {
        const key = `${row.channel}\u0000${recipientOf(row)}`;
        lanes.set(key, [...(lanes.get(key) ?? []), row]);
      }
      const waiting = [...lanes.values()];
      const runLanes = async () => {
        for (let lane = waiting.shift(); lane; lane = waiting.shift()) await sendLane(lane);
      };
      const settled = await Promise.allSettled(Array.from({ length: Math.min(concurrency, waiting.length) }, runLanes));
      for (const r of settled) if (r.status === 'rejected') throw r.reason;
    }
    return rows.length;
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  return {
    runOnce,
    wake: () => wakeUp?.(),
    start() {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          let handled = 0;
          try {
            handled = await runOnce();
          } catch {
            // A database hiccup: try again after a pause rather than stop sending for good.
            handled = 0;
          }
          if (running && handled === 0) await sleep(idleMs);
        }
      })();
    },
    async stop() {
      running = false;
      wakeUp?.();
      await loop;
      loop = undefined;
    },
  };
}
