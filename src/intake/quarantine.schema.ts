/** The schemas of the failed-items API (quarantine.routes.ts): the web takes its types from these with z.infer. */
import { z } from 'zod';

export const quarantinedSchema = z.object({
  id: z.number(),
  channel: z.string(),
  receivedAt: z.string(),
  failedAt: z.string().nullable(),
  reason: z.string().describe('why processing failed; never the message itself'),
  preview: z.string().nullable().describe('the start of the message, personal data masked'),
});

/** An item left out on purpose (a retweet, a sticker): kept with its reason, for whoever audits what Chowki did not take. */
export const ignoredSchema = z.object({
  id: z.number(),
  channel: z.string(),
  receivedAt: z.string(),
  ignoredAt: z.string().nullable(),
  reason: z.string().describe("why it is not a report: 'not a report: retweet', 'cannot be read: contact'…"),
  preview: z.string().nullable().describe('the start of the message, personal data masked'),
});

export const ignoredListSchema = z.object({ items: z.array(ignoredSchema), total: z.number() });

export const quarantineQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

export const quarantineListSchema = z.object({ items: z.array(quarantinedSchema), total: z.number() });

export const retryResultSchema = z.object({ id: z.number(), status: z.string(), ticketId: z.number().nullable(), reference: z.string().nullable() });

export const discardBodySchema = z.object({ reason: z.string().trim().min(1).max(500) });

export const discardResultSchema = z.object({ id: z.number(), status: z.literal('discarded') });
