import type { Db } from '../store/db.js';
import { insertCompiled } from '../store/compiled-insert.js';
import type { AuditAction } from './ticket.model.js';

/** One audit entry, as appendAudit takes it. */
export interface AuditEntry {
  ticketId: number | null;
  actorUserId: number | null;
  action: AuditAction;
  details: unknown;
  at: string;
}

/** Appends one audit entry; call it inside the transaction of the change it records. */
export async function appendAudit(db: Db, e: AuditEntry): Promise<void> {
  await appendAudits(db, [e]);
}

/** Appends several audit entries in one statement, in the order given (their ids follow it). */
export async function appendAudits(db: Db, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await insertCompiled(
    db,
    'audit_log',
    entries.map((e) => ({
      ticket_id: e.ticketId,
      actor_user_id: e.actorUserId,
      action: e.action,
      details: JSON.stringify(e.details ?? {}),
      created_at: e.at,
    })),
  );
}

export async function listAudit(db: Db, ticketId: number) {
  return db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .select([
      'audit_log.id',
      'audit_log.action',
      'audit_log.details',
      'audit_log.created_at',
      'users.username',
      'users.display_name',
    ])
    .where('audit_log.ticket_id', '=', ticketId)
    .orderBy('audit_log.id')
    .execute();
}
