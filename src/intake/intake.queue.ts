/**
 * The small in-process queue behind webhooks and pollers: they store an item and answer at
 * once; the item is carried through here, one at a time, after the answer. The database is the
 * real queue: whatever this one holds when the process dies is still `pending` and is picked up
 * by processPending at the next start.
 */
import { processInbound, type IntakeContext } from './intake.service.js';

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
export function createIntakeQueue(ctx: IntakeContext, onError?: (inboundId: number, err: unknown) => void): IntakeQueue {
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
    while (!paused && !closed) {
      const id = waiting.shift();
      if (id === undefined) break;
      try {
        await processInbound(ctx, id);
      } catch (err) {
        onError?.(id, err);
      }
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
      await active;
      settle();
    },
    get size() {
      return waiting.length;
    },
  };
}
