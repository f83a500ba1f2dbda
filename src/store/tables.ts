/**
 * Table types shared by SQLite and PostgreSQL. Timestamps are ISO-8601 UTC text and
 * JSON is text on both, so that one set of queries serves both engines unchanged.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
// Column unions come from the domains' model modules, type-only (erased at run time): a misspelt status
// is a compile error wherever a query writes or compares it.
import type { Relation, Role } from '../auth/access.js';
import type { UnitKind } from '../geo/city.js';
import type { PlaceMethod } from '../geo/locate.types.js';
import type { AlertKind, AlertStatus, BroadcastScope, BroadcastStatus, CheckinAnswer, ConsentMethod, DeliveryMode, MemberStatus } from '../community/community.model.js';
import type { InboundStatus } from '../intake/inbound-item.js';
import type { AttachmentStatus } from '../media/media.model.js';
import type { OutboxKind, OutboxStatus } from '../outbox/outbox.model.js';
import type { AuditAction, Outcome, TicketStatus } from '../tickets/ticket.model.js';
import type { Category, Language, Priority } from '../triage/triage.types.js';

/** A city as a whole, from its `city.json` (0007); a city without a row reads its name and code from its root unit. */
export interface CityTable {
  /** The root unit's id, e.g. `ngp`. */
  id: string;
  /** Prefix of ticket references, e.g. `NGP`. */
  code: string;
  name_en: string;
  name_hi: string;
  name_mr: string;
  /** JSON object: ticket category → ids of the special units that also receive it. */
  special_units: string;
  /** JSON array of the city's own community group kinds, `{ kind, name: { en, hi, mr } }` (0060). */
  community_group_kinds: Generated<string>;
  updated_at: string;
}

export interface UnitTable {
  id: string;
  city_id: string;
  kind: UnitKind;
  parent_id: string | null;
  name_en: string;
  name_local: string;
  lat: number | null;
  lon: number | null;
  x_handle: string | null;
  status: 'active' | 'proposed';
}

export interface GazetteerTable {
  id: string;
  city_id: string;
  kind: string;
  name_en: string;
  /** JSON array of spellings. */
  variants: string;
  lat: number | null;
  lon: number | null;
  station_id: string | null;
}

export interface JurisdictionTable {
  station_id: string;
  city_id: string;
  /** GeoJSON geometry. */
  geometry: string;
  source: string;
  updated_at: string;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  unit_id: string;
  active: number;
  /** How many open tickets auto-assignment gives this officer (0015); null: the configured default. */
  capacity: number | null;
  created_at: string;
}

