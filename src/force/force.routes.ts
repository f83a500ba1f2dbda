import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';

const unitSchema = z.object({
  id: z.string(),
  kind: z.string(),
  parent: z.string().nullable(),
  nameEn: z.string(),
  nameLocal: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  xHandle: z.string().nullable(),
  status: z.string(),
});

/** The force as public data: a citizen finds their station and its account here. */
export function forceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/units',
      {
        schema: {
          tags: ['units'],
          summary: "The force's units: commissionerate, zones, stations",
          response: { 200: z.object({ city: z.string(), units: z.array(unitSchema) }) },
        },
      },
      async () => ({ city: ctx.city.id, units: ctx.city.units }),
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
