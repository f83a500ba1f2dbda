/**
 * Alerts to the public (issue 14): the control room or the Commissioner sends one alert (a missing
 * child, a road closed, a fraud going round) to every community group of a set of stations or zones at
 * once, each member in their language, through the same outbox and pacing as a broadcast; and posts it
 * from the stations' X accounts (a station without its own account: once from the force's), without
 * personal data and within X's 280 characters. Cancellable until sent; every step audited.
 */
import type { Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { enqueueOutbound, withdrawPendingOutbound } from '../outbox/outbox.repository.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../tickets/audit.repository.js';
import { zoneOf } from '../tickets/ticket.lifecycle.js';
import { findPii, maskPii } from '../triage/pii.js';
import { communityLanguageOf, composeAlertMessage, composeAlertPost, type AlertKind, type CommunityLanguage } from './community.model.js';
import { activeMembersOnce, deliveryState, parseTexts, pickText, queueDeliveries, type CommunityContext } from './community.service.js';

const ALERT_ROLES = new Set(['control_room', 'commissioner']);
/** The channel alerts are posted on: the one public channel that posts from the stations' own accounts. */
const POST_CHANNEL = 'x';
/** Outbox ids are withdrawn in slices, under both engines' limits on bound parameters. */
const WITHDRAW_SLICE = 1000;

export interface AlertDraft {
  kind: AlertKind;
  /** Stations and zones (or the city's id, for every station). */
  unitIds: string[];
  texts: Partial<Record<CommunityLanguage, string>>;
  /** The language the X post is written in. */
  postLanguage: CommunityLanguage;
  sendAt?: string | undefined;
}

type Totals = { queued: number; sent: number; delivered: number; read: number; failed: number; cancelled: number; total: number };
const emptyTotals = (): Totals => ({ queued: 0, sent: 0, delivered: 0, read: 0, failed: 0, cancelled: 0, total: 0 });

/** The active stations a choice of units comes to: a station itself, a zone's stations, the city's every station. */
export function stationsOf(ctx: Pick<AppContext, 'city'>, unitIds: readonly string[]): string[] {
  const stations = ctx.city.units.filter((u) => u.kind === 'station' && u.status === 'active');
  const out = new Set<string>();
  for (const id of unitIds) {
    const unit = ctx.city.units.find((u) => u.id === id);
    if (unit?.kind === 'station' && unit.status === 'active') out.add(id);
    else if (unit?.kind === 'zone') for (const s of stations.filter((s) => zoneOf(ctx, s.id) === id)) out.add(s.id);
    else if (id === ctx.city.id) for (const s of stations) out.add(s.id);
    else throw new AppError('VALIDATION_FAILED', `unitIds: "${id}" is not an active station or zone of this force`);
  }
  return [...out];
}

function handleOf(ctx: Pick<AppContext, 'city'>, unitId: string): string | null {
  const h = ctx.city.units.find((u) => u.id === unitId)?.xHandle?.replace(/^@/, '') ?? '';
  return /^\w{1,15}$/.test(h) ? h : null;
}

/**
 * The accounts an alert is posted from: each station with its own posting tokens from its own
 * account; the rest once from the force's (the same text twice from one account is refused by X).
 * None when X posting is not configured.
 */
export function postingAccounts(ctx: Pick<AppContext, 'city' | 'config'>, stationIds: readonly string[]): Array<{ stationId: string | null; account: string }> {
  const x = ctx.config.channels.x;
  if (!x?.oauth1) return [];
  const out: Array<{ stationId: string | null; account: string }> = [];
  let forceNeeded = false;
  for (const s of stationIds) {
    const h = handleOf(ctx, s);
    if (h && x.postTokens[h.toLowerCase()]) out.push({ stationId: s, account: h });
    else forceNeeded = true;
  }
  const force = handleOf(ctx, ctx.city.id);
  if (forceNeeded && force) out.push({ stationId: null, account: force });
  return out;
}

/** The public page of an alert, when the force has a public address. */
function alertLink(ctx: Pick<AppContext, 'config'>, id: number): string | undefined {
  const base = ctx.config.publicUrl?.replace(/\/+$/, '');
  return base ? `${base}/alerts/${id}` : undefined;
}

function parseStrings(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function requireAlertRole(actor: Actor): void {
  if (!ALERT_ROLES.has(actor.role)) throw new AppError('FORBIDDEN', 'Only the control room or the Commissioner sends alerts to the public');
}

/**
 * Sends an alert: a message per member of every group of the chosen stations and zones (a person in
 * several groups once), paced per channel like a broadcast, and a post per posting account.
 */
export async function sendAlert(ctx: CommunityContext, actor: Actor, d: AlertDraft) {
  requireAlertRole(actor);
  if (!d.texts.en && !d.texts.hi && !d.texts.mr) throw new AppError('VALIDATION_FAILED', 'texts: write the alert in at least one of en, hi, mr');
  const stationIds = stationsOf(ctx, d.unitIds);
  if (stationIds.length === 0) throw new AppError('VALIDATION_FAILED', 'unitIds: choose at least one station or zone');
  const at = new Date(ctx.now()).toISOString();
  const sendAt = d.sendAt && d.sendAt > at ? d.sendAt : at;
  const accounts = postingAccounts(ctx, stationIds);
  const id = await ctx.store.db.transaction().execute(async (tx) => {
    const unique = await activeMembersOnce(tx, { stationIds });
    if (unique.length === 0 && accounts.length === 0) {
      throw new AppError('NO_RECIPIENTS', 'No one would receive this alert: the chosen stations have no community members and no X account to post from');
    }
    const a = await tx
      .insertInto('community_alerts')
      .values({
        kind: d.kind,
        unit_ids: JSON.stringify(d.unitIds),
        station_ids: JSON.stringify(stationIds),
        texts: JSON.stringify(d.texts),
        post_language: d.postLanguage,
        post_text: null,
        status: 'queued',
        created_by: actor.userId,
        created_at: at,
        send_at: sendAt,
        cancelled_by: null,
        cancelled_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await queueDeliveries(
      tx,
      ctx,
      unique,
      { broadcastId: null, checkinId: null, alertId: a.id },
      (m) => {
        const picked = pickText(d.texts, communityLanguageOf(m.language));
        return { text: picked.text ? composeAlertMessage(d.kind, picked.language, picked.text) : '', language: picked.language };
      },
      sendAt,
      at,
    );
    let postText: string | null = null;
    if (accounts.length > 0) {
      const picked = pickText(d.texts, d.postLanguage);
      // A public post: any phone number, e-mail or name the text carries is masked (a parent's number belongs in the members' messages, not on X).
      postText = composeAlertPost(d.kind, picked.language, maskPii(picked.text, findPii(picked.text)), alertLink(ctx, a.id));
      await tx.updateTable('community_alerts').set({ post_text: postText }).where('id', '=', a.id).execute();
      for (const acc of accounts) {
        const outboxId = await enqueueOutbound(
          tx,
          {
            channel: POST_CHANNEL,
            kind: 'broadcast',
            ticketId: null,
            idempotencyKey: `community:alert:${a.id}:${POST_CHANNEL}:${acc.account.toLowerCase()}`,
            payload: { to: acc.account, account: acc.account, text: postText, language: picked.language, visibility: 'public' },
          },
          sendAt,
        );
        await tx.insertInto('community_alert_posts').values({ alert_id: a.id, station_id: acc.stationId, account: acc.account, outbox_id: outboxId, created_at: at }).execute();
      }
    }
    await appendAudit(tx, {
      ticketId: null,
      actorUserId: actor.userId,
      action: 'community.alert_sent',
      details: { alertId: a.id, kind: d.kind, units: d.unitIds, stations: stationIds.length, messages: unique.length, posts: accounts.map((p) => p.account), sendAt },
      at,
    });
    return a.id;
  });
  return getAlert(ctx, actor, id);
}

/** Who sees an alert: the city's roles and the administrator; a DCP or a station's officers when it came to their people. */
function seesAlert(ctx: Pick<AppContext, 'city'>, actor: Actor, stationIds: readonly string[]): boolean {
  if (ALERT_ROLES.has(actor.role) || actor.role === 'admin') return true;
  if (actor.role === 'dcp') return stationIds.some((s) => zoneOf(ctx, s) === actor.unitId);
  return stationIds.includes(actor.unitId);
}

async function alertRow(db: Db, id: number) {
  return db.selectFrom('community_alerts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An alert with its totals: overall, per station and per channel (the X posts as the channel `x`), and each post. */
export async function getAlert(ctx: CommunityContext, actor: Actor, alertId: number) {
  const db = ctx.store.db;
  const a = await alertRow(db, alertId);
  const stationIds = a ? parseStrings(a.station_ids) : [];
  if (!a || !seesAlert(ctx, actor, stationIds)) throw new AppError('NOT_FOUND', `No alert ${alertId}`);
  const grouped = await db
    .selectFrom('community_deliveries as d')
    .innerJoin('community_members as m', 'm.id', 'd.member_id')
    .innerJoin('community_groups as g', 'g.id', 'm.group_id')
    .leftJoin('outbox as o', 'o.id', 'd.outbox_id')
    .select((eb) => ['g.station_id', 'd.channel', 'o.status', 'o.delivery_status', 'o.last_error', eb.fn.countAll<string | number>().as('n')])
    .where('d.alert_id', '=', a.id)
    .groupBy(['g.station_id', 'd.channel', 'o.status', 'o.delivery_status', 'o.last_error'])
    .execute();
  const totals = emptyTotals();
  const byStation = new Map<string, Totals>(stationIds.map((s) => [s, emptyTotals()]));
  const byChannel = new Map<string, Totals>();
  const add = (t: Totals, state: keyof Omit<Totals, 'total'>, n: number) => {
    t[state] += n;
    t.total += n;
  };
  for (const r of grouped) {
    const state = deliveryState(r);
    const n = Number(r.n);
    add(totals, state, n);
    const s = byStation.get(r.station_id) ?? emptyTotals();
    add(s, state, n);
    byStation.set(r.station_id, s);
    const c = byChannel.get(r.channel) ?? emptyTotals();
    add(c, state, n);
    byChannel.set(r.channel, c);
  }
  const postRows = await db
    .selectFrom('community_alert_posts as p')
    .leftJoin('outbox as o', 'o.id', 'p.outbox_id')
    .select(['p.station_id', 'p.account', 'o.status', 'o.delivery_status', 'o.last_error', 'o.external_id'])
    .where('p.alert_id', '=', a.id)
    .orderBy('p.id')
    .execute();
  const posts = postRows.map((p) => {
    const state = deliveryState(p);
    const c = byChannel.get(POST_CHANNEL) ?? emptyTotals();
    add(c, state, 1);
    byChannel.set(POST_CHANNEL, c);
    return { stationId: p.station_id, account: p.account, state, postId: state === 'sent' || state === 'delivered' || state === 'read' ? p.external_id : null, error: state === 'failed' ? p.last_error : null };
  });
  return {
    id: a.id,
    kind: a.kind,
    unitIds: parseStrings(a.unit_ids),
    stationIds,
    texts: parseTexts(a.texts),
    postLanguage: communityLanguageOf(a.post_language),
    postText: a.post_text,
    status: a.status,
    createdBy: a.created_by,
    createdAt: a.created_at,
    sendAt: a.send_at,
    cancelledAt: a.cancelled_at,
    mayCancel: a.status === 'queued' && ALERT_ROLES.has(actor.role) && (totals.queued > 0 || posts.some((p) => p.state === 'queued')),
    totals,
    byStation: [...byStation].map(([stationId, t]) => ({ stationId, ...t })),
    byChannel: [...byChannel].map(([channel, t]) => ({ channel, ...t })),
    posts,
  };
}

/**
 * The alerts an officer sees, newest first, each with how many of its messages and X posts no provider has
 * taken yet (an alert's row stays 'queued' until cancelled, so the list would otherwise say 'sending' for ever).
 */
export async function listAlerts(ctx: CommunityContext, actor: Actor) {
  const db = ctx.store.db;
  const rows = await db.selectFrom('community_alerts').selectAll().orderBy('id', 'desc').limit(100).execute();
  const visible = rows.map((a) => ({ a, stationIds: parseStrings(a.station_ids) })).filter(({ stationIds }) => seesAlert(ctx, actor, stationIds));
  const ids = visible.map(({ a }) => a.id);
  const pending = new Map<number, number>();
  if (ids.length > 0) {
    const messages = await db
      .selectFrom('community_deliveries as d')
      .leftJoin('outbox as o', 'o.id', 'd.outbox_id')
      .select((eb) => ['d.alert_id as alertId', eb.fn.countAll<string | number>().as('n')])
      .where('d.alert_id', 'in', ids)
      .where((eb) => eb.or([eb('o.status', 'is', null), eb('o.status', 'in', ['pending', 'sending'])]))
      .groupBy('d.alert_id')
      .execute();
    const posts = await db
      .selectFrom('community_alert_posts as p')
      .leftJoin('outbox as o', 'o.id', 'p.outbox_id')
      .select((eb) => ['p.alert_id as alertId', eb.fn.countAll<string | number>().as('n')])
      .where('p.alert_id', 'in', ids)
      .where((eb) => eb.or([eb('o.status', 'is', null), eb('o.status', 'in', ['pending', 'sending'])]))
      .groupBy('p.alert_id')
      .execute();
    for (const r of [...messages, ...posts]) if (r.alertId !== null) pending.set(r.alertId, (pending.get(r.alertId) ?? 0) + Number(r.n));
  }
  return visible.map(({ a, stationIds }) => ({
    id: a.id,
    kind: a.kind,
    unitIds: parseStrings(a.unit_ids),
    stations: stationIds.length,
    texts: parseTexts(a.texts),
    status: a.status,
    pending: pending.get(a.id) ?? 0,
    createdAt: a.created_at,
    sendAt: a.send_at,
  }));
}

/**
 * Cancels an alert until it is sent: every message and post no worker has taken yet is withdrawn;
 * what went cannot be taken back. By the control room or the Commissioner.
 */
export async function cancelAlert(ctx: CommunityContext, actor: Actor, alertId: number) {
  requireAlertRole(actor);
  const db = ctx.store.db;
  const a = await alertRow(db, alertId);
  if (!a) throw new AppError('NOT_FOUND', `No alert ${alertId}`);
  if (a.status === 'cancelled') throw new AppError('CONFLICT', `Alert ${alertId} is already cancelled`);
  const at = new Date(ctx.now()).toISOString();
  const withdrawn = await db.transaction().execute(async (tx) => {
    const claimed = await tx
      .updateTable('community_alerts')
      .set({ status: 'cancelled', cancelled_by: actor.userId, cancelled_at: at })
      .where('id', '=', a.id)
      .where('status', '=', 'queued')
      .returning('id')
      .executeTakeFirst();
    if (!claimed) throw new AppError('CONFLICT', `Alert ${alertId} changed meanwhile`);
    const rows = [
      ...(await tx.selectFrom('community_deliveries').select('outbox_id').where('alert_id', '=', a.id).execute()),
      ...(await tx.selectFrom('community_alert_posts').select('outbox_id').where('alert_id', '=', a.id).execute()),
    ];
    const ids = rows.flatMap((r) => (r.outbox_id === null ? [] : [r.outbox_id]));
    let n = 0;
    for (let i = 0; i < ids.length; i += WITHDRAW_SLICE) n += (await withdrawPendingOutbound(tx, ids.slice(i, i + WITHDRAW_SLICE))).length;
    await appendAudit(tx, { ticketId: null, actorUserId: actor.userId, action: 'community.alert_cancelled', details: { alertId: a.id, withdrawn: n }, at });
    return n;
  });
  return { ...(await getAlert(ctx, actor, alertId)), withdrawn };
}

/** An alert as the public page shows it: what and where, never who received it. Cancelled alerts are gone. */
export async function publicAlert(ctx: CommunityContext, alertId: number) {
  const a = await alertRow(ctx.store.db, alertId);
  if (!a || a.status === 'cancelled') throw new AppError('NOT_FOUND', `No alert ${alertId}`);
  const stations = parseStrings(a.station_ids).map((id) => {
    const u = ctx.city.units.find((x) => x.id === id);
    return { id, nameEn: u?.nameEn ?? id, nameLocal: u?.nameLocal ?? id };
  });
  return { id: a.id, kind: a.kind, texts: parseTexts(a.texts), sentAt: a.send_at, stations };
}
