/** The desk API's request and response schemas: the web takes its types from these with z.infer. */
import { z } from 'zod';
import { codeList, rowId, rowIdValue } from '../http/query.js';
import { JUDGED_FIELDS } from '../tickets/ticket.lifecycle.js';
import { ATTACHMENT_STATUSES } from '../media/media.model.js';
import { DELIVERY_STATES } from '../outbox/outbox.model.js';
import { OUTCOMES, SETTABLE_STATUSES } from '../tickets/ticket.model.js';
import { ticketSummarySchema } from '../tickets/ticket.schema.js';
import { CATEGORIES, PRIORITIES } from '../triage/triage.types.js';

export const freeList = z
  .string()
  .max(200)
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .optional();

export const boolParam = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

export const deskTicketSchema = ticketSummarySchema.extend({
  assigneeName: z.string().nullable(),
  firstResponseAt: z.string().nullable(),
  firstResponseDueAt: z.string().nullable(),
  resolveDueAt: z.string().nullable(),
  slaDueAt: z.string().nullable(),
  breached: z.boolean(),
  escalationLevel: z.number().int().describe('0 the station, 1 the zone DCP, 2 the control room and Commissioner'),
  mergedIntoId: z.number().nullable(),
  contactPhone: z
    .string()
    .nullable()
    .optional()
    .describe("in a history search: the citizen's phone, as written for a station's officers and the control room, masked for other roles"),
});

export const countsSchema = z.object({
  total: z.number(),
  breached: z.number(),
  status: z.record(z.string(), z.number()),
  priority: z.record(z.string(), z.number()),
});

export const idParams = z.object({ id: rowId });
export const reason = z.string().trim().min(3, 'say why in a few words').max(1000);
export const okTicket = z.object({ ticketId: z.number() });

export const shiftSchema = z.object({
  name: z.string().trim().min(1).max(100),
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write HH:MM on a 24-hour clock, e.g. 08:00'),
  end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write HH:MM on a 24-hour clock, e.g. 16:00'),
  days: z.array(z.number().int().min(0).max(6)).min(1).max(7).optional().describe('0 Sunday … 6 Saturday; every day when left out'),
  officers: z.array(rowIdValue).max(100).describe('user ids of officers of the station'),
});

export const rosterSchema = z.object({
  station: z.string(),
  timeZone: z.string(),
  shifts: z.array(z.object({ id: z.number(), name: z.string(), start: z.string(), end: z.string(), days: z.array(z.number()), officers: z.array(z.number()) })),
  officers: z.array(
    z.object({
      id: z.number(),
      username: z.string(),
      name: z.string(),
      role: z.string(),
      onDuty: z.boolean(),
      openTickets: z.number(),
      capacity: z.number().describe('open tickets auto-assignment gives this officer at most'),
      ownCapacity: z.number().nullable().describe("set by the SHO for this officer; null: the configured default"),
    }),
  ),
  onDutyNow: z.array(z.number()),
  handoverNotes: z.array(z.object({ id: z.number(), from: z.number(), fromName: z.string(), note: z.string(), createdAt: z.string() })),
});


export const queueSchema = z.object({ items: z.array(deskTicketSchema), counts: countsSchema, nextCursor: z.string().nullable() });

export const overviewSchema = z.object({
              unit: z.string(),
              stations: z.array(
                z.object({
                  station: z.string(),
                  name: z.string(),
                  zone: z.string().nullable(),
                  open: z.number(),
                  breached: z.number(),
                  p1Open: z.number(),
                  medianFirstResponseMinutesToday: z.number().nullable(),
                }),
              ),
              totals: z.object({
                open: z.number().describe('every open ticket on the desk, placed at a station or not'),
                breached: z.number(),
                p1Open: z.number(),
                unplaced: z.number().describe('open tickets not placed at any station'),
              }),
              tickets: z.array(deskTicketSchema),
            });

export const cannedRepliesSchema = z.object({
              ticketId: z.number(),
              suggestedLanguage: z.enum(['en', 'hi', 'mr']),
              replies: z.array(z.object({ id: z.string(), title: z.string(), texts: z.object({ en: z.string(), hi: z.string(), mr: z.string() }) })),
            });

