/**
 * Replies to the citizen on the ticket's channel through the outbox (the web form's citizen reads it on
 * the tracking page instead). A public reply must carry no personal data. A web-form reply is the first
 * response when written; a channel's reply only once the outbox worker has sent it (src/outbox/delivery.service.ts),
 * so that a reply that never left does not stop the first-response clock.
 */
import type { Actor } from '../../auth/access.js';
import { AppError } from '../../errors.js';
import { replyOutboxKey } from '../../outbox/outbox.model.js';
import { enqueueOutbound } from '../../outbox/outbox.repository.js';
import type { Tx } from '../../store/db.js';
import type { TicketRow } from '../../store/tables.js';
import { appendAudit } from '../../tickets/audit.repository.js';
import { slaColumns } from '../../tickets/sla.clock.js';
import { ticketEvent } from '../../tickets/ticket.events.js';
import { updateTicketIfUnchanged } from '../../tickets/ticket.lifecycle.js';
import { insertTicketMessage } from '../../tickets/ticket.repository.js';
import { findPii, maskPii } from '../../triage/pii.js';
import { deskAction, type DeskContext } from '../desk.action.js';

export interface ReplyInput {
  text: string;
  visibility: 'public' | 'private';
  /** The client's key for this reply: a retried request writes and sends nothing twice. */
  clientKey?: string | undefined;
}

const PII_NAMES: Record<string, string> = { phone: 'a phone number', aadhaar: 'an Aadhaar number', email: 'an e-mail address', pan: 'a PAN', name: "a person's name" };

/** Where a reply to a ticket goes on its channel: the address stored with the citizen's latest message. */
async function replyAddress(tx: Tx, ticket: TicketRow, visibility: 'public' | 'private') {
  const latest = await tx
    .selectFrom('ticket_messages')
    .leftJoin('inbound', 'inbound.id', 'ticket_messages.inbound_id')
    .select(['ticket_messages.reply_to', 'ticket_messages.reply_public', 'ticket_messages.created_at', 'inbound.external_id'])
    .where('ticket_messages.ticket_id', '=', ticket.id)
    .where('ticket_messages.direction', '=', 'in')
    .orderBy('ticket_messages.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const reply = latest?.reply_to ? { to: latest.reply_to, public: latest.reply_public === 1 } : undefined;
  const contact =
    ticket.contact_id === null
      ? undefined
      : await tx.selectFrom('contacts').select('external_user_id').where('id', '=', ticket.contact_id).executeTakeFirst();
  if (!reply && !contact) {
    throw new AppError('CONFLICT', `Ticket ${ticket.reference} came without a way to answer (e.g. an archive import); add an internal note instead`);
  }
  if (visibility === 'public' && reply && !reply.public) {
    throw new AppError('VALIDATION_FAILED', `visibility: ${ticket.channel} is a private chat; send the reply as private`);
  }
  // A private answer to a public post goes to the person, not under the post.
  const to = visibility === 'private' && reply?.public ? (contact?.external_user_id ?? reply.to) : (reply?.to ?? contact?.external_user_id ?? '');
  // The citizen's last message opens WhatsApp's 24-hour window: inside it the officer's own words go out.
  return { to, inReplyTo: visibility === 'public' ? (latest?.external_id ?? null) : null, windowFrom: latest?.created_at ?? null };
}

export async function replyToCitizen(ctx: DeskContext, actor: Actor, ticketId: number, input: ReplyInput) {
  const isWeb = (channel: string) => channel === 'web';
  return deskAction(ctx, actor, ticketId, async ({ tx, ticket, at }) => {
    if (input.clientKey) {
      const seen = await tx
        .selectFrom('ticket_messages')
        .select(['id', 'visibility'])
        .where('ticket_id', '=', ticketId)
        .where('client_key', '=', input.clientKey)
        .executeTakeFirst();
      if (seen) return { result: { ticketId, messageId: seen.id, replayed: true, queued: false }, events: [] };
    }
    if (isWeb(ticket.channel) && input.visibility === 'private') {
      throw new AppError('VALIDATION_FAILED', 'visibility: a web-form report has no private channel; the reply shows on its tracking page, so send it as public');
    }
    if (input.visibility === 'public') {
      const found = findPii(input.text).filter((s) => s.kind !== 'vehicle');
      const first = found[0];
      if (first) {
        const masked = maskPii(input.text, found);
        throw new AppError(
          'PERSONAL_DATA_IN_PUBLIC_REPLY',
          `text: contains ${PII_NAMES[first.kind] ?? 'personal data'}; a public reply must not. Remove it, or send a private reply`,
          undefined,
          undefined,
          { masked },
        );
      }
    }
    const address = isWeb(ticket.channel) ? null : await replyAddress(tx, ticket, input.visibility);
    const messageId = await insertTicketMessage(tx, {
      ticketId,
      inboundId: null,
      direction: 'out',
      channel: ticket.channel,
      authorUserId: actor.userId,
      text: input.text,
      at,
      visibility: input.visibility,
      clientKey: input.clientKey ?? null,
    });
    let outboxId: number | null = null;
    if (address) {
      outboxId = await enqueueOutbound(
        tx,
        {
          channel: ticket.channel,
          kind: 'reply',
          ticketId,
          idempotencyKey: replyOutboxKey(ticketId, input.clientKey ?? null, messageId),
          payload: {
            to: address.to,
            text: input.text,
            visibility: input.visibility,
            reference: ticket.reference,
            language: ticket.language,
            ...(address.inReplyTo ? { inReplyTo: address.inReplyTo } : {}),
            ...(address.windowFrom ? { windowFrom: address.windowFrom } : {}),
          },
        },
        at,
      );
    }
    // Only a reply with no outbox (the web form's tracking page) answers the citizen as it is written.
    const firstResponse = ticket.first_response_at === null && address === null;
    const next = { ...ticket, first_response_at: firstResponse ? at : ticket.first_response_at, status: ticket.status === 'new' ? 'acknowledged' : ticket.status };
    const clock = slaColumns(ctx.config.sla, next);
    await updateTicketIfUnchanged(tx, ticket, {
      first_response_at: next.first_response_at,
      status: next.status,
      updated_at: at,
      ...(firstResponse ? { sla_due_at: clock.sla_due_at, escalate_at: clock.escalate_at } : {}),
    });
    await appendAudit(tx, {
      ticketId,
      actorUserId: actor.userId,
      action: 'ticket.replied',
      details: {
        messageId,
        visibility: input.visibility,
        channel: ticket.channel,
        outboxId,
        firstResponse,
        ...(firstResponse ? { firstResponseMinutes: Math.round((Date.parse(at) - Date.parse(ticket.created_at)) / 60_000) } : {}),
        ...(ticket.status !== next.status ? { status: { from: ticket.status, to: next.status } } : {}),
      },
      at,
    });
    return { result: { ticketId, messageId, replayed: false, queued: outboxId !== null }, events: [await ticketEvent(tx, 'ticket.updated', ticketId, at)] };
  });
}
