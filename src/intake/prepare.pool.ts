/**
 * Intake's second core. In a burst the main thread spends about a third of an item's time judging and
 * placing it (prepare.ts) and the rest writing it; a worker thread judges the next batch while the main
 * thread writes the one before, so that a burst clears about 40% faster on two cores (BENCHMARKS.md).
 * Anything the worker cannot do (not started yet, stopped, another model or a locator it cannot rebuild)
 * is done on the main thread as before, so the worker only ever changes how fast, never what.
 */
import { Worker } from 'node:worker_threads';
import type { CityData } from '../geo/city.js';
import { locatorInputs, type LocatorOptions } from '../geo/locator.js';
import type { AppContext } from '../context.js';
import type { Prepared } from './prepare.js';

export type PrepareRequest = { kind: 'engines'; city: CityData; opts: LocatorOptions } | { kind: 'prepare'; id: number; payloads: readonly string[] };
export type PrepareReply =
  | { kind: 'ready'; version: string }
  | { kind: 'prepared'; id: number; version: string; out: Prepared[] }
  | { kind: 'failed'; id: number; error: string };

export interface PreparingWorker {
  /** True once the worker has loaded the main thread's model and can take batches. */
  readonly ready: boolean;
  /** True once it will take no more (closed, failed, or it loaded another model than the main thread's). */
  readonly stopped: boolean;
  /** Judges payloads on the worker; rejects when it cannot (the caller then judges them itself). */
  prepareMany(payloads: readonly string[]): Promise<Prepared[]>;
  close(): Promise<void>;
}

/**
 * How the worker is started: the compiled file next to this one; or, from the TypeScript source (tsx,
 * vitest), a small script that registers tsx's hooks in the worker and then imports the source (a worker
 * does not inherit its parent's loader, and Node 20 does not apply `--import tsx` to a worker's entry).
 */
function workerStart(): { entry: URL | string; eval: boolean } {
  const url = new URL(import.meta.url.endsWith('.ts') ? './prepare.worker.ts' : './prepare.worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return { entry: url, eval: false };
  const tsx = import.meta.resolve('tsx/esm/api');
  return { entry: `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`, eval: true };
}

/** Starts the worker for this context's engines. */
export function startPreparingWorker(ctx: Pick<AppContext, 'triager' | 'locator' | 'config'>): PreparingWorker {
  const start = workerStart();
  const worker = new Worker(start.entry, { eval: start.eval, workerData: { triageModel: ctx.config.triageModel } });
  // Never what keeps a process alive: a process that ends mid-batch loses nothing (the items stay pending).
  worker.unref();
  let ready = false;
  let stopped = false;
  let nextId = 1;
  let sentLocator: object | undefined;
  const waiting = new Map<number, { resolve: (out: Prepared[]) => void; reject: (err: Error) => void }>();
  const stop = (why: string) => {
    stopped = true;
    ready = false;
    for (const w of waiting.values()) w.reject(new Error(why));
    waiting.clear();
  };
  worker.on('message', (m: PrepareReply) => {
    if (m.kind === 'ready') {
      // Another model than the main thread's (a test's own triager, a model swapped since): never used.
      if (m.version === ctx.triager.version) ready = true;
      else {
        stop('the worker loaded another triage model');
        void worker.terminate();
      }
      return;
    }
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (!w) return;
    if (m.kind === 'failed') w.reject(new Error(m.error));
    else if (m.version !== ctx.triager.version) w.reject(new Error('the worker judged with another triage model'));
    else w.resolve(m.out);
  });
  worker.on('error', () => stop('the preparing worker failed'));
  worker.on('exit', () => stop('the preparing worker stopped'));
  return {
    get ready() {
      return ready && !stopped;
    },
    get stopped() {
      return stopped;
    },
    prepareMany(payloads) {
      if (!ready || stopped) return Promise.reject(new Error('the preparing worker is not ready'));
      const locator = ctx.locator;
      if (locator !== sentLocator) {
        const inputs = locatorInputs(locator);
        if (!inputs) return Promise.reject(new Error('the locator cannot be rebuilt on the worker'));
        // Before the batch, in the same channel: the worker places this batch with the city as it is now.
        worker.postMessage({ kind: 'engines', city: inputs.city, opts: inputs.opts } satisfies PrepareRequest);
        sentLocator = locator;
      }
      const id = nextId++;
      return new Promise<Prepared[]>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ kind: 'prepare', id, payloads } satisfies PrepareRequest);
      });
    },
    async close() {
      stop('the preparing worker was closed');
      await worker.terminate();
    },
  };
}
