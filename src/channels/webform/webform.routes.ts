/** The public web form: a channel like the others, whose citizen gets a reference at once. */
import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { ingest } from '../../intake/intake.service.js';
import { REFERENCE_PATTERN } from '../../tickets/ticket.model.js';
import { getPublicReport } from '../../tickets/ticket.service.js';

const reportBody = z.object({
  text: z.string().trim().min(3, 'write at least a few words about what happened').max(5000),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  name: z.string().trim().max(200).optional(),
  phone: z
    .string()
    .trim()
    .max(20)
    .regex(/^\+?[0-9 -]{6,20}$/, 'use digits, spaces or dashes, with an optional leading +')
    .optional(),
  /** A key the browser makes per report, so that a double submit opens one ticket. */
  clientId: z.string().min(8).max(100).optional(),
});

export function trackingUrl(ctx: AppContext, reference: string, token: string): string {
  const path = `/track/${encodeURIComponent(reference)}?token=${encodeURIComponent(token)}`;
  return ctx.config.publicUrl ? new URL(path, ctx.config.publicUrl).toString() : path;
}

export function webformRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/public/reports',
      {
        schema: {
          tags: ['public'],
          summary: 'A citizen reports to the police; answers with a reference and a tracking link',
          body: reportBody,
          response: {
            201: z.object({ reference: z.string(), trackingUrl: z.string(), token: z.string() }),
            200: z.object({ reference: z.string().nullable(), duplicate: z.literal(true) }),
          },
        },
      },
      async (request, reply) => {
        const b = request.body;
        if ((b.lat === undefined) !== (b.lon === undefined)) {
          throw new AppError('VALIDATION_FAILED', 'lat, lon: give both or neither');
        }
        const outcome = await ingest(ctx, {
          channel: 'web',
          externalId: b.clientId ?? randomBytes(12).toString('base64url'),
          text: b.text,
          author: {
            id: `web:${randomBytes(9).toString('base64url')}`,
            ...(b.name ? { name: b.name } : {}),
            ...(b.phone ? { phone: b.phone } : {}),
          },
          ...(b.lat !== undefined && b.lon !== undefined ? { geo: { lat: b.lat, lon: b.lon } } : {}),
        });
        if (!outcome.trackingToken || !outcome.reference) {
          return reply.status(200).send({ reference: outcome.reference, duplicate: true });
        }
        return reply.status(201).send({
          reference: outcome.reference,
          trackingUrl: trackingUrl(ctx, outcome.reference, outcome.trackingToken),
          token: outcome.trackingToken,
        });
      },
    );

    app.get(
      '/api/public/reports/:reference',
      {
        schema: {
          tags: ['public'],
          summary: "A report's status, with no personal data",
          params: z.object({ reference: z.string().regex(REFERENCE_PATTERN, 'looks like NGP-2026-000042') }),
          querystring: z.object({ token: z.string().min(10).max(100) }),
          response: {
            200: z.object({
              reference: z.string(),
              status: z.string(),
              category: z.string(),
              priority: z.string(),
              station: z
                .object({ id: z.string(), name: z.string(), nameLocal: z.string(), xHandle: z.string().nullable() })
                .nullable(),
              createdAt: z.string(),
              updatedAt: z.string(),
              outcome: z.string().nullable(),
            }),
          },
        },
      },
      async (request) => getPublicReport(ctx.store.db, request.params.reference, request.query.token),
    );
  };
}
