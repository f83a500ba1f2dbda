/** The timer that turns an unanswered welfare check-in into a ticket for the beat officer once it is due. */
import type { AppContext } from '../context.js';
import { sweepMissedCheckins } from './community.service.js';

const CHECKIN_TICK_MS = 60_000;

/** Starts the check-in sweep; returns its stop. A failed tick is reported and tried again at the next. */
export function startCheckinSweep(ctx: AppContext, onError: (err: unknown) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    // A sweep that outlasts its interval is not started twice in one process.
    if (running) return;
    running = true;
    sweepMissedCheckins(ctx)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, CHECKIN_TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
