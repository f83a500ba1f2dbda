/** For tests that start real `chowki` processes: a free port, and waiting until a probe answers. */
import { createServer } from 'node:net';

/** A TCP port free on the loopback right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `probe` until it returns a value (a throw counts as not yet), or gives up after `ms`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 90_000, everyMs = 250): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
