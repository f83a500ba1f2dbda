/** The public web form: a channel like the others, whose citizen gets a reference at once. */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError, errorCodeOf } from '../../errors.js';
import { ingest } from '../../intake/intake.service.js';
import { hasMedia } from '../../media/media.store.js';
import { bindConversationThread } from '../../tickets/thread.repository.js';
import { isOpenStatus } from '../../tickets/ticket.model.js';
import { findTrackedTicket, getTrackingView } from '../../tickets/ticket.service.js';
import { fingerprintReport, REPEAT_SIMILARITY, reportSimilarity } from './report-fingerprint.js';
import {
  claimReceipt,
  deleteExpiredReceipts,
  dropReceipt,
  findReceipt,
  findWebIntake,
  hashKey,
  listRecentReceipts,
  openToken,
  receiptKey,
  sealToken,
  settleReceipt,
} from './report-receipt.js';
import { followUpAnswerSchema, followUpBody, referenceParams, tokenQuery, trackingViewSchema } from './webform.schema.js';

export const reportBody = z.object({
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
  /** A station's id when the citizen chose it ("Report to this station"): it routes as tagging its account would. */
  station: z.string().max(100).regex(/^[a-z0-9-]+$/, 'a station id such as ngp-ps-sitabuldi').optional(),
  /** A key the browser makes per report, so that a double submit or a retry opens one ticket and gets its receipt again. */
  clientId: z.string().min(8).max(100).optional(),
  /** Photos uploaded first (POST /api/public/reports/photos): their ids, at most three. */
  photos: z
    .array(z.string().regex(/^[0-9a-f]{64}$/, 'a photo id from POST /api/public/reports/photos'))
    .max(3)
    .optional(),
});

export const receiptSchema = z.object({ reference: z.string(), trackingUrl: z.string(), token: z.string() });
export const processingSchema = z.object({ status: z.literal('processing'), message: z.string() });
export const duplicateSchema = z.object({ reference: z.string().nullable(), duplicate: z.literal(true) });

type Answer =
  | { status: 201; body: z.infer<typeof receiptSchema> }
  | { status: 202; body: z.infer<typeof processingSchema> }
  | { status: 200; body: z.infer<typeof duplicateSchema> };

/** The browser's device cookie: rate limits and repeats are counted per browser as well as per address. */
export const DEVICE_COOKIE = 'chowki_device';
const DEVICE_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;
/**
 * Near-identical reports one address may send within the window before the next is refused: several
 * citizens may share an address (mobile networks), rarely with the same words. From one browser, one.
 */
const REPEATS_PER_ADDRESS = 3;
/** How long a retry waits for the first request of the same report to finish before answering "processing". */
const RETRY_WAIT_MS = 5_000;
/** A receipt still pending after this long belongs to a request that died; its report is looked up in intake. */
const STALE_PENDING_MS = 60_000;
const RECEIPT_SWEEP_MS = 10 * 60_000;

const PROCESSING_MESSAGE =
  'We have received your report and are processing it. It will reach the police station shortly; ' +
  'you do not need to send it again. In an emergency, call 112.';

export function trackingUrl(ctx: AppContext, reference: string, token: string): string {
  const path = `/track/${encodeURIComponent(reference)}?token=${encodeURIComponent(token)}`;
  return ctx.config.publicUrl ? new URL(path, ctx.config.publicUrl).toString() : path;
}

function minutesText(seconds: number): string {
  const m = Math.max(1, Math.ceil(seconds / 60));
  return m === 1 ? 'a minute' : `${m} minutes`;
}

