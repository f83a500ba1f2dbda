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
