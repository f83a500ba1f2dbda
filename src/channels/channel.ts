/**
 * The channel interface, like Kysely's dialects: one interface here, one folder per provider.
 * Nothing outside src/channels/ names a provider; intake, the outbox worker and health see only this.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { errorCodeOf } from '../errors.js';

/** One outbox row as a channel sends it. */
export interface OutboundEnvelope {
  id: number;
  kind: string;
  ticketId: number | null;
  /** Written by intake or the desk: `{ to, text, inReplyTo?, reference?, language?, windowFrom? }`. */
  payload: Record<string, unknown>;
  idempotencyKey: string;
  attempts: number;
}

export type SendFailureKind = 'retryable' | 'rate_limited' | 'permanent';

/** Why a send failed, in the three ways the outbox worker must tell apart. */
export class ChannelSendError extends Error {
  constructor(
    readonly kind: SendFailureKind,
    /** A code safe to log and show (HTTP status, provider error code): never message content. */
    readonly code: string,
    /** For rate limits: when the channel says it may be tried again (epoch ms). */
    readonly retryAt?: number,
  ) {
    super(`${kind}: ${code}`);
    this.name = 'ChannelSendError';
  }
}

/** One attachment as its provider served it. */
export interface FetchedMedia {
  bytes: Buffer;
  /** The provider's content type, when it says one (WhatsApp's mime_type; Telegram's file's). */
  mime: string | undefined;
  /** The provider's own hash of the bytes, when it gives one (WhatsApp's sha256), to check ours against. */
  providerSha256?: string | undefined;
}

/** Why an attachment could not be fetched: `retryable` (network, 5xx, 429) or `permanent` (gone, refused, too large). */
export class MediaFetchError extends Error {
  constructor(
    readonly kind: 'retryable' | 'permanent',
    /** A code safe to log and show: HTTP status, provider code, TOO_LARGE. */
    readonly code: string,
  ) {
    super(`${kind}: ${code}`);
    this.name = 'MediaFetchError';
  }
}

/** What a channel reports about itself to `chowki channels check`. */
export interface ChannelCheck {
  ok: boolean;
  /** e.g. the bot's username or the account id; never a token. */
  detail: string;
}

/** Called by a receiving channel for every inbound item id it stored, so that processing runs after the answer. */
export type InboundSink = (inboundId: number) => void;

/** Where a poller says what it skipped or could not do: ids, codes and problems, never content. */
export interface ChannelLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/**
 * The catch of a channel-health write: a failure (the database busy or gone) is logged with the channel,
 * what was being recorded and the error's code, and the poll or update it describes goes on.
 */
export function healthWriteFailed(log: ChannelLog | undefined, channel: string, what: string): (err: unknown) => void {
  return (err) => log?.warn({ channel, health: what, err: errorCodeOf(err) }, 'channel health not recorded');
}

/** What a channel needs at run time. */
export interface ChannelRuntimeDeps {
  ctx: AppContext;
  /** Queue a stored inbound item for processing. */
  enqueue: InboundSink;
  /** The process's logger, for pollers (webhooks log through their request). */
  log?: ChannelLog;
}

export interface Channel {
  /** The name stored with every item: `x`, `whatsapp`, `telegram`, `web`. */
  readonly name: string;
  /** Webhook and public routes; registered under the app, encapsulated (own body parsers). */
  routes?(deps: ChannelRuntimeDeps): FastifyPluginAsyncZod;
  /** Starts pollers (X mentions, Telegram long polling); resolves once started. */
  start?(deps: ChannelRuntimeDeps): Promise<void>;
  /** Stops pollers; resolves when they have finished their current step. */
  stop?(): Promise<void>;
  /** Sends one outbound message; returns the channel's id for it or throws ChannelSendError. */
  send?(message: OutboundEnvelope): Promise<{ externalId: string }>;
  /** Verifies the credentials against the provider. */
  check?(): Promise<ChannelCheck>;
  /**
   * Downloads one attachment by the provider's media id, refusing more than `maxBytes` (MediaFetchError
   * `TOO_LARGE`); throws MediaFetchError. Called by the attachment worker, never in a webhook's request.
   */
  fetchMedia?(mediaId: string, maxBytes: number): Promise<FetchedMedia>;
}

/**
 * Reads a provider's media response into memory, stopping at `maxBytes` (the declared length first, then
 * what actually arrives): a provider cannot make Chowki hold more than the limit.
 */
export async function readLimitedBody(res: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel();
    throw new MediaFetchError('permanent', 'TOO_LARGE');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  if (res.body) {
    for await (const chunk of res.body) {
      const buf = Buffer.from(chunk);
      size += buf.length;
      if (size > maxBytes) throw new MediaFetchError('permanent', 'TOO_LARGE');
      chunks.push(buf);
    }
  }
  return Buffer.concat(chunks);
}

/** A provider's HTTP failure as a MediaFetchError: 429 and 5xx are worth another try, the rest is not. */
export function mediaHttpFailure(status: number, code?: string | number): MediaFetchError {
  const c = code === undefined ? String(status) : `${status}:${code}`;
  return new MediaFetchError(status === 429 || status >= 500 ? 'retryable' : 'permanent', c);
}

/** Reads a string field of an outbound payload. */
export function payloadString(payload: Record<string, unknown>, key: string): string | undefined {
  const v = payload[key];
  return typeof v === 'string' ? v : undefined;
}
