/** The flag of a ticket whose messages hold no report yet (only greetings, /start, thanks). */
export const AWAITING_DETAILS = 'awaiting_details';

/** The ticket's lifecycle (DESIGN.md, Tickets). */
export const TICKET_STATUSES = [
  'new',
  'acknowledged',
  'in_progress',
  'resolved',
  'closed',
  'transferred',
  'escalated',
  'duplicate',
  'not_police_matter',
  'spam',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Statuses in which a ticket still waits for the police: the one list every query and rule uses. */
export const OPEN_STATUSES = ['new', 'acknowledged', 'in_progress', 'transferred', 'escalated'] as const satisfies readonly TicketStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

/** Whether a ticket in this status still waits for the police. */
export function isOpenStatus(status: string): status is OpenStatus {
  return OPEN_STATUSES.some((s) => s === status);
}

export function parseTicketStatus(value: string): TicketStatus | undefined {
  return TICKET_STATUSES.find((s) => s === value);
}

/** Formats a ticket reference, e.g. `NGP-2026-000042`. */
export function formatReference(cityCode: string, year: number, seq: number): string {
  return `${cityCode}-${year}-${String(seq).padStart(6, '0')}`;
}

export const REFERENCE_PATTERN = /^[A-Z][A-Z0-9]{1,9}-\d{4}-\d{6,}$/;

/** How a resolved ticket ended (issue 6). */
export const OUTCOMES = ['fir_registered', 'nc_registered', 'action_taken', 'advised', 'not_police_matter', 'duplicate', 'spam'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Statuses an officer may set, and from where: forward along the lifecycle, or a resolved ticket reopened. */
export const SETTABLE_STATUSES = ['acknowledged', 'in_progress', 'resolved', 'closed'] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

/** The moves the desk allows; the server enforces them and the web form offers only these. */
export const TRANSITIONS: Readonly<Partial<Record<TicketStatus, readonly SettableStatus[]>>> = {
  new: ['acknowledged', 'in_progress', 'resolved'],
  transferred: ['acknowledged', 'in_progress', 'resolved'],
  escalated: ['acknowledged', 'in_progress', 'resolved'],
  acknowledged: ['in_progress', 'resolved'],
  in_progress: ['resolved'],
  resolved: ['closed', 'in_progress'],
};

/** A ticket's flags (stored as a JSON array) with one more, kept once. */
export function addFlag(flagsJson: string, flag: string): string {
  let flags: string[] = [];
  try {
    const v: unknown = JSON.parse(flagsJson);
    if (Array.isArray(v)) flags = v.map(String);
  } catch {
    flags = [];
  }
  return JSON.stringify(flags.includes(flag) ? flags : [...flags, flag]);
}

/** A ticket's flags (stored as a JSON array) without one. */
export function removeFlag(flagsJson: string, flag: string): string {
  let flags: string[] = [];
  try {
    const v: unknown = JSON.parse(flagsJson);
    if (Array.isArray(v)) flags = v.map(String);
  } catch {
    flags = [];
  }
  return JSON.stringify(flags.filter((f) => f !== flag));
}

/** The flag of a ticket with an officer's reply that did not reach the citizen: the desk shows an alert and a retry. */
export const REPLY_FAILED_FLAG = 'reply_failed';

/**
 * Everything the audit trail records, one name per kind of change: a misspelt action is a compile
 * error, and the desk translates each into a sentence.
 */
export const AUDIT_ACTIONS = [
  'ticket.created',
  'ticket.message_added',
  'ticket.rejudged',
  'ticket.rerouted',
  'ticket.assigned',
  'ticket.not_assigned',
  'ticket.status_changed',
  'ticket.replied',
  'reply.failed',
  'reply.retried',
  'attachment.viewed',
  'evidence.exported',
  'ticket.noted',
  'ticket.corrected',
  'ticket.confirmed',
  'ticket.transferred',
  'ticket.escalated',
  'ticket.merged',
  'ticket.merged_in',
  'ticket.handed_over',
  'gazetteer.spelling_approved',
  'gazetteer.spelling_rejected',
  'roster.updated',
  'roster.handover_note',
  'inbound.retried',
  'inbound.discarded',
  'auth.throttled',
  'open311.key_issued',
  'open311.key_revoked',
  'community.group_created',
  'community.member_added',
  'community.member_left',
  'community.broadcast_drafted',
  'community.broadcast_approved',
  'community.broadcast_cancelled',
  'community.checkin_scheduled',
  'ticket.rated',
  'analytics.exported',
  'analytics.review_generated',
  'community.alert_sent',
  'community.alert_cancelled',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Where an officer may move a ticket in this status (nowhere from a final one). */
export function allowedTransitions(status: string): readonly SettableStatus[] {
  const current = parseTicketStatus(status);
  return (current && TRANSITIONS[current]) ?? [];
}
