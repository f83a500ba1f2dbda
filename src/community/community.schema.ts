/** Request schemas of the community API (the web takes its types from here, type-only). */
import { z } from 'zod';
import { COMMUNITY_CHANNELS, COMMUNITY_LANGUAGES, BROADCAST_SCOPES } from './community.model.js';

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
