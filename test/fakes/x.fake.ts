/**
 * An emulator of the X API v2 as Chowki uses it: mentions with since_id and pagination,
 * POST /2/tweets, user lookups, x-rate-limit-* headers, and injectable 429s and 5xx.
 */
import { startFakeServer, sendJson } from './http.fake.js';

interface Post {
  id: string;
  text: string;
  author_id?: string;
  [k: string]: unknown;
}

export async function startXFake(opts: { bearer: string; pageSize?: number; limit?: number }) {
  const mentions = new Map<string, Post[]>();
  const users: Array<{ id: string; name: string; username: string }> = [];
  const posted: Array<{ id: string; text: string; inReplyTo: string | undefined }> = [];
  const requests: string[] = [];
  const failures: Array<{ status: number; resetInS: number }> = [];
  const limit = opts.limit ?? 450;
  let remaining = limit;
  let seq = 1900000000000000000n;

  const rateHeaders = () => ({
    'x-rate-limit-limit': String(limit),
    'x-rate-limit-remaining': String(Math.max(0, remaining)),
    'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 900),
  });

  const server = await startFakeServer((req, body, res, url) => {
    requests.push(`${req.method} ${url.pathname}${url.search}`);
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
    let m = /^\/2\/users\/(\d+)\/mentions$/.exec(url.pathname);
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
          includes: { users: users.filter((u) => authorIds.has(u.id)) },
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
      posted.push({ id, text: b.text, inReplyTo: b.reply?.in_reply_to_tweet_id });
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
    /** The next requests fail: 429 with x-rate-limit-reset `resetInS` seconds ahead, or a 5xx. */
    failNext(status: number, times = 1, resetInS = 1) {
      for (let i = 0; i < times; i++) failures.push({ status, resetInS });
    },
    close: server.close,
  };
}
