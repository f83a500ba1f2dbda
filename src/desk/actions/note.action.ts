/** An internal note: officers see it, the citizen never does. */
import type { Actor } from '../../auth/access.js';
import { appendAudit } from '../../tickets/audit.repository.js';
import { ticketEvent } from '../../tickets/ticket.events.js';
import { updateTicketIfUnchanged } from '../../tickets/ticket.lifecycle.js';
import { insertTicketMessage } from '../../tickets/ticket.repository.js';
import { deskAction, type DeskContext } from '../desk.action.js';

export async function addNote(ctx: DeskContext, actor: Actor, ticketId: number, text: string) {
  return deskAction(ctx, actor, ticketId, async ({ tx, ticket, at }) => {
    const messageId = await insertTicketMessage(tx, { ticketId, inboundId: null, direction: 'note', channel: 'desk', authorUserId: actor.userId, text, at });
    await updateTicketIfUnchanged(tx, ticket, { updated_at: at });
    await appendAudit(tx, { ticketId, actorUserId: actor.userId, action: 'ticket.noted', details: { messageId }, at });
    return { result: { ticketId, messageId }, events: [await ticketEvent(tx, 'ticket.updated', ticketId, at)] };
  });
}
