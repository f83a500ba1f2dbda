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
  /** A post of its own (an alert to the public) from this account, by handle, instead of a reply. */
  account: z.string().optional(),
});
export type OutboundPayload = z.infer<typeof outboundPayloadSchema>;

/** The idempotency key of an officer's reply: the reply action writes it, the ticket view finds the row by it. */
export function replyOutboxKey(ticketId: number, clientKey: string | null, messageId: number): string {
  return `reply:${ticketId}:${clientKey ?? `m${messageId}`}`;
}

/**
 * Where an outbound message stands as the desk shows it: waiting or being sent (`queued`, `sending`),
 * accepted by the provider (`sent`), then its receipts (`delivered`, `read`), or given up (`failed`, with
 * the provider's reason) or lost in a crash mid-send (`unconfirmed`, never resent by itself).
 */
export const DELIVERY_STATES = ['queued', 'sending', 'sent', 'delivered', 'read', 'failed', 'unconfirmed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** The desk's state of one outbox row; a failed receipt outranks the send that preceded it. */
export function deliveryStateOf(row: { status: OutboxStatus; delivery_status: string | null }): DeliveryState {
  if (row.delivery_status === 'failed' || row.status === 'failed') return 'failed';
  if (row.status === 'pending') return 'queued';
  if (row.status === 'sending' || row.status === 'unconfirmed') return row.status;
  if (row.delivery_status === 'read' || row.delivery_status === 'played') return 'read';
  if (row.delivery_status === 'delivered') return 'delivered';
  return 'sent';
}
