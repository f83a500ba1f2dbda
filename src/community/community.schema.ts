/** Request and response schemas of the community API: /api/docs documents them, and the web takes its types from here with z.infer. */
import { z } from 'zod';
import {
  ALERT_KINDS,
  ALERT_STATUSES,
  BROADCAST_SCOPES,
  BROADCAST_STATUSES,
  CHECKIN_ANSWERS,
  COMMUNITY_CHANNELS,
  COMMUNITY_LANGUAGES,
  CONSENT_METHODS,
  DELIVERY_MODES,
  MEMBER_STATUSES,
} from './community.model.js';

const rowId = z.coerce.number().int().positive();
export const communityIdParams = z.object({ id: rowId });
const groupKind = z.string().regex(/^[a-z][a-z_]{1,39}$/, 'a kind in snake_case, e.g. senior_citizens');
const address = z.string().trim().min(5).max(40);
const ward = z.string().trim().min(1).max(100);

export const createGroupBody = z.object({ kind: groupKind, name: z.string().trim().min(2).max(100).optional() });

export const addMemberBody = z.object({
  channel: z.enum(COMMUNITY_CHANNELS),
  address,
  displayName: z.string().trim().min(1).max(100).optional(),
  language: z.enum(COMMUNITY_LANGUAGES),
  ward: ward.optional(),
  consent: z.object({ method: z.enum(['in_person', 'written', 'phone']), note: z.string().trim().max(500).optional() }),
});

export const publicJoinBody = z.object({
  kind: groupKind,
  channel: z.enum(COMMUNITY_CHANNELS),
  address,
  displayName: z.string().trim().min(1).max(100).optional(),
  language: z.enum(COMMUNITY_LANGUAGES),
  ward: ward.optional(),
  /** The explicit consent checkbox: nothing is stored without it. */
  consent: z.literal(true, { message: 'tick the consent box to join' }),
});

const text = z.string().trim().min(1).max(1000);
export const broadcastBody = z.object({
  scope: z.enum(BROADCAST_SCOPES),
  groupIds: z.array(rowId).max(50).optional(),
  kinds: z.array(groupKind).max(20).optional(),
  texts: z.object({ en: text.optional(), hi: text.optional(), mr: text.optional() }),
  templateKey: z.string().max(50).optional(),
  sendAt: z.string().datetime().optional(),
});

export const checkinBody = z.object({
  sendAt: z.string().datetime().optional(),
  dueMinutes: z.number().int().min(5).max(7 * 24 * 60).default(24 * 60),
});

export type BroadcastBody = z.infer<typeof broadcastBody>;

// ---------------------------------------------------------------- alerts to the public

export const alertBody = z.object({
  kind: z.enum(ALERT_KINDS),
  unitIds: z.array(z.string().trim().min(1).max(60)).min(1, 'choose at least one station or zone').max(100),
  texts: z.object({ en: text.optional(), hi: text.optional(), mr: text.optional() }),
  postLanguage: z.enum(COMMUNITY_LANGUAGES).default('en').describe('the language of the X post'),
  sendAt: z.string().datetime().optional(),
});
export type AlertBody = z.input<typeof alertBody>;

// ---------------------------------------------------------------- responses (the web's types: z.infer)

const languageTexts = z.object({ en: z.string().optional(), hi: z.string().optional(), mr: z.string().optional() });
const allTexts = z.object({ en: z.string(), hi: z.string(), mr: z.string() });
export const memberDeliveryState = z.enum(['queued', 'sent', 'delivered', 'read', 'failed', 'cancelled']);

export const groupKindSchema = z.object({ kind: z.string(), name: allTexts });
export const groupKindsSchema = z.array(groupKindSchema);

export const groupSchema = z.object({
  id: z.number(),
  stationId: z.string(),
  kind: z.string(),
  name: z.string(),
  members: z.number().describe('active members'),
  joinCode: z.string(),
  createdAt: z.string(),
});

export const memberSchema = z.object({
  id: z.number(),
  groupId: z.number(),
  channel: z.string(),
  address: z.string().describe('masked outside the station that holds the group'),
  masked: z.boolean(),
  displayName: z.string().nullable(),
  language: z.string(),
  ward: z.string().nullable(),
  consentAt: z.string(),
  consentMethod: z.enum(CONSENT_METHODS),
  status: z.enum(MEMBER_STATUSES),
  leftAt: z.string().nullable(),
});

export const totalsSchema = z.object({
  queued: z.number(),
  sent: z.number(),
  delivered: z.number(),
  read: z.number(),
  failed: z.number(),
  cancelled: z.number(),
  total: z.number(),
});

const broadcastBase = z.object({
  id: z.number(),
  scope: z.enum(BROADCAST_SCOPES),
  scopeUnitId: z.string(),
  status: z.enum(BROADCAST_STATUSES),
  texts: languageTexts,
  createdAt: z.string(),
  mayApprove: z.boolean(),
});

