/**
 * WhatsApp Cloud API: webhooks in (signature checked over the raw body), messages out through
 * the Graph API, inside the 24-hour customer-service window as text and outside it as a template.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ChannelsConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import { secretsEqual } from '../../http/secret-equal.js';
import { acceptInbound } from '../../intake/intake.service.js';
import { applyDeliveryReceipt } from '../../outbox/delivery.service.js';
import { recordChannelError, recordChannelOk } from '../channel-health.repository.js';
import {
  ChannelSendError,
  MediaFetchError,
  mediaHttpFailure,
  payloadString,
  readLimitedBody,
  type Channel,
  type ChannelRuntimeDeps,
  type FetchedMedia,
  type OutboundEnvelope,
} from '../channel.js';
import { parseWhatsAppWebhook, type WhatsAppParse } from './whatsapp-webhook.parse.js';

export type WhatsAppConfig = NonNullable<ChannelsConfig['whatsapp']>;

const WINDOW_MS = 24 * 60 * 60_000;
/** Sending this close to the window's end risks arriving after it: use the template instead. */
const WINDOW_MARGIN_MS = 5 * 60_000;
const SEND_TIMEOUT_MS = 20_000;

/** Graph error codes that mean "slow down" (throughput, pair rate, app and account limits). */
const RATE_LIMIT_CODES = new Set([4, 80007, 130429, 131048, 131056]);
/** Re-engagement: a free-form message outside the 24-hour window. */
const OUTSIDE_WINDOW_CODE = 131047;

/** Checks X-Hub-Signature-256 against HMAC-SHA256(app secret, raw body) in constant time. */
export function verifyWhatsAppSignature(appSecret: string, raw: Buffer, header: string | undefined): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', appSecret).update(raw).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Skipped items named per delivery, in the log and the answer; beyond, only their count. */
const MAX_SKIPS_LOGGED = 20;

/** The signed bytes as a notification: JSON first, then Meta's envelope. */
function parseDelivery(raw: Buffer, receivedAt: number): WhatsAppParse {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return { ok: false, problem: 'body: not valid JSON' };
  }
  const parsed = parseWhatsAppWebhook(body, receivedAt);
  return parsed.ok ? parsed : { ok: false, problem: `body: not a WhatsApp notification (${parsed.problem})` };
}

const graphErrorSchema = z.object({ error: z.object({ code: z.number().optional() }).passthrough() }).passthrough();
const sendOkSchema = z.object({ messages: z.array(z.object({ id: z.string() }).passthrough()).min(1) }).passthrough();

const TEMPLATE_LANGUAGE: Record<string, string> = { en: 'en', hi: 'hi', mr: 'mr', 'hi-Latn': 'en' };

function routes(cfg: WhatsAppConfig, deps: ChannelRuntimeDeps): FastifyPluginAsyncZod {
  const { ctx, enqueue } = deps;
  return async (app) => {
    // This plugin is encapsulated: its JSON parser keeps the raw bytes the signature covers.
    app.removeContentTypeParser(['application/json']);
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

    app.get(
      '/webhooks/whatsapp',
      {
        schema: {
          tags: ['webhooks'],
          summary: "Meta's webhook verification: answers hub.challenge when the verify token matches",
          querystring: z.object({
            'hub.mode': z.string().optional(),
            'hub.verify_token': z.string().optional(),
            'hub.challenge': z.string().max(200).optional(),
          }),
        },
      },
      async (request, reply) => {
        const q = request.query;
        if (!cfg.verifyToken || q['hub.mode'] !== 'subscribe' || !secretsEqual(q['hub.verify_token'], cfg.verifyToken) || !q['hub.challenge']) {
          throw new AppError('FORBIDDEN', 'hub.verify_token does not match CHOWKI_WHATSAPP_VERIFY_TOKEN');
        }
        return reply.type('text/plain').send(q['hub.challenge']);
      },
    );

    app.post(
      '/webhooks/whatsapp',
      { schema: { tags: ['webhooks'], summary: 'WhatsApp Cloud API notifications, signed with X-Hub-Signature-256' } },
      async (request, reply) => {
        const raw = request.body;
        if (!Buffer.isBuffer(raw)) throw new AppError('VALIDATION_FAILED', 'body: send the notification as application/json');
        const signature = request.headers['x-hub-signature-256'];
        if (!verifyWhatsAppSignature(cfg.appSecret, raw, typeof signature === 'string' ? signature : undefined)) {
          request.log.warn({ channel: 'whatsapp' }, 'webhook signature rejected');
          throw new AppError('INVALID_SIGNATURE', 'X-Hub-Signature-256 does not match the body signed with the app secret');
        }
        // From here on Meta signed what it sent: anything but a 200 makes it redeliver the same bytes
        // (and, after days of failures, disable the webhook). What cannot be read is skipped, named
        // in the log and in the answer, and recorded in the channel's health.
        const receivedAt = ctx.now();
        const parsed = parseDelivery(raw, receivedAt);
        if (!parsed.ok) {
          request.log.warn({ channel: 'whatsapp', problem: parsed.problem, bytes: raw.length }, 'webhook delivery skipped');
          await recordChannelError(ctx.store.db, 'whatsapp', 'inbound:NOT_A_NOTIFICATION', new Date(receivedAt).toISOString());
          return reply.status(200).send({ received: 0, receipts: 0, ignored: 0, skipped: [{ id: null, problem: parsed.problem }] });
        }
        parsed.skipped.slice(0, MAX_SKIPS_LOGGED).forEach((s) => {
          request.log.warn({ channel: 'whatsapp', id: s.id, problem: s.problem }, 'webhook item skipped');
        });
        if (parsed.skipped.length > 0) {
          request.log.warn({ channel: 'whatsapp', skipped: parsed.skipped.length, stored: parsed.items.length }, 'webhook delivery partly skipped');
          await recordChannelError(ctx.store.db, 'whatsapp', 'inbound:MALFORMED_ITEM', new Date(receivedAt).toISOString());
        }
        if (parsed.errorCodes.length > 0) request.log.info({ channel: 'whatsapp', codes: parsed.errorCodes.slice(0, 20) }, 'webhook carried errors');
        const stored: number[] = [];
        for (const item of parsed.items) {
          const r = await acceptInbound(ctx, item);
          if (r.isNew) stored.push(r.id);
        }
        for (const r of parsed.receipts) {
          await applyDeliveryReceipt(ctx, {
            channel: 'whatsapp',
            externalId: r.externalId,
            idempotencyKey: r.idempotencyKey,
            status: r.status,
            at: r.at,
            error: r.errorCode ? `RECEIPT:${r.errorCode}` : undefined,
          });
        }
        await recordChannelOk(
          ctx.store.db,
          'whatsapp',
          'inbound',
          new Date(receivedAt).toISOString(),
          parsed.newestAt === null ? undefined : receivedAt - parsed.newestAt,
        );
        // The queue starts on the next turn of the event loop, after this answer is written; a crash
        // in between leaves the items pending, not lost.
        for (const id of stored) enqueue(id);
        return reply.status(200).send({
          received: parsed.items.length,
          receipts: parsed.receipts.length,
          ignored: parsed.ignored,
          skipped: parsed.skipped.slice(0, MAX_SKIPS_LOGGED),
        });
      },
    );
  };
}

