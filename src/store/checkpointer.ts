/**
 * WAL checkpoints of an SQLite file, off the main thread. SQLite copies the write-ahead log back into the
 * database file (and syncs it) in whichever commit crosses `wal_autocheckpoint` pages: in intake that was
 * one batch commit in four taking 20 ms instead of 2, and the webhook whose insert landed there waited for
 * it. A worker thread with its own connection checkpoints passively every `intervalMs` instead, which never
 * blocks a writer; the main connection keeps a high `wal_autocheckpoint` as a safety net should the worker
 * stop.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);
/** Resolved here, so that the worker loads the same better-sqlite3 whatever its working directory. */
const SQLITE_MODULE = require.resolve('better-sqlite3');

// Plain CommonJS, evaluated in the worker: no build step or loader needed under tsx, vitest or node.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or locked: the next tick tries again, and the main connection's own limit still holds.
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Checkpoints once more and stops; resolves when the worker has closed its connection. */
  stop(): Promise<void>;
}

/** Starts checkpointing `file` (already in WAL mode) every `intervalMs`. */
export function startCheckpointer(file: string, intervalMs = 500): Checkpointer {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module: SQLITE_MODULE, file, intervalMs } });
  // It must not keep a process alive that has nothing else to do: a process that ends without stopping it
  // loses nothing (a checkpoint copies what the log already holds durably).
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('error', () => undefined);
  return {
    async stop() {
      // Held by the worker until it has closed its connection: an unreferenced worker would let the
      // process end here, in the middle of a close that someone awaits.
      worker.ref();
      worker.postMessage('stop');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, 2_000)))]);
      clearTimeout(timer);
      await worker.terminate();
    },
  };
}
