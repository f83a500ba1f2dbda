import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { unitListSchema } from './force.schema.js';

/** The force as public data: a citizen finds their station and its account here. */
export function forceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/units',
      {
        schema: {
          tags: ['units'],
          summary: "The force's name and units: commissionerate, zones, stations",
          response: { 200: unitListSchema },
        },
      },
      async () => ({ city: ctx.city.id, name: ctx.city.name, units: ctx.city.units }),
    );

    app.get(
      '/api/units/jurisdictions',
      {
        schema: {
          tags: ['units'],
          summary: 'Station jurisdictions as a GeoJSON FeatureCollection',
        },
      },
      async (_request, reply) => reply.type('application/geo+json').send(ctx.locator.jurisdictions()),
    );
  };
}
