import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.js';
import { codeList } from '../http/query.js';
import { CATEGORIES, PRIORITIES } from '../triage/triage.types.js';
import { TICKET_STATUSES } from './ticket.model.js';
import { ticketSummarySchema } from './ticket.schema.js';
import { listTickets } from './ticket.service.js';

/** The desk's ticket API: only what the logged-in officer's unit may see. */
export function ticketRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/tickets',
      {
        schema: {
          tags: ['tickets'],
          summary: 'Tickets the officer may see, newest first',
          querystring: z.object({
            status: codeList(TICKET_STATUSES),
            priority: codeList(PRIORITIES),
            category: codeList(CATEGORIES),
            station: z.string().max(100).optional(),
            cursor: z.string().max(200).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: z.object({ items: z.array(ticketSummarySchema), nextCursor: z.string().nullable() }) },
        },
      },
      async (request) => {
        const actor = await requireActor(ctx.store.db, request);
        return listTickets(ctx.store.db, actor, request.query);
      },
    );
  };
}
