/**
 * An emulator of the WhatsApp Cloud API's messages endpoint (with the 24-hour customer-service
 * window and its error codes, and injectable 429s) and a webhook sender that signs like Meta.
 */
import { createHash, createHmac } from 'node:crypto';
import { slidingSecond, startFakeServer, sendJson } from './http.fake.js';

const WINDOW_MS = 24 * 60 * 60_000;

export interface WhatsAppSent {
  to: string;
  /** Which field named the user: `to` (a phone number) or `recipient` (a business-scoped user id). */
  addressedBy: 'to' | 'recipient';
  type: string;
  text?: string;
  template?: string;
  callbackData?: string;
  id: string;
}

/** Meta signs the ASCII-escaped JSON it sends: non-ASCII as \uXXXX, lowercase hex. */
export function escapeUnicode(json: string): string {
  return json.replace(/[^\0-~]/g, (ch) => `\\u${`000${ch.charCodeAt(0).toString(16)}`.slice(-4)}`);
}

/** The body and the X-Hub-Signature-256 header Meta would send for a payload. */
export function signWhatsAppBody(appSecret: string, payload: unknown): { body: string; signature: string } {
  const body = escapeUnicode(JSON.stringify(payload));
  return { body, signature: `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}` };
}

export async function startWhatsAppFake(opts: {
  token: string;
  phoneNumberId: string;
  now?: () => number;
  /** Answer 429 with Graph code 130429 past this many messages in any second (the business number's throughput). */
  ratePerSecond?: number;
}) {
  const now = opts.now ?? Date.now;
  const allow = slidingSecond(opts.ratePerSecond);
  let limited = 0;
  const sent: WhatsAppSent[] = [];
  /** When each user last wrote to the business: opens their window. */
  const lastInbound = new Map<string, number>();
  const failures: Array<{ status: number; code: number }> = [];
  /** Media the users sent, by media id: what GET /{media-id} describes and its URL serves. */
  const media = new Map<string, { bytes: Buffer; mime: string }>();
  const mediaFailures: Array<{ status: number; code: number }> = [];
  let mediaDownloads = 0;
  let seq = 0;

  const server = await startFakeServer((req, body, res, url) => {
    if (req.headers.authorization !== `Bearer ${opts.token}`) {
      return sendJson(res, 401, { error: { message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException', code: 190, fbtrace_id: 'Azr7' } });
    }
    const parts = url.pathname.split('/').filter(Boolean);
    // The media URL (lookaside.fbsbx.com at Meta): the bytes, for the same bearer token.
    if (req.method === 'GET' && parts[0] === 'whatsapp_business' && parts[1] === 'attachments') {
      const m = media.get(url.searchParams.get('mid') ?? '');
      if (!m) return sendJson(res, 404, { error: { message: 'Not found', code: 404 } });
      mediaDownloads++;
      res.writeHead(200, { 'content-type': m.mime, 'content-length': String(m.bytes.length) });
      res.end(m.bytes);
      return;
    }
    // GET /{media-id}: the short-lived URL and the file's type, hash and size.
    if (req.method === 'GET' && parts.length === 2 && parts[1] !== opts.phoneNumberId) {
      const failure = mediaFailures.shift();
      if (failure) return sendJson(res, failure.status, { error: { message: `(#${failure.code}) Media request failed`, type: 'OAuthException', code: failure.code, fbtrace_id: 'AzM3' } });
      const id = parts[1] ?? '';
      const m = media.get(id);
      if (!m) {
        return sendJson(res, 400, {
          error: { message: `Unsupported get request. Object with ID '${id}' does not exist`, type: 'GraphMethodException', code: 100, error_subcode: 33, fbtrace_id: 'AzM4' },
        });
      }
      return sendJson(res, 200, {
        messaging_product: 'whatsapp',
        url: `${server.url}/whatsapp_business/attachments/?mid=${encodeURIComponent(id)}&ext=1767225600&hash=ATuA`,
        mime_type: m.mime,
        sha256: createHash('sha256').update(m.bytes).digest('hex'),
        file_size: m.bytes.length,
        id,
      });
    }
    if (req.method === 'GET' && parts.length === 2 && parts[1] === opts.phoneNumberId) {
      return sendJson(res, 200, { verified_name: 'Nagpur City Police', display_phone_number: '15550783881', id: opts.phoneNumberId, quality_rating: 'GREEN' });
    }
    if (req.method !== 'POST' || parts.length !== 3 || parts[1] !== opts.phoneNumberId || parts[2] !== 'messages') {
      return sendJson(res, 404, { error: { message: 'Unknown path', type: 'GraphMethodException', code: 100 } });
    }
    if (!allow()) {
      limited++;
      return sendJson(res, 429, { error: { message: '(#130429) Rate limit hit', type: 'OAuthException', code: 130429, fbtrace_id: 'Az8o' } });
    }
    const failure = failures.shift();
    if (failure) {
      return sendJson(res, failure.status, { error: { message: `(#${failure.code}) Rate limit hit`, type: 'OAuthException', code: failure.code, fbtrace_id: 'Az8o' } });
    }
    const msg: {
      messaging_product?: string;
      to?: unknown;
      /** A business-scoped user id, for users known without a phone number; `to` wins when both are given. */
      recipient?: unknown;
      type?: string;
      text?: { body?: string };
      template?: { name?: string };
      biz_opaque_callback_data?: string;
    } = JSON.parse(body.toString('utf8'));
    const to = typeof msg.to === 'string' ? msg.to : typeof msg.recipient === 'string' ? msg.recipient : undefined;
    if (msg.messaging_product !== 'whatsapp' || to === undefined || (typeof msg.to === 'string' && !/^\+?\d+$/.test(msg.to))) {
      return sendJson(res, 400, { error: { message: '(#100) Invalid parameter', type: 'OAuthException', code: 100 } });
    }
    const last = lastInbound.get(to);
    if (msg.type !== 'template' && (last === undefined || now() - last >= WINDOW_MS)) {
      return sendJson(res, 400, {
        error: {
          message: '(#131047) Re-engagement message',
          type: 'OAuthException',
          code: 131047,
          error_data: { messaging_product: 'whatsapp', details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' },
          error_subcode: 2494010,
          fbtrace_id: 'Az8or2yhqkZfEZ',
        },
      });
    }
    const id = `wamid.OUT${String(++seq).padStart(8, '0')}`;
    sent.push({ to, addressedBy: typeof msg.to === 'string' ? 'to' : 'recipient', type: msg.type ?? '', text: msg.text?.body, template: msg.template?.name, callbackData: msg.biz_opaque_callback_data, id });
    // The answer names the user as it was addressed: wa_id for a number, user_id for a BSUID.
    const contact = typeof msg.to === 'string' ? { input: to, wa_id: to } : { input: to, user_id: to };
    return sendJson(res, 200, { messaging_product: 'whatsapp', contacts: [contact], messages: [{ id, message_status: 'accepted' }] });
  });

  return {
    url: server.url,
    /** The base URL Chowki takes as CHOWKI_WHATSAPP_API_URL. */
    apiUrl: `${server.url}/v21.0`,
    sent,
    /** How many sends the throughput limit refused. */
    get limited() {
      return limited;
    },
    /** The next n sends fail with this status and Graph error code. */
    failNext(n: number, status: number, code: number) {
      for (let i = 0; i < n; i++) failures.push({ status, code });
    },
    /** A file a user sent, served by GET /{media-id} and its URL as the Cloud API documents. */
    addMedia(id: string, bytes: Buffer, mime: string) {
      media.set(id, { bytes, mime });
    },
    /** The next n GET /{media-id} calls fail with this status and Graph error code. */
    failMedia(n: number, status: number, code: number) {
      for (let i = 0; i < n; i++) mediaFailures.push({ status, code });
    },
    get mediaDownloads() {
      return mediaDownloads;
    },
    /** Records that a user wrote (what Meta sees when it delivers their message). */
    userWrote(waId: string, at: number) {
      lastInbound.set(waId, Math.max(lastInbound.get(waId) ?? 0, at));
    },
    close: server.close,
  };
}
