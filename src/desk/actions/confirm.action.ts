/**
 * An officer confirms what Chowki judged (one key on the desk): the confirmed fields are locked, so a
 * citizen's later message never re-judges them, and an `unsure` urgency is settled as it stands.
 */
import type { Actor } from '../../auth/access.js';
import { appendAudit } from '../../tickets/audit.repository.js';
import { ticketEvent } from '../../tickets/ticket.events.js';
import { JUDGED_FIELDS, lockedFields, lockFields, updateTicketIfUnchanged, type JudgedField } from '../../tickets/ticket.lifecycle.js';
import { parseFlags } from '../../tickets/ticket.schema.js';
import { deskAction, type DeskContext } from '../desk.action.js';

export async function confirmTriage(ctx: DeskContext, actor: Actor, ticketId: number, input: { fields?: readonly JudgedField[] | undefined }) {
  const fields = input.fields?.length ? input.fields : JUDGED_FIELDS;
  return deskAction(ctx, actor, ticketId, async ({ tx, ticket, at }) => {
    const before = lockedFields(ticket.locked_fields);
    const flags = parseFlags(ticket.flags);
    const settlesUrgency = fields.includes('priority') && flags.includes('unsure');
    const locked = lockFields(ticket.locked_fields, fields);
    const result = { ticketId, locked: lockedFields(locked) };
    if (locked === ticket.locked_fields && !settlesUrgency) return { result, events: [] };
    await updateTicketIfUnchanged(tx, ticket, {
      locked_fields: locked,
      ...(settlesUrgency ? { flags: JSON.stringify(flags.filter((f) => f !== 'unsure')) } : {}),
      updated_at: at,
    });
    await appendAudit(tx, {
      ticketId,
      actorUserId: actor.userId,
      action: 'ticket.confirmed',
      details: { fields: fields.filter((f) => !before.includes(f)), category: ticket.category, priority: ticket.priority, station: ticket.station_id, settledUnsure: settlesUrgency },
      at,
    });
    return { result, events: [await ticketEvent(tx, 'ticket.updated', ticketId, at)] };
  });
}
