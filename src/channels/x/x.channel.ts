/**
 * X: mentions of each account read with GET /2/users/:id/mentions (since_id kept in the database,
 * paging, the x-rate-limit-* headers obeyed) or from the filtered stream (x-stream.ts); replies
 * with POST /2/tweets.
 */
import { ApiRequestError, ApiResponseError, type TwitterApi, type TwitterRateLimit } from 'twitter-api-v2';
import type { ChannelsConfig } from '../../config.js';
import type { AppContext } from '../../context.js';
import { acceptInbound } from '../../intake/intake.service.js';
import type { InboundItem } from '../../intake/inbound-item.js';
import { recordChannelError, recordChannelOk } from '../channel-health.repository.js';
import {
  ChannelSendError,
  healthWriteFailed,
  MediaFetchError,
  mediaHttpFailure,
  payloadString,
  readLimitedBody,
  type Channel,
  type ChannelLog,
  type ChannelRuntimeDeps,
  type FetchedMedia,
  type OutboundEnvelope,
} from '../channel.js';
import type { SkippedItem } from '../inbound.parse.js';
import { createPollerLocks, type PollerLocks } from '../poller-locks.js';
import { createXClient } from './x.client.js';
import { unitHandles, xAccounts } from './x-accounts.js';
import { parseXPage } from './x-mentions.parse.js';
import { openXStream, streamRuleFor, syncStreamRules, type XStreamHandle, type XStreamOptions } from './x-stream.js';

export type XConfig = NonNullable<ChannelsConfig['x']>;

/** X serves up to 800 mentions through paging; more pages than this per poll wait for the next one. */
const MAX_PAGES = 8;
const CURSOR_CHANNEL = 'x';

const MENTION_QUERY = {
  max_results: 100,
  'tweet.fields': 'author_id,created_at,conversation_id,referenced_tweets,geo,in_reply_to_user_id,attachments,note_tweet',
  expansions: 'author_id,attachments.media_keys,geo.place_id',
  'media.fields': 'url,type,variants,preview_image_url',
  'user.fields': 'name,username',
  // A post tagged with a place, not a point: the place's name, type and bbox, to route by.
  'place.fields': 'full_name,name,place_type,geo',
};

async function readCursor(ctx: AppContext, account: string): Promise<string | undefined> {
  const row = await ctx.store.db
    .selectFrom('channel_cursors')
    .select('cursor')
    .where('channel', '=', CURSOR_CHANNEL)
    .where('account', '=', account)
    .executeTakeFirst();
  return row?.cursor;
}

async function writeCursor(ctx: AppContext, account: string, cursor: string): Promise<void> {
  const at = new Date(ctx.now()).toISOString();
  await ctx.store.db
    .insertInto('channel_cursors')
    .values({ channel: CURSOR_CHANNEL, account, cursor, updated_at: at })
    .onConflict((oc) => oc.columns(['channel', 'account']).doUpdateSet({ cursor, updated_at: at }))
    .execute();
}

/** When the window of a rate limit opens again (epoch ms), if it is spent. */
function spentUntil(rate: TwitterRateLimit | undefined): number | undefined {
  return rate && rate.remaining <= 0 ? rate.reset * 1000 : undefined;
}

export interface XPollResult {
  stored: number;
  /** Posts that could not be read, skipped for good. */
  skipped: number;
  /** When X allows the next request, if a rate limit was reached. */
  waitUntil: number | undefined;
}

/**
 * Polls one account once. New mentions are stored oldest first; since_id moves only after every
 * page was stored, so a crash or a rate limit in between re-reads instead of skipping.
 */
