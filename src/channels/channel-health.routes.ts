/** GET /api/channels/health: how each configured channel is doing, for logged-in officers. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.js';
import { healthSchema } from './channel-health.schema.js';
import { describeChannelHealth } from './channel-health.service.js';

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
