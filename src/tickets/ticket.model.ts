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

/** Statuses in which a ticket still waits for the police. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['new', 'acknowledged', 'in_progress', 'transferred', 'escalated'];

/** Formats a ticket reference, e.g. `NGP-2026-000042`. */
export function formatReference(cityCode: string, year: number, seq: number): string {
  return `${cityCode}-${year}-${String(seq).padStart(6, '0')}`;
}

export const REFERENCE_PATTERN = /^[A-Z][A-Z0-9]{1,9}-\d{4}-\d{6,}$/;
