/** The schema of GET /api/channels/health. */
import { z } from 'zod';

export const healthSchema = z.object({
  channels: z.array(
    z.object({
      channel: z.string(),
      lastPollAt: z.string().nullable(),
      lastInboundAt: z.string().nullable(),
      lastDeliveryAt: z.string().nullable(),
      lastActivityAt: z.string().nullable(),
      lagMs: z.number().nullable(),
      silentForMs: z.number().nullable(),
      silent: z.boolean(),
      lastError: z.string().nullable(),
      lastErrorAt: z.string().nullable(),
      errorCount: z.number(),
      outbox: z.object({ pending: z.number(), failed: z.number(), unconfirmed: z.number() }),
    }),
  ),
});
