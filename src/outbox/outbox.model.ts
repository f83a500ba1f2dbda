/** The outbox's vocabulary: what an outbound message is, where it stands, and what it carries. */
import { z } from 'zod';

/** pending → sending → sent; `failed` after the last attempt; `unconfirmed` when a crash hit mid-send (never resent). */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'unconfirmed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** An acknowledgement of a new ticket (or its follow-ups), an officer's reply, a broadcast. */
export const OUTBOX_KINDS = ['ack', 'reply', 'broadcast'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/** What every outbound message carries; a channel reads the fields it needs. */
export const outboundPayloadSchema = z.object({
  /** The channel's address: a chat, a number, the post to answer. */
  to: z.string().min(1),
  text: z.string(),
  reference: z.string().optional(),
  language: z.string().optional(),
  /** The citizen's message this answers (threads a reply under a post). */
  inReplyTo: z.string().optional(),
  visibility: z.enum(['public', 'private']).optional(),
  /** When the citizen last wrote: WhatsApp's 24-hour window counts from here. */
  windowFrom: z.string().optional(),
});
export type OutboundPayload = z.infer<typeof outboundPayloadSchema>;
