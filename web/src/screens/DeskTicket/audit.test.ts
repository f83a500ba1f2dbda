import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, type AuditEntry } from '../../api/types.js';
import { buildI18n, loadAllDictionaries } from '../../i18n/i18n.js';
import { describeAudit } from './audit.js';

await loadAllDictionaries();

const names = { unitName: (id: string | null) => (id === 'ngp-ps-sitabuldi' ? 'Sitabuldi' : (id ?? '')), officerName: (id: number) => (id === 7 ? 'Asha Patil' : undefined) };

/** Details as the server writes them for each action (src/**: appendAudit calls). */
const DETAILS: Record<string, unknown> = {
  'ticket.created': { category: 'theft', priority: 'p1', language: 'en', station: 'ngp-ps-sitabuldi', method: 'gazetteer', reasons: { triage: ['x'], routing: ['y'] } },
  'ticket.message_added': { channel: 'whatsapp', inboundId: 4, attachments: [] },
  'ticket.rejudged': { inboundId: 5, messages: 2, from: { category: 'other', priority: 'p3' }, to: { category: 'theft', priority: 'p1' }, locked: [], reasons: ['z'] },
  'ticket.rerouted': { via: 'pin', inboundId: 6, from: { station: null }, to: { station: 'ngp-ps-sitabuldi' } },
  'ticket.assigned': { from: null, to: 7, reason: 'on shift' },
  'ticket.status_changed': { from: 'new', to: 'resolved', outcome: 'fir_registered', reason: null },
  'ticket.replied': { messageId: 1, visibility: 'private', channel: 'whatsapp', outboxId: 2, firstResponse: true },
  'reply.failed': { outboxId: 2, channel: 'whatsapp', reason: 'RECEIPT:131047' },
  'reply.retried': { outboxId: 2, channel: 'whatsapp', lastError: 'RECEIPT:131047' },
  'attachment.viewed': { attachmentId: 4, sha256: 'ab'.repeat(32) },
  'evidence.exported': { sha256: 'cd'.repeat(32), files: 3 },
  'ticket.noted': { messageId: 3 },
  'ticket.corrected': { from: {}, to: { category: 'violence', priority: 'p2', place: 'x', station: 'ngp-ps-sitabuldi' }, reason: 'wrong area', gazetteerSuggestion: null },
  'ticket.confirmed': { fields: ['category'], category: 'theft', priority: 'p2', station: 'ngp-ps-sitabuldi', settledUnsure: false },
  'ticket.transferred': { from: 'ngp-ps-sitabuldi', to: 'ngp-ps-dhantoli', via: 'transfer', reason: 'their area' },
  'ticket.escalated': { level: 1, to: 'ngp-z2', breach: 'first_response', dueAt: '2026-12-04T10:00:00.000Z', why: 'SLA of p2 missed' },
  'ticket.merged': { into: 9, reference: 'NGP-2026-000009', reason: 'duplicate' },
  'ticket.merged_in': { from: 8, reference: 'NGP-2026-000008', reason: 'duplicate' },
  'ticket.handed_over': { from: 3, to: 7, handoverNoteId: null, why: 'shift change' },
  'gazetteer.spelling_approved': { suggestion: 1, words: 'zero mile', place: 'p', variantAdded: true },
  'gazetteer.spelling_rejected': { suggestion: 2, words: 'zro mil', place: 'p', variantAdded: false },
  'roster.updated': { station: 'ngp-ps-sitabuldi', shifts: [] },
  'roster.handover_note': { station: 'ngp-ps-sitabuldi', noteId: 1 },
  'inbound.retried': { inboundId: 12 },
  'inbound.discarded': { inboundId: 13, reason: 'test message' },
  'auth.throttled': { scope: 'account', username: 'x', address: '1.2.3.4', retryAfterSeconds: 60 },
  'ticket.rated': { score: 4, source: 'channel' },
  'analytics.exported': { format: 'csv', unit: 'ngp-z2', from: '2026-11-01', to: '2026-11-30', rows: 120, truncated: false },
  'analytics.review_generated': { unit: 'ngp-z2', week: '2026-11-23', language: 'mr', made: true },
};

function entry(action: string, actor = 'Asha Patil'): AuditEntry {
  return { id: 1, action, actor, details: DETAILS[action] ?? {}, createdAt: '2026-12-04T10:00:00.000Z' };
}

describe('the audit trail as sentences', () => {
  it('has a sentence for every action in every language, with no code, placeholder or JSON left', () => {
    for (const lang of ['en', 'hi', 'mr'] as const) {
      const i18n = buildI18n(lang);
      for (const action of AUDIT_ACTIONS) {
        const { sentence } = describeAudit(entry(action), i18n, names);
        expect(sentence, `${lang} ${action}`).not.toContain(action);
        expect(sentence, `${lang} ${action}`).not.toMatch(/[{}[\]"]|undefined|null|_/);
      }
    }
  });

  it('reads as the desk says it', () => {
    const en = buildI18n('en');
    expect(describeAudit(entry('ticket.rejudged', 'Chowki'), en, names).sentence).toBe('Chowki judged the conversation again: Theft, P1.');
    expect(describeAudit(entry('ticket.assigned', 'Chowki'), en, names).sentence).toBe('Chowki assigned the ticket to Asha Patil.');
    expect(describeAudit(entry('ticket.status_changed'), en, names).sentence).toBe('Asha Patil changed the status to Resolved: FIR registered.');
    expect(describeAudit(entry('ticket.merged_in'), en, names).sentence).toBe('Asha Patil merged NGP-2026-000008 into this ticket.');
    expect(describeAudit(entry('reply.failed', 'Chowki'), en, names).sentence).toBe(
      'A reply on WhatsApp did not reach the citizen: more than 24 hours since the citizen last wrote, so WhatsApp lets only the approved template through.',
    );
    // A pin that moved the ticket says so.
    expect(describeAudit(entry('ticket.rerouted', 'Chowki'), en, names).sentence).toBe('Chowki routed the ticket to Sitabuldi: the citizen shared their location, which lies there.');
    const hi = buildI18n('hi');
    expect(describeAudit(entry('ticket.rejudged', 'Chowki'), hi, names).sentence).toBe('चौकी ने बातचीत को फिर से परखा: चोरी, P1।');
    // An officer's own reason is shown as written; Chowki's are not (they are the server's English).
    expect(describeAudit(entry('ticket.transferred'), en, names).reason).toBe('their area');
    expect(describeAudit(entry('ticket.escalated', 'Chowki'), en, names).reason).toBeUndefined();
  });

  it('says an action it does not know yet without its code', () => {
    const { sentence } = describeAudit(entry('ticket.teleported'), buildI18n('mr'), names);
    expect(sentence).toBe('Asha Patil: तिकिटात बदल केला.');
  });
});
