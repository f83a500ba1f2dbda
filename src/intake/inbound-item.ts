import { z } from 'zod';

/**
 * One message from any channel, in the shape every channel adapter hands to intake.
 * Personal data (author name, phone) travels here and is stored, never logged.
 */
export const inboundItemSchema = z.object({
  channel: z.string().min(1).max(32),
  /** The channel's own id for this message: (channel, externalId) is stored once. */
  externalId: z.string().min(1).max(200),
  receivedAt: z.string().datetime().optional(),
  text: z.string().max(10_000),
  author: z
    .object({
      id: z.string().min(1).max(200),
      name: z.string().max(200).optional(),
      phone: z.string().max(40).optional(),
    })
    .optional(),
  geo: z
    .object({
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
    })
    .optional(),
  /** The channel's conversation or thread id, so that follow-ups join their ticket. */
  conversationId: z.string().max(200).optional(),
  inReplyTo: z.string().max(200).optional(),
  /** The station the citizen addressed (the web form's "Report to this station"): routes like a tagged account. */
  addressedTo: z.string().max(100).optional(),
  attachments: z
    .array(z.object({ kind: z.string().max(32), mediaId: z.string().max(500), mime: z.string().max(100).optional() }))
    .max(20)
    .optional(),
  /**
   * How the citizen can be answered on their channel: `to` is the channel's address (a chat,
   * a number, the post to reply to); `public` when everyone can read the answer. Absent (the web
   * form, archive imports): no automatic acknowledgement.
   */
  reply: z.object({ to: z.string().min(1).max(200), public: z.boolean() }).optional(),
  /**
   * Not a report, kept and left (a repost of someone else's post: `retweet`): no ticket, no answer;
   * the item is stored `ignored` with this reason, where it can be audited.
   */
  ignore: z.string().max(40).optional(),
  /**
   * What the citizen sent that Chowki cannot read (`contact`, `sticker`, `poll`, `dice`…): no ticket;
   * a private chat is told once per conversation what Chowki can read. The content stays out of `text`
   * (a contact card's number is personal data).
   */
  unsupported: z.string().max(40).optional(),
  /** The language the citizen's app is set to, when the channel says (Telegram's language_code). */
  language: z.string().max(20).optional(),
  /** A named place the channel attached (an X place that is not a point): read by the locator with the words. */
  placeName: z.string().max(200).optional(),
});

export type InboundItem = z.infer<typeof inboundItemSchema>;

/**
 * An inbound item's life: stored `pending`, claimed as `processing` inside the ticket's transaction,
 * then `processed`, or `ignored` (not a report: a retweet, a sticker; the reason in `error`); one that
 * cannot be processed is quarantined as `failed` with its reason, until the control room retries it
 * (back to `pending`) or discards it (`discarded`).
 */
export const INBOUND_STATUSES = ['pending', 'processing', 'processed', 'ignored', 'failed', 'discarded'] as const;
export type InboundStatus = (typeof INBOUND_STATUSES)[number];
