/**
 * The names of the desk's live events, in a module with no imports: the web bundles it to tell its
 * EventSource which names to hear, without pulling zod or server code. desk-event.schema.ts gives each
 * name its shape and checks at compile time that the two agree.
 */

/** The events about one ticket. A breach is not an event of its own: the SLA tick escalates (`ticket.escalated`). */
export const TICKET_EVENT_TYPES = ['ticket.created', 'ticket.updated', 'ticket.transferred', 'ticket.escalated', 'ticket.merged'] as const;
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

/** Every event name the desk hears: the ticket events, and a channel gone quiet (for the city's desk). */
export const DESK_EVENT_TYPES = [...TICKET_EVENT_TYPES, 'channel.silent'] as const;
export type DeskEventType = (typeof DESK_EVENT_TYPES)[number];
