/** A tiny HTTP server on 127.0.0.1 and a random port, for the provider emulators. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeServer {
  url: string;
  close(): Promise<void>;
}

export type FakeHandler = (req: IncomingMessage, body: Buffer, res: ServerResponse, url: URL) => void | Promise<void>;

export async function startFakeServer(handler: FakeHandler): Promise<FakeServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      Promise.resolve(handler(req, Buffer.concat(chunks), res, url)).catch((err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: String(err) }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Whether one more send fits a limit of `perSecond` in any sliding second (the times of the sends it let through). */
export function slidingSecond(perSecond: number | undefined): () => boolean {
  const times: number[] = [];
  let head = 0;
  return () => {
    if (!perSecond) return true;
    const now = performance.now();
    while (head < times.length && (times[head] ?? 0) <= now - 1000) head++;
    if (times.length - head >= perSecond) return false;
    times.push(now);
    if (head > 4096) {
      times.splice(0, head);
      head = 0;
    }
    return true;
  };
}
