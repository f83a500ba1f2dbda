/**
 * What went wrong, in the UI's language. The server's message is English and written for support: the
 * UI shows a translated sentence for the error's code (and for VALIDATION_FAILED, the fields it names),
 * and keeps the server's words only for a title attribute. A code the web does not know yet gets a
 * generic translated sentence, never the English message.
 */
import { ApiError } from '../api/client.js';
import type { ErrorCode } from '../api/types.js';
import type { MessageKey } from './en.js';
import type { I18n } from './i18n.js';

/** Codes the client makes itself, and the one the error handler gives Fastify's own client errors. */
type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE' | 'REQUEST_REJECTED';

/** One sentence per code: a code added to src/errors.ts without one here is a compile error. */
const ERROR_KEYS: Record<ErrorCode | ClientErrorCode, MessageKey> = {
  VALIDATION_FAILED: 'error.VALIDATION_FAILED',
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  INVALID_CREDENTIALS: 'error.INVALID_CREDENTIALS',
  INVALID_SIGNATURE: 'error.INVALID_SIGNATURE',
  FORBIDDEN: 'error.FORBIDDEN',
  TICKET_READ_ONLY: 'error.TICKET_READ_ONLY',
  NOT_FOUND: 'error.NOT_FOUND',
  TICKET_NOT_FOUND: 'error.TICKET_NOT_FOUND',
  REPORT_NOT_FOUND: 'error.REPORT_NOT_FOUND',
  UNIT_NOT_FOUND: 'error.UNIT_NOT_FOUND',
  USER_NOT_FOUND: 'error.USER_NOT_FOUND',
  CONFLICT: 'error.CONFLICT',
  USERNAME_TAKEN: 'error.USERNAME_TAKEN',
  INVALID_TRANSITION: 'error.INVALID_TRANSITION',
  REPORT_REPEATED: 'error.REPORT_REPEATED',
  REPORT_CLOSED: 'error.REPORT_CLOSED',
  PAYLOAD_TOO_LARGE: 'error.PAYLOAD_TOO_LARGE',
  PERSONAL_DATA_IN_PUBLIC_REPLY: 'error.PERSONAL_DATA_IN_PUBLIC_REPLY',
  NO_RECIPIENTS: 'error.NO_RECIPIENTS',
  UNSUPPORTED_MEDIA_TYPE: 'error.UNSUPPORTED_MEDIA_TYPE',
  RATE_LIMITED: 'error.RATE_LIMITED',
  INTERNAL: 'error.INTERNAL',
  CHANNEL_UNAVAILABLE: 'error.CHANNEL_UNAVAILABLE',
  NETWORK: 'common.networkError',
  BAD_RESPONSE: 'error.BAD_RESPONSE',
  REQUEST_REJECTED: 'error.REQUEST_REJECTED',
};

function isKnownCode(code: string): code is ErrorCode | ClientErrorCode {
  return Object.hasOwn(ERROR_KEYS, code);
}

/** The names of the fields the web's forms send, as an officer or a citizen knows them. */
const FIELD_KEYS: Record<string, MessageKey> = {
  text: 'field.text',
  reason: 'field.reason',
  station: 'field.station',
  status: 'field.status',
  outcome: 'field.outcome',
  category: 'field.category',
  priority: 'field.priority',
  placeId: 'field.place',
  into: 'field.into',
  assignee: 'field.assignee',
  visibility: 'field.visibility',
  note: 'field.note',
  name: 'field.name',
  phone: 'field.phone',
  lat: 'field.location',
  lon: 'field.location',
  username: 'field.username',
  password: 'field.password',
  start: 'field.start',
  end: 'field.end',
  days: 'field.days',
  officers: 'field.officers',
  capacity: 'field.capacity',
  label: 'field.label',
};

/** The field names an error gives: its details, or else the "field: problem" start of its message. */
function fieldPaths(err: ApiError): string[] {
  if (err.fields.length > 0) return err.fields.map((f) => f.field);
  const lead = /^([A-Za-z][\w.]*(?:, [A-Za-z][\w.]*)*): /.exec(err.message);
  return lead?.[1] ? lead[1].split(', ') : [];
}

/** "body.shifts.1.start" → "the start time (Shift 2)"; undefined for a field the UI has no name for. */
function fieldLabel(path: string, i18n: Pick<I18n, 't'>): string | undefined {
  const parts = path.split('.').filter((p) => p !== 'body' && p !== 'querystring' && p !== 'params');
  const name = [...parts].reverse().find((p) => !/^\d+$/.test(p));
  const key = name === undefined ? undefined : FIELD_KEYS[name];
  if (!key) return undefined;
  const shift = parts.indexOf('shifts');
  const index = shift >= 0 ? Number(parts[shift + 1]) : NaN;
  return Number.isInteger(index) ? `${i18n.t(key)} (${i18n.t('roster.shiftN', { n: index + 1 })})` : i18n.t(key);
}

export interface ErrorText {
  /** The sentence to show, in the UI's language. */
  text: string;
  /** The stable code, for a data attribute (tests, support). */
  code: string;
  /** The server's own words, for a title attribute only (support reads English). */
  detail: string;
}

/**
 * The sentence for an error in the UI's language. `overrides` lets a screen say it more exactly for a
 * code (the login page's "wrong username or password").
 */
export function describeError(err: unknown, i18n: Pick<I18n, 't' | 'formatMinutes' | 'formatList'>, overrides: Partial<Record<string, MessageKey>> = {}): ErrorText {
  const { t } = i18n;
  if (!(err instanceof ApiError)) {
    // Not an answer of the API (a script error): nothing the officer can act on but trying again.
    return { text: t('error.unknown'), code: 'UNKNOWN', detail: err instanceof Error ? err.message : '' };
  }
  const detail = `${err.code}: ${err.message}`;
  const override = overrides[err.code];
  if (override) return { text: t(override), code: err.code, detail };
  if (err.code === 'VALIDATION_FAILED') {
    const labels = [...new Set(fieldPaths(err).map((f) => fieldLabel(f, i18n)))];
    if (labels.length > 0 && labels.every((l) => l !== undefined)) {
      return { text: t('error.VALIDATION_FAILED.fields', { fields: i18n.formatList(labels.filter((l) => l !== undefined)) }), code: err.code, detail };
    }
  }
  if (err.code === 'RATE_LIMITED' && err.retryAfterSeconds !== null) {
    return { text: t('error.RATE_LIMITED.wait', { duration: i18n.formatMinutes(Math.max(1, Math.ceil(err.retryAfterSeconds / 60))) }), code: err.code, detail };
  }
  return { text: t(isKnownCode(err.code) ? ERROR_KEYS[err.code] : 'error.unknown'), code: err.code, detail };
}
