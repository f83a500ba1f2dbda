/**
 * A reply's delivery in the UI's language: its state, and for a failed one the provider's reason as a
 * sentence the officer can act on, with the code kept for support (e.g. `400:131047`, `RECEIPT:131026`, `403`).
 */
import type { MessageKey } from '../../i18n/en.js';
import type { I18n } from '../../i18n/i18n.js';

/** What the provider's code means for the officer. */
export function deliveryReasonKey(code: string): MessageKey {
  const parts = code.split(':');
  const has = (...c: string[]) => parts.some((p) => c.includes(p));
  if (has('131047')) return 'delivery.reason.window';
  if (has('429', '130429', '131056', '80007', 'RATE_LIMITED')) return 'delivery.reason.rateLimited';
  if (has('INTERRUPTED_WHILE_SENDING', 'TIMEOUT_DELIVERY_UNKNOWN')) return 'delivery.reason.unknown';
  if (has('100', '131009', '131021', '131026', '131030', '133010', '400', 'PAYLOAD_INCOMPLETE')) return 'delivery.reason.invalidNumber';
  if (has('403', '131031', '131050')) return 'delivery.reason.blocked';
  if (has('NETWORK', 'UNEXPECTED_ANSWER', 'UNEXPECTED_ERROR') || parts.some((p) => /^5\d\d$/.test(p))) return 'delivery.reason.provider';
  return 'delivery.reason.other';
}

/** The reason as a sentence with its code, e.g. "the number or chat cannot receive messages (code 400:131026)". */
export function describeDeliveryReason(i18n: I18n, code: string | null): string {
  if (!code) return i18n.t('delivery.reason.other');
  return i18n.t('delivery.reason', { reason: i18n.t(deliveryReasonKey(code)), code });
}
