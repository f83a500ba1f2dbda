import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rowId } from '../http/query.js';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.js';
import { suggestionSchema } from './gazetteer-review.schema.js';
import { listSuggestions, REVIEWER_ROLES, reviewSuggestion } from './gazetteer-review.service.js';

/** Review of spellings that officers' place corrections suggested. */
export function gazetteerReviewRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/gazetteer/suggestions',
      {
        schema: {
          tags: ['units'],
          summary: 'Spellings suggested by officers\' place corrections, for review',
          querystring: z.object({ status: z.enum(['pending', 'approved', 'rejected']).default('pending') }),
          response: { 200: z.object({ items: z.array(suggestionSchema) }) },
        },
      },
      async (request) => {
        await requireActor(ctx.store.db, request, REVIEWER_ROLES);
        return { items: await listSuggestions(ctx, request.query.status) };
      },
    );

    app.post(
      '/api/gazetteer/suggestions/:id/:decision',
      {
        schema: {
          tags: ['units'],
          summary: 'Approve (the spelling joins the place and routes from now on) or reject a suggestion',
          params: z.object({ id: rowId, decision: z.enum(['approve', 'reject']) }),
          response: { 200: z.object({ id: z.number(), status: z.string(), variantAdded: z.boolean() }) },
        },
      },
      async (request) => {
        const actor = await requireActor(ctx.store.db, request, REVIEWER_ROLES);
        return reviewSuggestion(ctx, actor, request.params.id, request.params.decision);
      },
    );
  };
}
