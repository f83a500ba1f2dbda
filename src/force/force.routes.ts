import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { loadStationContacts } from '../geo/city.load.js';
import { locateAnswerSchema, locateQuery, unitListSchema } from './force.schema.js';

/** A name read at least this surely is given as the answer; below it, the citizen is asked to check. */
const SURE_CONFIDENCE = 0.8;

/** The force as public data: a citizen finds their station and its account here. */
export function forceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Read and checked once at start: a mistake in the file stops the start with its line and field named.
    const contacts = loadStationContacts(ctx.config.cityDir, ctx.city.units);
    const { whatsapp, telegram } = ctx.config.channels;
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

    app.get(
      '/api/public/locate',
      {
        schema: {
          tags: ['public'],
          summary:
            'Find your station: the station a locality, landmark or station name (any script or spelling) or a point belongs to, ' +
            "by the same rules as a report, with its zone, X account, phone and chats as the force lists them, how sure, and the force's own channels and 112",
          querystring: locateQuery,
          response: { 200: locateAnswerSchema },
        },
      },
      async (request) => {
        const { q, lat, lon } = request.query;
        const placement = ctx.locator.locate({ text: q ?? '', ...(lat !== undefined && lon !== undefined ? { geo: { lat, lon } } : {}) });
        const unitsById = new Map(ctx.city.units.map((u) => [u.id, u]));
        const named = (id: string | null) => {
          const u = id ? unitsById.get(id) : undefined;
          return u ? { id: u.id, name: u.nameEn, nameLocal: u.nameLocal } : null;
        };
        const station = placement.station ? unitsById.get(placement.station) : undefined;
        const areas = new Set(ctx.locator.jurisdictions().features.map((f) => f.properties.station));
        const place = placement.place;
        const method = place?.method ?? 'none';
        const own = station ? contacts.get(station.id) : undefined;
        const root = ctx.city.units.find((u) => u.kind === 'commissionerate');
        return {
          station: station
            ? {
                id: station.id,
                name: station.nameEn,
                nameLocal: station.nameLocal,
                xHandle: station.xHandle,
                zone: named(placement.zone),
                hasArea: areas.has(station.id),
                contacts: { phone: own?.phone ?? null, whatsapp: own?.whatsapp ?? null, telegram: own?.telegram ?? null },
              }
            : null,
          force: {
            whatsapp: whatsapp?.publicNumber ?? null,
            telegram: telegram?.botUsername ?? null,
            xHandle: root?.xHandle ?? null,
            emergency: '112' as const,
          },
          place: { name: method === 'gazetteer' || method === 'handle' ? (place?.name ?? null) : null, method, confidence: place?.confidence ?? 0 },
          sure: station !== undefined && (method === 'pin' || (place?.confidence ?? 0) >= SURE_CONFIDENCE),
        };
      },
    );
  };
}
