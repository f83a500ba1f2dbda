/**
 * The tracking page's API: one answer holds the whole view a citizen may see of their own report
 * (status, station, their own words, the police's public replies, the timeline), so the web takes its
 * types from here (z.infer, type-only) and never copies them.
 */
import { z } from 'zod';
import { OUTCOMES, REFERENCE_PATTERN, TICKET_STATUSES } from '../../tickets/ticket.model.js';

export const referenceParams = z.object({ reference: z.string().regex(REFERENCE_PATTERN, 'looks like NGP-2026-000042') });
export const tokenQuery = z.object({ token: z.string().min(10).max(100) });

const stationSchema = z.object({ id: z.string(), name: z.string(), nameLocal: z.string(), xHandle: z.string().nullable() });

/** One message of the conversation: the citizen's own words, or a public reply of the police. */
export const trackedMessageSchema = z.object({
  from: z.enum(['you', 'police']),
  text: z.string(),
  at: z.string(),
  /** How many photos the citizen sent with it (the photos themselves are for the police only). */
  photos: z.number().int(),
});

/** One step of the report's life, with no officer's name or reason: what changed and when. */
export const timelineEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('received'), at: z.string() }),
  z.object({ kind: z.literal('status'), at: z.string(), status: z.enum(TICKET_STATUSES), outcome: z.enum(OUTCOMES).nullable() }),
  z.object({ kind: z.literal('station'), at: z.string(), station: stationSchema.nullable() }),
  z.object({ kind: z.literal('merged'), at: z.string() }),
]);

export const trackingViewSchema = z.object({
  reference: z.string(),
  status: z.enum(TICKET_STATUSES),
  /** Whether the citizen may still add to it (an open report). */
  open: z.boolean(),
  category: z.string(),
  priority: z.string(),
  station: stationSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  outcome: z.enum(OUTCOMES).nullable(),
  messages: z.array(trackedMessageSchema),
  timeline: z.array(timelineEntrySchema),
});

/** At most this many photos with one addition, as with the report itself. */
export const FOLLOW_UP_MAX_PHOTOS = 3;

export const followUpBody = z
  .object({
    token: z.string().min(10).max(100),
    /** Words, or nothing when the addition is photos alone. */
    text: z.string().trim().max(5000).default(''),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    /** Photos uploaded first (POST /api/public/reports/photos): their ids, at most three. */
    photos: z
      .array(z.string().regex(/^[0-9a-f]{64}$/, 'a photo id from POST /api/public/reports/photos'))
      .max(FOLLOW_UP_MAX_PHOTOS, `at most ${FOLLOW_UP_MAX_PHOTOS} photos at a time`)
      .default([]),
    /** A key the browser makes per message: a retry stores it once. */
    clientId: z.string().min(8).max(100).optional(),
  })
  .refine((b) => b.text.length >= 3 || b.photos.length > 0, { message: 'write at least a few words, or add a photo', path: ['text'] });

export const followUpAnswerSchema = z.object({ reference: z.string(), added: z.literal(true) });
