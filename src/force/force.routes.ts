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
          summary: "The force's name and units: commissionerate, zones, stations",
          response: {
            200: z.object({
              city: z.string(),
              /** The force's name in each language of the app (the city's `city.json`). */
              name: z.object({ en: z.string(), hi: z.string(), mr: z.string() }),
              units: z.array(unitSchema),
            }),
          },
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