export async function pollXAccount(
  ctx: AppContext,
  client: TwitterApi,
  account: string,
  enqueue: (id: number) => void,
  log?: ChannelLog,
): Promise<XPollResult> {
  const since = await readCursor(ctx, account);
  const items: InboundItem[] = [];
  let newest: string | undefined;
  let token: string | undefined;
  let complete = false;
  let waitUntil: number | undefined;
  const skipped: SkippedItem[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await client.v2.get(
      `users/${account}/mentions`,
      { ...MENTION_QUERY, ...(since ? { since_id: since } : {}), ...(token ? { pagination_token: token } : {}) },
      { fullResponse: true },
    );
    const parsed = parseXPage(res.data);
    // Not a page at all is X failing, like a 5xx: retried with back-off. A bad post inside one is not.
    if (!parsed.ok) throw new ChannelSendError('retryable', 'MALFORMED_PAGE');
    skipped.push(...parsed.skipped);
    newest ??= parsed.newestId;
    // The account's own posts (its replies) are not reports.
    items.push(...parsed.items.filter((i) => i.author?.id !== account));
    token = parsed.nextToken;
    waitUntil = spentUntil(res.rateLimit);
    // Without a cursor (first start) only the newest page is read: old mentions are history, not reports.
    if (!token || !since) {
      complete = true;
      break;
    }
    if (waitUntil) break;
  }
  items.sort((a, b) => (BigInt(a.externalId) < BigInt(b.externalId) ? -1 : 1));
  let stored = 0;
  let newestAt = 0;
  for (const item of items) {
    const r = await acceptInbound(ctx, { ...item, reply: { to: item.externalId, public: true } });
    if (r.isNew) {
      enqueue(r.id);
      stored++;
    }
    if (item.receivedAt) newestAt = Math.max(newestAt, Date.parse(item.receivedAt));
  }
  if (complete && newest) await writeCursor(ctx, account, newest);
  const now = ctx.now();
  if (skipped.length > 0) {
    // Skipped for good (the cursor moves past them): named by id in the log and counted in health.
    for (const s of skipped.slice(0, 20)) log?.warn({ channel: 'x', account, id: s.id, problem: s.problem }, 'post skipped');
    await recordChannelError(ctx.store.db, 'x', 'poll:MALFORMED_POST', new Date(now).toISOString());
  }
  await recordChannelOk(ctx.store.db, 'x', 'poll', new Date(now).toISOString(), newestAt > 0 ? now - newestAt : undefined);
  return { stored, skipped: skipped.length, waitUntil };
}

function failureOf(err: unknown, now: number): ChannelSendError {
  if (err instanceof ApiResponseError) {
    if (err.code === 429) return new ChannelSendError('rate_limited', '429', err.rateLimit ? err.rateLimit.reset * 1000 : now + 60_000);
    if (err.code >= 500) return new ChannelSendError('retryable', String(err.code));
    return new ChannelSendError('permanent', String(err.code));
  }
  if (err instanceof ApiRequestError) return new ChannelSendError('retryable', 'NETWORK');
  if (err instanceof ChannelSendError) return err;
  return new ChannelSendError('retryable', 'UNEXPECTED_ERROR');
}

/** The client that posts as an account: its own user tokens when the force gave them, else the force's account. */
function writerFor(cfg: XConfig, fallback: TwitterApi | undefined, cache: Map<string, TwitterApi>, account: string): TwitterApi | undefined {
  const key = account.toLowerCase();
  const tokens = cfg.postTokens[key];
  if (!tokens || !cfg.oauth1) return fallback;
  let client = cache.get(key);
  if (!client) {
    client = createXClient({ appKey: cfg.oauth1.appKey, appSecret: cfg.oauth1.appSecret, accessToken: tokens.accessToken, accessSecret: tokens.accessSecret }, cfg.apiUrl);
    cache.set(key, client);
  }
  return client;
}

/**
 * A post of its own (an alert): from the account named, with its own tokens or else the force's. X
 * refuses a text over 280 weighted characters (the alert was cut to fit) and rate-limits per account,
 * which the worker obeys like any 429.
 */
async function post(writer: TwitterApi | undefined, now: () => number, m: OutboundEnvelope): Promise<{ externalId: string }> {
  const text = payloadString(m.payload, 'text');
  if (!text) throw new ChannelSendError('permanent', 'PAYLOAD_INCOMPLETE');
  if (!writer) throw new ChannelSendError('permanent', 'NO_USER_CONTEXT');
  try {
    const res = await writer.v2.tweet({ text });
    return { externalId: res.data.id };
  } catch (err) {
    throw failureOf(err, now());
  }
}

