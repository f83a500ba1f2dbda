/**
 * Turns WhatsApp Cloud API webhook notifications into inbound items and delivery receipts.
 * Every entry, change, message and status is read on its own: Meta batches them, and one that
 * fails must not lose the others (Meta redelivers a delivery we refuse, then disables the webhook).
 */
import { z } from 'zod';
import { inboundItemSchema, type InboundItem } from '../../intake/inbound-item.js';
import { describeIssue, fitText, idOf, MAX_MIME, MAX_NAME, MAX_TEXT, sentAtFrom, type SkippedItem } from '../inbound.parse.js';

/** wamids and our callback keys are printable ASCII; nothing else may reach a lookup. */
const providerId = (max: number) => z.string().regex(new RegExp(`^[\\x21-\\x7e]{1,${max}}$`), `printable ASCII, 1-${max} characters`);

/**
 * A business-scoped user id (BSUID): a country code, a dot, then up to 128 letters and digits, with
 * `ENT.` for a parent BSUID (US.13491208655302741918, US.ENT.11815799212886844830). Users who adopt a
 * WhatsApp username may be known by it alone, without a phone number.
 */
const userIdSchema = z.string().regex(/^[A-Z]{2}\.(ENT\.)?[A-Za-z0-9]{1,128}$/, 'a business-scoped user id is a country code, a dot and up to 128 letters and digits');
const waIdSchema = z.string().regex(/^\d{5,20}$/, 'a WhatsApp id is 5-20 digits');

const messageBaseSchema = z
  .object({
    /** The sender's phone number: absent for a username user whose number Meta withholds. */
    from: waIdSchema.optional(),
    from_user_id: userIdSchema.optional(),
    id: providerId(200),
    timestamp: z.unknown().optional(),
    type: z.string().min(1).max(40),
    context: z.unknown().optional(),
  })
  .refine((m) => m.from !== undefined || m.from_user_id !== undefined, { message: 'a message needs from or from_user_id', path: ['from'] });

const textSchema = z.object({ body: z.string() });
const mediaSchema = z.object({
  id: z.string().min(1).max(500),
  mime_type: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
  voice: z.boolean().optional(),
});
const locationSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  name: z.string().optional(),
  address: z.string().optional(),
});
const replySchema = z.object({ title: z.string(), description: z.string().optional() });
const interactiveSchema = z.object({ button_reply: replySchema.optional(), list_reply: replySchema.optional() });
const buttonSchema = z.object({ text: z.string().optional(), payload: z.string().optional() });
const contextSchema = z.object({ id: providerId(200) });

const statusSchema = z.object({
  id: providerId(200),
  status: z.enum(['sent', 'delivered', 'read', 'failed', 'played', 'deleted']),
  timestamp: z.unknown().optional(),
  biz_opaque_callback_data: providerId(512).optional(),
  errors: z.array(z.unknown()).optional(),
});

const errorCodeSchema = z.object({ code: z.number().int() });
/** Unsupported messages carry their reason as error codes. */
const withErrorsSchema = z.object({ errors: z.array(z.unknown()) });

const contactSchema = z.object({
  wa_id: z.string().optional(),
  user_id: z.string().optional(),
  profile: z.object({ name: z.string().optional(), username: z.string().optional() }).optional(),
});

const valueSchema = z.object({
  messaging_product: z.literal('whatsapp'),
  contacts: z.array(z.unknown()).optional(),
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(z.unknown()).optional(),
  errors: z.array(z.unknown()).optional(),
});

const envelopeSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(z.unknown()).min(1),
});
const entrySchema = z.object({ changes: z.array(z.unknown()) });
const changeSchema = z.object({ field: z.string(), value: z.unknown().optional() });

export interface WhatsAppReceipt {
  externalId: string;
  status: string;
  at: string;
  idempotencyKey: string | undefined;
  errorCode: string | undefined;
}

export type WhatsAppParse =
  | {
      ok: true;
      items: InboundItem[];
      receipts: WhatsAppReceipt[];
      /** Well-formed but with nothing to report: reactions, stickers, system notices, other fields. */
      ignored: number;
      /** Left out because they failed their schema: by id and problem, never content. */
      skipped: SkippedItem[];
      /** Error codes Meta attached (unsupported messages, webhook-level errors): codes only. */
      errorCodes: number[];
      newestAt: number | null;
    }
  | { ok: false; problem: string };

