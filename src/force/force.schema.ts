/** The force's public API schemas: the web takes its types from these with z.infer. */
import { z } from 'zod';

export const unitSchema = z.object({
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

export const unitListSchema = z.object({
  city: z.string(),
  /** The force's name in each language of the app (the city's `city.json`). */
  name: z.object({ en: z.string(), hi: z.string(), mr: z.string() }),
  units: z.array(unitSchema),
});

export const locateQuery = z
  .object({
    /** A locality, landmark or station, in any script or spelling. */
    q: z.string().trim().min(2, 'write at least two letters of a place').max(200).optional(),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
  })
  .refine((v) => (v.lat === undefined) === (v.lon === undefined), { message: 'give both lat and lon, or neither', path: ['lat'] })
  .refine((v) => v.q !== undefined || v.lat !== undefined, { message: 'give a place (q) or a point (lat, lon)', path: ['q'] });

const namedUnitSchema = z.object({ id: z.string(), name: z.string(), nameLocal: z.string() });

/** The station a place or point belongs to, by the same rules as a report, and how sure that is. */
export const locateAnswerSchema = z.object({
  station: namedUnitSchema
    .extend({
      xHandle: z.string().nullable(),
      zone: namedUnitSchema.nullable(),
      /** Whether the station has an area on the map (a station without a known point has none). */
      hasArea: z.boolean(),
      /** The station's own phone, WhatsApp and Telegram as the force lists them (station-contacts.csv); null when not listed. */
      contacts: z.object({ phone: z.string().nullable(), whatsapp: z.string().nullable(), telegram: z.string().nullable() }),
    })
    .nullable(),
  /**
   * How to reach the force whatever the station: the WhatsApp number and Telegram bot Chowki itself listens
   * on (null unless that channel is configured with its public number or username), the force's X account,
   * and the emergency number.
   */
  force: z.object({
    whatsapp: z.string().nullable(),
    telegram: z.string().nullable(),
    xHandle: z.string().nullable(),
    emergency: z.literal('112'),
  }),
  /** What decided: a named place (its English name), a point, or nothing found. */
  place: z.object({ name: z.string().nullable(), method: z.enum(['gazetteer', 'pin', 'handle', 'none']), confidence: z.number() }),
  /** True when the place was read with confidence (a point, or a name read surely); false: check the place. */
  sure: z.boolean(),
});
