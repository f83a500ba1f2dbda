/**
 * What an outbound reply's fate does to its ticket. The outbox knows whether a reply went out; the
 * ticket's lifecycle is owned here: only a reply the provider accepted stops the first-response clock,
 * and a reply that failed raises an alert (a flag and an audit entry) until it is sent or retried.
 */
import type { Tx } from '../store/db.js';
import { appendAudit } from './audit.repository.js';
import { slaColumns } from './sla.clock.js';
import type { SlaPolicy } from './sla.policy.js';
import { addFlag, REPLY_FAILED_FLAG, removeFlag } from './ticket.model.js';

/**
 * Sets when the citizen was first answered: `firstSentAt` is the earliest reply the channel accepted
 * (null when none did, e.g. the only one failed on delivery), and the SLA clocks follow. Writes only a change.
 */
export async function markFirstResponse(tx: Tx, policy: SlaPolicy, ticketId: number, firstSentAt: string | null, at: string): Promise<boolean> {
  const ticket = await tx.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirst();
  if (!ticket || ticket.first_response_at === firstSentAt) return false;
  const clock = slaColumns(policy, { ...ticket, first_response_at: firstSentAt });
  await tx
    .updateTable('tickets')
    .set({ first_response_at: firstSentAt, sla_due_at: clock.sla_due_at, escalate_at: clock.escalate_at, updated_at: at })
    .where('id', '=', ticketId)
    .execute();
  return true;
}

/** A reply did not reach the citizen: the ticket is flagged and the audit trail says why (the provider's code). */
export async function raiseReplyFailure(
  tx: Tx,
  ticketId: number,
  failure: { outboxId: number; channel: string; reason: string },
  at: string,
): Promise<void> {
  const ticket = await tx.selectFrom('tickets').select(['flags']).where('id', '=', ticketId).executeTakeFirst();
  if (!ticket) return;
  await tx.updateTable('tickets').set({ flags: addFlag(ticket.flags, REPLY_FAILED_FLAG), updated_at: at }).where('id', '=', ticketId).execute();
  await appendAudit(tx, { ticketId, actorUserId: null, action: 'reply.failed', details: failure, at });
}

/** Lowers the alert once no reply of the ticket is failing any more (sent, or queued again by a retry). */
export async function clearReplyFailure(tx: Tx, ticketId: number, at: string): Promise<boolean> {
  const ticket = await tx.selectFrom('tickets').select(['flags']).where('id', '=', ticketId).executeTakeFirst();
  if (!ticket) return false;
  const flags = removeFlag(ticket.flags, REPLY_FAILED_FLAG);
  if (flags === ticket.flags || !ticket.flags.includes(REPLY_FAILED_FLAG)) return false;
  await tx.updateTable('tickets').set({ flags, updated_at: at }).where('id', '=', ticketId).execute();
  return true;
}
