import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.js';
import { codeList, rowId } from '../http/query.js';
import { CATEGORIES, PRIORITIES } from '../triage/triage.types.js';
import { TICKET_STATUSES } from './ticket.model.js';
import { getTicket, listTickets } from './ticket.service.js';

export const ticketSummarySchema = z.object({
  id: z.number(),
  reference: z.string(),
  status: z.string(),
  category: z.string(),
  priority: z.string(),
  language: z.string(),
  flags: z.array(z.string()),
  station: z.string().nullable(),
  zone: z.string().nullable(),
  place: z.object({
    id: z.string().nullable(),
    name: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    method: z.string(),
    confidence: z.number(),
  }),
  channel: z.string(),
  assigneeId: z.number().nullable(),
  summary: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const ticketDetailSchema = ticketSummarySchema.extend({
  access: z.enum(['read', 'act']),
  reasons: z.object({ triage: z.array(z.string()), routing: z.array(z.string()) }),
  contact: z.object({ name: z.string().nullable(), phone: z.string().nullable(), channel: z.string() }).nullable(),
  messages: z.array(
    z.object({
      id: z.number(),
      direction: z.string(),
      channel: z.string(),
      text: z.string(),
      author: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  audit: z.array(z.object({ id: z.number(), action: z.string(), actor: z.string(), details: z.unknown(), createdAt: z.string() })),
});

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

    app.get(
      '/api/tickets/:id',
      {
        schema: {
          tags: ['tickets'],
          summary: 'One ticket with its conversation and audit trail',
          params: z.object({ id: rowId }),
          response: { 200: ticketDetailSchema },
        },
      },
      async (request) => {
        const actor = await requireActor(ctx.store.db, request);
        return getTicket(ctx.store.db, actor, request.params.id);
      },
    );
  };
}
