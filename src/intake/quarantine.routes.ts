import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { rowId } from '../http/query.js';
import { requireActor } from '../http/session.js';
import { discardBodySchema, discardResultSchema, ignoredListSchema, quarantineListSchema, quarantineQuerySchema, retryResultSchema } from './quarantine.schema.js';
import { discardQuarantined, listIgnored, listQuarantined, QUARANTINE_ROLES, retryQuarantined } from './quarantine.service.js';

/** Inbound items that failed processing: seen, retried or discarded by the control room and admin. */
export function quarantineRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/intake/failed',
      {
        schema: {
          tags: ['intake'],
          summary: 'Inbound items that could not be processed, newest first, with the reason',
          querystring: quarantineQuerySchema,
          response: { 200: quarantineListSchema },
        },
      },
      async (request) => {
        await requireActor(ctx.store.db, request, QUARANTINE_ROLES);
        return listQuarantined(ctx, request.query.limit);
      },
    );

    app.get(
      '/api/intake/ignored',
      {
        schema: {
          tags: ['intake'],
          summary: 'Inbound items left out on purpose (retweets, contact cards, stickers), newest first, with the reason',
          querystring: quarantineQuerySchema,
          response: { 200: ignoredListSchema },
        },
      },
      async (request) => {
        await requireActor(ctx.store.db, request, QUARANTINE_ROLES);
        return listIgnored(ctx, request.query.limit);
      },
    );

    app.post(
      '/api/intake/failed/:id/retry',
      {
        schema: {
          tags: ['intake'],
          summary: 'Process a failed item again; it stays failed, with the new reason, if the cause remains',
          params: z.object({ id: rowId }),
          response: { 200: retryResultSchema },
        },
      },
      async (request) => {
        const actor = await requireActor(ctx.store.db, request, QUARANTINE_ROLES);
        const r = await retryQuarantined(ctx, actor, request.params.id);
        return { id: r.inboundId, status: r.status, ticketId: r.ticketId, reference: r.reference };
      },
    );

    app.post(
      '/api/intake/failed/:id/discard',
      {
        schema: {
          tags: ['intake'],
          summary: 'Discard a failed item: it is kept as stored, never processed',
          params: z.object({ id: rowId }),
          body: discardBodySchema,
          response: { 200: discardResultSchema },
        },
      },
      async (request) => {
        const actor = await requireActor(ctx.store.db, request, QUARANTINE_ROLES);
        await discardQuarantined(ctx, actor, request.params.id, request.body.reason);
        return { id: request.params.id, status: 'discarded' as const };
      },
    );
  };
}
