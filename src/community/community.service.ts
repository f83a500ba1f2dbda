/**
 * Community (DESIGN.md, Community): a station's groups and members, joining and leaving by message,
 * broadcasts approved by rank and delivered through the outbox, and welfare check-ins of seniors.
 * Rules live here; intake only asks `interceptCommunityItem` before a message becomes a ticket.
 */
import type { Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { enqueueOutbound, withdrawPendingOutbound } from '../outbox/outbox.repository.js';
import type { Db, Tx } from '../store/db.js';
import type { CommunityGroupTable, CommunityMemberTable, TicketRow } from '../store/tables.js';
import type { Selectable } from 'kysely';
import type { TicketEvent } from '../tickets/desk-event.schema.js';
import { appendAudit } from '../tickets/audit.repository.js';
import { openTicket, zoneOf } from '../tickets/ticket.lifecycle.js';
import { setThread } from '../tickets/thread.repository.js';
import { publishEvents, publishInTransaction } from '../tickets/ticket.events.js';
import type { TriageResult } from '../triage/triage.types.js';
import {
  COMMUNITY_CHANNELS,
  COMMUNITY_TEMPLATE,
  communityLanguageOf,
  composeCheckin,
  composeCheckinHelp,
  composeCheckinThanks,
  composeJoined,
  composeLeft,
  composeUnknownCode,
  groupKindsOf,
  groupName,
  joinCodeKey,
  joinCodeOf,
  maskAddress,
  parseCommunityCommand,
  type BroadcastScope,
  type CityGroupKind,
  type CommunityChannel,
  type CommunityLanguage,
  type ConsentMethod,
  type DeliveryMode,
} from './community.model.js';

export type CommunityContext = Pick<AppContext, 'store' | 'city' | 'now' | 'config' | 'assigner'>;
type GroupRow = Selectable<CommunityGroupTable>;
type MemberRow = Selectable<CommunityMemberTable>;

const WINDOW_MS = 24 * 60 * 60_000;
/** Sending this close to the window's end risks arriving after it: a template instead. */
const WINDOW_MARGIN_MS = 60 * 60_000;
/** A reply within this long after a broadcast reached a member is linked to it. */
const REPLY_LINK_MS = 3 * 24 * 60 * 60_000;
/** How long after a check-in was sent a reply still answers it (past its due time, an answer still counts). */
const CHECKIN_ANSWER_MS = 3 * 24 * 60 * 60_000;

function isCommunityChannel(c: string): c is CommunityChannel {
  return COMMUNITY_CHANNELS.some((x) => x === c);
}

/** A WhatsApp number as the Cloud API writes it (country code, digits only); a Telegram chat id as given. */
export function normaliseAddress(channel: CommunityChannel, address: string): string {
  if (channel === 'telegram') return address.trim();
  const digits = address.replace(/\D/g, '');
  return digits.length === 10 ? `91${digits}` : digits;
}

/** The city's own group kinds (city.json), beside the five standard ones. */
function cityKinds(ctx: Pick<AppContext, 'city'>): readonly CityGroupKind[] {
  return ctx.city.communityGroupKinds ?? [];
}

/** Refuses a kind that is neither one of the five nor one the city added, naming the ones it may be. */
export function requireGroupKind(ctx: Pick<AppContext, 'city'>, kind: string): void {
  const kinds = groupKindsOf(cityKinds(ctx)).map((k) => k.kind);
  if (!kinds.includes(kind)) throw new AppError('VALIDATION_FAILED', `kind: "${kind}" is not a group kind of this force (${kinds.join(', ')})`);
}

/** The group kinds of the force with their names in en, hi, mr: what the desk offers. */
export function listGroupKinds(ctx: Pick<AppContext, 'city'>) {
  return groupKindsOf(cityKinds(ctx));
}

function stationUnit(ctx: Pick<AppContext, 'city'>, id: string) {
  const u = ctx.city.units.find((x) => x.id === id && x.kind === 'station');
  if (!u) throw new AppError('UNIT_NOT_FOUND', `No police station ${id}`);
  return u;
}

export function stationName(ctx: Pick<AppContext, 'city'>, id: string, language: CommunityLanguage): string {
  const u = ctx.city.units.find((x) => x.id === id);
  if (!u) return id;
  return language === 'en' ? u.nameEn : u.nameLocal || u.nameEn;
}

/** Every spelling of a station's join code: its English and local names and its locality's variants. */
function stationCodes(ctx: Pick<AppContext, 'city'>): Map<string, string> {
  const codes = new Map<string, string>();
  for (const u of ctx.city.units) {
    if (u.kind !== 'station' || u.status !== 'active') continue;
    const names = [u.nameEn, u.nameLocal, joinCodeOf(u.nameEn)];
    for (const g of ctx.city.gazetteer) {
      if (g.station === u.id && g.kind === 'locality' && joinCodeKey(g.nameEn) === joinCodeKey(u.nameEn)) names.push(g.nameEn, ...g.variants);
    }
    for (const n of names) if (n && !codes.has(joinCodeKey(n))) codes.set(joinCodeKey(n), u.id);
  }
  return codes;
}

const KIND_WORDS: Record<string, string[]> = {
  senior_citizens: ['senior', 'seniors', 'seniorcitizen', 'seniorcitizens', 'वरिष्ठ', 'ज्येष्ठ'],
  women: ['women', 'woman', 'mahila', 'महिला'],
  police_mitra: ['mitra', 'policemitra', 'मित्र', 'पुलिसमित्र', 'पोलीसमित्र'],
  traders: ['traders', 'trader', 'vyapari', 'व्यापारी'],
  students: ['students', 'student', 'विद्यार्थी', 'छात्र'],
};

/** The station (and, when named, the group kind) a join code means; null when no station has it. */
export function resolveJoinCode(ctx: Pick<AppContext, 'city'>, code: string): { stationId: string; kind: string | null } | null {
  const codes = stationCodes(ctx);
  const whole = codes.get(joinCodeKey(code));
  if (whole) return { stationId: whole, kind: null };
  const words = code.split(' ');
  if (words.length < 2) return null;
  const last = joinCodeKey(words[words.length - 1] ?? '');
  const kind =
    Object.entries(KIND_WORDS).find(([, ws]) => ws.includes(last))?.[0] ??
    cityKinds(ctx).find((k) => [k.kind, k.name.en, k.name.hi, k.name.mr].some((w) => joinCodeKey(w) === last))?.kind ??
    null;
  const station = codes.get(joinCodeKey(words.slice(0, -1).join(' ')));
  return station && kind ? { stationId: station, kind } : null;
}

async function enqueueToMember(
  tx: Db,
  m: { channel: string; address: string },
  key: string,
  text: string,
  language: CommunityLanguage,
  at: string,
  windowFrom?: string | null,
): Promise<number | null> {
  return enqueueOutbound(
    tx,
    { channel: m.channel, kind: 'broadcast', ticketId: null, idempotencyKey: key, payload: { to: m.address, text, language, ...(windowFrom ? { windowFrom } : {}) } },
    at,
  );
}

/** What community did with a message it took: the ticket it opened (a check-in asking for help), if any. */
export interface CommunityHandled {
  ticket: TicketRow | null;
  events: TicketEvent[];
}

export interface InterceptInput {
  item: { channel: string; externalId: string; text: string; receivedAt?: string | undefined; author?: { id: string; name?: string | undefined } | undefined; reply?: { to: string; public: boolean } | undefined };
  inboundId: number;
  contactId: number | null;
  triage: TriageResult;
  at: string;
  /**
   * False when the caller has looked the sender up (communitySenders) and found no membership: only a
   * command (a join) can then be community's, and the other hooks are skipped.
   */
  knownSender?: boolean;
}

/**
 * Which of these senders have a membership in any group, in any status, as `channel\u0000address`: one
 * query for an intake batch, so that the hooks below run only for messages that can concern community.
 */
export async function communitySenders(db: Db, senders: ReadonlyArray<{ channel: string; address: string }>): Promise<Set<string>> {
  const byChannel = new Map<string, Set<string>>();
  for (const s of senders) if (isCommunityChannel(s.channel)) byChannel.set(s.channel, (byChannel.get(s.channel) ?? new Set()).add(s.address));
  if (byChannel.size === 0) return new Set();
  const rows = await db
    .selectFrom('community_members')
    .select(['channel', 'address'])
    .distinct()
    .where((eb) => eb.or([...byChannel].map(([channel, addresses]) => eb.and([eb('channel', '=', channel), eb('address', 'in', [...addresses])]))))
    .execute();
  return new Set(rows.map((r) => `${r.channel}\u0000${r.address}`));
}

/**
 * Intake's pre-ticket hook: a join, a STOP or a check-in answer from a private chat is community's,
 * not a report. Returns null for everything else, which goes on to become a ticket as usual. Any
 * message of a member also restarts their WhatsApp window.
 */
export async function interceptCommunityItem(tx: Tx, ctx: CommunityContext, input: InterceptInput): Promise<CommunityHandled | null> {
  const { item, at } = input;
  if (!isCommunityChannel(item.channel) || !item.reply || item.reply.public) return null;
  // No membership to touch, no check-in to answer: only a command (a join) is still community's.
  if (input.knownSender === false && parseCommunityCommand(item.text) === null) return null;
  const channel = item.channel;
  const address = item.reply.to;
  const messageAt = item.receivedAt ?? at;
  await tx.updateTable('community_members').set({ last_inbound_at: messageAt }).where('channel', '=', channel).where('address', '=', address).execute();
  const cmd = parseCommunityCommand(item.text);
  if (cmd?.kind === 'join') {
    const found = resolveJoinCode(ctx, cmd.code);
    if (!found) {
      await enqueueToMember(tx, { channel, address }, `community:unknown:${channel}:${item.externalId}`, composeUnknownCode(cmd.language, { code: cmd.code }), cmd.language, at, messageAt);
      return { ticket: null, events: [] };
    }
    const group = found.kind
      ? await findGroup(tx, found.stationId, found.kind)
      : await tx.selectFrom('community_groups').selectAll().where('station_id', '=', found.stationId).orderBy('id').executeTakeFirst();
    if (!group) {
      await enqueueToMember(tx, { channel, address }, `community:unknown:${channel}:${item.externalId}`, composeUnknownCode(cmd.language, { code: cmd.code }), cmd.language, at, messageAt);
      return { ticket: null, events: [] };
    }
    await upsertMember(tx, group, {
      channel,
      address,
      externalUserId: item.author?.id ?? null,
      displayName: item.author?.name ?? null,
      language: cmd.language,
      ward: null,
      consentMethod: 'message',
      consentNote: `message ${item.externalId}`,
      addedBy: null,
      lastInboundAt: messageAt,
      at,
    });
    const text = composeJoined(cmd.language, { station: stationName(ctx, group.station_id, cmd.language), group: groupName(group.kind, cmd.language, cityKinds(ctx)) });
    await enqueueToMember(tx, { channel, address }, `community:joined:${channel}:${item.externalId}`, text, cmd.language, at, messageAt);
    return { ticket: null, events: [] };
  }
  if (cmd?.kind === 'stop') {
    const left = await leaveAll(tx, channel, address, at);
    if (left.length === 0) return null;
    // One confirmation per station, in the language they wrote STOP in.
    for (const stationId of new Set(left.map((g) => g.station_id))) {
      const code = joinCodeOf(stationUnit(ctx, stationId).nameEn);
      const text = composeLeft(cmd.language, { station: stationName(ctx, stationId, cmd.language), code });
      await enqueueToMember(tx, { channel, address }, `community:left:${channel}:${item.externalId}:${stationId}`, text, cmd.language, at, messageAt);
    }
    return { ticket: null, events: [] };
  }
  return answerCheckin(tx, ctx, input, cmd?.kind === 'answer' ? cmd.answer : null);
}

/** A reply to an open check-in: 1 is well, 2 needs help (a ticket), other words are judged by triage. */
async function answerCheckin(tx: Tx, ctx: CommunityContext, input: InterceptInput, answer: '1' | '2' | null): Promise<CommunityHandled | null> {
  const { item, at, triage } = input;
  if (!item.reply) return null;
  const since = new Date(Date.parse(at) - CHECKIN_ANSWER_MS).toISOString();
  const pending = await tx
    .selectFrom('community_deliveries as d')
    .innerJoin('community_members as m', 'm.id', 'd.member_id')
    .innerJoin('community_checkins as c', 'c.id', 'd.checkin_id')
    .select(['d.id', 'd.member_id', 'm.language', 'm.group_id', 'm.display_name', 'm.ward', 'c.station_id', 'c.id as checkin_id'])
    .where('m.channel', '=', item.channel)
    .where('m.address', '=', item.reply.to)
    .where('d.answer', 'is', null)
    .where('d.created_at', '>=', since)
    .orderBy('d.id', 'desc')
    .executeTakeFirst();
  if (!pending) return null;
  const language = communityLanguageOf(pending.language);
  const station = stationName(ctx, pending.station_id, language);
  const key = `community:checkin-answer:${pending.id}`;
  if (answer === '1') {
    await tx.updateTable('community_deliveries').set({ answer: 'yes', answered_at: at, inbound_id: input.inboundId }).where('id', '=', pending.id).execute();
    await enqueueToMember(tx, { channel: item.channel, address: item.reply.to }, key, composeCheckinThanks(language, { station }), language, at, item.receivedAt ?? at);
    return { ticket: null, events: [] };
  }
  const isProblem = answer === '2' || triage.priority === 'p1' || !['other', 'information', 'feedback'].includes(triage.category);
  if (!isProblem) {
    await tx.updateTable('community_deliveries').set({ answer: 'ok', answered_at: at, inbound_id: input.inboundId }).where('id', '=', pending.id).execute();
    await enqueueToMember(tx, { channel: item.channel, address: item.reply.to }, key, composeCheckinThanks(language, { station }), language, at, item.receivedAt ?? at);
    return { ticket: null, events: [] };
  }
  const opened = await openCheckinTicket(tx, ctx, {
    stationId: pending.station_id,
    text: item.text,
    channel: item.channel,
    inboundId: input.inboundId,
    contactId: input.contactId,
    triage: answer === '2' && triage.category === 'other' ? { ...triage, priority: triage.priority === 'p1' ? 'p1' : 'p2' } : triage,
    reply: item.reply,
    reason: answer === '2' ? 'welfare check-in: the senior replied 2 (needs help)' : 'welfare check-in: the reply reads as a problem',
  });
  await tx
    .updateTable('community_deliveries')
    .set({ answer: answer === '2' ? 'help' : 'problem', answered_at: at, inbound_id: input.inboundId, ticket_id: opened.ticket.id })
    .where('id', '=', pending.id)
    .execute();
  await setThread(tx, item.channel, `sender:${item.author?.id ?? item.reply.to}`, opened.ticket.id, item.receivedAt ?? at);
  await enqueueToMember(tx, { channel: item.channel, address: item.reply.to }, key, composeCheckinHelp(language), language, at, item.receivedAt ?? at);
  return { ticket: opened.ticket, events: [opened.event] };
}

/** Opens a check-in's ticket at the senior's station (its roster's officer on duty, the beat officer, takes it). */
async function openCheckinTicket(
  tx: Tx,
  ctx: CommunityContext,
  input: { stationId: string; text: string; channel: string; inboundId: number | null; contactId: number | null; triage: TriageResult; reply?: { to: string; public: boolean }; reason: string },
) {
  return openTicket(tx, ctx, {
    text: input.text,
    channel: input.channel,
    inboundId: input.inboundId,
    contactId: input.contactId,
    triage: { ...input.triage, flags: [...input.triage.flags, 'welfare_checkin'], reasons: [input.reason, ...input.triage.reasons] },
    placement: { station: input.stationId, zone: zoneOf(ctx, input.stationId), place: null, specialUnits: [], reasons: [`community check-in of ${input.stationId}`] },
    reply: input.reply,
  });
}

/**
 * Intake's after-ticket hook: a member's message that opened a ticket within days of a broadcast
 * reaching them is a reply to it, and the link is recorded.
 */
export async function linkBroadcastReply(
  tx: Tx,
  input: { channel: string; address: string | undefined; ticketId: number; inboundId: number; at: string; knownSender?: boolean },
): Promise<void> {
  // A sender with no membership (communitySenders) received no broadcast.
  if (!input.address || !isCommunityChannel(input.channel) || input.knownSender === false) return;
  const since = new Date(Date.parse(input.at) - REPLY_LINK_MS).toISOString();
  const last = await tx
    .selectFrom('community_deliveries as d')
    .innerJoin('community_members as m', 'm.id', 'd.member_id')
    .select(['d.broadcast_id', 'd.member_id'])
    .where('m.channel', '=', input.channel)
    .where('m.address', '=', input.address)
    .where('d.broadcast_id', 'is not', null)
    .where('d.created_at', '>=', since)
    .orderBy('d.id', 'desc')
    .executeTakeFirst();
  if (!last?.broadcast_id) return;
  await tx
    .insertInto('community_broadcast_replies')
    .values({ broadcast_id: last.broadcast_id, member_id: last.member_id, ticket_id: input.ticketId, inbound_id: input.inboundId, created_at: input.at })
    .execute();
}

async function findGroup(db: Db, stationId: string, kind: string): Promise<GroupRow | undefined> {
  return db.selectFrom('community_groups').selectAll().where('station_id', '=', stationId).where('kind', '=', kind).executeTakeFirst();
}

interface NewMember {
  channel: CommunityChannel;
  address: string;
  externalUserId: string | null;
  displayName: string | null;
  language: CommunityLanguage;
  ward: string | null;
  consentMethod: ConsentMethod;
  consentNote: string | null;
  addedBy: number | null;
  lastInboundAt: string | null;
  at: string;
}

/** Adds a member, or takes back one who left, with the consent given now. */
async function upsertMember(db: Db, group: GroupRow, m: NewMember): Promise<MemberRow> {
  // The audit names the member by id and how they consented, never by number.
  const audit = (memberId: number) =>
    appendAudit(db, { ticketId: null, actorUserId: m.addedBy, action: 'community.member_added', details: { groupId: group.id, memberId, method: m.consentMethod, channel: m.channel }, at: m.at });
  const consent = {
    language: m.language,
    consent_at: m.at,
    consent_method: m.consentMethod,
    consent_note: m.consentNote,
    added_by: m.addedBy,
    status: 'active' as const,
    left_at: null,
  };
  const existing = await db
    .selectFrom('community_members')
    .selectAll()
    .where('group_id', '=', group.id)
    .where('channel', '=', m.channel)
    .where('address', '=', m.address)
    .executeTakeFirst();
  if (existing) {
    const row = await db
      .updateTable('community_members')
      .set({ ...consent, ward: m.ward ?? existing.ward, display_name: m.displayName ?? existing.display_name, last_inbound_at: m.lastInboundAt ?? existing.last_inbound_at })
      .where('id', '=', existing.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(row.id);
    return row;
  }
  const row = await db
    .insertInto('community_members')
    .values({
      group_id: group.id,
      channel: m.channel,
      address: m.address,
      external_user_id: m.externalUserId,
      display_name: m.displayName,
      ward: m.ward,
      last_inbound_at: m.lastInboundAt,
      created_at: m.at,
      ...consent,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await audit(row.id);
  return row;
}

/** Leaves every group this address is in, at once; the groups left. */
async function leaveAll(db: Db, channel: string, address: string, at: string): Promise<GroupRow[]> {
  const left = await db
    .updateTable('community_members')
    .set({ status: 'left', left_at: at })
    .where('channel', '=', channel)
    .where('address', '=', address)
    .where('status', '=', 'active')
    .returning(['id', 'group_id'])
    .execute();
  if (left.length === 0) return [];
  for (const l of left) {
    await appendAudit(db, { ticketId: null, actorUserId: null, action: 'community.member_left', details: { groupId: l.group_id, memberId: l.id, channel }, at });
  }
  return db.selectFrom('community_groups').selectAll().where('id', 'in', left.map((l) => l.group_id)).execute();
}

// ---------------------------------------------------------------- officers' side

const STATION_ROLES = new Set(['operator', 'sho']);
const CITY_ROLES = new Set(['control_room', 'commissioner']);

/** Whether an officer sees a station's community at all (its own station, its zone's DCP, the city). */
function seesStation(ctx: Pick<AppContext, 'city'>, actor: Actor, stationId: string): boolean {
  if (actor.unitId === stationId) return true;
  if (actor.role === 'dcp') return zoneOf(ctx, stationId) === actor.unitId;
  return CITY_ROLES.has(actor.role) || actor.role === 'admin';
}

/** Only the station that holds a group sees its members' numbers. */
export function seesMemberAddresses(actor: Actor, stationId: string): boolean {
  return STATION_ROLES.has(actor.role) && actor.unitId === stationId;
}

function requireStationOfficer(actor: Actor, stationId: string, roles: readonly string[] = ['sho', 'operator']): void {
  if (actor.unitId !== stationId || !roles.includes(actor.role)) throw new AppError('FORBIDDEN', `Only the station's ${roles.join(' or ')} may do this`);
}

/** Creates a station's group of a kind (the city's kinds: the five and any in city.json). */
export async function createGroup(ctx: CommunityContext, actor: Actor, input: { stationId: string; kind: string; name?: string | undefined }) {
  stationUnit(ctx, input.stationId);
  requireStationOfficer(actor, input.stationId, ['sho']);
  requireGroupKind(ctx, input.kind);
  const at = new Date(ctx.now()).toISOString();
  if (await findGroup(ctx.store.db, input.stationId, input.kind)) throw new AppError('CONFLICT', `The station already has a ${input.kind} group`);
  const row = await ctx.store.db.transaction().execute(async (tx) => {
    const g = await tx
      .insertInto('community_groups')
      .values({ station_id: input.stationId, kind: input.kind, name: input.name ?? groupName(input.kind, 'en', cityKinds(ctx)), created_by: actor.userId, created_at: at })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(tx, { ticketId: null, actorUserId: actor.userId, action: 'community.group_created', details: { groupId: g.id, kind: g.kind, station: g.station_id }, at });
    return g;
  });
  return presentGroup(ctx, row, 0);
}

function presentGroup(ctx: Pick<AppContext, 'city'>, g: GroupRow, members: number) {
  const u = ctx.city.units.find((x) => x.id === g.station_id);
  return { id: g.id, stationId: g.station_id, kind: g.kind, name: g.name, members, joinCode: u ? joinCodeOf(u.nameEn) : '', createdAt: g.created_at };
}

/** The groups an officer sees, with their active member counts. */
export async function listGroups(ctx: CommunityContext, actor: Actor, stationId?: string) {
  const stations = ctx.city.units.filter((u) => u.kind === 'station' && seesStation(ctx, actor, u.id) && (!stationId || u.id === stationId)).map((u) => u.id);
  if (stations.length === 0) return [];
  const rows = await ctx.store.db.selectFrom('community_groups').selectAll().where('station_id', 'in', stations).orderBy('station_id').orderBy('id').execute();
  const counts = rows.length
    ? await ctx.store.db
        .selectFrom('community_members')
        .select((eb) => ['group_id', eb.fn.countAll<string | number>().as('n')])
        .where('group_id', 'in', rows.map((r) => r.id))
        .where('status', '=', 'active')
        .groupBy('group_id')
        .execute()
    : [];
  const byGroup = new Map(counts.map((c) => [c.group_id, Number(c.n)]));
  return rows.map((r) => presentGroup(ctx, r, byGroup.get(r.id) ?? 0));
}

async function groupSeenBy(ctx: CommunityContext, actor: Actor, groupId: number): Promise<GroupRow> {
  const g = await ctx.store.db.selectFrom('community_groups').selectAll().where('id', '=', groupId).executeTakeFirst();
  if (!g || !seesStation(ctx, actor, g.station_id)) throw new AppError('NOT_FOUND', `No community group ${groupId}`);
  return g;
}

function presentMember(m: MemberRow, showAddress: boolean) {
  return {
    id: m.id,
    groupId: m.group_id,
    channel: m.channel,
    address: showAddress ? m.address : maskAddress(m.address),
    masked: !showAddress,
    displayName: showAddress ? m.display_name : null,
    language: m.language,
    ward: m.ward,
    consentAt: m.consent_at,
    consentMethod: m.consent_method,
    status: m.status,
    leftAt: m.left_at,
  };
}

/** A group's members; numbers masked for everyone but the station that holds the group. */
export async function listMembers(ctx: CommunityContext, actor: Actor, groupId: number) {
  const g = await groupSeenBy(ctx, actor, groupId);
  const rows = await ctx.store.db.selectFrom('community_members').selectAll().where('group_id', '=', g.id).orderBy('id').execute();
  const show = seesMemberAddresses(actor, g.station_id);
  return rows.map((m) => presentMember(m, show));
}

/** An officer adds a person who gave consent in person, in writing or on the phone (recorded as such). */
export async function addMemberByOfficer(
  ctx: CommunityContext,
  actor: Actor,
  groupId: number,
  input: { channel: CommunityChannel; address: string; displayName?: string | undefined; language: CommunityLanguage; ward?: string | undefined; consent: { method: 'in_person' | 'written' | 'phone'; note?: string | undefined } },
) {
  const g = await groupSeenBy(ctx, actor, groupId);
  requireStationOfficer(actor, g.station_id);
  const at = new Date(ctx.now()).toISOString();
  const m = await ctx.store.db.transaction().execute((tx) => upsertMember(tx, g, {
    channel: input.channel,
    address: normaliseAddress(input.channel, input.address),
    externalUserId: null,
    displayName: input.displayName ?? null,
    language: input.language,
    ward: input.ward ?? null,
    consentMethod: `officer_${input.consent.method}`,
    consentNote: input.consent.note ?? null,
    addedBy: actor.userId,
    lastInboundAt: null,
    at,
  }));
  return presentMember(m, true);
}

/** The station's public page: a citizen joins with their explicit consent. */
export async function joinByWeb(
  ctx: CommunityContext,
  input: { stationId: string; kind: string; channel: CommunityChannel; address: string; displayName?: string | undefined; language: CommunityLanguage; ward?: string | undefined },
) {
  stationUnit(ctx, input.stationId);
  const g = await findGroup(ctx.store.db, input.stationId, input.kind);
  if (!g) throw new AppError('NOT_FOUND', `The station has no ${input.kind} group`);
  const at = new Date(ctx.now()).toISOString();
  await ctx.store.db.transaction().execute((tx) => upsertMember(tx, g, {
    channel: input.channel,
    address: normaliseAddress(input.channel, input.address),
    externalUserId: null,
    displayName: input.displayName ?? null,
    language: input.language,
    ward: input.ward ?? null,
    consentMethod: 'web',
    consentNote: 'consent box ticked on the station page',
    addedBy: null,
    lastInboundAt: null,
    at,
  }));
  return { joined: true, group: groupName(g.kind, input.language, cityKinds(ctx)), station: stationName(ctx, g.station_id, input.language) };
}

/** The groups a station offers on its public page. */
export async function publicGroups(ctx: CommunityContext, stationId: string) {
  const u = stationUnit(ctx, stationId);
  const rows = await ctx.store.db.selectFrom('community_groups').select(['kind', 'name']).where('station_id', '=', stationId).orderBy('id').execute();
  return { stationId, joinCode: joinCodeOf(u.nameEn), groups: rows };
}

// ---------------------------------------------------------------- broadcasts

/** The role whose approval a broadcast's scope needs. */
export function approverRolesFor(scope: BroadcastScope): readonly string[] {
  if (scope === 'station') return ['sho', 'dcp', 'control_room', 'commissioner'];
  if (scope === 'zone') return ['dcp', 'control_room', 'commissioner'];
  return ['control_room', 'commissioner'];
}

/** Whether an officer may approve a broadcast of this scope over this unit. */
export function mayApprove(ctx: Pick<AppContext, 'city'>, actor: Actor, scope: BroadcastScope, scopeUnitId: string): boolean {
  if (!approverRolesFor(scope).includes(actor.role)) return false;
  if (CITY_ROLES.has(actor.role)) return true;
  if (actor.role === 'dcp') return scope === 'zone' ? actor.unitId === scopeUnitId : zoneOf(ctx, scopeUnitId) === actor.unitId;
  return actor.unitId === scopeUnitId;
}

export interface BroadcastDraft {
  scope: BroadcastScope;
  /** station scope: the station's groups by id; zone and city: every group of these kinds. */
  groupIds?: number[] | undefined;
  kinds?: string[] | undefined;
  texts: Partial<Record<CommunityLanguage, string>>;
  templateKey?: string | undefined;
  sendAt?: string | undefined;
}

/**
 * Drafts a broadcast. A station's own groups go when its SHO sends; a zone needs its DCP's approval,
 * the city the control room's or the Commissioner's. A drafter who holds that rank approves it at once.
 */
export async function draftBroadcast(ctx: CommunityContext, actor: Actor, d: BroadcastDraft) {
  const db = ctx.store.db;
  if (!d.texts.en && !d.texts.hi && !d.texts.mr) throw new AppError('VALIDATION_FAILED', 'Write the message in at least one of en, hi, mr');
  let scopeUnitId: string;
  let groupIds: number[];
  if (d.scope === 'station') {
    if (actor.role !== 'sho') throw new AppError('FORBIDDEN', "Only a station's SHO drafts a station broadcast");
    scopeUnitId = actor.unitId;
    const rows = d.groupIds?.length
      ? await db.selectFrom('community_groups').select('id').where('id', 'in', d.groupIds).where('station_id', '=', actor.unitId).execute()
      : [];
    if (rows.length === 0 || rows.length !== new Set(d.groupIds).size) throw new AppError('NOT_FOUND', "Choose one or more of your station's groups");
    groupIds = rows.map((r) => r.id);
  } else {
    if (!['sho', 'dcp', 'control_room', 'commissioner'].includes(actor.role)) throw new AppError('FORBIDDEN', 'Your role cannot draft broadcasts');
    if (d.scope === 'zone') {
      const zone = actor.role === 'dcp' ? actor.unitId : zoneOf(ctx, actor.unitId);
      if (!zone) throw new AppError('FORBIDDEN', 'A zone broadcast is drafted from a station or zone of that zone');
      scopeUnitId = zone;
    } else {
      scopeUnitId = ctx.city.id;
    }
    const stations = ctx.city.units.filter((u) => u.kind === 'station' && (d.scope === 'city' || zoneOf(ctx, u.id) === scopeUnitId)).map((u) => u.id);
    for (const k of d.kinds ?? []) requireGroupKind(ctx, k);
    let q = db.selectFrom('community_groups').select('id').where('station_id', 'in', stations.length ? stations : ['']);
    if (d.kinds?.length) q = q.where('kind', 'in', d.kinds);
    groupIds = (await q.execute()).map((r) => r.id);
    if (groupIds.length === 0) throw new AppError('NOT_FOUND', 'No community group of those kinds in that area');
  }
  await requireRecipients(db, groupIds);
  const at = new Date(ctx.now()).toISOString();
  const approved = mayApprove(ctx, actor, d.scope, scopeUnitId);
  const row = await db.transaction().execute(async (tx) => {
    const b = await tx
      .insertInto('community_broadcasts')
      .values({
        station_id: d.scope === 'station' ? actor.unitId : null,
        scope: d.scope,
        scope_unit_id: scopeUnitId,
        group_ids: JSON.stringify(groupIds),
        texts: JSON.stringify(d.texts),
        template_key: d.templateKey ?? null,
        status: 'awaiting_approval',
        created_by: actor.userId,
        created_at: at,
        approved_by: null,
        approved_at: null,
        send_at: d.sendAt ?? null,
        queued_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(tx, { ticketId: null, actorUserId: actor.userId, action: 'community.broadcast_drafted', details: { broadcastId: b.id, scope: d.scope, scopeUnit: scopeUnitId, groups: groupIds.length }, at });
    return b;
  });
  if (approved) return approveBroadcast(ctx, actor, row.id);
  return getBroadcast(ctx, actor, row.id);
}

const NO_ONE = 'No one would receive this broadcast: the chosen groups have no community members';

/** A broadcast to groups without one active member would be accepted and reach no one: it is refused instead. */
async function requireRecipients(db: Db, groupIds: readonly number[]): Promise<void> {
  const one = await db.selectFrom('community_members').select('id').where('group_id', 'in', groupIds.length ? groupIds : [0]).where('status', '=', 'active').limit(1).executeTakeFirst();
  if (!one) throw new AppError('NO_RECIPIENTS', NO_ONE);
}

/** Approves a broadcast (by the rank its scope needs) and puts one outbox row per member in the queue. */
export async function approveBroadcast(ctx: CommunityContext, actor: Actor, broadcastId: number) {
  const db = ctx.store.db;
  const b = await db.selectFrom('community_broadcasts').selectAll().where('id', '=', broadcastId).executeTakeFirst();
  if (!b || !seesBroadcast(ctx, actor, b)) throw new AppError('NOT_FOUND', `No broadcast ${broadcastId}`);
  if (!mayApprove(ctx, actor, b.scope, b.scope_unit_id)) {
    const needs = b.scope === 'zone' ? "the zone's DCP" : b.scope === 'city' ? 'the control room or the Commissioner' : "the station's SHO";
    throw new AppError('FORBIDDEN', `A ${b.scope} broadcast needs the approval of ${needs}`);
  }
  if (b.status !== 'awaiting_approval') throw new AppError('CONFLICT', `Broadcast ${broadcastId} is already ${b.status}`);
  const at = new Date(ctx.now()).toISOString();
  await db.transaction().execute(async (tx) => {
    const claimed = await tx
      .updateTable('community_broadcasts')
      .set({ status: 'queued', approved_by: actor.userId, approved_at: at, queued_at: at })
      .where('id', '=', b.id)
      .where('status', '=', 'awaiting_approval')
      .returning('id')
      .executeTakeFirst();
    if (!claimed) throw new AppError('CONFLICT', `Broadcast ${broadcastId} changed meanwhile`);
    const texts = parseTexts(b.texts);
    const groupIds = parseIds(b.group_ids);
    const unique = await activeMembersOnce(tx, { groupIds });
    // Every member left after the draft: refused, and the broadcast stays awaiting approval.
    if (unique.length === 0) throw new AppError('NO_RECIPIENTS', NO_ONE);
    await queueDeliveries(tx, ctx, unique, { broadcastId: b.id, checkinId: null }, (m) => pickText(texts, communityLanguageOf(m.language)), b.send_at && b.send_at > at ? b.send_at : at, at);
    await appendAudit(tx, { ticketId: null, actorUserId: actor.userId, action: 'community.broadcast_approved', details: { broadcastId: b.id, scope: b.scope, messages: unique.length, sendAt: b.send_at }, at });
  });
  return getBroadcast(ctx, actor, broadcastId);
}

/**
 * Cancels a broadcast until it is sent: one awaiting approval never goes; of a queued one, every message
 * no worker has taken yet is withdrawn (those already sent cannot be taken back). By its drafter or an
 * officer who may approve it.
 */
export async function cancelBroadcast(ctx: CommunityContext, actor: Actor, broadcastId: number) {
  const db = ctx.store.db;
  const b = await db.selectFrom('community_broadcasts').selectAll().where('id', '=', broadcastId).executeTakeFirst();
  if (!b || !seesBroadcast(ctx, actor, b)) throw new AppError('NOT_FOUND', `No broadcast ${broadcastId}`);
  if (b.created_by !== actor.userId && !mayApprove(ctx, actor, b.scope, b.scope_unit_id)) throw new AppError('FORBIDDEN', 'Only the drafter or an officer who may approve it cancels a broadcast');
  if (b.status === 'cancelled') throw new AppError('CONFLICT', `Broadcast ${broadcastId} is already cancelled`);
  const withdrawn = await db.transaction().execute(async (tx) => {
    const claimed = await tx.updateTable('community_broadcasts').set({ status: 'cancelled' }).where('id', '=', b.id).where('status', '=', b.status).returning('id').executeTakeFirst();
    if (!claimed) throw new AppError('CONFLICT', `Broadcast ${broadcastId} changed meanwhile`);
    const rows = await tx.selectFrom('community_deliveries').select('outbox_id').where('broadcast_id', '=', b.id).execute();
    const ids = await withdrawPendingOutbound(tx, rows.flatMap((r) => (r.outbox_id === null ? [] : [r.outbox_id])));
    await appendAudit(tx, { ticketId: null, actorUserId: actor.userId, action: 'community.broadcast_cancelled', details: { broadcastId: b.id, withdrawn: ids.length }, at: new Date(ctx.now()).toISOString() });
    return ids;
  });
  return { ...(await getBroadcast(ctx, actor, broadcastId)), withdrawn: withdrawn.length };
}

export function pickText(texts: Partial<Record<CommunityLanguage, string>>, language: CommunityLanguage): { text: string; language: CommunityLanguage } {
  const exact = texts[language];
  if (exact) return { text: exact, language };
  // The member's language first; then Marathi and Hindi read alike enough; English last.
  const fallback: CommunityLanguage[] = language === 'mr' ? ['hi', 'en'] : language === 'hi' ? ['mr', 'en'] : ['hi', 'mr'];
  for (const l of fallback) {
    const t = texts[l];
    if (t) return { text: t, language: l };
  }
  return { text: '', language };
}

interface Recipient {
  id: number;
  channel: string;
  address: string;
  language: string;
  last_inbound_at: string | null;
  station_id: string;
}

/**
 * One outbox row and one delivery row per member. On WhatsApp, inside the member's 24-hour window the
 * text goes as it is; outside it the approved template, whose name and parameters are recorded. Rows
 * are spaced at each provider's rate (CHOWKI_TELEGRAM_SEND_RATE, 30/s; CHOWKI_WHATSAPP_SEND_RATE, 80/s) by
 * their first attempt time, from `startAt`: one second's slot holds that many rows of the channel.
 */
export async function queueDeliveries(
  tx: Db,
  ctx: Pick<AppContext, 'city' | 'config'>,
  members: readonly Recipient[],
  of: { broadcastId: number | null; checkinId: number | null; alertId?: number | null },
  textFor: (m: Recipient) => { text: string; language: CommunityLanguage },
  startAt: string,
  at: string,
): Promise<void> {
  const start = Date.parse(startAt);
  const slot: Record<string, number> = {};
  for (const m of members) {
    if (!isCommunityChannel(m.channel)) continue;
    const { text, language } = textFor(m);
    if (!text) continue;
    const n = slot[m.channel] ?? 0;
    slot[m.channel] = n + 1;
    const sendAt = new Date(start + Math.floor(n / ctx.config.channels.sendRates[m.channel]) * 1000).toISOString();
    const inWindow = m.channel !== 'whatsapp' || (m.last_inbound_at !== null && Date.parse(sendAt) - Date.parse(m.last_inbound_at) < WINDOW_MS - WINDOW_MARGIN_MS);
    const mode: DeliveryMode = inWindow ? 'text' : 'template';
    const template = inWindow ? null : { name: COMMUNITY_TEMPLATE, language, parameters: [stationName(ctx, m.station_id, language), text] };
    const key =
      of.broadcastId !== null
        ? `community:broadcast:${of.broadcastId}:${m.id}`
        : of.alertId
          ? `community:alert:${of.alertId}:${m.id}`
          : `community:checkin:${of.checkinId ?? 0}:${m.id}`;
    const payload = { to: m.address, text, language, ...(inWindow && m.last_inbound_at ? { windowFrom: m.last_inbound_at } : {}), ...(template ? { template } : {}) };
    const outboxId = await enqueueOutbound(tx, { channel: m.channel, kind: 'broadcast', ticketId: null, idempotencyKey: key, payload }, sendAt);
    await tx
      .insertInto('community_deliveries')
      .values({
        broadcast_id: of.broadcastId,
        checkin_id: of.checkinId,
        alert_id: of.alertId ?? null,
        member_id: m.id,
        outbox_id: outboxId,
        channel: m.channel,
        mode,
        template: template ? JSON.stringify(template) : null,
        answer: null,
        answered_at: null,
        ticket_id: null,
        inbound_id: null,
        created_at: at,
      })
      .execute();
  }
}

export function parseTexts(json: string): Partial<Record<CommunityLanguage, string>> {
  const out: Partial<Record<CommunityLanguage, string>> = {};
  try {
    const v: unknown = JSON.parse(json);
    if (v && typeof v === 'object') {
      for (const [k, t] of Object.entries(v)) if ((k === 'en' || k === 'hi' || k === 'mr') && typeof t === 'string') out[k] = t;
    }
  } catch {
    // Written by draftBroadcast only: unreadable means empty, and nothing is sent.
  }
  return out;
}

function parseIds(json: string): number[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];
  } catch {
    return [];
  }
}

function seesBroadcast(ctx: Pick<AppContext, 'city'>, actor: Actor, b: { scope: BroadcastScope; scope_unit_id: string; created_by: number }): boolean {
  if (CITY_ROLES.has(actor.role) || actor.role === 'admin' || b.created_by === actor.userId) return true;
  if (b.scope === 'station') return seesStation(ctx, actor, b.scope_unit_id);
  if (b.scope === 'zone') return actor.unitId === b.scope_unit_id || zoneOf(ctx, actor.unitId) === b.scope_unit_id;
  // A message to the whole city is no secret from any officer.
  return true;
}

/** A member's delivery state as the desk shows it, from its outbox row. */
export function deliveryState(row: { status: string | null; delivery_status: string | null; last_error?: string | null }): 'queued' | 'sent' | 'delivered' | 'read' | 'failed' | 'cancelled' {
  if (row.status === 'failed' && row.last_error === 'CANCELLED') return 'cancelled';
  if (row.delivery_status === 'failed' || row.status === 'failed') return 'failed';
  if (row.status === null || row.status === 'pending' || row.status === 'sending') return 'queued';
  if (row.delivery_status === 'read' || row.delivery_status === 'played') return 'read';
  if (row.delivery_status === 'delivered') return 'delivered';
  return 'sent';
}

/** A broadcast with its totals per state and (for its own station) its per-member rows. */
export async function getBroadcast(ctx: CommunityContext, actor: Actor, broadcastId: number) {
  const db = ctx.store.db;
  const b = await db.selectFrom('community_broadcasts').selectAll().where('id', '=', broadcastId).executeTakeFirst();
  if (!b || !seesBroadcast(ctx, actor, b)) throw new AppError('NOT_FOUND', `No broadcast ${broadcastId}`);
  const rows = await db
    .selectFrom('community_deliveries as d')
    .innerJoin('community_members as m', 'm.id', 'd.member_id')
    .innerJoin('community_groups as g', 'g.id', 'm.group_id')
    .leftJoin('outbox as o', 'o.id', 'd.outbox_id')
    .select(['d.id', 'd.member_id', 'd.mode', 'd.template', 'd.channel', 'm.address', 'g.station_id', 'o.status', 'o.delivery_status', 'o.last_error'])
    .where('d.broadcast_id', '=', b.id)
    .orderBy('d.id')
    .execute();
  const totals = { queued: 0, sent: 0, delivered: 0, read: 0, failed: 0, cancelled: 0 };
  const deliveries = rows.map((r) => {
    const state = deliveryState(r);
    totals[state] += 1;
    return {
      memberId: r.member_id,
      channel: r.channel,
      address: seesMemberAddresses(actor, r.station_id) ? r.address : maskAddress(r.address),
      mode: r.mode,
      template: r.template,
      state,
    };
  });
  const replies = await db.selectFrom('community_broadcast_replies').select(['ticket_id', 'member_id', 'created_at']).where('broadcast_id', '=', b.id).orderBy('id').execute();
  return {
    id: b.id,
    scope: b.scope,
    scopeUnitId: b.scope_unit_id,
    groupIds: parseIds(b.group_ids),
    texts: parseTexts(b.texts),
    status: b.status,
    createdBy: b.created_by,
    createdAt: b.created_at,
    approvedBy: b.approved_by,
    approvedAt: b.approved_at,
    sendAt: b.send_at,
    mayApprove: b.status === 'awaiting_approval' && mayApprove(ctx, actor, b.scope, b.scope_unit_id),
    totals: { ...totals, total: rows.length },
    deliveries,
    replies: replies.map((r) => ({ ticketId: r.ticket_id, memberId: r.member_id, at: r.created_at })),
  };
}

/** The broadcasts an officer sees, newest first. */
export async function listBroadcasts(ctx: CommunityContext, actor: Actor) {
  const db = ctx.store.db;
  const rows = (await db.selectFrom('community_broadcasts').selectAll().orderBy('id', 'desc').limit(200).execute()).filter((b) => seesBroadcast(ctx, actor, b));
  // A sent broadcast's row stays 'queued': what its messages' outbox rows say tells 'sending' from 'sent'.
  const ids = rows.map((b) => b.id);
  const pending = new Map<number, number>();
  if (ids.length > 0) {
    const counted = await db
      .selectFrom('community_deliveries as d')
      .leftJoin('outbox as o', 'o.id', 'd.outbox_id')
      .select((eb) => ['d.broadcast_id as broadcastId', eb.fn.countAll<string | number>().as('n')])
      .where('d.broadcast_id', 'in', ids)
      .where((eb) => eb.or([eb('o.status', 'is', null), eb('o.status', 'in', ['pending', 'sending'])]))
      .groupBy('d.broadcast_id')
      .execute();
    for (const r of counted) if (r.broadcastId !== null) pending.set(r.broadcastId, Number(r.n));
  }
  return rows.map((b) => ({
    id: b.id,
    scope: b.scope,
    scopeUnitId: b.scope_unit_id,
    status: b.status,
    texts: parseTexts(b.texts),
    createdAt: b.created_at,
    mayApprove: b.status === 'awaiting_approval' && mayApprove(ctx, actor, b.scope, b.scope_unit_id),
    pending: pending.get(b.id) ?? 0,
  }));
}

// ---------------------------------------------------------------- welfare check-ins

/** Schedules a welfare message to every senior of the station's senior_citizens group; no answer by `dueMinutes` after sending opens a ticket. */
export async function scheduleCheckin(ctx: CommunityContext, actor: Actor, input: { sendAt?: string | undefined; dueMinutes: number }) {
  requireStationOfficer(actor, actor.unitId, ['sho']);
  const db = ctx.store.db;
  const group = await findGroup(db, actor.unitId, 'senior_citizens');
  if (!group) throw new AppError('NOT_FOUND', 'Create the station\'s senior_citizens group first');
  const at = new Date(ctx.now()).toISOString();
  const sendAt = input.sendAt && input.sendAt > at ? input.sendAt : at;
  const dueAt = new Date(Date.parse(sendAt) + input.dueMinutes * 60_000).toISOString();
  const id = await db.transaction().execute(async (tx) => {
    const c = await tx
      .insertInto('community_checkins')
      .values({ station_id: actor.unitId, group_id: group.id, created_by: actor.userId, created_at: at, send_at: sendAt, due_at: dueAt, status: 'open' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const members = await tx
      .selectFrom('community_members')
      .select(['id', 'channel', 'address', 'language', 'last_inbound_at'])
      .where('group_id', '=', group.id)
      .where('status', '=', 'active')
      .orderBy('id')
      .execute();
    await queueDeliveries(
      tx,
      ctx,
      members.map((m) => ({ ...m, station_id: actor.unitId })),
      { broadcastId: null, checkinId: c.id },
      (m) => {
        const language = communityLanguageOf(m.language);
        return { text: composeCheckin(language, { station: stationName(ctx, actor.unitId, language) }), language };
      },
      sendAt,
      at,
    );
    await appendAudit(tx, { ticketId: null, actorUserId: actor.userId, action: 'community.checkin_scheduled', details: { checkinId: c.id, messages: members.length, dueAt }, at });
    return c.id;
  });
  return getCheckin(ctx, actor, id);
}

/**
 * Opens a ticket for every senior who has not answered a check-in past its due time (p2, for the
 * station's officer on duty), and closes check-ins whose every senior is accounted for. Run by a timer.
 */
export async function sweepMissedCheckins(ctx: CommunityContext & Pick<AppContext, 'bus'>): Promise<number> {
  const at = new Date(ctx.now()).toISOString();
  const db = ctx.store.db;
  const due = await db.selectFrom('community_checkins').selectAll().where('status', '=', 'open').where('due_at', '<=', at).execute();
  let opened = 0;
  for (const c of due) {
    const events = await db.transaction().execute(async (tx) => {
      const claimed = await tx.updateTable('community_checkins').set({ status: 'closed' }).where('id', '=', c.id).where('status', '=', 'open').returning('id').executeTakeFirst();
      if (!claimed) return [];
      const missed = await tx
        .selectFrom('community_deliveries as d')
        .innerJoin('community_members as m', 'm.id', 'd.member_id')
        .select(['d.id', 'm.channel', 'm.address', 'm.external_user_id', 'm.language', 'm.display_name', 'm.ward'])
        .where('d.checkin_id', '=', c.id)
        .where('d.answer', 'is', null)
        .execute();
      const out: TicketEvent[] = [];
      for (const m of missed) {
        const contact = m.external_user_id
          ? await tx.selectFrom('contacts').select('id').where('channel', '=', m.channel).where('external_user_id', '=', m.external_user_id).executeTakeFirst()
          : undefined;
        const language = communityLanguageOf(m.language);
        const who = [m.display_name, m.ward].filter(Boolean).join(', ');
        const r = await openCheckinTicket(tx, ctx, {
          stationId: c.station_id,
          text: `Welfare check-in of ${c.send_at.slice(0, 16).replace('T', ' ')} UTC: no reply from a registered senior citizen${who ? ` (${who})` : ''}. Please visit or call.`,
          channel: m.channel,
          inboundId: null,
          contactId: contact?.id ?? null,
          triage: { language, category: 'other', priority: 'p2', pii: [], reasons: ['no reply to the welfare check-in in time'], flags: [] },
          // The officer can write to the senior on the same chat from the ticket.
          reply: { to: m.address, public: false },
          reason: 'welfare check-in: no reply in time',
        });
        await tx.updateTable('community_deliveries').set({ answer: 'none', answered_at: at, ticket_id: r.ticket.id }).where('id', '=', m.id).execute();
        out.push(r.event);
        opened += 1;
      }
      return publishInTransaction(ctx, tx, out);
    });
    await publishEvents(ctx, events);
  }
  return opened;
}

/** A check-in: who answered what, who did not, with the ticket each worrying answer opened. */
export async function getCheckin(ctx: CommunityContext, actor: Actor, checkinId: number) {
  const db = ctx.store.db;
  const c = await db.selectFrom('community_checkins').selectAll().where('id', '=', checkinId).executeTakeFirst();
  if (!c || !seesStation(ctx, actor, c.station_id)) throw new AppError('NOT_FOUND', `No check-in ${checkinId}`);
  const rows = await db
    .selectFrom('community_deliveries as d')
    .innerJoin('community_members as m', 'm.id', 'd.member_id')
    .leftJoin('outbox as o', 'o.id', 'd.outbox_id')
    .select(['d.member_id', 'd.answer', 'd.answered_at', 'd.ticket_id', 'm.address', 'm.display_name', 'm.ward', 'o.status', 'o.delivery_status'])
    .where('d.checkin_id', '=', c.id)
    .orderBy('d.id')
    .execute();
  const show = seesMemberAddresses(actor, c.station_id);
  const people = rows.map((r) => ({
    memberId: r.member_id,
    address: show ? r.address : maskAddress(r.address),
    displayName: show ? r.display_name : null,
    ward: r.ward,
    delivery: deliveryState(r),
    answer: r.answer,
    answeredAt: r.answered_at,
    ticketId: r.ticket_id,
  }));
  const answered = people.filter((p) => p.answer !== null && p.answer !== 'none').length;
  return { id: c.id, stationId: c.station_id, sendAt: c.send_at, dueAt: c.due_at, status: c.status, answered, unanswered: people.length - answered, people };
}

/** The station's check-ins, newest first. */
export async function listCheckins(ctx: CommunityContext, actor: Actor) {
  const stations = ctx.city.units.filter((u) => u.kind === 'station' && seesStation(ctx, actor, u.id)).map((u) => u.id);
  if (stations.length === 0) return [];
  return ctx.store.db
    .selectFrom('community_checkins')
    .select(['id', 'station_id as stationId', 'send_at as sendAt', 'due_at as dueAt', 'status'])
    .where('station_id', 'in', stations)
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
}

/** One senior's check-in history: every check-in sent them and what they answered. */
export async function memberHistory(ctx: CommunityContext, actor: Actor, memberId: number) {
  const db = ctx.store.db;
  const m = await db.selectFrom('community_members').selectAll().where('id', '=', memberId).executeTakeFirst();
  if (!m) throw new AppError('NOT_FOUND', `No member ${memberId}`);
  const g = await groupSeenBy(ctx, actor, m.group_id);
  const rows = await db
    .selectFrom('community_deliveries as d')
    .innerJoin('community_checkins as c', 'c.id', 'd.checkin_id')
    .select(['c.id as checkinId', 'c.send_at as sendAt', 'd.answer', 'd.answered_at as answeredAt', 'd.ticket_id as ticketId'])
    .where('d.member_id', '=', m.id)
    .orderBy('d.id', 'desc')
    .execute();
  return { member: presentMember(m, seesMemberAddresses(actor, g.station_id)), checkins: rows };
}

/**
 * The active members of some groups, or of every group of some stations, each person once: someone in two
 * of the groups (or at two of the stations) on the same chat gets a broadcast or an alert once.
 */
export async function activeMembersOnce(tx: Tx, of: { groupIds: readonly number[] } | { stationIds: readonly string[] }) {
  let q = tx
    .selectFrom('community_members as m')
    .innerJoin('community_groups as g', 'g.id', 'm.group_id')
    .select(['m.id', 'm.channel', 'm.address', 'm.language', 'm.last_inbound_at', 'g.station_id'])
    .where('m.status', '=', 'active');
  q = 'groupIds' in of ? q.where('m.group_id', 'in', of.groupIds.length ? [...of.groupIds] : [0]) : q.where('g.station_id', 'in', of.stationIds.length ? [...of.stationIds] : ['']);
  const members = await q.orderBy('m.id').execute();
  const seen = new Set<string>();
  return members.filter((m) => {
    const k = `${m.channel}:${m.address}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
