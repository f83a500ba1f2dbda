/** An emulator of the Telegram Bot API: getMe, sendMessage, setWebhook, deleteWebhook, getUpdates, 429 with retry_after. */
import { slidingSecond, startFakeServer, sendJson } from './http.fake.js';

/** The Bot API's descriptions of the errors a send meets most (https://core.telegram.org/api/errors). */
const TELEGRAM_ERRORS: Record<number, string> = {
  400: 'Bad Request: chat not found',
  403: 'Forbidden: bot was blocked by the user',
};

export interface TelegramSent {
  chatId: number;
  text: string;
  replyTo: number | undefined;
  messageId: number;
}

export async function startTelegramFake(opts: { token: string; /** Answer 429 (retry_after 1) past this many sendMessage calls in any second, as Telegram does past its 30/s. */ ratePerSecond?: number }) {
  const allow = slidingSecond(opts.ratePerSecond);
  let limited = 0;
  const sent: TelegramSent[] = [];
  const updates: Array<{ update_id: number }> = [];
  /** getUpdates results served as they are, before the queue: what a broken server might send. */
  const rawResults: unknown[] = [];
  const failures: number[] = [];
  let webhook: { url: string; secret: string | undefined } | null = null;
  /** Files users sent, by file_id: getFile gives their path, /file/bot<token>/<path> their bytes. */
  const files = new Map<string, { bytes: Buffer; path: string }>();
  let messageSeq = 1000;
  let polls = 0;

  const server = await startFakeServer(async (req, body, res, url) => {
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (download) {
      const file = [...files.values()].find((f) => f.path === decodeURIComponent(download[2] ?? ''));
      if (download[1] !== opts.token || !file) return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(file.bytes.length) });
      res.end(file.bytes);
      return;
    }
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!m || m[1] !== opts.token) return sendJson(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = m[2];
    const params: Record<string, unknown> = body.length ? JSON.parse(body.toString('utf8')) : {};
    switch (method) {
      case 'getMe':
        return sendJson(res, 200, { ok: true, result: { id: 42, is_bot: true, first_name: 'Chowki', username: 'chowki_test_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false } });
      case 'setWebhook':
        webhook = { url: String(params.url), secret: typeof params.secret_token === 'string' ? params.secret_token : undefined };
        return sendJson(res, 200, { ok: true, result: true, description: 'Webhook was set' });
      case 'getFile': {
        const file = files.get(String(params.file_id));
        if (!file) return sendJson(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
        return sendJson(res, 200, { ok: true, result: { file_id: String(params.file_id), file_unique_id: `u${String(params.file_id).slice(-8)}`, file_size: file.bytes.length, file_path: file.path } });
      }
      case 'deleteWebhook':
        webhook = null;
        return sendJson(res, 200, { ok: true, result: true });
      case 'getUpdates': {
        if (webhook) return sendJson(res, 409, { ok: false, error_code: 409, description: "Conflict: can't use getUpdates method while webhook is active" });
        polls++;
        if (rawResults.length > 0) return sendJson(res, 200, { ok: true, result: rawResults.shift() });
        const offset = typeof params.offset === 'number' ? params.offset : 0;
        while (updates.length > 0 && (updates[0]?.update_id ?? 0) < offset) updates.shift();
        // A short hold instead of the long poll's full timeout keeps tests quick.
        if (updates.length === 0) await new Promise((r) => setTimeout(r, 50));
        return sendJson(res, 200, { ok: true, result: updates.filter((u) => u.update_id >= offset) });
      }
      case 'sendMessage': {
        if (!allow()) {
          limited++;
          return sendJson(res, 429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
        }
        const failure = failures.shift();
        if (failure === 429) return sendJson(res, 429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 5', parameters: { retry_after: 5 } });
        if (failure) return sendJson(res, failure, { ok: false, error_code: failure, description: TELEGRAM_ERRORS[failure] ?? 'Internal Server Error' });
        if (typeof params.chat_id !== 'number' || typeof params.text !== 'string' || params.text.length === 0) {
          return sendJson(res, 400, { ok: false, error_code: 400, description: 'Bad Request: message text is empty' });
        }
        const reply = params.reply_parameters as { message_id?: number } | undefined;
        const messageId = ++messageSeq;
        sent.push({ chatId: params.chat_id, text: params.text, replyTo: reply?.message_id, messageId });
        return sendJson(res, 200, { ok: true, result: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: params.chat_id, type: 'private' }, from: { id: 42, is_bot: true, first_name: 'Chowki' }, text: params.text } });
      }
      default:
        return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    }
  });

  return {
    url: server.url,
    sent,
    get webhook() {
      return webhook;
    },
    get polls() {
      return polls;
    },
    /** How many sendMessage calls the rate limit refused. */
    get limited() {
      return limited;
    },
    /** A file a user sent: getFile answers its path, and the file URL its bytes. */
    addFile(fileId: string, bytes: Buffer, path: string) {
      files.set(fileId, { bytes, path });
    },
    /** Queues an update for getUpdates. */
    queueUpdate(update: { update_id: number }) {
      updates.push(update);
    },
    /** The next getUpdates call answers this `result` as it is, whatever the offset. */
    queueRawResult(result: unknown) {
      rawResults.push(result);
    },
    /** The next sendMessage calls answer with these HTTP statuses (429 carries retry_after 5). */
    failNext(...statuses: number[]) {
      failures.push(...statuses);
    },
    close: server.close,
  };
}
