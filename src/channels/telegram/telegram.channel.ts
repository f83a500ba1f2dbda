/**
 * Telegram through grammY: updates by webhook (the secret-token header checked) or by long
 * polling, replies with sendMessage. grammY's `client.apiRoot` points it at an emulator.
 */
import { timingSafeEqual } from 'node:crypto';
import { Api, Bot, GrammyError, HttpError } from 'grammy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ChannelsConfig } from '../../config.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { acceptInbound } from '../../intake/intake.service.js';
import { recordChannelError, recordChannelOk } from '../channel-health.repository.js';
import {
  ChannelSendError,
  healthWriteFailed,
  MediaFetchError,
  mediaHttpFailure,
  payloadString,
  readLimitedBody,
  type Channel,
  type ChannelRuntimeDeps,
  type FetchedMedia,
  type OutboundEnvelope,
} from '../channel.js';
import { parseTelegramUpdate } from './telegram-update.parse.js';

export type TelegramConfig = NonNullable<ChannelsConfig['telegram']>;

function sameSecret(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

type UpdateOutcome = { stored: number | null } | { skipped: string; updateId: number | null };

/**
 * Stores one update; `stored` is the inbound id when it was new. An update that cannot be used is
 * `skipped` with its problem, recorded in the channel's health: Telegram must not send it again.
 * Only a storage failure throws.
 */
async function acceptUpdate(ctx: AppContext, body: unknown): Promise<UpdateOutcome> {
  const now = ctx.now();
  const at = new Date(now).toISOString();
  const parsed = parseTelegramUpdate(body, now);
  if (!parsed.ok) {
    await recordChannelError(ctx.store.db, 'telegram', 'inbound:MALFORMED_UPDATE', at);
    return { skipped: parsed.problem, updateId: parsed.updateId };
  }
  await recordChannelOk(ctx.store.db, 'telegram', 'inbound', at, parsed.sentAt === null ? undefined : now - parsed.sentAt);
  if (!parsed.item) return { stored: null };
  const stored = await acceptInbound(ctx, parsed.item);
  return { stored: stored.isNew ? stored.id : null };
}

function routes(secret: string, deps: ChannelRuntimeDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/webhooks/telegram',
      { schema: { tags: ['webhooks'], summary: 'Telegram Bot API updates, with X-Telegram-Bot-Api-Secret-Token' } },
      async (request, reply) => {
        const header = request.headers['x-telegram-bot-api-secret-token'];
        if (!sameSecret(secret, typeof header === 'string' ? header : undefined)) {
          request.log.warn({ channel: 'telegram' }, 'webhook secret rejected');
          throw new AppError('INVALID_SIGNATURE', 'X-Telegram-Bot-Api-Secret-Token does not match CHOWKI_TELEGRAM_WEBHOOK_SECRET');
        }
        const r = await acceptUpdate(deps.ctx, request.body);
        if ('skipped' in r) {
          // Answered 200: Telegram retries anything else, and the same bytes would fail again.
          request.log.warn({ channel: 'telegram', updateId: r.updateId, problem: r.skipped }, 'update skipped');
          return reply.status(200).send({ ok: true, skipped: { updateId: r.updateId, problem: r.skipped } });
        }
        if (r.stored !== null) deps.enqueue(r.stored);
        return reply.status(200).send({ ok: true });
      },
    );
  };
}

/** An update id grammY can compute the next offset from; anything else would stall getUpdates. */
function hasUpdateId(u: unknown): boolean {
  return typeof u === 'object' && u !== null && 'update_id' in u && Number.isSafeInteger(u.update_id) && Number(u.update_id) >= 0;
}

function sendFailure(err: unknown, now: number): ChannelSendError {
  if (err instanceof GrammyError) {
    const code = `${err.error_code}`;
    if (err.error_code === 429) return new ChannelSendError('rate_limited', code, now + (err.parameters.retry_after ?? 1) * 1000);
    if (err.error_code >= 500) return new ChannelSendError('retryable', code);
    return new ChannelSendError('permanent', code);
  }
  if (err instanceof HttpError) return new ChannelSendError('retryable', 'NETWORK');
  return new ChannelSendError('retryable', 'UNEXPECTED_ERROR');
}

async function send(api: Api, now: () => number, m: OutboundEnvelope): Promise<{ externalId: string }> {
  const to = payloadString(m.payload, 'to');
  const text = payloadString(m.payload, 'text');
  if (!to || !text || !/^-?\d+$/.test(to)) throw new ChannelSendError('permanent', 'PAYLOAD_INCOMPLETE');
  const replyTo = /^-?\d+:(\d+)$/.exec(payloadString(m.payload, 'inReplyTo') ?? '')?.[1];
  try {
    const sent = await api.sendMessage(Number(to), text.slice(0, 4096), {
      ...(replyTo ? { reply_parameters: { message_id: Number(replyTo), allow_sending_without_reply: true } } : {}),
    });
    return { externalId: `${sent.chat.id}:${sent.message_id}` };
  } catch (err) {
    throw sendFailure(err, now());
  }
}

/** Telegram names a file's type by its path only (`voice/file_3.oga`, `photos/file_1.jpg`). */
const TYPE_OF_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  oga: 'audio/ogg',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  pdf: 'application/pdf',
};

/**
 * Downloads a file as the Bot API documents it: getFile gives a `file_path` (bots may download up to
 * 20 MB), then https://api.telegram.org/file/bot<token>/<file_path> gives the bytes.
 */
