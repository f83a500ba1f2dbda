/**
 * Turns Telegram Bot API updates into inbound items: text, location, venue, photos, voice, audio,
 * video and documents (as attachments); contact cards, stickers, polls and dice as things it cannot read. Telegram retries an update it
 * could not deliver, so a parser never throws: an unusable update is a `problem`, answered and skipped.
 */
import { z } from 'zod';
import { inboundItemSchema, type InboundItem } from '../../intake/inbound-item.js';
import { describeIssue, fitText, MAX_MIME, MAX_NAME, MAX_TEXT, sentAtFrom } from '../inbound.parse.js';

const locationSchema = z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) });
const fileSchema = z.object({ file_id: z.string().min(1).max(500), mime_type: z.string().optional(), file_name: z.string().optional() });
const photoSizeSchema = z.object({ file_id: z.string().min(1).max(500), width: z.number().nonnegative(), height: z.number().nonnegative() });

/**
 * What a message must have to be answered: its ids and its chat. Everything else is read field by
 * field, so that an odd `date` or an empty `photo` costs that field, not the message.
 */
const messageSchema = z.object({
  message_id: z.number().int(),
  date: z.unknown().optional(),
  chat: z.object({ id: z.number().int(), type: z.string().max(40) }),
  from: z.unknown().optional(),
  text: z.unknown().optional(),
  caption: z.unknown().optional(),
  photo: z.unknown().optional(),
  location: z.unknown().optional(),
  venue: z.unknown().optional(),
  voice: z.unknown().optional(),
  audio: z.unknown().optional(),
  video: z.unknown().optional(),
  video_note: z.unknown().optional(),
  document: z.unknown().optional(),
  contact: z.unknown().optional(),
  sticker: z.unknown().optional(),
  poll: z.unknown().optional(),
  dice: z.unknown().optional(),
  game: z.unknown().optional(),
  story: z.unknown().optional(),
  sender_chat: z.unknown().optional(),
  reply_to_message: z.unknown().optional(),
});

const fromSchema = z.object({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  language_code: z.string().max(20).optional(),
});
/** The chat a message was sent on behalf of: a group's anonymous administrator, or a channel. */
const senderChatSchema = z.object({ id: z.number().int(), title: z.string().optional(), username: z.string().optional() });
const venueSchema = z.object({ location: locationSchema, title: z.string(), address: z.string() });
const replyToSchema = z.object({ message_id: z.number().int() });

/** Message fields that are something sent but nothing Chowki reads, under the names the answer uses. */
const UNSUPPORTED = ['contact', 'sticker', 'poll', 'dice', 'game', 'story'] as const;

/** The part of an Update a police desk reads; other update kinds (edits, reactions, polls) are ignored. */
const updateSchema = z.object({ update_id: z.number().int().nonnegative(), message: z.unknown().optional() });

export type TelegramParse =
  | {
      ok: true;
      updateId: number;
      /** Null for an update with nothing to report (other kinds, bots, stickers). */
      item: InboundItem | null;
      sentAt: number | null;
      /** True when the message's `date` was unusable and the receive time stands in for it. */
      dateReplaced: boolean;
    }
  | { ok: false; updateId: number | null; problem: string };

function optional<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> | undefined {
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

/** Maps one update, received at `receivedAt` (epoch ms); never throws. */
export function parseTelegramUpdate(body: unknown, receivedAt: number): TelegramParse {
  const u = updateSchema.safeParse(body);
  if (!u.success) {
    const id = z.object({ update_id: z.number().int() }).safeParse(body);
    return { ok: false, updateId: id.success ? id.data.update_id : null, problem: describeIssue(u.error) };
  }
  const updateId = u.data.update_id;
  const nothing = { ok: true as const, updateId, item: null, sentAt: null, dateReplaced: false };
  if (u.data.message === undefined) return nothing;
  const parsed = messageSchema.safeParse(u.data.message);
  if (!parsed.success) return { ok: false, updateId, problem: describeIssue(parsed.error, 'message') };
  const m = parsed.data;
  // A message sent on behalf of a chat (a group's anonymous administrator, a channel) comes with a
  // stand-in bot as `from` (GroupAnonymousBot, Channel_Bot): it is a person's message, and the chat it
  // was sent as is its author. Without either, the chat is.
  const senderChat = optional(senderChatSchema, m.sender_chat);
  const from = optional(fromSchema, m.from);
  if (from?.is_bot && !senderChat) return nothing;

  const sizes = z.array(z.unknown()).safeParse(m.photo);
  const photos = (sizes.success ? sizes.data : []).flatMap((p) => optional(photoSizeSchema, p) ?? []);
  const photo = photos.reduce<(typeof photos)[number] | undefined>((a, b) => (!a || b.width * b.height > a.width * a.height ? b : a), undefined);
  const files = (
    [
      ['voice', m.voice],
      ['audio', m.audio],
      ['video', m.video],
      ['video_note', m.video_note],
      ['document', m.document],
    ] as const
  ).flatMap(([kind, value]) => {
    const f = optional(fileSchema, value);
    return f ? [{ kind, mediaId: f.file_id, ...(f.mime_type ? { mime: fitText(f.mime_type, MAX_MIME) } : {}) }] : [];
  });
  const attachments = [...(photo ? [{ kind: 'photo', mediaId: photo.file_id }] : []), ...files];

  const venue = optional(venueSchema, m.venue);
  const point = venue?.location ?? optional(locationSchema, m.location);
  const words =
    str(m.text) ??
    str(m.caption) ??
    (venue ? `${venue.title}, ${venue.address}` : undefined) ??
    str(optional(fileSchema, m.document)?.file_name) ??
    '';
  // A contact card, a sticker, a poll, dice, a game or a story hold nothing Chowki reads: the citizen is
  // told what it can (a card's number is someone's personal data, never text). Service messages (a
  // member joined) are nothing to report.
  const unsupported = !words && !point && attachments.length === 0 ? UNSUPPORTED.find((k) => m[k] !== undefined) : undefined;
  if (!words && !point && attachments.length === 0 && !unsupported) return nothing;

  const sent = sentAtFrom(m.date, receivedAt);
  const name = fitText(
    senderChat ? (senderChat.title ?? (senderChat.username ? `@${senderChat.username}` : '')) : [from?.first_name, from?.last_name].filter((w): w is string => Boolean(w)).join(' '),
    MAX_NAME,
  );
  const replyTo = optional(replyToSchema, m.reply_to_message);
  const item = inboundItemSchema.safeParse({
    channel: 'telegram',
    // message_id is unique within a chat only.
    externalId: `${m.chat.id}:${m.message_id}`,
    receivedAt: new Date(sent.at).toISOString(),
    text: fitText(words, MAX_TEXT),
    author: { id: String(senderChat?.id ?? from?.id ?? m.chat.id), ...(name ? { name } : {}) },
    ...(unsupported ? { unsupported } : {}),
    ...(from?.language_code && !senderChat ? { language: from.language_code } : {}),
    ...(point ? { geo: { lat: point.latitude, lon: point.longitude } } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
    ...(replyTo ? { inReplyTo: `${m.chat.id}:${replyTo.message_id}` } : {}),
    // In a group everyone reads the answer.
    reply: { to: String(m.chat.id), public: m.chat.type !== 'private' },
  });
  if (!item.success) return { ok: false, updateId, problem: describeIssue(item.error) };
  return { ok: true, updateId, item: item.data, sentAt: sent.at, dateReplaced: sent.replaced };
}
