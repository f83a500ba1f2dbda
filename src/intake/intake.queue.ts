/**
 * The small in-process queue behind webhooks and pollers: they store an item and answer at
 * once; the item is carried through here after the answer, in batches that share one transaction
 * (group commit: up to intakeBatchMax items, gathered for at most `lingerMs`). The database is
 * the real queue: whatever this one holds when the process dies is still `pending` and is picked
 * up by another instance's sweep or by processPending at the next start.
 */
import { availableParallelism } from 'node:os';
import { intakeBatchesJudgedTotal, intakeProcessingSeconds } from '../metrics/metrics.js';
import { listPendingInboundIds } from './inbound.repository.js';
import { carryBatch, INTAKE_BATCH_MAX, intakeBatchMax, judgeRows, loadPendingRows, processInboundBatch, type IntakeContext, type PrepareMany, type ReadBatch } from './intake.service.js';
import { prepareSafely } from './prepare.js';
import { startPreparingWorker, type PreparingWorker } from './prepare.pool.js';

/** A batch at least this large is a burst: in `auto`, the first one starts the preparing worker. */
const BURST_BATCH = 32;

export interface IntakeQueueOptions {
  onError?: (inboundId: number, err: unknown) => void;
  /** Largest batch (default intakeBatchMax of the engine). */
  batchMax?: number;
  /** How long a batch that is not full waits for more items (default 2 ms). */
  lingerMs?: number;
  /** Told of each item carried through (metrics). */
  onProcessed?: (inboundId: number, at: number) => void;
  /**
   * Whether the next batch is judged on a worker thread while this one is written (prepare.pool.ts):
   * `auto` (the default) starts the worker at the first burst on a machine with two cores or more, so that
   * a quiet desk or a test never pays for it; `always` from the start; `never` keeps everything on this thread.
   */
  prepareWorker?: 'auto' | 'always' | 'never';
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
  /** How many batches were judged on the preparing worker and how many on this thread. */
  readonly judged: { readonly onWorker: number; readonly here: number };
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
  const workerMode = opts.prepareWorker ?? 'auto';
  let worker: PreparingWorker | undefined;
  const judged = { onWorker: 0, here: 0 };

  const settle = () => {
    if (waiting.length === 0 || paused || closed) {
      const waiters = idle;
      idle = [];
      for (const w of waiters) w();
    }
  };

  /** How the batch of `size` items is judged: on the worker once it is ready, else on this thread. */
  const judging = (size: number): PrepareMany | undefined => {
    if (!worker && (workerMode === 'always' || (workerMode === 'auto' && size >= BURST_BATCH && availableParallelism() > 1))) {
      worker = startPreparingWorker(ctx);
    }
    const w = worker;
    if (!w?.ready) {
      judged.here += 1;
      intakeBatchesJudgedTotal.inc({ on: 'main' });
      return undefined;
    }
    return async (payloads) => {
      try {
        const out = await w.prepareMany(payloads);
        judged.onWorker += 1;
        intakeBatchesJudgedTotal.inc({ on: 'worker' });
        return out;
      } catch {
        // The worker could not (stopped, another model): judged here, exactly as without it.
        judged.here += 1;
        intakeBatchesJudgedTotal.inc({ on: 'main' });
        return payloads.map((p) => prepareSafely(ctx, p));
      }
    };
  };

  /**
   * Takes the next batch from the queue and reads its payloads; the judging it starts is not awaited here
   * (on the worker it runs while this thread writes the batch before). Never rejects: a failure is the value.
   */
  const takeNext = async (linger: boolean): Promise<{ ids: number[]; read: Promise<ReadBatch | Error> }> => {
    // A batch that is not full waits a moment for the deliveries already on their way.
    if (linger && waiting.length < batchMax && lingerMs > 0) await new Promise((r) => setTimeout(r, lingerMs));
    const ids = waiting.splice(0, batchMax);
    const failed = (err: unknown) => (err instanceof Error ? err : new Error('the batch could not be read'));
    try {
      const rows = await loadPendingRows(ctx, ids);
      return { ids, read: judgeRows(ctx, rows, judging(rows.length)).catch(failed) };
    } catch (err) {
      return { ids, read: Promise.resolve(failed(err)) };
    }
  };

  const run = async () => {
    let next: { ids: number[]; read: Promise<ReadBatch | Error> } | undefined;
    while (!paused && !closed && (next !== undefined || waiting.length > 0)) {
      const current = next ?? (await takeNext(true));
      next = undefined;
      const read = await current.read;
      if (paused || closed) {
        // Not carried: back at the head of the queue for a resume (still pending in the database).
        if (!closed) waiting.unshift(...current.ids);
        break;
      }
      // The next batch is read now, before this one's transaction holds the connection, and judged
      // (on the worker when it runs) while this one is written.
      if (waiting.length > 0) next = await takeNext(false);
      try {
        if (read instanceof Error) throw read;
        await carryBatch(ctx, read, onProcessed);
      } catch (err) {
        for (const id of current.ids) opts.onError?.(id, err);
      }
      for (const id of current.ids) pushedAt.delete(id);
    }
    if (next && !closed) waiting.unshift(...next.ids);
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
      await worker?.close();
      settle();
    },
    get size() {
      return waiting.length;
    },
    get judged() {
      return { ...judged };
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