export function webformRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const limits = ctx.config.abuse.reports;
    const secure = ctx.config.publicUrl?.startsWith('https:') ?? false;
    const deviceOf = (request: FastifyRequest): string | null => {
      const v = request.cookies[DEVICE_COOKIE];
      return v && DEVICE_PATTERN.test(v) ? v : null;
    };
    const byAddress = app.createRateLimit({
      keyGenerator: (r) => `report.address:${normalizeIP(r.ip)}`,
      max: limits.perHourPerIp,
      timeWindow: 3_600_000,
    });
    const byDevice = app.createRateLimit({
      keyGenerator: (r) => `report.device:${hashKey('device', deviceOf(r) ?? '')}`,
      max: limits.perHourPerDevice,
      timeWindow: 3_600_000,
    });
    let lastSweep = 0;

    /** Refuses a new report past a limit: 429, Retry-After, and words a citizen can act on. */
    const checkLimits = async (request: FastifyRequest, reply: FastifyReply, device: string | null) => {
      const checks = [byAddress(request), ...(device ? [byDevice(request)] : [])];
      for (const limit of await Promise.all(checks)) {
        if (limit.isAllowed || !limit.isExceeded) continue;
        reply.header('retry-after', String(limit.ttlInSeconds));
        throw new AppError(
          'RATE_LIMITED',
          `You have sent many reports in a short time. Please wait ${minutesText(limit.ttlInSeconds)} and send it again. ` +
            'In an emergency, call 112 now.',
          429,
          true,
          { retryAfterSeconds: limit.ttlInSeconds },
        );
      }
    };

    /** Refuses a report near-identical to one this browser (or, several times, this address) sent within the window. */
    const checkRepeat = async (keys: { deviceKey: string | null; addressKey: string }, fingerprint: string, now: number) => {
      if (limits.repeatMinutes === 0) return;
      const since = new Date(now - limits.repeatMinutes * 60_000).toISOString();
      const similar = (await listRecentReceipts(ctx.store.db, keys, since)).filter(
        (r) => reportSimilarity(r.fingerprint, fingerprint) >= REPEAT_SIMILARITY,
      );
      const fromDevice = keys.deviceKey === null ? [] : similar.filter((r) => r.device_key === keys.deviceKey);
      const fromAddress = similar.filter((r) => r.address_key === keys.addressKey);
      const first = fromDevice[fromDevice.length - 1] ?? (fromAddress.length >= REPEATS_PER_ADDRESS ? fromAddress[fromAddress.length - 1] : undefined);
      if (!first) return;
      throw new AppError(
        'REPORT_REPEATED',
        first.reference
          ? `You sent this report already: its reference is ${first.reference}. The police have it; there is no need to send it again.`
          : 'You sent this report already, and the police have it; there is no need to send it again.',
        409,
        true,
        { reference: first.reference },
      );
    };

    /** The answer for a report intake already holds (a retry whose receipt is gone or was never completed). */
    const answerFromIntake = async (externalId: string): Promise<Answer | undefined> => {
      const inbound = await findWebIntake(ctx.store.db, externalId);
      if (!inbound) return undefined;
      if (inbound.reference) return { status: 200, body: { reference: inbound.reference, duplicate: true } };
      return { status: 202, body: { status: 'processing', message: PROCESSING_MESSAGE } };
    };

    /** A retry of a report: the first answer again, waiting a little while the first request still runs. */
    const answerRetry = async (clientId: string, clientKey: string): Promise<Answer | undefined> => {
      const deadline = Date.now() + RETRY_WAIT_MS;
      for (;;) {
        const r = await findReceipt(ctx.store.db, clientKey);
        if (!r || r.expires_at <= new Date(ctx.now()).toISOString()) {
          const held = await answerFromIntake(clientKey);
          // Intake holds the report without its reference yet, and there was no receipt when we looked: a
          // first request claimed one between our two reads and is at work now. Wait for its answer.
          if (!r && held?.status === 202 && Date.now() < deadline && (await findReceipt(ctx.store.db, clientKey))) continue;
          return held;
        }
        if (r.status === 'done' && r.reference) {
          const token = r.sealed_token ? openToken(clientId, r.sealed_token) : undefined;
          return token
            ? { status: 201, body: { reference: r.reference, trackingUrl: trackingUrl(ctx, r.reference, token), token } }
            : { status: 200, body: { reference: r.reference, duplicate: true } };
        }
        if (r.status === 'failed') return (await answerFromIntake(clientKey)) ?? { status: 202, body: { status: 'processing', message: PROCESSING_MESSAGE } };
        // Pending: the first request is still at work, or it died (then intake has the item, or nothing does).
        if (Date.parse(r.created_at) < ctx.now() - STALE_PENDING_MS) {
          const held = await answerFromIntake(clientKey);
          if (held) return held;
          await dropReceipt(ctx.store.db, clientKey);
          return undefined;
        }
        if (Date.now() >= deadline) return { status: 202, body: { status: 'processing', message: PROCESSING_MESSAGE } };
        await sleep(100);
      }
    };

    app.post(
      '/api/public/reports',
      {
        schema: {
          tags: ['public'],
          summary:
            'A citizen reports to the police; answers with a reference and a tracking link (201). A retry with the same ' +
            'clientId answers the same reference and link; 202 when the report was received but could not be processed ' +
            'yet; 409 REPORT_REPEATED for a near-identical report sent within the hour; 429 with Retry-After past the limits',
          body: reportBody,
          response: { 201: receiptSchema, 202: processingSchema, 200: duplicateSchema },
        },
      },
      async (request, reply) => {
        const b = request.body;
        if ((b.lat === undefined) !== (b.lon === undefined)) {
          throw new AppError('VALIDATION_FAILED', 'lat, lon: give both or neither');
        }
        const now = ctx.now();
        const at = new Date(now).toISOString();
        const send = (a: Answer) => reply.status(a.status).send(a.body);

        // A browser without the cookie gets one with this answer; until it comes back with it, the
        // report counts against its address only.
        const device = deviceOf(request);
        if (!device) {
          reply.setCookie(DEVICE_COOKIE, randomBytes(18).toString('base64url'), {
            httpOnly: true,
            sameSite: 'strict',
            secure,
            path: '/api/public/',
            maxAge: 365 * 86_400,
          });
        }
        const keys = { deviceKey: device ? hashKey('device', device) : null, addressKey: hashKey('address', normalizeIP(request.ip)) };

        const clientKey = b.clientId ? receiptKey(b.clientId) : randomBytes(16).toString('hex');
        if (b.clientId) {
          const retried = await answerRetry(b.clientId, clientKey);
          if (retried) return send(retried);
        }

        await checkLimits(request, reply, device);
        const fingerprint = fingerprintReport(b.text);
        await checkRepeat(keys, fingerprint, now);

        if (now - lastSweep > RECEIPT_SWEEP_MS) {
          lastSweep = now;
          await deleteExpiredReceipts(ctx.store.db, at);
        }
        const expiresAt = new Date(now + limits.retryHours * 3_600_000).toISOString();
        if (!(await claimReceipt(ctx.store.db, { clientKey, ...keys, fingerprint, at, expiresAt }))) {
          // A double submit: the other request holds the receipt; answer what it answers.
          const retried = b.clientId ? await answerRetry(b.clientId, clientKey) : undefined;
          return send(retried ?? { status: 202, body: { status: 'processing', message: PROCESSING_MESSAGE } });
        }

        let outcome: Awaited<ReturnType<typeof ingest>>;
        try {
          outcome = await ingest(ctx, {
            channel: 'web',
            // The clientId's hash, never the clientId: it is the key that opens the receipt.
            externalId: clientKey,
            text: b.text,
            author: {
              id: `web:${randomBytes(9).toString('base64url')}`,
              ...(b.name ? { name: b.name } : {}),
              ...(b.phone ? { phone: b.phone } : {}),
            },
            ...(b.lat !== undefined && b.lon !== undefined ? { geo: { lat: b.lat, lon: b.lon } } : {}),
            ...(b.photos && b.photos.length > 0 ? { attachments: b.photos.map((sha) => ({ kind: 'photo', mediaId: `web:${sha}` })) } : {}),
            ...(b.station ? { addressedTo: b.station } : {}),
          });
        } catch (err) {
          // Nothing was answered: let a retry start afresh (intake keeps what it stored).
          await dropReceipt(ctx.store.db, clientKey).catch((e: unknown) =>
            // Left in place, the receipt answers a retry "processing" until it expires.
            request.log.warn({ err: errorCodeOf(e) }, 'report receipt not dropped'),
          );
          throw err;
        }

        if (outcome.reference && outcome.trackingToken) {
          await settleReceipt(ctx.store.db, clientKey, {
            status: 'done',
            reference: outcome.reference,
            sealedToken: b.clientId ? sealToken(b.clientId, outcome.trackingToken) : null,
          });
          return send({
            status: 201,
            body: { reference: outcome.reference, trackingUrl: trackingUrl(ctx, outcome.reference, outcome.trackingToken), token: outcome.trackingToken },
          });
        }
        if (outcome.ticketId === null) {
          // Intake stored the report but could not process it (quarantined for the control room), or
          // another process is at it: the citizen's report is safe, and they are told so.
          await settleReceipt(ctx.store.db, clientKey, { status: 'failed', reference: null, sealedToken: null });
          return send({ status: 202, body: { status: 'processing', message: PROCESSING_MESSAGE } });
        }
        // Intake knew this report from before the receipts existed: its reference, without a new link.
        await settleReceipt(ctx.store.db, clientKey, { status: 'done', reference: outcome.reference, sealedToken: null });
        return send({ status: 200, body: { reference: outcome.reference, duplicate: true } });
      },
    );

    app.get(
      '/api/public/reports/:reference',
      {
        schema: {
          tags: ['public'],
          summary:
            "A report as its tracking link shows it: status, station, the citizen's own messages, the police's public " +
            'replies and the timeline of its status and station; no officer, reason or other person',
          params: referenceParams,
          querystring: tokenQuery,
          response: { 200: trackingViewSchema },
        },
      },
      async (request) => getTrackingView(ctx.store.db, request.params.reference, request.query.token),
    );

    app.post(
      '/api/public/reports/:reference/messages',
      {
        schema: {
          tags: ['public'],
          summary:
            'The citizen adds words or up to three photos (uploaded first to POST /api/public/reports/photos) to their own ' +
            'report, with the token of its tracking link: stored through intake like any message, so the conversation is judged ' +
            'again and the photos reach the desk on the same ticket. 409 REPORT_CLOSED once the report is closed; the report limits apply',
          params: referenceParams,
          body: followUpBody,
          response: { 201: followUpAnswerSchema },
        },
      },
      async (request, reply) => {
        const b = request.body;
        if ((b.lat === undefined) !== (b.lon === undefined)) {
          throw new AppError('VALIDATION_FAILED', 'lat, lon: give both or neither');
        }
        const ticket = await findTrackedTicket(ctx.store.db, request.params.reference, b.token);
        if (!isOpenStatus(ticket.status)) {
          throw new AppError('REPORT_CLOSED', 'This report is closed, so nothing can be added to it. Send a new report instead; in an emergency, call 112.');
        }
        // A photo named must have been uploaded: the desk would otherwise show one that never arrives.
        for (const [i, sha] of b.photos.entries()) {
          if (!(await hasMedia(ctx.config.media, sha))) {
            throw new AppError('VALIDATION_FAILED', `photos.${i}: this photo was not uploaded; send it to POST /api/public/reports/photos first`);
          }
        }
        const device = deviceOf(request);
        await checkLimits(request, reply, device);
        const at = new Date(ctx.now()).toISOString();
        await bindConversationThread(ctx.store.db, 'web', ticket.reference, ticket.id, at);
        const contact = ticket.contact_id
          ? await ctx.store.db.selectFrom('contacts').select('external_user_id').where('id', '=', ticket.contact_id).executeTakeFirst()
          : undefined;
        const outcome = await ingest(ctx, {
          channel: 'web',
          // A retry of the same message (same clientId) is stored once.
          externalId: `followup:${b.clientId ? receiptKey(b.clientId) : randomBytes(16).toString('hex')}`,
          text: b.text,
          // The same citizen as the report: the holder of its token.
          author: { id: contact?.external_user_id ?? `web:${randomBytes(9).toString('base64url')}` },
          conversationId: ticket.reference,
          ...(b.lat !== undefined && b.lon !== undefined ? { geo: { lat: b.lat, lon: b.lon } } : {}),
          ...(b.photos.length > 0 ? { attachments: [...new Set(b.photos)].map((sha) => ({ kind: 'photo', mediaId: `web:${sha}` })) } : {}),
        });
        if (outcome.ticketId !== null && outcome.ticketId !== ticket.id) {
          // The report closed between the check and intake, which then opened a new one: the citizen is told, not misled.
          request.log.info({ ticketId: ticket.id, opened: outcome.ticketId }, 'follow-up opened a new ticket');
          throw new AppError('REPORT_CLOSED', `This report closed meanwhile; your message became a new report ${outcome.reference ?? ''}.`.trim());
        }
        return reply.status(201).send({ reference: ticket.reference, added: true });
      },
    );
  };
}
