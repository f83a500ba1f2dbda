/**
 * The attachment worker: after intake has stored a citizen's message (never in the webhook's request),
 * it records the message's evidence, downloads each attachment through its channel's API, checks its
 * size and type (by its first bytes, not by what was claimed), keeps it in the content-addressed store
 * and tells the desk (`ticket.updated`), so that the photo or voice note appears on the open ticket.
 */
import { MediaFetchError, type FetchedMedia } from '../channels/channel.js';
import type { AppContext } from '../context.js';
import { errorCodeOf } from '../errors.js';
import { publishEvents, publishInTransaction, ticketEvent } from '../tickets/ticket.events.js';
import { discoverAttachments, dueAttachments, markAttachmentStored, markAttachmentUnfetched, type AttachmentRow } from './attachment.repository.js';
import { sniffType } from './media.model.js';
import { MediaBucketError, putMedia } from './media.store.js';

/** A channel's download of one attachment by its media id. */
export interface MediaFetcher {
  name: string;
  fetchMedia(mediaId: string, maxBytes: number): Promise<FetchedMedia>;
}

export interface AttachmentWorkerOptions {
  batchSize?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  idleMs?: number;
  /** Told about every attachment not kept, by code only. */
  onFailure?: (info: { attachmentId: number; channel: string; code: string }) => void;
}

export interface AttachmentWorker {
  start(): void;
  stop(): Promise<void>;
  /** One round: discover new messages' attachments, then download what is due; returns how many were handled. */
  runOnce(): Promise<number>;
}

export function createAttachmentWorker(
  ctx: Pick<AppContext, 'store' | 'now' | 'config' | 'bus'>,
  fetchers: readonly MediaFetcher[],
  opts: AttachmentWorkerOptions = {},
): AttachmentWorker {
  const byName = new Map(fetchers.map((f) => [f.name, f]));
  const db = ctx.store.db;
  const limits = ctx.config.media;
  const batchSize = opts.batchSize ?? 10;
  const maxAttempts = opts.maxAttempts ?? 6;
  const baseDelayMs = opts.baseDelayMs ?? 5_000;
  const idleMs = opts.idleMs ?? 1_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  /** The last citizen's message looked at: each is discovered once per process; the unique keys make a restart's second look harmless. */
  let cursor = 0;
  let running = false;
  let loop: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;

  const fail = async (row: AttachmentRow, err: unknown) => {
    const f = err instanceof MediaFetchError ? err : new MediaFetchError('retryable', errorCodeOf(err));
    const attempts = row.attempts + 1;
    const status = f.code === 'TOO_LARGE' || f.code === 'TYPE_REFUSED' ? 'refused' : f.kind === 'permanent' || attempts >= maxAttempts ? 'failed' : 'pending';
    const now = ctx.now();
    opts.onFailure?.({ attachmentId: row.id, channel: row.channel, code: f.code });
    await markAttachmentUnfetched(db, row.id, { status, attempts, nextAttemptAt: iso(now + baseDelayMs * 2 ** (attempts - 1)), error: f.code });
    return status !== 'pending';
  };

  const fetchOne = async (row: AttachmentRow, fetcher: MediaFetcher): Promise<boolean> => {
    let media: FetchedMedia;
    try {
      media = await fetcher.fetchMedia(row.media_id, limits.maxBytes);
      if (media.bytes.length > limits.maxBytes) throw new MediaFetchError('permanent', 'TOO_LARGE');
    } catch (err) {
      return fail(row, err);
    }
    // Served with the type its bytes show, and only a type Chowki keeps: a claim of image/jpeg on an HTML page is refused.
    const contentType = sniffType(media.bytes);
    if (!contentType || !limits.types.includes(contentType)) return fail(row, new MediaFetchError('permanent', 'TYPE_REFUSED'));
    let sha256: string;
    try {
      sha256 = await putMedia(limits, media.bytes);
    } catch (err) {
      // The folder full or the bucket away: tried again later, like a provider that did not answer.
      return fail(row, new MediaFetchError('retryable', err instanceof MediaBucketError ? `BUCKET_${err.code}` : `STORE_${errorCodeOf(err)}`));
    }
    const at = iso(ctx.now());
    const inbound = await db.selectFrom('evidence_records').select(['received_at', 'provider_at']).where('subject', '=', `inbound:${row.inbound_id}`).executeTakeFirst();
    const events = await db.transaction().execute(async (tx) => {
      const stored = await markAttachmentStored(tx, row, {
        sha256,
        size: media.bytes.length,
        contentType,
        providerSha256: media.providerSha256,
        at,
        receivedAt: inbound?.received_at ?? row.created_at,
        providerAt: inbound?.provider_at ?? null,
      });
      return stored ? publishInTransaction(ctx, tx, [await ticketEvent(tx, 'ticket.updated', row.ticket_id, at)]) : [];
    });
    await publishEvents(ctx, events);
    return true;
  };

  const runOnce = async (): Promise<number> => {
    const at = iso(ctx.now());
    for (;;) {
      const d = await discoverAttachments(db, cursor, 200, at);
      if (d.last === null) break;
      cursor = d.last;
    }
    const rows = await dueAttachments(db, [...byName.keys()], at, batchSize);
    for (const row of rows) {
      const fetcher = byName.get(row.channel);
      if (fetcher) await fetchOne(row, fetcher);
    }
    return rows.length;
  };

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          let handled = 0;
          try {
            handled = await runOnce();
          } catch (err) {
            // A database hiccup or a full disk: try again after a pause rather than stop for good.
            opts.onFailure?.({ attachmentId: 0, channel: '', code: errorCodeOf(err) });
          }
          if (running && handled === 0) await new Promise<void>((resolve) => {
              wake = resolve;
              timer = setTimeout(resolve, idleMs);
            });
        }
      })();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      wake?.();
      await loop;
      loop = undefined;
    },
  };
}
