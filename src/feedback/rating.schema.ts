/** The tracking page's rating: request and response schemas. */
import { z } from 'zod';

export const ratingQuery = z.object({ token: z.string().min(10).max(100) });

export const ratingBody = z.object({
  token: z.string().min(10).max(100),
  score: z.number().int().min(1, 'score: a whole number from 1 to 5').max(5, 'score: a whole number from 1 to 5'),
  word: z.string().trim().max(40, 'word: at most 40 characters').optional(),
});

export const trackingRatingSchema = z.object({
  reference: z.string(),
  /** Whether the report may be rated now (closed, not yet rated, the question not expired). */
  canRate: z.boolean(),
  score: z.number().nullable(),
  word: z.string().nullable(),
});

export const ratedSchema = z.object({ reference: z.string(), score: z.number() });
