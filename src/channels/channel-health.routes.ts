/** GET /api/channels/health: how each configured channel is doing, for logged-in officers. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.js';
import { describeChannelHealth } from './channel-health.service.js';

const healthSchema = z.object({
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

export function channelHealthRoutes(ctx: AppContext, channelNames: readonly string[]): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/channels/health',
      {
        schema: {
          tags: ['ops'],
          summary: 'Per channel: last poll, message and delivery, lag, errors and what waits in the outbox',
          response: { 200: healthSchema },
        },
      },
      async (request) => {
        await requireActor(ctx.store.db, request);
        return { channels: await describeChannelHealth(ctx, channelNames) };
      },
    );
  };
}
