/**
 * The preparing worker of intake (prepare.pool.ts): judges and places the payloads of the next batch while
 * the main thread writes the batch before. It builds the same engines as the main thread, from the same
 * model file and from the city and options the main thread's locator was built from, and does no I/O
 * besides reading the model once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CityData } from '../geo/city.js';
import { createLocator, type LocatorOptions } from '../geo/locator.js';
import { createTriager } from '../triage/triager.load.js';
import { prepareSafely, type PrepareEngines } from './prepare.js';
import type { PrepareReply, PrepareRequest } from './prepare.pool.js';

const port = parentPort;
if (!port) throw new Error('prepare.worker.ts runs as a worker thread only');
const triager = createTriager((workerData as { triageModel?: string }).triageModel);
let engines: PrepareEngines | undefined;

port.on('message', (m: PrepareRequest) => {
  if (m.kind === 'engines') {
    const { city, opts } = m as { city: CityData; opts: LocatorOptions };
    engines = { triager, locator: createLocator(city, opts) };
    return;
  }
  let reply: PrepareReply;
  try {
    if (!engines) throw new Error('the worker was given no city');
    const current = engines;
    reply = { kind: 'prepared', id: m.id, version: triager.version, out: m.payloads.map((p) => prepareSafely(current, p)) };
  } catch (err) {
    reply = { kind: 'failed', id: m.id, error: err instanceof Error ? err.message : 'unknown error' };
  }
  port.postMessage(reply);
});
port.postMessage({ kind: 'ready', version: triager.version } satisfies PrepareReply);
