/** The public tracking page's rating of a closed report (the holder of its tracking link). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { ratedSchema, ratingBody, ratingQuery, trackingRatingSchema } from './rating.schema.js';
import { rateOnWeb, trackingRating } from './rating.service.js';

const referenceParams = z.object({ reference: z.string().min(3).max(40) });

export function ratingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/public/reports/:reference/rating',
      {
        schema: {
          tags: ['public'],
          summary: 'Whether a closed report may be rated on its tracking page, and the rating given',
          params: referenceParams,
          querystring: ratingQuery,
          response: { 200: trackingRatingSchema },
        },
      },
      async (request) => trackingRating(ctx.store.db, ctx.now(), request.params.reference, request.query.token),
    );

    app.post(
      '/api/public/reports/:reference/rating',
      {
        schema: {
          tags: ['public'],
          summary: 'The citizen rates the response to their closed report, 1 to 5 and a word; once, within days of its closing (409 otherwise)',
          params: referenceParams,
          body: ratingBody,
          response: { 201: ratedSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await rateOnWeb(ctx, request.params.reference, request.body)),
    );
  };
}
