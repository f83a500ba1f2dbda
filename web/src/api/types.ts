/**
 * The API's JSON shapes as the web app reads them. They mirror the zod schemas of the routes
 * (src/tickets/ticket.routes.ts, src/auth/auth.routes.ts, src/channels/webform/webform.routes.ts,
 * src/force/force.routes.ts); where a schema is exported, its type is imported type-only, so the
 * browser bundle still holds no server code.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { z } from 'zod';
import type { ticketSummarySchema } from '../../../src/tickets/ticket.schema.js';

export type Role = 'operator' | 'sho' | 'dcp' | 'control_room' | 'commissioner' | 'admin';
export type Priority = 'p1' | 'p2' | 'p3';

export interface Officer {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
}

export interface LoginResult {
  user: Officer;
  expiresAt: string;
}

// The ticket's shape is the server's response schema: one definition, so the desk cannot drift from the API.
export type TicketSummary = z.infer<typeof ticketSummarySchema>;
export type TicketPlace = TicketSummary['place'];

export interface TicketMessage {
  id: number;
  direction: string;
  channel: string;
  text: string;
  author: string | null;
  createdAt: string;
}

export interface AuditEntry {
  id: number;
  action: string;
  actor: string;
  details: unknown;
  createdAt: string;
}

export interface TicketDetail extends TicketSummary {
  access: 'read' | 'act';
  reasons: { triage: string[]; routing: string[] };
  contact: { name: string | null; phone: string | null; channel: string } | null;
  messages: TicketMessage[];
  audit: AuditEntry[];
}

export interface TicketPage {
  items: TicketSummary[];
  nextCursor: string | null;
}

export interface TicketQuery {
  status?: readonly string[];
  priority?: readonly string[];
  category?: readonly string[];
  station?: string;
  cursor?: string;
  limit?: number;
}

export interface Unit {
  id: string;
  kind: string;
  parent: string | null;
  nameEn: string;
  nameLocal: string;
  lat: number | null;
  lon: number | null;
  xHandle: string | null;
  status: string;
}

export interface UnitList {
  city: string;
  units: Unit[];
}

export interface NewReport {
  text: string;
  lat?: number;
  lon?: number;
  name?: string;
  phone?: string;
  clientId?: string;
}

export type ReportReceipt =
  | { duplicate?: false; reference: string; trackingUrl: string; token: string }
  | { duplicate: true; reference: string | null };

export interface PublicReportStatus {
  reference: string;
  status: string;
  category: string;
  priority: string;
  station: { id: string; name: string; nameLocal: string; xHandle: string | null } | null;
  createdAt: string;
  updatedAt: string;
  outcome: string | null;
}

/** A GeoJSON FeatureCollection of station jurisdictions (properties.station is the unit id). */
export type JurisdictionCollection = FeatureCollection<Polygon | MultiPolygon, { station: string }>;

/** A desk event as /api/events sends it, already scoped to the officer. */
export interface DeskEvent {
  type: string;
  ticketId: number;
  units: string[];
  ticket?: TicketSummary;
  at: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: Array<{ field: string; problem: string }> | unknown };
}

/** A queue row (src/desk/desk.routes.ts deskTicketSchema): the summary with SLA state and assignee. */
export interface DeskTicket extends TicketSummary {
  assigneeName: string | null;
  firstResponseAt: string | null;
  firstResponseDueAt: string | null;
  resolveDueAt: string | null;
  slaDueAt: string | null;
  breached: boolean;
  escalationLevel: number;
  mergedIntoId: number | null;
}

export interface QueueCounts {
  total: number;
  breached: number;
  status: Record<string, number>;
  priority: Record<string, number>;
}

export interface QueuePage {
  items: DeskTicket[];
  counts: QueueCounts;
  nextCursor: string | null;
}

export interface QueueQuery {
  status?: readonly string[];
  priority?: readonly string[];
  category?: readonly string[];
  channel?: readonly string[];
  assignee?: string;
  breached?: boolean;
  q?: string;
  sort?: 'priority' | 'sla';
  cursor?: string;
  limit?: number;
}

export interface DeskMessage {
  id: number;
  ticketId: number;
  reference: string;
  direction: string;
  channel: string;
  visibility: string | null;
  text: string;
  author: string | null;
  createdAt: string;
}

export interface EarlierTicket {
  id: number;
  reference: string;
  status: string;
  category: string;
  priority: string;
  channel: string;
  summary: string;
  outcome: string | null;
  createdAt: string;
}

export interface DeskTicketView {
  ticket: DeskTicket;
  access: 'read' | 'act';
  outcome: string | null;
  resolvedAt: string | null;
  messages: DeskMessage[];
  earlier: EarlierTicket[];
}

export interface CannedReplies {
  ticketId: number;
  suggestedLanguage: 'en' | 'hi' | 'mr';
  replies: Array<{ id: string; title: string; texts: { en: string; hi: string; mr: string } }>;
}

export interface SimilarTicket {
  id: number;
  reference: string;
  status: string;
  channel: string;
  category: string;
  priority: string;
  station: string | null;
  place: string | null;
  summary: string;
  createdAt: string;
  score: number;
  reasons: string[];
}

export interface Shift {
  id: number;
  name: string;
  start: string;
  end: string;
  days: number[];
  officers: number[];
}

export interface ShiftInput {
  name: string;
  start: string;
  end: string;
  days?: number[];
  officers: number[];
}

export interface Roster {
  station: string;
  timeZone: string;
  shifts: Shift[];
  officers: Array<{ id: number; username: string; name: string; role: string; onDuty: boolean; openTickets: number }>;
  onDutyNow: number[];
  handoverNotes: Array<{ id: number; from: number; fromName: string; note: string; createdAt: string }>;
}

export interface StationLoad {
  station: string;
  name: string;
  zone: string | null;
  open: number;
  breached: number;
  p1Open: number;
  medianFirstResponseMinutesToday: number | null;
}

export interface Overview {
  unit: string;
  stations: StationLoad[];
  totals: { open: number; breached: number; p1Open: number };
  tickets: DeskTicket[];
}

// The lifecycle is the server's own definition (a pure module, no server code in the bundle).
export { allowedTransitions, OUTCOMES, SETTABLE_STATUSES, TRANSITIONS, type Outcome, type SettableStatus } from '../../../src/tickets/ticket.model.js';
