/**
 * The one read model of a ticket: what the desk's ticket screen shows in one fetch. The SLA state and
 * outcome, why triage and routing decided what they did, the citizen (for roles that may see them), the
 * whole conversation across channels (the messages of tickets merged into this one too, each reply with
 * its visibility), the audit trail, and the citizen's earlier tickets (the same contact, or the same
 * phone on another channel). GET /api/tickets/:id is the same model, flattened.
 */
import { maskPhone } from '../triage/phone.normalise.js';
import { seesCitizenPhone, seesPersonalData, type Actor } from '../auth/access.js';
import { citizenPhoneFor, maskPhonesIn } from './citizen-phone.js';
import type { AppContext } from '../context.js';
import { listAttachments } from '../media/attachment.repository.js';
import { presentationOf, type AttachmentStatus, type MediaPresentation } from '../media/media.model.js';
import { deliveryStateOf, replyOutboxKey } from '../outbox/outbox.model.js';
import { listAudit } from '../tickets/audit.repository.js';
import { parseFlags } from '../tickets/ticket.schema.js';
import { parseReasons, safeJson } from '../tickets/ticket.service.js';
import { findPii, maskPii } from '../triage/pii.js';
import { ticketForRead } from './desk.access.js';
import { toDeskTickets } from './queue.service.js';

const EARLIER_LIMIT = 20;