export const broadcastItemSchema = broadcastBase.extend({
  pending: z.number().describe('its messages no provider has taken yet: 0 once it has gone (or was cancelled)'),
});

export const broadcastSchema = broadcastBase.extend({
  groupIds: z.array(z.number()),
  createdBy: z.number(),
  approvedBy: z.number().nullable(),
  approvedAt: z.string().nullable(),
  sendAt: z.string().nullable(),
  totals: totalsSchema,
  deliveries: z.array(
    z.object({
      memberId: z.number(),
      channel: z.string(),
      address: z.string(),
      mode: z.enum(DELIVERY_MODES),
      template: z.string().nullable().describe('JSON { name, language, parameters } when sent as a WhatsApp template'),
      state: memberDeliveryState,
    }),
  ),
  replies: z.array(z.object({ ticketId: z.number(), memberId: z.number(), at: z.string() })),
  withdrawn: z.number().optional().describe('after a cancel: the messages withdrawn'),
});

export const templatesSchema = z.record(z.string(), allTexts);

export const checkinItemSchema = z.object({ id: z.number(), stationId: z.string(), sendAt: z.string(), dueAt: z.string(), status: z.enum(['open', 'closed']) });

export const checkinSchema = checkinItemSchema.extend({
  answered: z.number(),
  unanswered: z.number(),
  people: z.array(
    z.object({
      memberId: z.number(),
      address: z.string(),
      displayName: z.string().nullable(),
      ward: z.string().nullable(),
      delivery: memberDeliveryState,
      answer: z.enum(CHECKIN_ANSWERS).nullable(),
      answeredAt: z.string().nullable(),
      ticketId: z.number().nullable(),
    }),
  ),
});

export const memberHistorySchema = z.object({
  member: memberSchema,
  checkins: z.array(z.object({ checkinId: z.number(), sendAt: z.string(), answer: z.enum(CHECKIN_ANSWERS).nullable(), answeredAt: z.string().nullable(), ticketId: z.number().nullable() })),
});

export const publicGroupsSchema = z.object({ stationId: z.string(), joinCode: z.string(), groups: z.array(z.object({ kind: z.string(), name: z.string() })) });
export const joinedSchema = z.object({ joined: z.boolean(), group: z.string(), station: z.string() });

export const alertItemSchema = z.object({
  id: z.number(),
  kind: z.enum(ALERT_KINDS),
  unitIds: z.array(z.string()),
  stations: z.number(),
  texts: languageTexts,
  status: z.enum(ALERT_STATUSES),
  pending: z.number().describe('its messages and X posts no provider has taken yet: 0 once the alert has gone (or was cancelled)'),
  createdAt: z.string(),
  sendAt: z.string(),
});

export const alertSchema = z.object({
  id: z.number(),
  kind: z.enum(ALERT_KINDS),
  unitIds: z.array(z.string()),
  stationIds: z.array(z.string()),
  texts: languageTexts,
  postLanguage: z.enum(COMMUNITY_LANGUAGES),
  postText: z.string().nullable().describe('what is posted on X, without personal data; null when X posting is not configured'),
  status: z.enum(ALERT_STATUSES),
  createdBy: z.number(),
  createdAt: z.string(),
  sendAt: z.string(),
  cancelledAt: z.string().nullable(),
  mayCancel: z.boolean(),
  totals: totalsSchema,
  byStation: z.array(totalsSchema.extend({ stationId: z.string() })),
  byChannel: z.array(totalsSchema.extend({ channel: z.string() })),
  posts: z.array(z.object({ stationId: z.string().nullable(), account: z.string(), state: memberDeliveryState, postId: z.string().nullable(), error: z.string().nullable() })),
  withdrawn: z.number().optional(),
});

export const publicAlertSchema = z.object({
  id: z.number(),
  kind: z.enum(ALERT_KINDS),
  texts: languageTexts,
  sentAt: z.string(),
  stations: z.array(z.object({ id: z.string(), nameEn: z.string(), nameLocal: z.string() })),
});

export type CommunityGroup = z.infer<typeof groupSchema>;
export type CommunityMember = z.infer<typeof memberSchema>;
export type BroadcastView = z.infer<typeof broadcastSchema>;
export type BroadcastItem = z.infer<typeof broadcastItemSchema>;
export type CheckinItem = z.infer<typeof checkinItemSchema>;
export type CheckinView = z.infer<typeof checkinSchema>;
export type GroupKindView = z.infer<typeof groupKindSchema>;
export type AlertView = z.infer<typeof alertSchema>;
export type AlertItem = z.infer<typeof alertItemSchema>;
export type PublicAlert = z.infer<typeof publicAlertSchema>;