export const similarSchema = z.object({
              ticketId: z.number(),
              windowHours: z.number(),
              items: z.array(
                z.object({
                  id: z.number(),
                  reference: z.string(),
                  status: z.string(),
                  channel: z.string(),
                  category: z.string(),
                  priority: z.string(),
                  station: z.string().nullable(),
                  place: z.string().nullable(),
                  summary: z.string(),
                  createdAt: z.string(),
                  score: z.number(),
                  reasons: z.array(z.string()),
                }),
              ),
            });

/** Where an officer's reply stands on its channel: queued, sent, delivered, read, or failed with the provider's reason. */
export const messageDeliverySchema = z
  .object({
    outboxId: z.number(),
    state: z.enum(DELIVERY_STATES),
    /** The provider's code (e.g. `400:131047`, `403`), for a failed, unconfirmed or retrying message. */
    reason: z.string().nullable(),
    at: z.string(),
  })
  .nullable()
  .describe("a reply's delivery on its channel; null for notes, citizens' messages and web-form replies");

/** A citizen's attachment under its message: `url` (access-scoped, audited) once it is kept and the role sees personal data. */
export const messageAttachmentSchema = z.object({
  id: z.number(),
  kind: z.string().describe('photo, voice, audio, video, document… as the channel named it'),
  status: z.enum(ATTACHMENT_STATUSES),
  contentType: z.string().nullable(),
  presentation: z.enum(['image', 'audio', 'video', 'document']).nullable(),
  size: z.number().nullable(),
  /** Why it is not kept: TOO_LARGE, TYPE_REFUSED, the provider's code. */
  reason: z.string().nullable(),
  url: z.string().nullable(),
});

/** One ticket as the desk works it: the one read model of a ticket. */
/** One of a citizen's other tickets (same contact, or the same phone in E.164 on any channel). */
const citizenTicketSchema = z.object({
  id: z.number(),
  reference: z.string(),
  status: z.string(),
  category: z.string(),
  priority: z.string(),
  channel: z.string(),
  summary: z.string(),
  outcome: z.string().nullable(),
  createdAt: z.string(),
  phone: z.string().nullable().describe("the number that ticket came from: as written for a station's officers and the control room, masked for other roles"),
});

export const ticketViewSchema = z.object({
              ticket: deskTicketSchema,
              access: z.enum(['read', 'act']),
              outcome: z.string().nullable(),
              resolvedAt: z.string().nullable(),
              flags: z.array(z.string()).describe('e.g. reply_failed: a reply did not reach the citizen'),
              reasons: z.object({ triage: z.array(z.string()), routing: z.array(z.string()) }).describe('what decided triage and routing'),
              contact: z
                .object({ name: z.string().nullable(), phone: z.string().nullable(), channel: z.string(), masked: z.boolean() })
                .nullable()
                .describe("the citizen for roles that may see personal data, the phone as written only for a station's officers and the control room (masked: true for the others); the administrator gets only the masked phone"),
              audit: z.array(z.object({ id: z.number(), action: z.string(), actor: z.string(), details: z.unknown(), createdAt: z.string() })),
              messages: z.array(
                z.object({
                  id: z.number(),
                  ticketId: z.number(),
                  reference: z.string(),
                  direction: z.string(),
                  channel: z.string(),
                  visibility: z.string().nullable(),
                  text: z.string(),
                  author: z.string().nullable(),
                  createdAt: z.string(),
                  delivery: messageDeliverySchema,
                  attachments: z.array(messageAttachmentSchema),
                }),
              ),
              earlier: z.array(citizenTicketSchema).describe("the citizen's tickets before this one, oldest first"),
              later: z.array(citizenTicketSchema).describe("the citizen's tickets after this one, oldest first"),
            });

/** The same read model flattened for API clients of GET /api/tickets/:id (the summary's fields at the top). */
export const ticketDetailSchema = ticketSummarySchema.extend({
  access: z.enum(['read', 'act']),
  reasons: z.object({ triage: z.array(z.string()), routing: z.array(z.string()) }),
  contact: z.object({ name: z.string().nullable(), phone: z.string().nullable(), channel: z.string() }).nullable(),
  messages: z.array(
    z.object({ id: z.number(), direction: z.string(), channel: z.string(), text: z.string(), author: z.string().nullable(), createdAt: z.string(), delivery: messageDeliverySchema }),
  ),
  audit: z.array(z.object({ id: z.number(), action: z.string(), actor: z.string(), details: z.unknown(), createdAt: z.string() })),
});

