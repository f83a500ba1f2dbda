/** The desk's clocks in a running server: SLA escalation and duty changes, each on its own interval. */
import type { AppContext } from '../context.js';
import { slaBreachesTotal } from '../metrics/metrics.js';
import { runDutyTick } from './roster.service.js';
import { runSlaTick } from './sla.service.js';

const SLA_TICK_MS = 30_000;
const DUTY_TICK_MS = 60_000;

/** Starts both ticks; both are idempotent, so overlapping processes or a slow tick do no harm. Returns a stop function. */
export function startDeskWorkers(ctx: AppContext, onError: (what: string, err: unknown) => void): () => void {
  let running = { sla: false, duty: false };
  const guard = (what: 'sla' | 'duty', tick: () => Promise<unknown>) => async () => {
    // A tick that outlasts its interval is not started twice in one process.
    if (running[what]) return;
    running = { ...running, [what]: true };
    try {
      await tick();
    } catch (err) {
      onError(what, err);
    } finally {
      running = { ...running, [what]: false };
    }
  };
  const sla = setInterval(guard('sla', async () => slaBreachesTotal.inc(await runSlaTick(ctx))), SLA_TICK_MS);
  const duty = setInterval(guard('duty', () => runDutyTick(ctx)), DUTY_TICK_MS);
  sla.unref();
  duty.unref();
  return () => {
    clearInterval(sla);
    clearInterval(duty);
  };
}
