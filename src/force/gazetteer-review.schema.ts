/** The schemas of the gazetteer review routes. */
import { z } from 'zod';

export const suggestionSchema = z.object({
  id: z.number(),
  words: z.string(),
  placeId: z.string().nullable(),
  placeName: z.string(),
  station: z.string().nullable(),
  ticketId: z.number().nullable(),
  status: z.string(),
  createdAt: z.string(),
});
