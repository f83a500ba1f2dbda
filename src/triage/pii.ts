/**
 * Personal data in a message: Indian mobile numbers, Aadhaar-like numbers, e-mail addresses, and
 * vehicle registration numbers (marked, but kept in public text because officers need them and they
 * identify a vehicle, not a person).
 */
import type { PiiKind, PiiSpan } from './triage.types.js';
import { foldDigits } from './normalise.js';

// ASCII only: Indian citizens' addresses are ASCII, and the Unicode-aware form was the slowest regex of triage.
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// 12 digits, usually written 4-4-4; a real Aadhaar never starts with 0 or 1.
const AADHAAR_RE = /(?<![\d+])[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}(?!\d)/g;
// A mobile: optional +91/91/0, then 10 digits starting 6-9, with spaces or dashes anywhere
// ("98220 12345", "+91-98220-12345", "9822 012 345").
const PHONE_RE = /(?<![\d])(?:(?:\+|00)?91[ -]?|0)?[6-9](?:[ -]?\d){9}(?!\d)/g;
// MH 31 AB 1234, MH31AB1234, MH-49-1234, mh 31 ab 1234; the state codes keep out words like "NO 12 AB 1234".
const STATE_CODES =
  'AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB';
const VEHICLE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${STATE_CODES})[ .-]?\\d{1,2}[ .-]?(?:[A-Z]{1,3}[ .-]?)?\\d{1,4}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])\\d{2}[ -]?BH[ -]?\\d{4}[ -]?[A-Z]{1,2}(?![\\p{L}\\p{N}])`,
  'giu',
);
const AADHAAR_CONTEXT = /aadh?aa?r|adhar|uidai|आधार/i;

/** Find the personal data in a message (UTF-16 offsets into the original text). */
export function findPii(text: string): PiiSpan[] {
  // Devanagari digits are one code unit like ASCII ones, so folding keeps every offset valid.
  const folded = foldDigits(text);
  const spans: PiiSpan[] = [];
  const taken = (start: number, end: number): boolean => spans.some((s) => start < s.end && end > s.start);
  const add = (kind: PiiKind, start: number, end: number): void => {
    if (!taken(start, end)) spans.push({ kind, start, end });
  };
  if (folded.includes('@')) for (const m of folded.matchAll(EMAIL_RE)) add('email', m.index, m.index + m[0].length);
  // Every other kind needs digits: a vehicle at least 3, a phone or an Aadhaar at least 10. Most
  // messages have fewer, so one count skips the number regexes.
  let digits = 0;
  for (let i = 0; i < folded.length; i += 1) {
    const c = folded.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += 1;
  }
  if (digits < 3) return spans;
  if (digits >= 10) for (const m of folded.matchAll(AADHAAR_RE)) {
    const value = m[0].replace(/\D/g, '');
    const grouped = /\d{4}[ -]\d{4}[ -]\d{4}/.test(m[0]);
    const nearWord = AADHAAR_CONTEXT.test(folded.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20));
    // "919822012345" is a mobile with its country code unless it is written or named as an Aadhaar.
    const looksLikePhone = /^91[6-9]/.test(value) && !grouped && !nearWord;
    if (!looksLikePhone) add('aadhaar', m.index, m.index + m[0].length);
  }
  if (digits >= 10) for (const m of folded.matchAll(PHONE_RE)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    add('phone', start, end);
  }
  for (const m of folded.matchAll(VEHICLE_RE)) {
    // A vehicle number needs both letters and at least 3 digits, or "MH 31" alone would match.
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 3) add('vehicle', m.index, m.index + m[0].length);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Mask phone, Aadhaar and e-mail spans for public display; vehicle numbers stay readable. */
export function maskPii(text: string, spans: PiiSpan[]): string {
  const ordered = [...spans].sort((a, b) => b.start - a.start);
  let out = text;
  for (const span of ordered) {
    if (span.kind === 'vehicle') continue;
    const value = out.slice(span.start, span.end);
    out = out.slice(0, span.start) + maskValue(span.kind, value) + out.slice(span.end);
  }
  return out;
}

function maskValue(kind: PiiKind, value: string): string {
  if (kind === 'email') {
    const at = value.indexOf('@');
    return `${value.slice(0, 1)}***${value.slice(at)}`;
  }
  // Keep the last digits, as banks and UIDAI do, so the citizen can recognise their own number.
  const keep = kind === 'aadhaar' ? 4 : 2;
  let seen = 0;
  const totalDigits = foldDigits(value).replace(/\D/g, '').length;
  let out = '';
  for (const ch of value) {
    if (/\d/.test(ch) || /[\u0966-\u096F]/.test(ch)) {
      seen += 1;
      out += seen > totalDigits - keep ? ch : 'X';
    } else out += ch;
  }
  return out;
}