export interface SessionTable {
  /** sha256 of the cookie's token: a stolen database does not yield live sessions. */
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface InboundTable {
  id: Generated<number>;
  channel: string;
  external_id: string;
  received_at: string;
  /** The normalised inbound item as JSON (may hold personal data: never logged). */
  payload: string;
  status: InboundStatus;
  error: string | null;
  ticket_id: number | null;
  processed_at: string | null;
}

export interface ContactTable {
  id: Generated<number>;
  channel: string;
  /** The channel's id of the person (X user id, WhatsApp number, Telegram chat id, web: a random id). */
  external_user_id: string;
  display_name: string | null;
  phone: string | null;
  /** The phone in E.164 (0015), for matching one citizen across spellings and channels. */
  phone_e164: string | null;
  created_at: string;
}

export interface TicketTable {
  id: Generated<number>;
  reference: string;
  city_id: string;
  status: TicketStatus;
  category: Category;
  priority: Priority;
  language: Language;
  flags: string;
  station_id: string | null;
  zone_id: string | null;
  place_id: string | null;
  place_name: string | null;
  place_lat: number | null;
  place_lon: number | null;
  place_method: PlaceMethod;
  place_confidence: number;
  /** JSON: the reasons of triage and routing, for the officer to see why. */
  reasons: string;
  channel: string;
  contact_id: number | null;
  assignee_id: number | null;
  /** The first message with personal data masked: safe for lists and public pages. */
  summary: string;
  tracking_token_hash: string;
  outcome: Outcome | null;
  created_at: string;
  updated_at: string;
  first_response_at: string | null;
  resolved_at: string | null;
  /** SLA clocks (0002): when the first reply and the resolution are due, and the next of the two still running. */
  first_response_due_at: string | null;
  resolve_due_at: string | null;
  sla_due_at: string | null;
  /** When the next escalation up the unit tree fires; null when none is pending (0002). */
  escalate_at: string | null;
  escalated_at: string | null;
  /** 0 the station, 1 the zone's DCP, 2 the control room and Commissioner (0002). */
  escalation_level: Generated<number>;
  /** The ticket this one was merged into as a duplicate (0002). */
  merged_into_id: number | null;
  /** JSON array of the fields an officer confirmed or corrected (category, priority, place): never re-judged (0006). */
  locked_fields: Generated<string>;
}

/** Which units see a ticket, and why: its owner station, the zone and city above it, special units, earlier owners. */
export interface TicketUnitTable {
  ticket_id: number;
  unit_id: string;
  relation: Relation;
  /** The ticket's queue fields, copied by triggers on every insert here and every change to the ticket (0004): never write them. */
  status: Generated<TicketStatus>;
  priority: Generated<Priority>;
  created_at: Generated<string>;
  sla_due_at: Generated<string | null>;
  assignee_id: Generated<number | null>;
  /** 0 for a ticket no station holds or one escalated to the control room (the control room's first), 1 otherwise; kept by triggers (0040): never write it. */
  control_rank: Generated<number>;
}

export interface TicketMessageTable {
  id: Generated<number>;
  ticket_id: number;
  inbound_id: number | null;
  /** `in` from the citizen, `out` a reply, `note` internal. */
  direction: 'in' | 'out' | 'note';
  channel: string;
  author_user_id: number | null;
  text: string;
  created_at: string;
  /** For replies: `public` (a post the world sees) or `private` (a direct message) (0002). */
  visibility: 'public' | 'private' | null;
  /** The client's key of the request that wrote it: a retried reply writes nothing twice (0002). */
  client_key: string | null;
  /** For a citizen's message: the channel's address that answers it, and whether that answer is public (0006). */
  reply_to: string | null;
  reply_public: number | null;
  /** For a citizen's message: praise, anger, fear or neutral (src/triage/sentiment.ts) (0071). */
  sentiment: Generated<string | null>;
}

/** A weekly review PDF of a zone or the city, in one language; the row is also the claim to make it (0072). */
export interface WeeklyReviewTable {
  unit_id: string;
  /** The Monday that starts the week (local date). */
  week: string;
  language: string;
  status: 'generating' | 'done';
  claimed_at: string;
  pdf: Buffer | null;
  pages: number | null;
  created_at: string | null;
}

/** Praise in a citizen's message that names an officer, for their SHO, DCP and the Commissioner (0071). */
export interface OfficerPraiseTable {
  id: Generated<number>;
  ticket_id: number;
  message_id: number;
  officer_id: number;
  station_id: string;
  zone_id: string;
  /** The message with personal data masked, cut short. */
  excerpt: string;
  created_at: string;
}

export interface AuditTable {
  id: Generated<number>;
  ticket_id: number | null;
  actor_user_id: number | null;
  action: AuditAction;
  /** JSON */
  details: string;
  created_at: string;
}

export interface ReferenceCounterTable {
  city_id: string;
  year: number;
  last_seq: number;
}

export interface OutboxTable {
  id: Generated<number>;
  channel: string;
  kind: OutboxKind;
  ticket_id: number | null;
  /** JSON: what to send and to whom. */
  payload: string;
  idempotency_key: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  external_id: string | null;
  created_at: string;
  sent_at: string | null;
  /** While `sending`: until when the claiming worker owns the row (0003). */
  lease_until: string | null;
  /** While `sending`: when this worker began handing the row to its channel; null while only claimed (0090). */
  send_started_at: string | null;
  /** The channel's receipt: sent, delivered, read, failed (0003). */
  delivery_status: string | null;
  delivery_at: string | null;
}

/** Where a poller stopped, per channel and account (e.g. X's since_id). */
export interface ChannelCursorTable {
  channel: string;
  account: string;
  cursor: string;
  updated_at: string;
}

/** How a channel is doing; errors hold codes and statuses, never message content. */
export interface ChannelHealthTable {
  channel: string;
  last_poll_at: string | null;
  last_inbound_at: string | null;
  last_delivery_at: string | null;
  lag_ms: number | null;
  last_error_at: string | null;
  last_error: string | null;
  error_count: Generated<number>;
  silent_alerted_at: string | null;
  updated_at: string;
}

/** The ticket a citizen's thread (an X conversation, a sender on a chat channel) currently joins. */
export interface TicketThreadTable {
  channel: string;
  thread_key: string;
  ticket_id: number | null;
  last_at: string;
}

export interface TrainingExampleTable {
  id: Generated<number>;
  ticket_id: number | null;
  text: string;
  category: string;
  priority: string;
  language: string;
  source: string;
  created_by: number | null;
  created_at: string;
}

/** A station's duty shift: local times of day as minutes after midnight, days 0 (Sunday) to 6. */
export interface DutyShiftTable {
  id: Generated<number>;
  station_id: string;
  name: string;
  start_minute: number;
  end_minute: number;
  /** JSON array of weekdays. */
  days: string;
  created_at: string;
}

export interface DutyShiftOfficerTable {
  shift_id: number;
  user_id: number;
}

/** A leaving officer's note to whoever takes their tickets over. */
export interface DutyHandoverTable {
  id: Generated<number>;
  station_id: string;
  from_user_id: number;
  note: string;
  created_at: string;
  handed_over_at: string | null;
}

/** A spelling of a place an officer corrected, waiting for review before it joins the gazetteer. */
export interface GazetteerSuggestionTable {
  id: Generated<number>;
  city_id: string;
  words: string;
  place_id: string | null;
  place_name: string;
  station_id: string | null;
  ticket_id: number | null;
  status: string;
  created_by: number | null;
  created_at: string;
}

/** A fixed-window counter of a rate limit (0005): `count` events of `key` in `bucket` until `reset_at`. */
export interface RateLimitTable {
  bucket: string;
  key: string;
  count: number;
  reset_at: string;
}

/**
 * What the public form answered a report (0005), kept for the retry window: keys are hashes (of the
 * clientId, the device cookie, the address), the tracking token is sealed under the clientId, and the
 * fingerprint is a MinHash of the text for spotting repeats, from which the text cannot be read back.
 */
export interface WebformReceiptTable {
  client_key: string;
  device_key: string | null;
  address_key: string;
  fingerprint: string;
  /** `pending` while the report is processed, `done` with a reference, `failed` when intake quarantined it. */
  status: string;
  reference: string | null;
  sealed_token: string | null;
  created_at: string;
  expires_at: string;
}

/** Analytics rollups (0021): counters per local hour and dimensions; '' stands for no station or zone. */
type RollupBin = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13;
export type AnalyticsHourlyTable = {
  hour: string;
  station_id: string;
  zone_id: string;
  category: string;
  channel: string;
  priority: string;
  language: string;
} & { [K in HourlyCounterColumn]: Generated<number> };
type HourlyCounterColumn =
  | 'opened'
  | 'responded'
  | 'response_min_sum'
  | 'resolved'
  | 'resolve_min_sum'
  | 'closed'
  | 'breached'
  | 'sla_kept'
  | 'escalated'
  | `rh_${RollupBin}`
  | `sh_${RollupBin}`
  | `out_${Outcome}`;

/** The hourly counters summed per local day and unit (0021), and the citizens' ratings given that day (0070). */
export type AnalyticsUnitDailyTable = {
  day: string;
  station_id: string;
  zone_id: string;
} & { [K in HourlyCounterColumn | RatingCounterColumn]: Generated<number> };
type RatingCounterColumn = 'rated' | 'rating_sum' | `rating_${1 | 2 | 3 | 4 | 5}`;

/** A citizen asked to rate the response to their closed ticket, and their rating when it came (0070). */
export interface TicketRatingTable {
  ticket_id: number;
  channel: string;
  /** The channel's address a reply comes from; null on the web form (the tracking page asks). */
  address: string | null;
  language: string;
  station_id: string | null;
  officer_id: number | null;
  requested_at: string;
  /** After this a reply is an ordinary message again. */
  expires_at: string;
  outbox_id: number | null;
  score: number | null;
  word: string | null;
  /** Where the rating came from: `channel` (a reply) or `web` (the tracking page). */
  source: 'channel' | 'web' | null;
  rated_at: string | null;
  inbound_id: number | null;
}

/** Tickets opened per local day and unit by one dimension (category, channel, priority, language, hour) (0021). */
export interface AnalyticsDimDailyTable {
  day: string;
  station_id: string;
  zone_id: string;
  dim: string;
  value: string;
  opened: Generated<number>;
}

/** The same per local calendar month, `YYYY-MM` (0021). */
export interface AnalyticsDimMonthlyTable {
  month: string;
  station_id: string;
  zone_id: string;
  dim: string;
  value: string;
  opened: Generated<number>;
}

/** Tickets answered and resolved per officer per local day (0021). */
export interface AnalyticsOfficerDailyTable {
  day: string;
  station_id: string;
  zone_id: string;
  officer_id: number;
  responded: Generated<number>;
  resolved: Generated<number>;
  /** Ratings of the officer's tickets given that day, and their sum (0070). */
  rated: Generated<number>;
  rating_sum: Generated<number>;
}

/** Tickets opened per local day, category and hexagon of their place (0021). */
export interface AnalyticsPlaceDailyTable {
  day: string;
  station_id: string;
  zone_id: string;
  category: string;
  hex_q: number;
  hex_r: number;
  opened: Generated<number>;
}

/** Each ticket's last contribution to the rollups, as JSON, so a recomputation applies only the difference (0021). */
export interface AnalyticsTicketFactsTable {
  ticket_id: number;
  cells: string;
}

/** Where the rollup worker has read the audit log up to (0021). */
export interface AnalyticsCursorTable {
  name: string;
  audit_id: Generated<number>;
  updated_after: Generated<string>;
  passes: Generated<number>;
}

/** A station's community group of one kind (0020). */
export interface CommunityGroupTable {
  id: Generated<number>;
  station_id: string;
  kind: string;
  name: string;
  created_by: number | null;
  created_at: string;
}

/** One person in a group, with how and when they consented (0020). `address` is personal data. */
export interface CommunityMemberTable {
  id: Generated<number>;
  group_id: number;
  channel: string;
  /** Where the channel reaches them: a WhatsApp number, a Telegram chat id. */
  address: string;
  external_user_id: string | null;
  display_name: string | null;
  language: string;
  ward: string | null;
  consent_at: string;
  consent_method: ConsentMethod;
  consent_note: string | null;
  added_by: number | null;
  status: MemberStatus;
  left_at: string | null;
  /** When they last wrote to us: WhatsApp's 24-hour window counts from here. */
  last_inbound_at: string | null;
  created_at: string;
}

/** A message to groups, approved by the rank its scope needs (0020). */
export interface CommunityBroadcastTable {
  id: Generated<number>;
  station_id: string | null;
  scope: BroadcastScope;
  scope_unit_id: string;
  /** JSON array of group ids. */
  group_ids: string;
  /** JSON object: language → text. */
  texts: string;
  template_key: string | null;
  status: BroadcastStatus;
  created_by: number;
  created_at: string;
  approved_by: number | null;
  approved_at: string | null;
  send_at: string | null;
  queued_at: string | null;
}

/** A welfare check-in of a station's senior citizens (0020). */
export interface CommunityCheckinTable {
  id: Generated<number>;
  station_id: string;
  group_id: number;
  created_by: number;
  created_at: string;
  send_at: string;
  /** After this, a senior who has not answered gets a ticket for the beat officer. */
  due_at: string;
  status: 'open' | 'closed';
}

/** One message of a broadcast or a check-in to one member, its outbox row and (check-ins) the answer (0020). */
export interface CommunityDeliveryTable {
  id: Generated<number>;
  broadcast_id: number | null;
  checkin_id: number | null;
  member_id: number;
  outbox_id: number | null;
  channel: string;
  mode: DeliveryMode;
  /** JSON `{ name, language, parameters }` when sent as a WhatsApp template. */
  template: string | null;
  answer: CheckinAnswer | null;
  answered_at: string | null;
  ticket_id: number | null;
  inbound_id: number | null;
  created_at: string;
  /** Set for a message of an alert to the public (0060). */
  alert_id: Generated<number | null>;
}

/** An alert to the public from the control room or the Commissioner: every group of a set of stations or zones, and the stations' X accounts (0060). */
export interface CommunityAlertTable {
  id: Generated<number>;
  kind: AlertKind;
  /** JSON array of the stations and zones chosen. */
  unit_ids: string;
  /** JSON array of the stations they come to. */
  station_ids: string;
  /** JSON object: language → text. */
  texts: string;
  /** The language of the X post. */
  post_language: string;
  /** What is posted on X (no personal data), null when nothing is. */
  post_text: string | null;
  status: AlertStatus;
  created_by: number;
  created_at: string;
  send_at: string;
  cancelled_by: number | null;
  cancelled_at: string | null;
}

/** One post of an alert from one X account (a station's, or the force's for stations without their own) (0060). */
export interface CommunityAlertPostTable {
  id: Generated<number>;
  alert_id: number;
  /** The station whose account posts; null for the force's account. */
  station_id: string | null;
  /** The account's handle, without the @. */
  account: string;
  outbox_id: number | null;
  created_at: string;
}

/** A ticket opened by a member's reply to a broadcast (0020). */
export interface CommunityBroadcastReplyTable {
  id: Generated<number>;
  broadcast_id: number;
  member_id: number;
  ticket_id: number;
  inbound_id: number | null;
  created_at: string;
}

/** A citizen's photo, voice note, video or document on a ticket's message (0012); the bytes live in the media store under `sha256`. */
export interface TicketAttachmentTable {
  id: Generated<number>;
  ticket_id: number;
  message_id: number;
  inbound_id: number;
  /** Its place among the inbound item's attachments. */
  position: number;
  channel: string;
  /** photo, image, voice, audio, video, video_note, document, sticker… as the channel named it. */
  kind: string;
  media_id: string;
  declared_mime: string | null;
  status: AttachmentStatus;
  attempts: Generated<number>;
  next_attempt_at: string;
  last_error: string | null;
  sha256: string | null;
  size_bytes: number | null;
  /** The type it is served with: one of the allowed types, checked against its first bytes. */
  content_type: string | null;
  provider_sha256: string | null;
  created_at: string;
  stored_at: string | null;
}

/** One evidence record per inbound item and stored attachment (0012): written once, never changed. */
export interface EvidenceRecordTable {
  id: Generated<number>;
  subject: string;
  kind: 'inbound' | 'attachment';
  ticket_id: number;
  inbound_id: number;
  attachment_id: number | null;
  channel: string;
  provider_id: string;
  provider_at: string | null;
  received_at: string;
  sha256: string;
  size_bytes: number;
  recorded_at: string;
}

/** An Open311 API key an administrator issued to a civic app (0030): only its hash is kept. */
export interface Open311ApiKeyTable {
  id: Generated<number>;
  key_hash: string;
  label: string;
  created_by: number | null;
  created_at: string;
  revoked_at: string | null;
  /** The administrator who revoked it (0041). */
  revoked_by: Generated<number | null>;
}

export interface Database {
  cities: CityTable;
  units: UnitTable;
  gazetteer: GazetteerTable;
  jurisdictions: JurisdictionTable;
  users: UserTable;
  sessions: SessionTable;
  inbound: InboundTable;
  contacts: ContactTable;
  tickets: TicketTable;
  ticket_units: TicketUnitTable;
  ticket_messages: TicketMessageTable;
  open311_api_keys: Open311ApiKeyTable;
  audit_log: AuditTable;
  reference_counters: ReferenceCounterTable;
  outbox: OutboxTable;
  channel_cursors: ChannelCursorTable;
  channel_health: ChannelHealthTable;
  ticket_threads: TicketThreadTable;
  training_examples: TrainingExampleTable;
  duty_shifts: DutyShiftTable;
  duty_shift_officers: DutyShiftOfficerTable;
  duty_handovers: DutyHandoverTable;
  gazetteer_suggestions: GazetteerSuggestionTable;
  rate_limits: RateLimitTable;
  webform_receipts: WebformReceiptTable;
  ticket_attachments: TicketAttachmentTable;
  evidence_records: EvidenceRecordTable;
  analytics_hourly: AnalyticsHourlyTable;
  analytics_officer_daily: AnalyticsOfficerDailyTable;
  analytics_unit_daily: AnalyticsUnitDailyTable;
  analytics_dim_daily: AnalyticsDimDailyTable;
  analytics_dim_monthly: AnalyticsDimMonthlyTable;
  analytics_place_daily: AnalyticsPlaceDailyTable;
  analytics_ticket_facts: AnalyticsTicketFactsTable;
  analytics_cursors: AnalyticsCursorTable;
  ticket_ratings: TicketRatingTable;
  officer_praise: OfficerPraiseTable;
  weekly_reviews: WeeklyReviewTable;
  community_groups: CommunityGroupTable;
  community_members: CommunityMemberTable;
  community_broadcasts: CommunityBroadcastTable;
  community_checkins: CommunityCheckinTable;
  community_deliveries: CommunityDeliveryTable;
  community_broadcast_replies: CommunityBroadcastReplyTable;
  community_alerts: CommunityAlertTable;
  community_alert_posts: CommunityAlertPostTable;
}

export type TicketRow = Selectable<TicketTable>;
export type NewTicket = Insertable<TicketTable>;
export type TicketUpdate = Updateable<TicketTable>;
export type UserRow = Selectable<UserTable>;
export type UnitRow = Selectable<UnitTable>;
export type InboundRow = Selectable<InboundTable>;
export type OutboxRow = Selectable<OutboxTable>;
