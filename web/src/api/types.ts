/**
 * The API's JSON shapes as the web app reads them: each is `z.infer` of the server's own response or
 * request schema (src/**\/*.schema.ts, or a schema a routes file exports), so the desk cannot drift from
 * the API. Every import from src/ here is `import type`: the browser bundle holds no server code and no
 * zod. The only run-time imports from src/ are pure constant modules (ticket.model.ts, desk-event.model.ts,
 * triage.types.ts), which import nothing.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { z } from 'zod';
import type { actorSchema, loginResultSchema } from '../../../src/auth/auth.schema.js';
import type { duplicateSchema, processingSchema, receiptSchema, reportBody } from '../../../src/channels/webform/webform.routes.js';
import type { followUpAnswerSchema, followUpBody, trackingViewSchema } from '../../../src/channels/webform/webform.schema.js';
import type {
  assignAnswer,
  bulkAnswer,
  bulkBody,
  cannedRepliesSchema,
  correctionAnswer,
  correctionBody,
  handoverAnswer,
  mergeAnswer,
  noteAnswer,
  replyAnswer,
  retryReplyAnswer,
  statusAnswer,
  transferAnswer,
  countsSchema,
  deskTicketSchema,
  overviewSchema,
  queueSchema,
  rosterSchema,
  shiftSchema,
  similarSchema,
  ticketViewSchema,
} from '../../../src/desk/desk.schema.js';
import type { locateAnswerSchema, unitListSchema, unitSchema } from '../../../src/force/force.schema.js';
import type { discardResultSchema, quarantinedSchema, quarantineListSchema, retryResultSchema } from '../../../src/intake/quarantine.schema.js';
import type { apiKeyListSchema, apiKeySchema, issuedKeySchema } from '../../../src/channels/open311/open311.schema.js';
import type { ticketSummarySchema } from '../../../src/tickets/ticket.schema.js';

export type { ErrorCode } from '../../../src/errors.js';
export type { DeskEvent, DeskEventType, TicketEvent } from '../../../src/tickets/desk-event.schema.js';
export type { Category, Priority } from '../../../src/triage/triage.types.js';

// Login.
export type Officer = z.infer<typeof actorSchema>;
export type Role = Officer['role'];
export type LoginResult = z.infer<typeof loginResultSchema>;

// Tickets and the desk.
export type TicketSummary = z.infer<typeof ticketSummarySchema>;
export type TicketPlace = TicketSummary['place'];
/** A queue row: the summary with SLA state and assignee. */
export type DeskTicket = z.infer<typeof deskTicketSchema>;
export type QueueCounts = z.infer<typeof countsSchema>;
export type QueuePage = z.infer<typeof queueSchema>;
export type Overview = z.infer<typeof overviewSchema>;
export type StationLoad = Overview['stations'][number];
/** GET /api/desk/tickets/:id: the one read model of a ticket (conversation, reasons, contact, audit…). */
export type TicketView = z.infer<typeof ticketViewSchema>;
export type DeskMessage = TicketView['messages'][number];
export type EarlierTicket = TicketView['earlier'][number];
export type AuditEntry = TicketView['audit'][number];
export type CannedReplies = z.infer<typeof cannedRepliesSchema>;
export type SimilarTickets = z.infer<typeof similarSchema>;
export type SimilarTicket = SimilarTickets['items'][number];
export type Roster = z.infer<typeof rosterSchema>;
export type Shift = Roster['shifts'][number];
/** One change for a selection (POST /api/desk/bulk) and its per-ticket answer. */
// The desk actions' answers, and the correction's body, from src/desk/desk.schema.ts.
export type AssignAnswer = z.infer<typeof assignAnswer>;
export type StatusAnswer = z.infer<typeof statusAnswer>;
export type ReplyAnswer = z.infer<typeof replyAnswer>;
export type RetryReplyAnswer = z.infer<typeof retryReplyAnswer>;
export type NoteAnswer = z.infer<typeof noteAnswer>;
export type CorrectionBody = z.input<typeof correctionBody>;
export type CorrectionAnswer = z.infer<typeof correctionAnswer>;
export type TransferAnswer = z.infer<typeof transferAnswer>;
export type MergeAnswer = z.infer<typeof mergeAnswer>;
export type HandoverAnswer = z.infer<typeof handoverAnswer>;
export type BulkChange = z.input<typeof bulkBody>['change'];
export type BulkAnswer = z.infer<typeof bulkAnswer>;
/** A shift as PUT /api/desk/roster takes it (days may be left out: every day). */
export type ShiftInput = z.input<typeof shiftSchema>;

// Open311 API keys (the administrator).
export type Open311Key = z.infer<typeof apiKeySchema>;
export type Open311KeyList = z.infer<typeof apiKeyListSchema>;
export type IssuedOpen311Key = z.infer<typeof issuedKeySchema>;

// Failed inbound items (control room and admin).
export type QuarantinedItem = z.infer<typeof quarantinedSchema>;
export type QuarantineList = z.infer<typeof quarantineListSchema>;
export type RetryResult = z.infer<typeof retryResultSchema>;
export type DiscardResult = z.infer<typeof discardResultSchema>;

// The public pages.
export type NewReport = z.input<typeof reportBody>;
/** 201 a new report's receipt, 200 a report sent before, 202 received but not processed yet. */
export type ReportReceipt = z.infer<typeof receiptSchema> | z.infer<typeof duplicateSchema> | z.infer<typeof processingSchema>;
/** GET /api/public/reports/:reference: the whole tracking page in one answer. */
export type TrackingView = z.infer<typeof trackingViewSchema>;
export type TrackedMessage = TrackingView['messages'][number];
export type TimelineEntry = TrackingView['timeline'][number];
export type FollowUp = z.input<typeof followUpBody>;
export type FollowUpAnswer = z.infer<typeof followUpAnswerSchema>;

// The force.
export type UnitList = z.infer<typeof unitListSchema>;
export type Unit = z.infer<typeof unitSchema>;
/** GET /api/public/locate: the station a place or point belongs to. */
export type LocateAnswer = z.infer<typeof locateAnswerSchema>;

/** A GeoJSON FeatureCollection of station jurisdictions (properties.station is the unit id). */
export type JurisdictionCollection = FeatureCollection<Polygon | MultiPolygon, { station: string }>;

/** What the queue screen asks GET /api/desk/queue for (the client turns it into the query string). */
export interface QueueQuery {
  status?: readonly string[];
  priority?: readonly string[];
  category?: readonly string[];
  channel?: readonly string[];
  assignee?: string;
  breached?: boolean;
  control?: boolean;
  q?: string;
  from?: string;
  to?: string;
  sort?: 'priority' | 'sla';
  cursor?: string;
  limit?: number;
}

// The lifecycle and the audit trail's actions are the server's own definitions (pure modules, no server code in the bundle).
export {
  allowedTransitions,
  AUDIT_ACTIONS,
  isOpenStatus,
  OPEN_STATUSES,
  OUTCOMES,
  SETTABLE_STATUSES,
  TICKET_STATUSES,
  TRANSITIONS,
  type AuditAction,
  type Outcome,
  type SettableStatus,
} from '../../../src/tickets/ticket.model.js';
export { DESK_EVENT_TYPES, TICKET_EVENT_TYPES } from '../../../src/tickets/desk-event.model.js';
