/**
 * X's filtered stream (GET /2/tweets/search/stream) through twitter-api-v2's TweetStream: one rule
 * per unit handle, posts stored as inbound items as they arrive, and the reconnects X documents
 * (handling-disconnections): a dropped connection at once, silence beyond the 20 s keep-alive at once,
 * network errors linearly from 250 ms to 16 s, HTTP errors exponentially from 5 s to 320 s, 429
 * exponentially from a minute.
 */
import { ApiResponseError, ETwitterStreamEvent, type StreamingV2Rule, type TwitterApi } from 'twitter-api-v2';
import type { AppContext } from '../../context.js';
import { acceptInbound } from '../../intake/intake.service.js';
import { recordChannelError, recordChannelOk } from '../channel-health.repository.js';
import { healthWriteFailed, type ChannelLog } from '../channel.js';
import type { UnitHandle } from './x-accounts.js';
import { parseXPage } from './x-mentions.parse.js';

/** X sends a keep-alive every 20 s; a second of slack, as tweepy allows, so that a late one is not a loss. */
export const KEEP_ALIVE_TIMEOUT_MS = 21_000;
/** POST /2/tweets/search/stream/rules takes at most 100 rules per request. */
const RULES_BATCH = 100;
/** X documents no ceiling for 429s; beyond the 15-minute rate window a longer wait gains nothing. */
const RATE_LIMIT_CAP_MS = 15 * 60_000;

const STREAM_QUERY = {
  'tweet.fields': 'author_id,created_at,conversation_id,referenced_tweets,geo,in_reply_to_user_id,attachments,note_tweet',
  expansions: 'author_id,attachments.media_keys,geo.place_id',
  'media.fields': 'url,type,variants,preview_image_url',
  'user.fields': 'name,username',
  // A post tagged with a place, not a point: the place's name, type and bbox, to route by.
  'place.fields': 'full_name,name,place_type,geo',
};

export interface WantedRule {
  value: string;
  tag: string;
}

/** The rule for one handle: posts that mention it, retweets left out (they repeat a report). */
export function streamRuleFor(h: UnitHandle): WantedRule {
  return { value: `@${h.handle} -is:retweet`, tag: h.unitId };
}

const ruleKey = (r: { value: string; tag?: string | undefined }) => `${r.value}\u0000${r.tag ?? ''}`;

/**
 * Makes the stream's rules exactly the wanted ones: adds the missing, deletes the stale (a handle
 * removed from the units, or a rule with another tag). A second run with the same units changes nothing.
 */
export async function syncStreamRules(client: TwitterApi, wanted: readonly WantedRule[]): Promise<{ added: number; deleted: number }> {
  const current: StreamingV2Rule[] = [];
  let token: string | undefined;
  do {
    const page = await client.v2.streamRules(token ? { pagination_token: token } : {});
    current.push(...(page.data ?? []));
    token = page.meta.next_token;
  } while (token);
  const wantedKeys = new Set(wanted.map(ruleKey));
  const currentKeys = new Set(current.map(ruleKey));
  const stale = current.filter((r) => !wantedKeys.has(ruleKey(r))).map((r) => r.id);
  const missing = wanted.filter((w, i) => !currentKeys.has(ruleKey(w)) && wanted.findIndex((o) => ruleKey(o) === ruleKey(w)) === i);
  for (let i = 0; i < stale.length; i += RULES_BATCH) {
    await client.v2.updateStreamRules({ delete: { ids: stale.slice(i, i + RULES_BATCH) } });
  }
  for (let i = 0; i < missing.length; i += RULES_BATCH) {
    await client.v2.updateStreamRules({ add: missing.slice(i, i + RULES_BATCH).map((r) => ({ value: r.value, tag: r.tag })) });
  }
  return { added: missing.length, deleted: stale.length };
}

export type StreamFailure = 'network' | 'http' | 'rate_limited';

/** How a failed (re)connect failed, in X's three back-off families. */
export function streamFailureOf(err: unknown): StreamFailure {
  if (err instanceof ApiResponseError) return err.code === 429 ? 'rate_limited' : 'http';
  return 'network';
}

/** X's documented wait before reconnect attempt `attempt` (from 1) after a failure of that kind. */
export function streamBackoffMs(kind: StreamFailure, attempt: number): number {
  const n = Math.max(1, Math.floor(attempt));
  switch (kind) {
    case 'network':
      return Math.min(16_000, 250 * n);
    case 'http':
      return Math.min(320_000, 5_000 * 2 ** Math.min(n - 1, 16));
    case 'rate_limited':
      return Math.min(RATE_LIMIT_CAP_MS, 60_000 * 2 ** Math.min(n - 1, 16));
  }
}

export interface XStreamOptions {
  /** Silence after which the connection counts as lost (tests shorten it). */
  keepAliveTimeoutMs?: number;
  /** Multiplies every back-off wait (tests shrink X's minutes to milliseconds). */
  backoffScale?: number;
  /** Told each back-off X's rules chose, before scaling. */
  onBackoff?: (waitMs: number, kind: StreamFailure, attempt: number) => void;
}

export interface XStreamDeps {
  ctx: AppContext;
  enqueue: (inboundId: number) => void;
  /** The force's own accounts: their posts (the replies) are not reports. */
  ownAccounts: () => ReadonlySet<string>;
  /** Called after every (re)connect, to read what was posted while disconnected. */
  onConnected: () => Promise<void>;
  /** Where skipped posts are named (by id, never content). */
  log?: ChannelLog;
}