type Content = Pick<InboundItem, 'text' | 'geo' | 'attachments' | 'unsupported'>;

/** Types a citizen sends that hold nothing Chowki reads: answered with what it can read, no ticket. */
const UNSUPPORTED: Readonly<Record<string, string>> = { sticker: 'sticker', unsupported: 'unsupported' };

/** The words and media of one message by its type; null for a type with nothing to report, a string for a problem. */
function contentOf(type: string, m: Record<string, unknown>): Content | null | string {
  const part = <T extends z.ZodType>(schema: T): z.infer<T> | string => {
    const r = schema.safeParse(m[type]);
    return r.success ? r.data : describeIssue(r.error, type);
  };
  switch (type) {
    case 'text': {
      const t = part(textSchema);
      return typeof t === 'string' ? t : { text: fitText(t.body, MAX_TEXT) };
    }
    case 'image':
    case 'video':
    case 'audio':
    case 'document': {
      const media = part(mediaSchema);
      if (typeof media === 'string') return media;
      const kind = type === 'audio' ? (media.voice === false ? 'audio' : 'voice') : type;
      const words = [media.caption, type === 'document' ? media.filename : undefined].filter((w): w is string => Boolean(w));
      return {
        text: fitText(words.join('\n'), MAX_TEXT),
        attachments: [{ kind, mediaId: media.id, ...(media.mime_type ? { mime: fitText(media.mime_type, MAX_MIME) } : {}) }],
      };
    }
    case 'location': {
      const loc = part(locationSchema);
      if (typeof loc === 'string') return loc;
      const words = [loc.name, loc.address].filter((w): w is string => Boolean(w));
      return { text: fitText(words.join(', '), MAX_TEXT), geo: { lat: loc.latitude, lon: loc.longitude } };
    }
    case 'contacts':
      // A shared contact card is not a report, and its numbers are someone's personal data: never text.
      return { text: '', unsupported: 'contact' };
    case 'interactive': {
      // The citizen's choice from a menu Chowki sent: its title is what they said.
      const i = part(interactiveSchema);
      if (typeof i === 'string') return i;
      const reply = i.button_reply ?? i.list_reply;
      if (!reply) return null;
      return { text: fitText([reply.title, reply.description].filter(Boolean).join(' - '), MAX_TEXT) };
    }
    case 'button': {
      const b = part(buttonSchema);
      if (typeof b === 'string') return b;
      const words = b.text ?? b.payload;
      return words ? { text: fitText(words, MAX_TEXT) } : null;
    }
    default: {
      // Stickers and what Meta marks `unsupported` (polls, view-once…) get told what can be read;
      // reactions, orders, system notices and types Meta adds later: nothing to report.
      const kind = UNSUPPORTED[type];
      return kind ? { text: '', unsupported: kind } : null;
    }
  }
}

type MessageOutcome = { item: InboundItem; sentAt: number; errorCodes: number[] } | { ignored: true; errorCodes: number[] } | SkippedItem;

function readMessage(raw: unknown, names: ReadonlyMap<string, string>, receivedAt: number): MessageOutcome {
  if (typeof raw !== 'object' || raw === null) return { id: null, problem: 'message: not an object' };
  const base = messageBaseSchema.safeParse(raw);
  if (!base.success) return { id: idOf(raw), problem: describeIssue(base.error, 'message') };
  const m = base.data;
  const content = contentOf(m.type, Object.fromEntries(Object.entries(raw)));
  if (typeof content === 'string') return { id: m.id, problem: content };
  // Unsupported messages carry their reason as error codes, logged whether or not the message is kept.
  const errors = withErrorsSchema.safeParse(raw);
  const errorCodes = errors.success ? codesOf(errors.data.errors) : [];
  if (content === null) return { ignored: true, errorCodes };
  const sent = sentAtFrom(m.timestamp, receivedAt);
  const name = (m.from_user_id ? names.get(m.from_user_id) : undefined) ?? (m.from ? names.get(m.from) : undefined);
  const context = contextSchema.safeParse(m.context);
  // The BSUID is the id that stays when a user hides their number behind a username: the thread and the
  // contact follow it when Meta sends it. Answers go to the number when there is one (Meta's advice),
  // else to the BSUID.
  const userId = m.from_user_id ?? m.from ?? '';
  const item = inboundItemSchema.safeParse({
    channel: 'whatsapp',
    externalId: m.id,
    receivedAt: new Date(sent.at).toISOString(),
    ...content,
    author: { id: userId, ...(m.from ? { phone: `+${m.from}` } : {}), ...(name ? { name } : {}) },
    reply: { to: m.from ?? userId, public: false },
    ...(context.success ? { inReplyTo: context.data.id } : {}),
  });
  if (!item.success) return { id: m.id, problem: describeIssue(item.error) };
  return { item: item.data, sentAt: sent.at, errorCodes };
}