async function send(writer: TwitterApi, now: () => number, m: OutboundEnvelope): Promise<{ externalId: string }> {
  const to = payloadString(m.payload, 'to');
  const text = payloadString(m.payload, 'text');
  if (!to || !text || !/^\d{1,19}$/.test(to)) throw new ChannelSendError('permanent', 'PAYLOAD_INCOMPLETE');
  try {
    const res = await writer.v2.tweet({ text, reply: { in_reply_to_tweet_id: to } });
    return { externalId: res.data.id };
  } catch (err) {
    throw failureOf(err, now());
  }
}

export interface XChannelOptions extends XStreamOptions {
  /** Pause between two polls of the same account, in ms (defaults to the configured seconds). */
  pollMs?: number;
}

/** Advisory-lock names: one per polled account, one for the app's single stream connection. */
const MENTIONS_LOCK = 'x.mentions';
const STREAM_LOCK = 'x.stream';

/**
 * The X channel: a poller per account, or the filtered stream where configured, and replies as posts.
 * The accounts are CHOWKI_X_ACCOUNTS, else the units' handles resolved to ids. On PostgreSQL every
 * account and the stream are behind advisory locks, so that of several processes exactly one reads each.
 */
/** The origin of a configured URL (the emulator's in tests), or undefined for one that is not a URL. */
function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Downloads a post's photo or video from the URL X expanded it with (attachments.media_keys with
 * media.fields=url,variants): X serves media from its own hosts (pbs.twimg.com, video.twimg.com) without
 * a token; any other host is refused, so a page cannot make Chowki fetch from elsewhere (the emulator's
 * origin is X's for the tests).
 */
async function fetchXMedia(apiOrigin: string | undefined, url: string, maxBytes: number): Promise<FetchedMedia> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new MediaFetchError('permanent', 'BAD_MEDIA_URL');
  }
  const x = target.protocol === 'https:' && (target.hostname === 'twimg.com' || target.hostname.endsWith('.twimg.com'));
  if (!x && target.origin !== apiOrigin) throw new MediaFetchError('permanent', 'MEDIA_HOST_REFUSED');
  try {
    const res = await fetch(target, { signal: AbortSignal.timeout(60_000), redirect: 'error' });
    if (!res.ok) throw mediaHttpFailure(res.status);
    return { bytes: await readLimitedBody(res, maxBytes), mime: res.headers.get('content-type') ?? undefined };
  } catch (err) {
    if (err instanceof MediaFetchError) throw err;
    throw new MediaFetchError('retryable', err instanceof Error && err.name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK');
  }
}

