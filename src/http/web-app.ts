/**
 * Serving the built web app (dist/web): its hashed files under /assets/ never change, so browsers keep
 * them a year without asking; index.html names the current ones, so it is revalidated every time.
 * Files are compressed on the way out (the API's answers are not: they are small, and compressing
 * secrets next to reflected text invites BREACH). Source maps are built for debugging but never served.
 */
import { join, resolve, sep } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Paths that belong to the server, never to the web app's files. */
export function isServerPath(path: string): boolean {
  return path.startsWith('/api/') || path === '/api' || path.startsWith('/webhooks/') || path === '/healthz';
}

/** Registers the web app's files on the app; call after every API route. */
export async function serveWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  const root = resolve(webDir);
  const assets = join(root, 'assets') + sep;
  // Compression for the file routes only: the hook runs for each route @fastify/static adds below.
  app.addHook('onRoute', (route) => {
    if (!isServerPath(route.url ?? route.path)) route.compress = route.compress ?? {};
  });
  await app.register(fastifyCompress, { global: false, encodings: ['br', 'gzip'] });
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ['index.html'],
    cacheControl: false,
    allowedPath: (pathname) => !pathname.endsWith('.map'),
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.startsWith(assets) ? IMMUTABLE : 'no-cache');
    },
  });
}