function codesOf(errors: readonly unknown[]): number[] {
  return errors.flatMap((e) => {
    const c = errorCodeSchema.safeParse(e);
    return c.success ? [c.data.code] : [];
  });
}

/**
 * Parses one webhook body (already signature-checked). `ok: false` only when the body is not a
 * WhatsApp notification at all; otherwise every readable message and receipt is returned and each
 * unreadable one is listed in `skipped` by id and problem. Never throws.
 */
export function parseWhatsAppWebhook(body: unknown, receivedAt: number): WhatsAppParse {
  const env = envelopeSchema.safeParse(body);
  if (!env.success) return { ok: false, problem: describeIssue(env.error) };
  const items: InboundItem[] = [];
  const receipts: WhatsAppReceipt[] = [];
  const skipped: SkippedItem[] = [];
  const errorCodes: number[] = [];
  let ignored = 0;
  let newestAt: number | null = null;
  env.data.entry.forEach((rawEntry, e) => {
    const entry = entrySchema.safeParse(rawEntry);
    if (!entry.success) {
      skipped.push({ id: idOf(rawEntry), problem: describeIssue(entry.error, `entry.${e}`) });
      return;
    }
    entry.data.changes.forEach((rawChange, c) => {
      const where = `entry.${e}.changes.${c}`;
      const change = changeSchema.safeParse(rawChange);
      if (!change.success) {
        skipped.push({ id: null, problem: describeIssue(change.error, where) });
        return;
      }
      if (change.data.field !== 'messages') {
        ignored++;
        return;
      }
      const value = valueSchema.safeParse(change.data.value);
      if (!value.success) {
        skipped.push({ id: null, problem: describeIssue(value.error, `${where}.value`) });
        return;
      }
      errorCodes.push(...codesOf(value.data.errors ?? []));
      const names = new Map<string, string>();
      for (const rawContact of value.data.contacts ?? []) {
        // A contact whose profile cannot be read only loses its name, not its message.
        const contact = contactSchema.safeParse(rawContact);
        if (!contact.success) continue;
        // A username user may have no profile name: their username stands in for it.
        const name = contact.data.profile?.name || contact.data.profile?.username;
        if (!name) continue;
        for (const key of [contact.data.wa_id, contact.data.user_id]) if (key) names.set(key, fitText(name, MAX_NAME));
      }
      for (const rawMessage of value.data.messages ?? []) {
        const r = readMessage(rawMessage, names, receivedAt);
        if ('item' in r) {
          items.push(r.item);
          errorCodes.push(...r.errorCodes);
          newestAt = Math.max(newestAt ?? 0, r.sentAt);
        } else if ('ignored' in r) {
          ignored++;
          errorCodes.push(...r.errorCodes);
        } else {
          skipped.push(r);
        }
      }
      for (const rawStatus of value.data.statuses ?? []) {
        const s = statusSchema.safeParse(rawStatus);
        if (!s.success) {
          skipped.push({ id: idOf(rawStatus), problem: describeIssue(s.error, 'status') });
          continue;
        }
        const code = codesOf(s.data.errors ?? [])[0];
        receipts.push({
          externalId: s.data.id,
          status: s.data.status,
          at: new Date(sentAtFrom(s.data.timestamp, receivedAt).at).toISOString(),
          idempotencyKey: s.data.biz_opaque_callback_data,
          errorCode: code === undefined ? undefined : String(code),
        });
      }
    });
  });
  return { ok: true, items, receipts, ignored, skipped, errorCodes, newestAt };
}