async function postMessage(cfg: WhatsAppConfig, body: Record<string, unknown>): Promise<{ externalId: string } | { code: number; status: number }> {
  let res: Response;
  try {
    res = await fetch(`${cfg.apiUrl}/${encodeURIComponent(cfg.phoneNumberId ?? '')}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cfg.accessToken ?? ''}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
  } catch (err) {
    // A timeout may have reached Meta: give up visibly rather than risk a second copy; the
    // idempotency key rides along as biz_opaque_callback_data, so a receipt still confirms it.
    if (err instanceof Error && err.name === 'TimeoutError') throw new ChannelSendError('permanent', 'TIMEOUT_DELIVERY_UNKNOWN');
    throw new ChannelSendError('retryable', 'NETWORK');
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok) {
    const ok = sendOkSchema.safeParse(json);
    if (ok.success && ok.data.messages[0]) return { externalId: ok.data.messages[0].id };
    throw new ChannelSendError('retryable', 'UNEXPECTED_ANSWER');
  }
  const err = graphErrorSchema.safeParse(json);
  return { code: err.success ? (err.data.error.code ?? 0) : 0, status: res.status };
}

function failure(code: number, status: number, now: number): ChannelSendError {
  if (status === 429 || RATE_LIMIT_CODES.has(code)) {
    // The Graph API sends no reset time; the pair limit is about one message per six seconds.
    return new ChannelSendError('rate_limited', `${status}:${code}`, now + (code === 131056 ? 6_000 : 2_000));
  }
  if (status >= 500) return new ChannelSendError('retryable', `${status}:${code}`);
  return new ChannelSendError('permanent', `${status}:${code}`);
}

const payloadTemplateSchema = z.object({ name: z.string().min(1).max(512), language: z.string().max(10), parameters: z.array(z.string()).max(10) });

/** The template an outbound payload names (a broadcast outside the 24-hour window), if any. */
function payloadTemplate(payload: Record<string, unknown>): z.infer<typeof payloadTemplateSchema> | undefined {
  const parsed = payloadTemplateSchema.safeParse(payload.template);
  return parsed.success ? parsed.data : undefined;
}

async function send(cfg: WhatsAppConfig, now: () => number, m: OutboundEnvelope): Promise<{ externalId: string }> {
  if (!cfg.accessToken || !cfg.phoneNumberId) throw new ChannelSendError('permanent', 'NOT_CONFIGURED_FOR_SENDING');
  const to = payloadString(m.payload, 'to');
  const text = payloadString(m.payload, 'text');
  if (!to || !text) throw new ChannelSendError('permanent', 'PAYLOAD_INCOMPLETE');
  const windowFrom = payloadString(m.payload, 'windowFrom');
  const reference = payloadString(m.payload, 'reference');
  // A phone number goes in `to`; a business-scoped user id (a username user without a number) in `recipient`.
  const address = /^\d+$/.test(to) ? { to } : { recipient: to };
  const common = { messaging_product: 'whatsapp', recipient_type: 'individual', ...address, biz_opaque_callback_data: m.idempotencyKey };
  // A broadcast names its own approved template and parameters (recorded by community); an acknowledgement uses the reference.
  const given = payloadTemplate(m.payload);
  const template = given
    ? {
        ...common,
        type: 'template',
        template: {
          name: given.name,
          language: { code: TEMPLATE_LANGUAGE[given.language] ?? 'en' },
          components: [{ type: 'body', parameters: given.parameters.map((text) => ({ type: 'text', text: text.slice(0, 1024) })) }],
        },
      }
    : reference
    ? {
        ...common,
        type: 'template',
        template: {
          name: cfg.template,
          language: { code: TEMPLATE_LANGUAGE[payloadString(m.payload, 'language') ?? 'en'] ?? 'en' },
          components: [{ type: 'body', parameters: [{ type: 'text', text: reference }] }],
        },
      }
    : undefined;
  const inWindow = windowFrom !== undefined && now() - Date.parse(windowFrom) < WINDOW_MS - WINDOW_MARGIN_MS;
  if (inWindow) {
    const r = await postMessage(cfg, { ...common, type: 'text', text: { preview_url: false, body: text.slice(0, 4096) } });
    if ('externalId' in r) return r;
    // Our clock and Meta's disagree about the window: fall back to the approved template.
    if (r.code !== OUTSIDE_WINDOW_CODE || !template) throw failure(r.code, r.status, now());
  }
  if (!template) throw new ChannelSendError('permanent', 'OUTSIDE_WINDOW_WITHOUT_TEMPLATE');
  const r = await postMessage(cfg, template);
  if ('externalId' in r) return r;
  throw failure(r.code, r.status, now());
}

const mediaInfoSchema = z.object({ url: z.string().url(), mime_type: z.string().max(100).optional(), sha256: z.string().max(200).optional(), file_size: z.coerce.number().optional() });

/**
 * Downloads a media object as the Cloud API documents it: GET /{media-id} gives a short-lived URL, then
 * that URL with the same access token gives the bytes (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media).
 */
async function fetchMedia(cfg: WhatsAppConfig, mediaId: string, maxBytes: number): Promise<FetchedMedia> {
  if (!cfg.accessToken) throw new MediaFetchError('permanent', 'NOT_CONFIGURED_FOR_MEDIA');
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(mediaId)) throw new MediaFetchError('permanent', 'BAD_MEDIA_ID');
  const headers = { authorization: `Bearer ${cfg.accessToken}` };
  try {
    const res = await fetch(`${cfg.apiUrl}/${encodeURIComponent(mediaId)}`, { headers, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) });
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const err = graphErrorSchema.safeParse(json);
      throw mediaHttpFailure(res.status, err.success ? err.data.error.code : undefined);
    }
    const info = mediaInfoSchema.safeParse(json);
    if (!info.success) throw new MediaFetchError('retryable', 'UNEXPECTED_ANSWER');
    if (info.data.file_size !== undefined && info.data.file_size > maxBytes) throw new MediaFetchError('permanent', 'TOO_LARGE');
    const file = await fetch(info.data.url, { headers, signal: AbortSignal.timeout(SEND_TIMEOUT_MS * 3) });
    if (!file.ok) throw mediaHttpFailure(file.status);
    const bytes = await readLimitedBody(file, maxBytes);
    return { bytes, mime: info.data.mime_type ?? file.headers.get('content-type') ?? undefined, providerSha256: info.data.sha256 };
  } catch (err) {
    if (err instanceof MediaFetchError) throw err;
    throw new MediaFetchError('retryable', err instanceof Error && err.name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK');
  }
}

/** The WhatsApp channel over its configuration. */
export function createWhatsAppChannel(cfg: WhatsAppConfig, now: () => number = Date.now): Channel {
  return {
    name: 'whatsapp',
    routes: (deps) => routes(cfg, deps),
    send: (m) => send(cfg, now, m),
    fetchMedia: (mediaId, maxBytes) => fetchMedia(cfg, mediaId, maxBytes),
    async check() {
      if (!cfg.accessToken || !cfg.phoneNumberId) return { ok: false, detail: 'set CHOWKI_WHATSAPP_ACCESS_TOKEN and CHOWKI_WHATSAPP_PHONE_NUMBER_ID to send' };
      try {
        const res = await fetch(`${cfg.apiUrl}/${encodeURIComponent(cfg.phoneNumberId)}`, {
          headers: { authorization: `Bearer ${cfg.accessToken}` },
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        });
        if (!res.ok) return { ok: false, detail: `phone number id lookup answered HTTP ${res.status}` };
        return { ok: true, detail: `phone number id ${cfg.phoneNumberId} found` };
      } catch {
        return { ok: false, detail: 'the Graph API did not answer' };
      }
    },
  };
}
