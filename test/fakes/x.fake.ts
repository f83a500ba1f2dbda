/**
 * An emulator of the X API v2 as Chowki uses it: mentions with since_id and pagination,
 * POST /2/tweets, user lookups (by id and GET /2/users/by), the filtered stream's rules and the
 * stream itself (chunked, one JSON object per `\r\n`, bare `\r\n` keep-alives that can be cut or
 * stalled, connects answered 429/503), x-rate-limit-* headers, and injectable 429s and 5xx.
 */
import type { ServerResponse } from 'node:http';
import { startFakeServer, sendJson } from './http.fake.js';

interface Post {
  id: string;
  text: string;
  author_id?: string;
  [k: string]: unknown;
}

interface Rule {
  id: string;
  value: string;
  tag?: string;
}

interface StreamConnection {
  res: ServerResponse;
  timer: NodeJS.Timeout | undefined;
  /** Whether the connection asked for expansions=geo.place_id: only then do its posts carry includes.places. */
  places: boolean;
}

/** A place as X expands it (place.fields=full_name,name,place_type,geo): a GeoJSON Feature with its bbox. */
export interface XPlace {
  id: string;
  full_name: string;
  name?: string;
  place_type?: string;
  country_code?: string;
  geo?: { type: 'Feature'; bbox: [number, number, number, number]; properties: Record<string, never> };
}