export interface XStreamHandle {
  /** Closes the connection and waits for the posts already received to be stored. */
  close(): Promise<void>;
}

/** A health write per keep-alive would be one every 20 s per process; once a minute says as much. */
const HEALTH_EVERY_MS = 60_000;

/** Opens the filtered stream and keeps it open until closed. Resolves once the first attempt ended. */
export async function openXStream(client: TwitterApi, deps: XStreamDeps, opts: XStreamOptions = {}): Promise<XStreamHandle> {
  const { ctx } = deps;
  const db = ctx.store.db;
  const scale = opts.backoffScale ?? 1;
  const at = () => new Date(ctx.now()).toISOString();
  let lastHealth = 0;
  // One chain: posts are stored in the order they came, and a failure is recorded, never thrown at the emitter.
  let chain: Promise<void> = Promise.resolve();
  const queue = (step: () => Promise<void>, errorCode: string) => {
    chain = chain.then(step).catch(() => recordChannelError(db, 'x', errorCode, at()).catch(healthWriteFailed(deps.log, 'x', errorCode)));
  };
  const alive = () => {
    const now = Date.now();
    if (now - lastHealth < HEALTH_EVERY_MS) return;
    lastHealth = now;
    queue(() => recordChannelOk(db, 'x', 'poll', at()), 'stream:HEALTH');
  };

  const stream = client.v2.searchStream({ ...STREAM_QUERY, autoConnect: false });
  stream.on(ETwitterStreamEvent.Data, (message: unknown) => {
    queue(async () => {
      const m = typeof message === 'object' && message !== null && 'data' in message ? message : null;
      const parsed = m ? parseXPage({ data: [m.data], ...('includes' in m ? { includes: m.includes } : {}) }) : null;
      const skip = !parsed ? { id: null, problem: 'message: no data' } : !parsed.ok ? { id: null, problem: parsed.problem } : parsed.skipped[0];
      if (skip) {
        deps.log?.warn({ channel: 'x', id: skip.id, problem: skip.problem }, 'post skipped');
        await recordChannelError(db, 'x', 'stream:MALFORMED_POST', at());
      }
      if (!parsed?.ok) return;
      const own = deps.ownAccounts();
      let newestAt = 0;
      for (const item of parsed.items) {
        if (item.author && own.has(item.author.id)) continue;
        const r = await acceptInbound(ctx, { ...item, reply: { to: item.externalId, public: true } });
        if (r.isNew) deps.enqueue(r.id);
        if (item.receivedAt) newestAt = Math.max(newestAt, Date.parse(item.receivedAt));
      }
      const now = ctx.now();
      lastHealth = Date.now();
      await recordChannelOk(db, 'x', 'inbound', new Date(now).toISOString(), newestAt > 0 ? now - newestAt : undefined);
    }, 'stream:STORE');
  });
  stream.on(ETwitterStreamEvent.DataKeepAlive, alive);
  const connected = () => {
    lastHealth = 0;
    alive();
    queue(deps.onConnected, 'stream:CATCH_UP');
  };
  stream.on(ETwitterStreamEvent.Connected, connected);
  stream.on(ETwitterStreamEvent.Reconnected, connected);
  // Codes only: an in-stream error payload (operational-disconnect) is followed by X closing the connection.
  stream.on(ETwitterStreamEvent.DataError, () => queue(() => recordChannelError(db, 'x', 'stream:DATA_ERROR', at()), 'stream:HEALTH'));
  stream.on(ETwitterStreamEvent.ConnectionLost, () => queue(() => recordChannelError(db, 'x', 'stream:SILENT', at()), 'stream:HEALTH'));
  stream.on(ETwitterStreamEvent.ConnectionError, () => queue(() => recordChannelError(db, 'x', 'stream:DISCONNECTED', at()), 'stream:HEALTH'));
  // A line that is not JSON: the stream goes on with the next; counted, never logged with its text.
  stream.on(ETwitterStreamEvent.TweetParseError, () => {
    deps.log?.warn({ channel: 'x', id: null, problem: 'stream line: not valid JSON' }, 'post skipped');
    queue(() => recordChannelError(db, 'x', 'stream:MALFORMED_POST', at()), 'stream:HEALTH');
  });
  // TweetStream emits its errors on this event too; without a listener they would go unobserved.
  stream.on(ETwitterStreamEvent.Error, () => undefined);

  await stream.connect({
    autoReconnect: true,
    autoReconnectRetries: 'unlimited',
    keepAliveTimeout: opts.keepAliveTimeoutMs ?? KEEP_ALIVE_TIMEOUT_MS,
    nextRetryTimeout: (attempt: number, error: unknown) => {
      const kind = streamFailureOf(error);
      const wait = streamBackoffMs(kind, attempt);
      opts.onBackoff?.(wait, kind, attempt);
      queue(() => recordChannelError(db, 'x', `stream:${error instanceof ApiResponseError ? error.code : 'NETWORK'}`, at()), 'stream:HEALTH');
      return wait * scale;
    },
  });

  return {
    async close() {
      // A reconnect in flight would otherwise outlive the close and start retrying on its own.
      stream.autoReconnect = false;
      stream.destroy();
      await chain;
    },
  };
}