export async function getTicketView(ctx: Pick<AppContext, 'store' | 'now'>, actor: Actor, ticketId: number) {
  const db = ctx.store.db;
  const now = new Date(ctx.now()).toISOString();
  const { ticket, relation } = await ticketForRead(db, actor, ticketId);
  const [desk] = await toDeskTickets(db, [ticket], now);
  if (!desk) throw new Error('unreachable: one row in, one out');

  const merged = await db.selectFrom('tickets').select(['id', 'reference', 'channel']).where('merged_into_id', '=', ticket.id).orderBy('id').execute();
  const ids = [ticket.id, ...merged.map((m) => m.id)];
  const refs = new Map<number, string>([[ticket.id, ticket.reference], ...merged.map((m): [number, string] => [m.id, m.reference])]);
  const showPii = seesPersonalData(actor.role);
  const showPhone = showPii && seesCitizenPhone(actor.role);
  const rows = await db
    .selectFrom('ticket_messages')
    .leftJoin('users', 'users.id', 'ticket_messages.author_user_id')
    .select([
      'ticket_messages.id',
      'ticket_messages.ticket_id',
      'ticket_messages.direction',
      'ticket_messages.channel',
      'ticket_messages.text',
      'ticket_messages.visibility',
      'ticket_messages.created_at',
      'ticket_messages.client_key',
      'users.display_name as author_name',
    ])
    .where('ticket_messages.ticket_id', 'in', ids)
    .orderBy('ticket_messages.created_at')
    .orderBy('ticket_messages.id')
    .execute();

  // The same person: their contact on this channel, or another channel's contact with the same phone,
  // however it was written ("+91 98220 12345", "09822012345": one E.164 number).
  let contactIds: number[] = [];
  if (ticket.contact_id !== null) {
    const c = await db.selectFrom('contacts').select(['phone', 'phone_e164']).where('id', '=', ticket.contact_id).executeTakeFirst();
    contactIds = [ticket.contact_id];
    if (c?.phone_e164 || c?.phone) {
      const same = await db
        .selectFrom('contacts')
        .select('id')
        .where((eb) => eb.or([...(c.phone_e164 ? [eb('phone_e164', '=', c.phone_e164)] : []), ...(c.phone ? [eb('phone', '=', c.phone)] : [])]))
        .execute();
      contactIds = [...new Set([...contactIds, ...same.map((s) => s.id)])];
    }
  }
  // The citizen's other tickets in time order across channels: those before this one are "earlier",
  // those after it "later" (before, a later ticket was listed as earlier).
  const others = contactIds.length
    ? await db
        .selectFrom('tickets')
        .innerJoin('ticket_units', 'ticket_units.ticket_id', 'tickets.id')
        .leftJoin('contacts', 'contacts.id', 'tickets.contact_id')
        .select(['tickets.id', 'tickets.reference', 'tickets.status', 'tickets.category', 'tickets.priority', 'tickets.channel', 'tickets.summary', 'tickets.created_at', 'tickets.outcome', 'contacts.phone'])
        .where('ticket_units.unit_id', '=', actor.unitId)
        .where('tickets.contact_id', 'in', contactIds)
        .where('tickets.id', 'not in', ids)
        .orderBy('tickets.created_at', 'desc')
        .orderBy('tickets.id', 'desc')
        .limit(EARLIER_LIMIT * 2)
        .execute()
    : [];
  const inTimeOrder = [...new Map(others.map((o) => [o.id, o])).values()].sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
  const earlier = inTimeOrder.filter((o) => o.created_at < ticket.created_at || (o.created_at === ticket.created_at && o.id < ticket.id)).slice(-EARLIER_LIMIT);
  const later = inTimeOrder.filter((o) => !earlier.includes(o)).slice(0, EARLIER_LIMIT);
  const historyItem = (e: (typeof others)[number]) => ({
    id: e.id,
    reference: e.reference,
    status: e.status,
    category: e.category,
    priority: e.priority,
    channel: e.channel,
    summary: e.summary,
    outcome: e.outcome,
    createdAt: e.created_at,
    // The number that ticket came from, as this role sees phones: the same citizen however it was written.
    phone: showPhone ? e.phone : maskPhone(e.phone),
  });

  // Each reply's outbox row, found by the key the reply action gave it: where the message really stands.
  const replies = await db
    .selectFrom('outbox')
    .select(['id', 'idempotency_key', 'status', 'delivery_status', 'last_error', 'sent_at', 'delivery_at', 'created_at'])
    .where('ticket_id', 'in', ids)
    .where('kind', '=', 'reply')
    .execute();
  const outboxByKey = new Map(replies.map((r) => [r.idempotency_key, r]));
  const deliveryOf = (m: { id: number; ticket_id: number; direction: string; client_key: string | null }) => {
    if (m.direction !== 'out') return null;
    const row = outboxByKey.get(replyOutboxKey(m.ticket_id, m.client_key, m.id));
    if (!row) return null;
    const state = deliveryStateOf(row);
    return {
      outboxId: row.id,
      state,
      reason: state === 'failed' || state === 'unconfirmed' || state === 'queued' ? row.last_error : null,
      at: row.delivery_at ?? row.sent_at ?? row.created_at,
    };
  };

  // The citizen's photos, voice notes, videos and documents, each under its message; the bytes only for roles that see personal data.
  const attachmentsByMessage = new Map<number, Array<{ id: number; kind: string; status: AttachmentStatus; contentType: string | null; presentation: MediaPresentation | null; size: number | null; reason: string | null; url: string | null }>>();
  for (const a of await listAttachments(db, ids)) {
    const list = attachmentsByMessage.get(a.message_id) ?? [];
    list.push({
      id: a.id,
      kind: a.kind,
      status: a.status,
      contentType: a.content_type,
      presentation: a.content_type ? presentationOf(a.content_type) : null,
      size: a.size_bytes,
      reason: a.status === 'stored' ? null : a.last_error,
      url: a.status === 'stored' && showPii ? `/api/tickets/${ticket.id}/attachments/${a.id}` : null,
    });
    attachmentsByMessage.set(a.message_id, list);
  }

  const audit = await listAudit(db, ticket.id);
  // Roles that see personal data get the citizen's name, and the number as written if they call citizens
  // back (masked otherwise); the administrator only a masked number.
  let contact: { name: string | null; phone: string | null; channel: string; masked: boolean } | null = null;
  if (ticket.contact_id !== null) {
    const c = await db.selectFrom('contacts').select(['display_name', 'phone', 'channel']).where('id', '=', ticket.contact_id).executeTakeFirst();
    if (c && showPii) contact = { name: c.display_name, phone: citizenPhoneFor(actor.role, c.phone), channel: c.channel, masked: !showPhone && c.phone !== null };
    else if (c?.phone) contact = { name: null, phone: maskPhone(c.phone), channel: c.channel, masked: true };
  }

  return {
    ticket: desk,
    access: relation === 'previous' ? ('read' as const) : ('act' as const),
    outcome: ticket.outcome,
    resolvedAt: ticket.resolved_at,
    flags: parseFlags(ticket.flags),
    reasons: parseReasons(ticket.reasons),
    contact,
    audit: audit.map((a) => ({ id: a.id, action: a.action, actor: a.display_name ?? 'Chowki', details: safeJson(a.details), createdAt: a.created_at })),
    messages: rows.map((m) => ({
      id: m.id,
      ticketId: m.ticket_id,
      reference: refs.get(m.ticket_id) ?? ticket.reference,
      direction: m.direction,
      channel: m.channel,
      visibility: m.visibility,
      // Phone numbers masked for a role that does not call citizens back; all personal data for one that does not see it.
      text: !showPii ? maskPii(m.text, findPii(m.text)) : showPhone ? m.text : maskPhonesIn(m.text),
      author: m.author_name ?? null,
      createdAt: m.created_at,
      delivery: deliveryOf(m),
      attachments: attachmentsByMessage.get(m.id) ?? [],
    })),
    earlier: earlier.map(historyItem),
    later: later.map(historyItem),
  };
}

/** The same read model flattened for API clients: the summary's fields at the top, this ticket's own messages. */
export async function getTicketDetail(ctx: Pick<AppContext, 'store' | 'now'>, actor: Actor, ticketId: number) {
  const v = await getTicketView(ctx, actor, ticketId);
  const { assigneeName, firstResponseAt, firstResponseDueAt, resolveDueAt, slaDueAt, breached, escalationLevel, mergedIntoId, ...summary } = v.ticket;
  return {
    ...summary,
    access: v.access,
    reasons: v.reasons,
    contact: v.contact,
    messages: v.messages
      .filter((m) => m.ticketId === ticketId)
      .map((m) => ({ id: m.id, direction: m.direction, channel: m.channel, text: m.text, author: m.author, createdAt: m.createdAt, delivery: m.delivery })),
    audit: v.audit,
  };
}