async function fetchMedia(api: Api, cfg: TelegramConfig, fileId: string, maxBytes: number): Promise<FetchedMedia> {
  let path: string | undefined;
  try {
    const file = await api.getFile(fileId);
    if (file.file_size !== undefined && file.file_size > maxBytes) throw new MediaFetchError('permanent', 'TOO_LARGE');
    path = file.file_path;
  } catch (err) {
    if (err instanceof MediaFetchError) throw err;
    if (err instanceof GrammyError) throw mediaHttpFailure(err.error_code);
    throw new MediaFetchError('retryable', 'NETWORK');
  }
  if (!path) throw new MediaFetchError('permanent', 'NO_FILE_PATH');
  try {
    const res = await fetch(`${cfg.apiUrl}/file/bot${cfg.botToken}/${path.split('/').map(encodeURIComponent).join('/')}`, { signal: AbortSignal.timeout(60_000) });
    if (!res.ok) throw mediaHttpFailure(res.status);
    const bytes = await readLimitedBody(res, maxBytes);
    const ext = /\.([a-z0-9]{1,5})$/i.exec(path)?.[1]?.toLowerCase();
    return { bytes, mime: ext ? TYPE_OF_EXTENSION[ext] : undefined };
  } catch (err) {
    if (err instanceof MediaFetchError) throw err;
    throw new MediaFetchError('retryable', err instanceof Error && err.name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK');
  }
}

/** The Telegram channel: webhook when a secret is configured, long polling otherwise. */
export function createTelegramChannel(cfg: TelegramConfig, now: () => number = Date.now): Channel {
  const client = { apiRoot: cfg.apiUrl };
  const api = new Api(cfg.botToken, client);
  let bot: Bot | undefined;
  let polling: Promise<void> | undefined;
  const secret = cfg.webhookSecret;
  return {
    name: 'telegram',
    fetchMedia: (fileId, maxBytes) => fetchMedia(api, cfg, fileId, maxBytes),
    ...(secret ? { routes: (deps: ChannelRuntimeDeps) => routes(secret, deps) } : {}),
    async start(deps) {
      if (secret) return;
      const b = new Bot(cfg.botToken, { client });
      const log = deps.log;
      b.api.config.use(async (prev, method, payload, signal) => {
        const res = await prev(method, payload, signal);
        if (method === 'getUpdates') {
          const at = new Date(deps.ctx.now()).toISOString();
          const batch: unknown = res.ok ? res.result : [];
          if (!Array.isArray(batch)) {
            // grammY would stop polling on a batch it cannot iterate; as a failed call it retries.
            await recordChannelError(deps.ctx.store.db, 'telegram', 'poll:MALFORMED_BATCH', at).catch(healthWriteFailed(log, 'telegram', 'poll:MALFORMED_BATCH'));
            return { ok: false, error_code: 502, description: 'Bad Gateway: getUpdates answered something other than a list' };
          }
          if (res.ok) {
            await recordChannelOk(deps.ctx.store.db, 'telegram', 'poll', at).catch(healthWriteFailed(log, 'telegram', 'poll'));
            // The offset is the last update_id + 1: an update without a usable one is dropped here,
            // or it would make the next offset NaN and the same batch come back for ever.
            const before = batch.length;
            for (let i = batch.length - 1; i >= 0; i--) if (!hasUpdateId(batch[i])) batch.splice(i, 1);
            if (batch.length < before) {
              log?.warn({ channel: 'telegram', dropped: before - batch.length, problem: 'update_id: missing or not a whole number' }, 'update skipped');
              await recordChannelError(deps.ctx.store.db, 'telegram', 'inbound:MALFORMED_UPDATE', at).catch(healthWriteFailed(log, 'telegram', 'inbound:MALFORMED_UPDATE'));
            }
          } else {
            await recordChannelError(deps.ctx.store.db, 'telegram', `poll:${res.error_code}`, at).catch(healthWriteFailed(log, 'telegram', `poll:${res.error_code}`));
          }
        }
        return res;
      });
      // Every update, not only `message`: one whose message is broken is named in the log too.
      b.use(async (c) => {
        // Stored before grammY confirms the offset: a crash here means Telegram sends it again.
        const r = await acceptUpdate(deps.ctx, c.update);
        if ('skipped' in r) log?.warn({ channel: 'telegram', updateId: r.updateId, problem: r.skipped }, 'update skipped');
        else if (r.stored !== null) deps.enqueue(r.stored);
      });
      // grammY moves the offset past an update whose handler threw: only storage can throw here, and
      // it is named (by update id) instead of vanishing.
      b.catch(async (err) => {
        log?.warn({ channel: 'telegram', updateId: err.ctx.update.update_id, problem: 'storing failed' }, 'update not stored');
        await recordChannelError(deps.ctx.store.db, 'telegram', 'inbound:STORE_FAILED', new Date(deps.ctx.now()).toISOString()).catch(healthWriteFailed(log, 'telegram', 'inbound:STORE_FAILED'));
      });
      await b.init();
      bot = b;
      polling = b.start({ allowed_updates: ['message'], drop_pending_updates: false, timeout: 25 }).catch(async (err: unknown) => {
        const code = err instanceof GrammyError ? `${err.error_code}` : 'POLLING_STOPPED';
        await recordChannelError(deps.ctx.store.db, 'telegram', code, new Date(deps.ctx.now()).toISOString()).catch(healthWriteFailed(log, 'telegram', code));
      });
    },
    async stop() {
      if (bot?.isRunning()) await bot.stop();
      await polling;
      bot = undefined;
    },
    send: (m) => send(api, now, m),
    async check() {
      try {
        const me = await api.getMe();
        return { ok: true, detail: `bot @${me.username}` };
      } catch (err) {
        return { ok: false, detail: err instanceof GrammyError ? `getMe answered ${err.error_code}` : 'the Bot API did not answer' };
      }
    },
  };
}
