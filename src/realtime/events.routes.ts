/** Server-Sent Events: the desk's live queue, scoped like /api/tickets. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.js';
import { sseClients } from '../metrics/metrics.js';

const HEARTBEAT_MS = 20_000;

export function eventRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/events',
      { schema: { tags: ['tickets'], summary: 'A text/event-stream of desk events the officer may see' } },
      async (request, reply) => {
        const actor = await requireActor(ctx.store.db, request);
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        res.write('retry: 2000\n: connected\n\n');
        sseClients.inc();
        const unsubscribe = ctx.bus.subscribe((event) => {
          if (!event.units.includes(actor.unitId)) return;
          res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
        });
        const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
        heartbeat.unref();
        let open = true;
        const close = () => {
          if (!open) return;
          open = false;
          sseClients.dec();
          clearInterval(heartbeat);
          unsubscribe();
        };
        request.raw.on('close', close);
        res.on('error', close);
      },
    );
  };
}