// The desk actions' requests and answers.
export const rosterPutBody = z.object({ station: z.string().max(100).optional(), shifts: z.array(shiftSchema).max(20) });
export const handoverBody = z.object({ note: z.string().trim().min(1, 'write the note').max(4000) });
export const handoverAnswer = z.object({ id: z.number(), createdAt: z.string() });
export const assignBody = z.object({ assignee: z.union([z.literal('me'), rowIdValue, z.null()]), reason: reason.optional() });
export const assignAnswer = okTicket.extend({ assigneeId: z.number().nullable() });
export const statusBody = z.object({ status: z.enum(SETTABLE_STATUSES), outcome: z.enum(OUTCOMES).optional(), reason: reason.optional() });
export const statusAnswer = okTicket.extend({ status: z.string() });
export const noteBody = z.object({ text: z.string().trim().min(1, 'write the note').max(4000) });
export const noteAnswer = okTicket.extend({ messageId: z.number() });
export const correctionAnswer = okTicket.extend({ category: z.string(), priority: z.string(), station: z.string().nullable(), placeId: z.string().nullable() });
export const confirmBody = z.object({ fields: z.array(z.enum(JUDGED_FIELDS)).max(3).optional() });
export const confirmAnswer = okTicket.extend({ locked: z.array(z.enum(JUDGED_FIELDS)) });
export const transferBody = z.object({ station: z.string().min(1).max(100), reason });
export const transferAnswer = okTicket.extend({ station: z.string() });
export const mergeBody = z.object({ into: rowIdValue, reason: reason.optional() });
export const mergeAnswer = okTicket.extend({ mergedInto: z.number() });
export const replyBody = z.object({
            text: z.string().trim().min(1, 'write the reply').max(4000),
            visibility: z.enum(['public', 'private']),
            clientKey: z.string().min(8).max(100).optional().describe('a key per reply the client makes: a retry sends nothing twice'),
          });
export const replyAnswer = okTicket.extend({ messageId: z.number(), replayed: z.boolean(), queued: z.boolean() });
export const retryReplyParams = z.object({ id: rowId, outboxId: rowId });
export const retryReplyAnswer = okTicket.extend({ outboxId: z.number(), state: z.literal('queued') });
export const correctionBody = z
            .object({
              category: z.enum(CATEGORIES).optional(),
              priority: z.enum(PRIORITIES).optional(),
              placeId: z.string().min(1).max(200).optional().describe('a gazetteer id or a station id'),
              lat: z.number().min(-90).max(90).optional(),
              lon: z.number().min(-180).max(180).optional(),
              placeWords: z.string().trim().min(2).max(200).optional().describe("the message's words that name the place"),
              reason: reason.optional(),
            })
            .refine((b) => (b.lat === undefined) === (b.lon === undefined), { message: 'lat, lon: give both or neither', path: ['lat'] })
            .refine((b) => !(b.placeId !== undefined && b.lat !== undefined), { message: 'give placeId or lat/lon, not both', path: ['placeId'] });

// Bulk work (issue 15): one change for a selection, each ticket through its single action.
export const bulkBody = z.object({
  ids: z.array(rowIdValue).min(1, 'select at least one ticket').max(500),
  change: z.discriminatedUnion('action', [
    z.object({ action: z.literal('assign'), assignee: z.union([z.literal('me'), rowIdValue, z.null()]), reason: reason.optional() }),
    z.object({ action: z.literal('status'), status: z.enum(SETTABLE_STATUSES), outcome: z.enum(OUTCOMES).optional(), reason: reason.optional() }),
    z.object({ action: z.literal('merge'), into: rowIdValue, reason: reason.optional() }),
    z.object({ action: z.literal('spam'), reason: reason.optional() }),
  ]),
});
export const bulkAnswer = z.object({
  done: z.number(),
  failed: z.number(),
  results: z.array(z.object({ ticketId: z.number(), ok: z.boolean(), code: z.string().nullable(), message: z.string().nullable() })),
});
export const senderSpamBody = z.object({ reason: reason.optional() });
export const capacityParams = z.object({ officerId: rowId });
export const capacityBody = z.object({ capacity: z.number().int().min(1, 'at least 1').max(500).nullable().describe('null: the configured default') });
