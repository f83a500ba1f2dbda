/** Turns Telegram Bot API updates into inbound items: text, location, venue and photos. */
import { z } from 'zod';
import { inboundItemSchema, type InboundItem } from '../../intake/inbound-item.js';

const locationSchema = z.object({ latitude: z.number(), longitude: z.number() }).passthrough();

const messageSchema = z
  .object({
    message_id: z.number().int(),
    date: z.number().int(),
    chat: z.object({ id: z.number().int(), type: z.string() }).passthrough(),
    from: z
      .object({ id: z.number().int(), is_bot: z.boolean().optional(), first_name: z.string().optional(), last_name: z.string().optional() })
      .passthrough()
      .optional(),
    text: z.string().optional(),
    caption: z.string().optional(),
    photo: z.array(z.object({ file_id: z.string().min(1), width: z.number(), height: z.number() }).passthrough()).optional(),
    location: locationSchema.optional(),
    venue: z.object({ location: locationSchema, title: z.string(), address: z.string() }).passthrough().optional(),
    reply_to_message: z.object({ message_id: z.number().int() }).passthrough().optional(),
  })
  .passthrough();

/** The part of an Update a police desk reads; other update kinds pass through unread. */
export const telegramUpdateSchema = z.object({ update_id: z.number().int(), message: messageSchema.optional() }).passthrough();

export type TelegramUpdate = z.infer<typeof telegramUpdateSchema>;

export type TelegramParse = { ok: true; item: InboundItem | null; sentAt: number | null } | { ok: false; problem: string };

/** Maps one update; `item` is null for updates with nothing to report (edits, bots, stickers). */
export function parseTelegramUpdate(body: unknown): TelegramParse {
  const u = telegramUpdateSchema.safeParse(body);
  if (!u.success) return { ok: false, problem: u.error.issues[0]?.path.join('.') ?? '?' };
  const m = u.data.message;
  if (!m || m.from?.is_bot) return { ok: true, item: null, sentAt: null };
  const photo = m.photo?.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
  const point = m.venue?.location ?? m.location;
  const words = m.text ?? m.caption ?? (m.venue ? `${m.venue.title}, ${m.venue.address}` : '');
  if (!words && !point && !photo) return { ok: true, item: null, sentAt: null };
  const name = [m.from?.first_name, m.from?.last_name].filter((w): w is string => Boolean(w)).join(' ');
  const item = {
    channel: 'telegram',
    // message_id is unique within a chat only.
    externalId: `${m.chat.id}:${m.message_id}`,
    receivedAt: new Date(m.date * 1000).toISOString(),
    text: words,
    author: { id: String(m.from?.id ?? m.chat.id), ...(name ? { name } : {}) },
    ...(point ? { geo: { lat: point.latitude, lon: point.longitude } } : {}),
    ...(photo ? { attachments: [{ kind: 'photo', mediaId: photo.file_id }] } : {}),
    ...(m.reply_to_message ? { inReplyTo: `${m.chat.id}:${m.reply_to_message.message_id}` } : {}),
    // In a group everyone reads the answer.
    reply: { to: String(m.chat.id), public: m.chat.type !== 'private' },
  };
  const checked = inboundItemSchema.safeParse(item);
  if (!checked.success) return { ok: false, problem: checked.error.issues[0]?.path.join('.') ?? '?' };
  return { ok: true, item: checked.data, sentAt: m.date * 1000 };
}