export function createXChannel(cfg: XConfig, now: () => number = Date.now, opts: XChannelOptions = {}): Channel {
  const reader = createXClient(cfg.bearerToken, cfg.apiUrl);
  const writer = cfg.oauth1 ? createXClient(cfg.oauth1, cfg.apiUrl) : reader;
  const pollMs = opts.pollMs ?? cfg.pollSeconds * 1000;
  const postWriters = new Map<string, TwitterApi>();
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let accounts: string[] = [];

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, Math.max(0, ms));
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });

  const recordError = (deps: ChannelRuntimeDeps, code: string) =>
    recordChannelError(deps.ctx.store.db, 'x', code, new Date(deps.ctx.now()).toISOString()).catch(healthWriteFailed(deps.log, 'x', code));

  /** Resolves the accounts until it succeeds; the ids are cached in the database after the first time. */
  const ensureAccounts = async (deps: ChannelRuntimeDeps): Promise<boolean> => {
    if (accounts.length > 0) return true;
    try {
      accounts = await xAccounts(deps.ctx, reader, cfg.accounts);
    } catch (err) {
      await recordError(deps, `accounts:${failureOf(err, Date.now()).code}`);
    }
    return accounts.length > 0;
  };

  /** One poll of each account this process holds the lock of; returns when to poll next (epoch ms). */
  const pollHeld = async (deps: ChannelRuntimeDeps, locks: PollerLocks | null, state: { failures: number }): Promise<number> => {
    let next = Date.now() + pollMs;
    for (const account of accounts) {
      if (!running) break;
      try {
        if (locks && !(await locks.tryLock(MENTIONS_LOCK, account))) continue;
        const r = await pollXAccount(deps.ctx, reader, account, deps.enqueue, deps.log);
        state.failures = 0;
        // X's reset is a wall-clock time: wait for it in real time, whatever the app's clock says.
        if (r.waitUntil) next = Math.max(next, r.waitUntil);
      } catch (err) {
        const f = failureOf(err, Date.now());
        state.failures++;
        await recordError(deps, `poll:${f.code}`);
        next = Math.max(next, f.kind === 'rate_limited' && f.retryAt ? f.retryAt : Date.now() + Math.min(320_000, 5_000 * 2 ** (state.failures - 1)));
      }
    }
    return next;
  };

  const pollLoop = async (deps: ChannelRuntimeDeps) => {
    const locks = createPollerLocks(deps.ctx.store);
    const state = { failures: 0 };
    try {
      while (running) {
        const next = (await ensureAccounts(deps)) ? await pollHeld(deps, locks, state) : Date.now() + pollMs;
        if (running) await sleep(next - Date.now());
      }
    } finally {
      await locks.close();
    }
  };

  /**
   * The stream runs in the one process holding its lock; the others wait as stand-bys and take over
   * when that process (and with it its lock connection) goes. After each (re)connect the mentions are
   * read once, so that what was posted during a disconnect still arrives (stored once either way).
   */
  const streamLoop = async (deps: ChannelRuntimeDeps) => {
    const locks = createPollerLocks(deps.ctx.store);
    let handle: XStreamHandle | undefined;
    const own = () => new Set(accounts);
    try {
      while (running) {
        try {
          const mine = await locks.tryLock(STREAM_LOCK, 'app');
          if (!mine && handle) {
            // The lock connection dropped and another process took over: it streams now.
            await handle.close();
            handle = undefined;
          }
          if (mine && !handle) {
            // The rules need only the handles; the ids (own posts, catch-up polls) may resolve later.
            await ensureAccounts(deps);
            await syncStreamRules(reader, (await unitHandles(deps.ctx)).map(streamRuleFor));
            if (!running) break;
            handle = await openXStream(
              reader,
              {
                ctx: deps.ctx,
                enqueue: deps.enqueue,
                ownAccounts: own,
                ...(deps.log ? { log: deps.log } : {}),
                onConnected: async () => {
                  if (await ensureAccounts(deps)) await pollHeld(deps, null, { failures: 0 });
                },
              },
              opts,
            );
          }
        } catch (err) {
          await recordError(deps, `stream:${failureOf(err, Date.now()).code}`);
        }
        if (running) await sleep(pollMs);
      }
    } finally {
      await handle?.close();
      await locks.close();
    }
  };

  return {
    name: 'x',
    fetchMedia: (url, maxBytes) => fetchXMedia(originOf(cfg.apiUrl), url, maxBytes),
    async start(deps) {
      if (running) return;
      running = true;
      loop = cfg.stream ? streamLoop(deps) : pollLoop(deps);
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      loop = undefined;
    },
    send: (m) => {
      const account = payloadString(m.payload, 'account');
      return account ? post(writerFor(cfg, cfg.oauth1 ? writer : undefined, postWriters, account), now, m) : send(writer, now, m);
    },
    async check() {
      try {
        if (cfg.oauth1) {
          const me = await writer.v2.me();
          return { ok: true, detail: `posting as @${me.data.username}` };
        }
        const first = cfg.accounts[0];
        if (!first) {
          // App-only: the rules endpoint answers to the bearer token alone; the accounts come from the units.
          await reader.v2.streamRules();
          return { ok: true, detail: 'bearer token accepted; accounts resolved from the units\' handles at start' };
        }
        const user = await reader.v2.user(first);
        return { ok: true, detail: `reading mentions of @${user.data.username}` };
      } catch (err) {
        return { ok: false, detail: err instanceof ApiResponseError ? `X answered HTTP ${err.code}` : 'X did not answer' };
      }
    },
  };
}
