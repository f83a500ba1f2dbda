/**
 * A photo for a report on the public form: uploaded on its own (POST /api/public/reports/photos, the raw
 * JPEG or PNG, at most 5 MB), its EXIF GPS read as a pin the form offers as the report's place, and kept
 * without its metadata (GPS, camera, owner, time), content-addressed. The answer's `photo` (a SHA-256)
 * goes into the report's `photos`; the attachment worker then puts it on the ticket like any channel's.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { sniffType } from '../../media/media.model.js';
import { putMedia } from '../../media/media.store.js';
import { readJpegGps, stripJpegMetadata, stripPngMetadata } from '../../media/photo-metadata.js';

/** A phone camera's photo fits; a larger file is refused with 413 before it is read. */
export const WEBFORM_PHOTO_MAX_BYTES = 5 * 1024 * 1024;

export const photoAnswerSchema = z.object({
  /** The photo's id for the report's `photos`: the SHA-256 of what Chowki keeps (metadata removed). */
  photo: z.string(),
  /** Where the photo says it was taken (its EXIF GPS), for the form to offer as the place. */
  pin: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  bytes: z.number(),
});

export function webformPhotoRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const limit = Math.min(WEBFORM_PHOTO_MAX_BYTES, ctx.config.media.maxBytes);
    app.addContentTypeParser(['image/jpeg', 'image/png'], { parseAs: 'buffer', bodyLimit: limit }, (_req, body, done) => done(null, body));
    app.post(
      '/api/public/reports/photos',
      {
        bodyLimit: limit,
        config: { rateLimit: { max: 30, timeWindow: '1 hour' } },
        schema: {
          tags: ['public'],
          summary: "A photo for a report (image/jpeg or image/png body, 5 MB at most): its GPS read as a pin, kept without metadata; put its id in the report's photos",
          response: { 201: photoAnswerSchema },
        },
      },
      async (request, reply) => {
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0) throw new AppError('VALIDATION_FAILED', 'body: send the photo itself as image/jpeg or image/png');
        const type = sniffType(body);
        if (type !== 'image/jpeg' && type !== 'image/png') throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'body: the file is not a JPEG or PNG photo');
        const pin = type === 'image/jpeg' ? readJpegGps(body) : undefined;
        const kept = type === 'image/jpeg' ? stripJpegMetadata(body) : stripPngMetadata(body);
        const photo = await putMedia(ctx.config.media, kept);
        return reply.status(201).send({ photo, pin: pin ?? null, bytes: kept.length });
      },
    );
  };
}
