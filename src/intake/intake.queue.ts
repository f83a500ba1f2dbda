/**
 * The small in-process queue behind webhooks and pollers: they store an item and answer at
 * once; the item is carried through here after the answer, in batches that share one transaction
 * (group commit: up to intakeBatchMax items, gathered for at most `lingerMs`). The database is
 * the real queue: whatever this one holds when the process dies is still `pending` and is picked
 * up by another instance's sweep or by processPending at the next start.
 */
import { intakeProcessingSeconds } from '../metrics/metrics.js';
import { listPendingInboundIds } from './inbound.repository.js';
import { INTAKE_BATCH_MAX, intakeBatchMax, processInboundBatch, type IntakeContext } from './intake.service.js';

export interface IntakeQueueOptions {
  onError?: (inboundId: number, err: unknown) => void;
  /** Largest batch (default intakeBatchMax of the engine). */
  batchMax?: number;
  /** How long a batch that is not full waits for more items (default 2 ms). */
  lingerMs?: number;
  /** Told of each item carried through (metrics). */
  onProcessed?: (inboundId: number, at: number) => void;
}

export interface IntakeQueue {
  push(inboundId: number): void;
  /** Resolves when everything pushed so far has been processed. */
  drain(): Promise<void>;
  /** Stops taking work from the queue (what remains stays pending in the database). */
  pause(): void;
  resume(): void;
  /** Stops after the current item; what remains stays pending in the database. */
  close(): Promise<void>;
  /** How many items wait in memory. */
  readonly size: number;
}

/** Creates the queue; failures are reported by id only (an item's content is personal data). */
export function createIntakeQueue(ctx: IntakeContext, opts: IntakeQueueOptions = {}): IntakeQueue {
  const batchMax = opts.batchMax ?? intakeBatchMax(ctx.store.engine);
  const lingerMs = opts.lingerMs ?? 2;
  /** When each waiting item was handed over, for the processing-latency histogram. */
  const pushedAt = new Map<number, number>();
  const onProcessed = (id: number, at: number) => {
    const since = pushedAt.get(id);
    if (since !== undefined) intakeProcessingSeconds.observe((at - since) / 1000);
    opts.onProcessed?.(id, at);
  };
  const waiting: number[] = [];
  let paused = false;
  let closed = false;
  let active: Promise<void> | undefined;
  let idle: Array<() => void> = [];

  const settle = () => {
    if (waiting.length === 0 || paused || closed) {
      const waiters = idle;
      idle = [];
      for (const w of waiters) w();
    }
  };

  const run = async () => {
    while (!paused && !closed && waiting.length > 0) {
      // A batch that is not full waits a moment for the deliveries already on their way.
      if (waiting.length < batchMax && lingerMs > 0) await new Promise((r) => setTimeout(r, lingerMs));
      if (paused || closed) break;
      const ids = waiting.splice(0, batchMax);
      try {
        await processInboundBatch(ctx, ids, onProcessed);
      } catch (err) {
        for (const id of ids) opts.onError?.(id, err);
      }
      for (const id of ids) pushedAt.delete(id);
    }
    active = undefined;
    settle();
  };

  const kick = () => {
    if (active || paused || closed || waiting.length === 0) return;
    active = new Promise<void>((resolve) => setImmediate(() => void run().then(resolve)));
  };

  return {
    push(id) {
      if (closed) return;
      waiting.push(id);
      pushedAt.set(id, ctx.now());
      kick();
    },
    drain() {
      if (!active && (waiting.length === 0 || paused || closed)) return Promise.resolve();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      kick();
    },
    async close() {
      closed = true;
      waiting.length = 0;
      pushedAt.clear();
      await active;
      settle();
    },
    get size() {
      return waiting.length;
    },
  };
}

/**
 * Picks up items left pending by an instance that died after answering (several processes on one
 * PostgreSQL; on SQLite, a queue that failed): every `intervalMs` it carries through the items that
 * were already pending at the previous sweep, so that it never races a live instance's fresh queue.
 * Returns a stop function.
 */
export function startPendingSweep(ctx: IntakeContext, opts: { intervalMs?: number; onError?: (err: unknown) => void } = {}): () => void {
  let seen = new Set<number>();
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const now = await listPendingInboundIds(ctx.store.db, 0, 10 * INTAKE_BATCH_MAX);
      const stale = now.filter((id) => seen.has(id));
      seen = new Set(now.filter((id) => !stale.includes(id)));
      for (let i = 0; i < stale.length; i += INTAKE_BATCH_MAX) await processInboundBatch(ctx, stale.slice(i, i + INTAKE_BATCH_MAX));
    } catch (err) {
      opts.onError?.(err);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void sweep(), opts.intervalMs ?? 5_000);
  timer.unref();
  return () => clearInterval(timer);
}
