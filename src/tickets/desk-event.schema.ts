/**
 * What the desk hears live: a discriminated union with a schema per event type. Published through
 * `publishEvents`, carried by the bus (in-process or LISTEN/NOTIFY, where it is parsed again with this
 * schema), forwarded over SSE to the units named in `units`, and typed in the web from here.
 */
import { z } from 'zod';
import type { DeskEventType as DeskEventName, TicketEventType } from './desk-event.model.js';
import { ticketSummarySchema } from './ticket.schema.js';

// The names live in a module without imports, so that the web can bundle them (desk-event.model.ts).
export { DESK_EVENT_TYPES, TICKET_EVENT_TYPES, type TicketEventType } from './desk-event.model.js';

/** The fields of every event about one ticket; each carries the ticket's public-safe summary when it fits. */
const ticketFields = {
  ticketId: z.number(),
  /** Units that may see the ticket: a subscriber forwards the event only to users of these units. */
  units: z.array(z.string()),
  /** Left out when a NOTIFY payload would be too large: the desk then refetches. */
  ticket: ticketSummarySchema.optional(),
  at: z.string(),
};

const ticketEventSchemas = [
  z.object({ type: z.literal('ticket.created'), ...ticketFields }),
  z.object({ type: z.literal('ticket.updated'), ...ticketFields }),
  z.object({ type: z.literal('ticket.transferred'), ...ticketFields }),
  z.object({ type: z.literal('ticket.escalated'), ...ticketFields, level: z.number().int().optional() }),
  z.object({ type: z.literal('ticket.merged'), ...ticketFields, into: z.number().optional() }),
] as const;

/** A configured channel has been quiet too long: the control room should check it. */
export const channelSilentEventSchema = z.object({
  type: z.literal('channel.silent'),
  units: z.array(z.string()),
  channel: z.string(),
  silentForMs: z.number(),
  at: z.string(),
});

export const deskEventSchema = z.discriminatedUnion('type', [...ticketEventSchemas, channelSilentEventSchema]);

export type DeskEvent = z.infer<typeof deskEventSchema>;
export type TicketEvent = Extract<DeskEvent, { type: TicketEventType }>;
export type DeskEventType = DeskEvent['type'];

/** The schemas and the list of names agree: a name without a schema, or a schema without a name, is a compile error. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const eventNamesMatch: Same<DeskEventType, DeskEventName> = true;

/** Reads an event from the wire; undefined for anything that is not one. */
export function parseDeskEvent(value: unknown): DeskEvent | undefined {
  const parsed = deskEventSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
