/**
 * The audit trail as sentences in the UI's language: one template per AuditAction (the server's own list,
 * src/tickets/ticket.model.ts), filled from the entry's details with translated labels (status, category,
 * channel, station names). Never a raw code or JSON: an action the web does not know yet reads as
 * "… changed the ticket.", and a detail that is missing reads as a neutral word.
 */
import type { AuditAction, AuditEntry } from '../../api/types.js';
import { AUDIT_ACTIONS } from '../../api/types.js';
import type { I18n, Params } from '../../i18n/i18n.js';
import { deliveryReasonKey } from './delivery.js';

/** What a sentence needs beyond the entry: names for station ids and officer ids. */
export interface AuditNames {
  unitName: (id: string | null) => string;
  officerName: (id: number) => string | undefined;
}

type Details = Record<string, unknown>;
type Sentence = (d: Details, c: { i18n: I18n; names: AuditNames; actor: string }) => string;

function record(v: unknown): Details {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : {};
}
function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}
function whole(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function category(i18n: I18n, v: unknown): string {
  const c = text(v);
  return c ? i18n.label('category', c) : '—';
}
/** Priorities read as P1, P2, P3 inside a sentence (the badge's short form). */
function priority(v: unknown): string {
  return text(v)?.toUpperCase() ?? '—';
}
function station(c: { i18n: I18n; names: AuditNames }, v: unknown): string {
  const id = text(v);
  return id ? c.names.unitName(id) || id : c.i18n.t('desk.noStation');
}
function officer(c: { i18n: I18n; names: AuditNames }, v: unknown): string {
  const id = whole(v);
  return (id === undefined ? undefined : c.names.officerName(id)) ?? c.i18n.t('audit.anOfficer');
}

/** One sentence per action: a new AuditAction on the server is a compile error here until it has one. */
const SENTENCES: Record<AuditAction, Sentence> = {
  'ticket.created': (d, c) =>
    c.i18n.t(text(d.station) ? 'audit.ticket.created' : 'audit.ticket.created.noStation', {
      actor: c.actor,
      category: category(c.i18n, d.category),
      priority: priority(d.priority),
      station: station(c, d.station),
    }),
  'ticket.message_added': (d, c) => c.i18n.t('audit.ticket.message_added', { channel: c.i18n.label('channel', text(d.channel) ?? '—') }),
  'ticket.rejudged': (d, c) => {
    const to = record(d.to);
    return c.i18n.t('audit.ticket.rejudged', { actor: c.actor, category: category(c.i18n, to.category), priority: priority(to.priority) });
  },
  'ticket.rerouted': (d, c) => c.i18n.t(d.via === 'pin' ? 'audit.ticket.rerouted.pin' : 'audit.ticket.rerouted', { actor: c.actor, station: station(c, record(d.to).station) }),
  'ticket.assigned': (d, c) =>
    d.to === null
      ? c.i18n.t('audit.ticket.assigned.none', { actor: c.actor })
      : d.reason === 'fewest_open'
        ? c.i18n.t('audit.ticket.assigned.fewest', { actor: c.actor, officer: officer(c, d.to), count: whole(d.open) ?? 0 })
        : d.reason === 'picked_up'
          ? c.i18n.t('audit.ticket.assigned.pickedUp', { actor: c.actor, officer: officer(c, d.to) })
          : c.i18n.t('audit.ticket.assigned', { actor: c.actor, officer: officer(c, d.to) }),
  'ticket.not_assigned': (d, c) =>
    d.reason === 'capacity_reached'
      ? c.i18n.tp('audit.ticket.not_assigned.capacity', whole(d.onDuty) ?? 0, { station: station(c, d.station) })
      : c.i18n.t('audit.ticket.not_assigned.nobody', { station: station(c, d.station) }),
  'ticket.status_changed': (d, c) => {
    const params: Params = { actor: c.actor, status: c.i18n.label('status', text(d.to) ?? '—') };
    const outcome = text(d.outcome);
    return outcome ? c.i18n.t('audit.ticket.status_changed.outcome', { ...params, outcome: c.i18n.label('outcome', outcome) }) : c.i18n.t('audit.ticket.status_changed', params);
  },
  'ticket.replied': (d, c) =>
    c.i18n.t('audit.ticket.replied', {
      actor: c.actor,
      visibility: c.i18n.t(d.visibility === 'private' ? 'ticket.private' : 'ticket.public'),
      channel: c.i18n.label('channel', text(d.channel) ?? '—'),
    }),
  'reply.failed': (d, c) =>
    c.i18n.t('audit.reply.failed', { channel: c.i18n.label('channel', text(d.channel) ?? '—'), reason: c.i18n.t(deliveryReasonKey(text(d.reason) ?? '')) }),
  'reply.retried': (_d, c) => c.i18n.t('audit.reply.retried', { actor: c.actor }),
  'attachment.viewed': (_d, c) => c.i18n.t('audit.attachment.viewed', { actor: c.actor }),
  'evidence.exported': (_d, c) => c.i18n.t('audit.evidence.exported', { actor: c.actor }),
  'ticket.noted': (_d, c) => c.i18n.t('audit.ticket.noted', { actor: c.actor }),
  'ticket.corrected': (d, c) => {
    const to = record(d.to);
    return c.i18n.t('audit.ticket.corrected', { actor: c.actor, category: category(c.i18n, to.category), priority: priority(to.priority), station: station(c, to.station) });
  },
  'ticket.confirmed': (d, c) => c.i18n.t('audit.ticket.confirmed', { actor: c.actor, category: category(c.i18n, d.category), priority: priority(d.priority) }),
  'ticket.transferred': (d, c) => c.i18n.t('audit.ticket.transferred', { actor: c.actor, from: station(c, d.from), to: station(c, d.to) }),
  'ticket.escalated': (d, c) =>
    c.i18n.t(d.breach === 'resolution' ? 'audit.ticket.escalated.resolution' : 'audit.ticket.escalated', { actor: c.actor, unit: station(c, d.to) }),
  'ticket.merged': (d, c) => c.i18n.t('audit.ticket.merged', { actor: c.actor, reference: text(d.reference) ?? '—' }),
  'ticket.merged_in': (d, c) => c.i18n.t('audit.ticket.merged_in', { actor: c.actor, reference: text(d.reference) ?? '—' }),
  'ticket.handed_over': (d, c) => c.i18n.t('audit.ticket.handed_over', { actor: c.actor, officer: officer(c, d.to) }),
  'gazetteer.spelling_approved': (d, c) => c.i18n.t('audit.gazetteer.spelling_approved', { actor: c.actor, words: text(d.words) ?? '—' }),
  'gazetteer.spelling_rejected': (d, c) => c.i18n.t('audit.gazetteer.spelling_rejected', { actor: c.actor, words: text(d.words) ?? '—' }),
  'roster.updated': (_d, c) => c.i18n.t('audit.roster.updated', { actor: c.actor }),
  'roster.handover_note': (_d, c) => c.i18n.t('audit.roster.handover_note', { actor: c.actor }),
  'inbound.retried': (d, c) => c.i18n.t('audit.inbound.retried', { actor: c.actor, id: String(whole(d.inboundId) ?? '—') }),
  'inbound.discarded': (d, c) => c.i18n.t('audit.inbound.discarded', { actor: c.actor, id: String(whole(d.inboundId) ?? '—') }),
  'auth.throttled': (_d, c) => c.i18n.t('audit.auth.throttled'),
  'open311.key_issued': (d, c) => c.i18n.t('audit.open311.key_issued', { actor: c.actor, label: text(d.label) ?? '—' }),
  'open311.key_revoked': (d, c) => c.i18n.t('audit.open311.key_revoked', { actor: c.actor, label: text(d.label) ?? '—' }),
  'community.group_created': (d, c) => c.i18n.t('audit.community.group_created', { actor: c.actor, kind: text(d.kind) ?? '—', station: station(c, d.station) }),
  'community.member_added': (d, c) => c.i18n.t('audit.community.member_added', { group: String(whole(d.groupId) ?? '—'), method: text(d.method) ?? '—' }),
  'community.member_left': (d, c) => c.i18n.t('audit.community.member_left', { group: String(whole(d.groupId) ?? '—') }),
  'community.broadcast_drafted': (d, c) => c.i18n.t('audit.community.broadcast_drafted', { actor: c.actor, id: String(whole(d.broadcastId) ?? '—'), scope: text(d.scope) ?? '—' }),
  'community.broadcast_approved': (d, c) => c.i18n.tp('audit.community.broadcast_approved', whole(d.messages) ?? 0, { actor: c.actor, id: String(whole(d.broadcastId) ?? '—') }),
  'community.broadcast_cancelled': (d, c) => c.i18n.tp('audit.community.broadcast_cancelled', whole(d.withdrawn) ?? 0, { actor: c.actor, id: String(whole(d.broadcastId) ?? '—') }),
  'community.checkin_scheduled': (d, c) => c.i18n.tp('audit.community.checkin_scheduled', whole(d.messages) ?? 0, { actor: c.actor, id: String(whole(d.checkinId) ?? '—') }),
  'ticket.rated': (d, c) => c.i18n.t('audit.ticket.rated', { score: String(whole(d.score) ?? '—') }),
  'analytics.exported': (d, c) => c.i18n.t('audit.analytics.exported', { actor: c.actor, format: (text(d.format) ?? '—').toUpperCase() }),
  'analytics.review_generated': (d, c) => c.i18n.t('audit.analytics.review_generated', { actor: c.actor }),
  'community.alert_sent': (d, c) => c.i18n.tp('audit.community.alert_sent', whole(d.messages) ?? 0, { actor: c.actor, id: String(whole(d.alertId) ?? '—'), stations: c.i18n.tp('audit.community.alertStations', whole(d.stations) ?? 0) }),
  'community.alert_cancelled': (d, c) => c.i18n.tp('audit.community.alert_cancelled', whole(d.withdrawn) ?? 0, { actor: c.actor, id: String(whole(d.alertId) ?? '—') }),
};

function isAuditAction(a: string): a is AuditAction {
  return AUDIT_ACTIONS.some((x) => x === a);
}

/** The server names the system "Chowki" when no officer acted: say it in the UI's language. */
const SYSTEM_ACTOR = 'Chowki';

/** An audit entry as a sentence, and the reason an officer wrote for it (their own words), if any. */
export function describeAudit(entry: AuditEntry, i18n: I18n, names: AuditNames): { sentence: string; reason: string | undefined } {
  const actor = entry.actor === SYSTEM_ACTOR ? i18n.t('app.name') : entry.actor;
  const d = record(entry.details);
  const sentence = isAuditAction(entry.action) ? SENTENCES[entry.action](d, { i18n, names, actor }) : i18n.t('audit.unknown', { actor });
  // A reason an officer typed is theirs to read as written; Chowki's own (an SLA, a re-route) are the server's English.
  const reason = entry.actor === SYSTEM_ACTOR ? undefined : text(d.reason);
  return { sentence, reason };
}