export async function startXFake(opts: {
  bearer: string;
  pageSize?: number;
  limit?: number;
  /** Keep-alive interval of the stream, in ms (X: 20 000). */
  keepAliveMs?: number;
}) {
  const mentions = new Map<string, Post[]>();
  /** Pages served as they are, before the account's mentions: what X might send, broken posts and all. */
  const rawPages = new Map<string, unknown[]>();
  const users: Array<{ id: string; name: string; username: string }> = [];
  /** Expanded media objects by media_key, and the files their URLs serve (pbs.twimg.com at X, no token). */
  const media = new Map<string, Record<string, unknown>>();
  const mediaFiles = new Map<string, { bytes: Buffer; type: string }>();
  /** Places posts are tagged with (geo.place_id), by id. */
  const places = new Map<string, XPlace>();
  const placesOf = (posts: Post[]) =>
    posts.flatMap((p) => {
      const id = (p.geo as { place_id?: string } | undefined)?.place_id;
      const place = id ? places.get(id) : undefined;
      return place ? [place] : [];
    });
  /** Every post, with the OAuth 1.0a access token it was posted with (whose account it is on). */
  const posted: Array<{ id: string; text: string; inReplyTo: string | undefined; token: string | undefined }> = [];
  const requests: string[] = [];
  const failures: Array<{ status: number; resetInS: number }> = [];
  const limit = opts.limit ?? 450;
  let remaining = limit;
  let seq = 1900000000000000000n;
  const rules = new Map<string, Rule>();
  const ruleRequests: Array<{ method: string; body: unknown }> = [];
  let ruleSeq = 1273026480692322304n;
  const byUsername = new Map<string, { id: string; name: string; username: string }>();
  const streams = new Set<StreamConnection>();
  const streamFailures: Array<{ status: number; resetInS: number }> = [];
  let streamConnects = 0;
  const keepAliveMs = opts.keepAliveMs ?? 20_000;
  const sentAt = () => new Date().toISOString();

  const stopKeepAlive = (c: StreamConnection) => {
    if (c.timer) clearInterval(c.timer);
    c.timer = undefined;
  };
  const openStream = (res: ServerResponse, url: URL) => {
    streamConnects++;
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...rateHeaders() });
    const c: StreamConnection = { res, timer: undefined, places: url.searchParams.get('expansions')?.split(',').includes('geo.place_id') ?? false };
    c.timer = setInterval(() => res.write('\r\n'), keepAliveMs);
    res.on('close', () => {
      stopKeepAlive(c);
      streams.delete(c);
    });
    streams.add(c);
    // X's first byte is a keep-alive as well: the client knows the stream is open.
    res.write('\r\n');
  };

  const rateHeaders = () => ({
    'x-rate-limit-limit': String(limit),
    'x-rate-limit-remaining': String(Math.max(0, remaining)),
    'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 900),
  });

  const server = await startFakeServer((req, body, res, url) => {
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const file = req.method === 'GET' && url.pathname.startsWith('/media/') ? mediaFiles.get(url.pathname) : undefined;
    if (file) {
      res.writeHead(200, { 'content-type': file.type, 'content-length': String(file.bytes.length) });
      res.end(file.bytes);
      return;
    }
    const auth = req.headers.authorization ?? '';
    if (auth !== `Bearer ${opts.bearer}` && !auth.startsWith('OAuth ')) {
      return sendJson(res, 401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    }
    const failure = failures.shift();
    if (failure) {
      const headers = { ...rateHeaders(), 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + failure.resetInS) };
      if (failure.status === 429) return sendJson(res, 429, { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }, headers);
      return sendJson(res, failure.status, { title: 'Service Unavailable', type: 'about:blank', status: failure.status }, rateHeaders());
    }
    remaining--;
    if (req.method === 'GET' && url.pathname === '/2/tweets/search/stream') {
      const fail = streamFailures.shift();
      if (fail?.status === 429) {
        const reset = String(Math.floor(Date.now() / 1000) + fail.resetInS);
        return sendJson(
          res,
          429,
          {
            title: 'ConnectionException',
            detail: 'This stream is currently at the maximum allowed connection limit.',
            connection_issue: 'TooManyConnections',
            type: 'https://api.x.com/2/problems/streaming-connection',
          },
          { ...rateHeaders(), 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': reset },
        );
      }
      // Status 0: the connection drops before any answer, as a network error would.
      if (fail?.status === 0) return void req.socket.destroy();
      if (fail) return sendJson(res, fail.status, { title: 'Service Unavailable', type: 'about:blank', status: fail.status });
      return openStream(res, url);
    }
    if (url.pathname === '/2/tweets/search/stream/rules') {
      const parsed: unknown = req.method === 'POST' ? JSON.parse(body.toString('utf8')) : undefined;
      ruleRequests.push({ method: req.method ?? '', body: parsed });
      if (req.method === 'GET') {
        const data = [...rules.values()];
        return sendJson(res, 200, { ...(data.length > 0 ? { data } : {}), meta: { sent: sentAt(), result_count: data.length } }, rateHeaders());
      }
      const b = (parsed ?? {}) as { add?: Array<{ value: string; tag?: string }>; delete?: { ids?: string[] } };
      if (b.add) {
        const created: Rule[] = [];
        const errors: unknown[] = [];
        for (const r of b.add) {
          if ([...rules.values()].some((o) => o.value === r.value)) {
            errors.push({ value: r.value, id: [...rules.values()].find((o) => o.value === r.value)?.id, title: 'DuplicateRule', type: 'https://api.x.com/2/problems/duplicate-rules' });
            continue;
          }
          const rule: Rule = { id: String(++ruleSeq), value: r.value, ...(r.tag ? { tag: r.tag } : {}) };
          rules.set(rule.id, rule);
          created.push(rule);
        }
        const summary = { created: created.length, not_created: errors.length, valid: created.length, invalid: errors.length };
        return sendJson(res, 200, { ...(created.length > 0 ? { data: created } : {}), ...(errors.length > 0 ? { errors } : {}), meta: { sent: sentAt(), summary } }, rateHeaders());
      }
      if (b.delete?.ids) {
        let deleted = 0;
        for (const id of b.delete.ids) if (rules.delete(id)) deleted++;
        return sendJson(res, 200, { meta: { sent: sentAt(), summary: { deleted, not_deleted: b.delete.ids.length - deleted } } }, rateHeaders());
      }
      return sendJson(res, 400, { title: 'Invalid Request', type: 'https://api.x.com/2/problems/invalid-request' });
    }
    if (req.method === 'GET' && url.pathname === '/2/users/by') {
      const names = (url.searchParams.get('usernames') ?? '').split(',').filter(Boolean);
      const found = names.flatMap((n) => byUsername.get(n.toLowerCase()) ?? []);
      const missing = names.filter((n) => !byUsername.has(n.toLowerCase()));
      return sendJson(
        res,
        200,
        {
          ...(found.length > 0 ? { data: found } : {}),
          ...(missing.length > 0
            ? { errors: missing.map((n) => ({ value: n, detail: `Could not find user with usernames: [${n}].`, title: 'Not Found Error', resource_type: 'user', parameter: 'usernames', type: 'https://api.x.com/2/problems/resource-not-found' })) }
            : {}),
        },
        rateHeaders(),
      );
    }
    let m = /^\/2\/users\/(\d+)\/mentions$/.exec(url.pathname);
    const raw = m ? rawPages.get(m[1] ?? '')?.shift() : undefined;
    if (req.method === 'GET' && raw !== undefined) return sendJson(res, 200, raw, rateHeaders());
    if (req.method === 'GET' && m) {
      const since = url.searchParams.get('since_id');
      const all = (mentions.get(m[1] ?? '') ?? [])
        .filter((p) => !since || BigInt(p.id) > BigInt(since))
        .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
      const size = Math.min(opts.pageSize ?? 100, Number(url.searchParams.get('max_results') ?? 10));
      const start = Number(url.searchParams.get('pagination_token')?.replace(/^p/, '') ?? 0);
      const page = all.slice(start, start + size);
      if (page.length === 0) return sendJson(res, 200, { meta: { result_count: 0 } }, rateHeaders());
      const authorIds = new Set(page.map((p) => p.author_id));
      return sendJson(
        res,
        200,
        {
          data: page,
          includes: {
            users: users.filter((u) => authorIds.has(u.id)),
            // With expansions=attachments.media_keys: the media of the page's posts.
            ...(url.searchParams.get('expansions')?.includes('attachments.media_keys')
              ? { media: page.flatMap((p) => ((p.attachments as { media_keys?: string[] } | undefined)?.media_keys ?? []).flatMap((k) => media.get(k) ?? [])) }
              : {}),
            // With expansions=geo.place_id: the places the page's posts are tagged with.
            ...(url.searchParams.get('expansions')?.split(',').includes('geo.place_id') && placesOf(page).length > 0 ? { places: placesOf(page) } : {}),
          },
          meta: {
            result_count: page.length,
            newest_id: page[0]?.id,
            oldest_id: page[page.length - 1]?.id,
            ...(start + size < all.length ? { next_token: `p${start + size}` } : {}),
          },
        },
        rateHeaders(),
      );
    }
    if (req.method === 'POST' && url.pathname === '/2/tweets') {
      const b: { text?: string; reply?: { in_reply_to_tweet_id?: string } } = JSON.parse(body.toString('utf8'));
      if (typeof b.text !== 'string' || b.text.length === 0) {
        return sendJson(res, 400, { title: 'Invalid Request', detail: 'text is required', type: 'https://api.x.com/2/problems/invalid-request' });
      }
      const id = String(++seq);
      const token = /oauth_token="([^"]+)"/.exec(req.headers.authorization ?? '')?.[1];
      posted.push({ id, text: b.text, inReplyTo: b.reply?.in_reply_to_tweet_id, token: token ? decodeURIComponent(token) : undefined });
      return sendJson(res, 201, { data: { id, text: b.text, edit_history_tweet_ids: [id] } }, rateHeaders());
    }
    if (req.method === 'GET' && url.pathname === '/2/users/me') {
      return sendJson(res, 200, { data: { id: '1000', name: 'Nagpur City Police', username: 'NagpurPolice' } }, rateHeaders());
    }
    m = /^\/2\/users\/(\d+)$/.exec(url.pathname);
    if (req.method === 'GET' && m) {
      return sendJson(res, 200, { data: { id: m[1], name: 'Nagpur City Police', username: 'NagpurPolice' } }, rateHeaders());
    }
    return sendJson(res, 404, { title: 'Not Found Error', type: 'https://api.x.com/2/problems/resource-not-found' });
  });

  return {
    url: server.url,
    posted,
    requests,
    /** Adds posts that mention an account, with the users of the page. */
    addMentions(account: string, page: { data: Post[]; includes?: { users?: Array<{ id: string; name: string; username: string }> } }) {
      mentions.set(account, [...(mentions.get(account) ?? []), ...page.data]);
      users.push(...(page.includes?.users ?? []));
    },
    /**
     * A photo or video a post carries (attachments.media_keys): its media object as X expands it, with a
     * URL on this server. Returns the URL.
     */
    addMedia(key: string, type: 'photo' | 'video', bytes: Buffer, contentType: string) {
      const path = `/media/${key}.${type === 'photo' ? 'jpg' : 'mp4'}`;
      mediaFiles.set(path, { bytes, type: contentType });
      const fileUrl = `${server.url}${path}`;
      media.set(
        key,
        type === 'photo'
          ? { media_key: key, type, url: fileUrl, width: 96, height: 64 }
          : { media_key: key, type, preview_image_url: `${server.url}/media/${key}-preview.jpg`, variants: [{ bit_rate: 632000, content_type: 'video/mp4', url: fileUrl }, { content_type: 'application/x-mpegURL', url: `${fileUrl}.m3u8` }] },
      );
      return fileUrl;
    },
    /** A place posts can be tagged with (geo.place_id), expanded into includes.places when asked for. */
    addPlace(place: XPlace) {
      places.set(place.id, place);
    },
    /** The next mentions request for the account answers this body as it is (malformed posts included). */
    serveRawMentions(account: string, body: unknown) {
      rawPages.set(account, [...(rawPages.get(account) ?? []), body]);
    },
    /** The next requests fail: 429 with x-rate-limit-reset `resetInS` seconds ahead, or a 5xx. */
    failNext(status: number, times = 1, resetInS = 1) {
      for (let i = 0; i < times; i++) failures.push({ status, resetInS });
    },
    /** Known accounts for GET /2/users/by. */
    addUser(username: string, id: string) {
      byUsername.set(username.toLowerCase(), { id, name: username, username });
    },
    /** The stream's current rules, and every request to the rules endpoint. */
    rules: () => [...rules.values()],
    ruleRequests,
    /** How many stream connections were opened, and how many are open. */
    streamConnects: () => streamConnects,
    openStreams: () => streams.size,
    /** Sends a post to every open stream connection with the rules whose handle it mentions; returns how many got it. */
    pushToStream(post: Post, users: Array<{ id: string; name: string; username: string }> = []) {
      const text = post.text.toLowerCase();
      const matching = [...rules.values()]
        .filter((r) => text.includes((/^@\w+/.exec(r.value)?.[0] ?? '\u0000').toLowerCase()))
        .map((r) => ({ id: r.id, tag: r.tag ?? '' }));
      const authors = users.filter((u) => u.id === post.author_id);
      for (const c of streams) {
        const tagged = c.places ? placesOf([post]) : [];
        const includes = { ...(authors.length > 0 ? { users: authors } : {}), ...(tagged.length > 0 ? { places: tagged } : {}) };
        c.res.write(`${JSON.stringify({ data: post, ...(Object.keys(includes).length > 0 ? { includes } : {}), matching_rules: matching })}\r\n`);
      }
      return streams.size;
    },
    /** Writes a line to every open stream connection as it is (need not be JSON); returns how many got it. */
    pushRawToStream(line: string) {
      for (const c of streams) c.res.write(`${line}\r\n`);
      return streams.size;
    },
    /** Drops every open stream connection, as a network cut would. */
    cutStreams() {
      for (const c of streams) {
        stopKeepAlive(c);
        c.res.socket?.destroy();
      }
    },
    /** Keeps the open stream connections but sends nothing on them any more (no keep-alives). */
    stallStreams() {
      for (const c of streams) stopKeepAlive(c);
    },
    /** The next stream connects are answered with this status (429 with TooManyConnections, a 5xx, or 0: dropped). */
    failStreamConnects(status: number, times = 1, resetInS = 60) {
      for (let i = 0; i < times; i++) streamFailures.push({ status, resetInS });
    },
    close: async () => {
      for (const c of streams) stopKeepAlive(c);
      await server.close();
    },
  };
}
