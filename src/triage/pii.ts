/**
 * Personal data in a message: phone numbers (Indian and international), Aadhaar numbers, PAN, e-mail
 * addresses (also spelled out: "ravi at gmail dot com", "ravi ऐट gmail डॉट com"), names after an
 * introduction ("my name is …", "मेरा नाम …", "maza nav …"), and vehicle registration numbers (marked,
 * but kept in public text because officers need them and they identify a vehicle, not a person).
 *
 * Everything is matched on a folded copy of the text (digits of every script as ASCII, full-width forms
 * as ASCII, no-break spaces as spaces, zero-width characters dropped) whose offsets map back to the
 * original, so that masking replaces the characters the citizen wrote. Indian mobiles, most of the
 * numbers, are one cheap pattern; landlines, foreign numbers and odd groupings are left to
 * libphonenumber-js (Google's numbering plans), with a fallback for "+" numbers in unallocated ranges.
 */
import { findPhoneNumbersInText, isPossiblePhoneNumber } from 'libphonenumber-js/max';
import type { PiiKind, PiiSpan } from './triage.types.js';

// ---------------------------------------------------------------------------------------------------
// Folding

/** A folded copy of a text and, for each of its code units, the offset of the original one. */
interface FoldedText {
  text: string;
  /** Undefined when folding kept every offset (plain ASCII, the usual case). */
  origin: Int32Array | undefined;
}

// The zero of each block of ten decimal digits that citizens of Nagpur (or their keyboards) write
// besides ASCII: Arabic-Indic, extended Arabic-Indic, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
// Tamil, Telugu, Kannada, Malayalam, full-width.
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xff10];
const DROP = 0xffff;

/**
 * For each code unit of the BMP: 0 to keep it, DROP to remove it, otherwise the ASCII code unit it
 * folds to. A table, because this is looked up for every character of every message.
 */
const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  const set = (from: number, to: number, value: (c: number) => number): void => {
    for (let c = from; c <= to; c += 1) table[c] = value(c);
  };
  // Full-width ASCII (＋, ＠, ．, Ｌｅｔｔｅｒｓ, digits) as typed on some phone keyboards.
  set(0xff01, 0xff5e, (c) => c - 0xfee0);
  for (const zero of DIGIT_ZEROS) set(zero, zero + 9, (c) => 0x30 + c - zero);
  // Soft hyphen, zero-width space and joiners, bidi marks and controls, word joiner, BOM: invisible,
  // and a number with one inside still reads as one number.
  const invisible: Array<[number, number]> = [[0xad, 0xad], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2069], [0xfeff, 0xfeff]];
  for (const [from, to] of invisible) set(from, to, () => DROP);
  // No-break, narrow no-break, figure, thin and ideographic spaces.
  const spaces: Array<[number, number]> = [[0xa0, 0xa0], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]];
  for (const [from, to] of spaces) set(from, to, () => 0x20);
  set(0x2010, 0x2015, () => 0x2d);
  set(0x2212, 0x2212, () => 0x2d);
  return table;
}

/** Whether a code unit is a decimal digit, in ASCII or one of the scripts above. */
function isDigitUnit(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  const f = FOLD[c] ?? 0;
  return c > 127 && f >= 48 && f <= 57;
}

/** Fold `text` from `first`, its first code unit to fold. */
function foldText(text: string, first: number): FoldedText {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i < first; i += 1) origin[i] = i;
  const parts: string[] = [text.slice(0, first)];
  let n = first;
  for (let i = first; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const f = c > 127 ? (FOLD[c] ?? 0) : 0;
    if (f === DROP) continue;
    origin[n] = i;
    n += 1;
    parts.push(f === 0 ? text.charAt(i) : String.fromCharCode(f));
  }
  origin[n] = text.length;
  return { text: parts.join(''), origin };
}

// ---------------------------------------------------------------------------------------------------
// Patterns (all matched on the folded text)

// Ticket references ("NGP-2026-000042") look like a landline to libphonenumber; they are ours, not a person's.
const REFERENCE_RE = /(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,9}-\d{4}-\d{6,}(?!\d)/g;

// ASCII only: Indian citizens' addresses are ASCII, and the Unicode-aware form was the slowest regex of
// triage. Sought from each "@" (handles like @NagpurPolice are common; addresses are not).
const EMAIL_LOCAL_RE = /[A-Za-z0-9._%+-]+$/;
const EMAIL_DOMAIN_RE = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;

// An address spelled out to get past filters, or by someone who never typed an "@": "ravi(at)gmail(dot)com",
// "ravi [at] gmail [dot] com", "ravi at the rate gmail dot com", "ravi ऐट जीमेल डॉट कॉम". The top-level
// domain must be a known one, so that "look at this dot com" stays a sentence.
const SPELLED_AT = String.raw`\s+(?:at(?:\s+the\s+rate(?:\s+of)?)?|(?:ऐट|एट|ॲट|अट)(?:\s+(?:द\s+)?रेट)?)\s+`;
const MARKED_AT = String.raw`\s*[[({<]\s*(?:at|@)\s*[\])}>]\s*|\s*@\s*(?:the\s+rate\s+(?:of\s+)?)?`;
const DOT = String.raw`(?:\s*[[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+(?:dot|period|point|डॉट|डोट|डाट|पॉइंट)\s+|\s*\.\s*)`;
const LABEL = String.raw`(?:[A-Za-z0-9-]+|[\u0900-\u0963\u0970-\u097F]+)`;
const TLD = String.raw`(?:com|in|org|net|co|edu|gov|nic|ac|info|io|me|biz|xyz|live|email|app|dev|uk|us|ae|कॉम|कम|इन|नेट|ऑर्ग)`;
// Tried only where an "at" is (AT_HINT_RE), from the spaces before it; the name is then sought backwards.
// A pattern starting at every word was the slowest of triage: " at " is in half the messages.
const SPELLED_EMAIL_RE = new RegExp(
  String.raw`(?<at>${MARKED_AT}|${SPELLED_AT})(?<domain>${LABEL})(?:${DOT}${LABEL})*?${DOT}${TLD}(?![A-Za-z0-9\u0900-\u097F])`,
  'iy',
);
const AT_HINT_RE = /@|\b(?:at|AT|At)\b|ऐट|एट|ॲट|अट/g;
const OPENING = ' \t\n[({<';
const LOCAL_PART_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*(?:\s+dot\s+[A-Za-z0-9._%+-]+)*$/i;
// Providers that make a bare "name at gmail dot com" an address without any dot or digit in the name.
const MAIL_PROVIDERS = new Set([
  'gmail', 'googlemail', 'yahoo', 'ymail', 'rediffmail', 'rediff', 'hotmail', 'outlook', 'live', 'icloud', 'protonmail',
  'proton', 'zoho', 'aol', 'mail', 'nic', 'gov', 'जीमेल', 'याहू', 'रेडिफमेल', 'हॉटमेल', 'आउटलुक',
]);
// The "@" of an address as written, to keep the domain readable when masking.
const AT_IN_VALUE_RE = /\s*[[({<]\s*(?:at|[@＠])\s*[\])}>]|[@＠]|\s+(?:at|ऐट|एट|ॲट|अट)\s+/i;

// 12 digits, usually written 4-4-4 with spaces, dashes or dots; a real Aadhaar never starts with 0 or 1.
const AADHAAR_RE = /(?<![\d+])[2-9]\d{3}(?:[ ./-]{1,3})?\d{4}(?:[ ./-]{1,3})?\d{4}(?!\d)/g;
const AADHAAR_CONTEXT = /aadh?aa?r|adhar|uidai|\buid\b|आधार/i;
// Bank and shop references have 12 digits too; an officer needs them to trace the money.
const NOT_AADHAAR_CONTEXT = /\b(?:utr|rrn|txn|transaction|ref(?:erence)?|order|imps|neft|upi)\b[^\d]{0,15}$/i;

// PAN: five letters (the fourth says what kind of holder), four digits, a letter.
const PAN_RE = /(?<![A-Za-z0-9])[A-Za-z]{3}[ABCFGHJLPTabcfghjlpt][A-Za-z][ -]?\d{4}[ -]?[A-Za-z](?![A-Za-z0-9])/g;

// Dates and times confuse libphonenumber ("98220 12345 12/11/2026" was one rejected candidate), so
// they are blanked in the run it reads.
const DATE_TIME_RE =
  /(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?|\d{1,6}\/(?:19|20)\d{2})(?!\d)/g;
// A mobile: optional +91/91/0, then 10 digits starting 6-9, with spaces or dashes anywhere, or dots,
// slashes and brackets in the 5-5 and 3-3-4 groupings. Unvalidated on purpose: a number in a series
// not yet allocated, or glued to letters ("ph9822012345"), is still somebody's.
const MOBILE_RE =
  /(?<!\d)(?:(?:\+|00)?91[ .-]?|0)?(?:[6-9](?:[ -]?\d){9}|[6-9]\d{4}[./]\d{5}|[6-9]\d{2}[./]\d{3}[./]\d{4}|\([6-9]\d{4}\) ?\d{5})(?!\d)/g;
// An international number in a range libphonenumber does not know as allocated ("+44 7700 900123") is
// still somebody's number, or a fraudster's.
const INTERNATIONAL_RE = /\+\d(?:[ .-]?\(?\d+\)?){2,}/g;
// Digits with at most three separators between them, where a phone number can be.
const NUMBER_RUN_RE = /[+(]{0,2}\d(?:[ ./()-]{0,3}\d)*\)?/g;
// Numbers that are a service, not a person: helplines and toll-free lines.
const SERVICE_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);

// MH 31 AB 1234, MH31AB1234, MH-49-1234, mh 31 ab 1234; the state codes keep out words like "NO 12 AB 1234".
const STATE_CODES =
  'AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB';
const VEHICLE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${STATE_CODES})[ .-]?\\d{1,2}[ .-]?(?:[A-Z]{1,3}[ .-]?)?\\d{1,4}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])\\d{2}[ -]?BH[ -]?\\d{4}[ -]?[A-Z]{1,2}(?![\\p{L}\\p{N}])`,
  'giu',
);

// Names. A "strong" introduction is followed by the name whatever its case ("my name is ravi");
// after "I am" only capitalised words count, because "I am scared" and "I am at Sitabuldi" are not names.
const STRONG_INTRO = [
  String.raw`\bmy\s+name(?:\s+is|'s|’s|\s*[:-])`,
  String.raw`\b(?:mera+|my)\s+naa?m(?:\s+(?:hai|he)\b)?`,
  String.raw`\bma(?:a?jh|a?z|a?j)[ae]?\s+naa?v`,
  String.raw`मेरा\s+नाम(?:\s+है)?`,
  String.raw`माझ(?:े|ं|ा)\s+नाव`,
  String.raw`(?:नाम|नाव)\s*[:–-]`,
].join('|');
// "Name: …" as in a form; whose name is checked in code (not "Station name: Sitabuldi").
const FORM_INTRO = String.raw`\b(?:name|naa?m)\s*[:–-]`;
const WEAK_INTRO = String.raw`\bi\s*(?:am|'m|’m)\b|\bIm\b`;
// Without the u flag: with it, this pattern alone took longer than the rest of triage.
const INTRO_RE = new RegExp(`(?<strong>${STRONG_INTRO})|(?<form>${FORM_INTRO})|(?<weak>${WEAK_INTRO})`, 'gi');
// Cheap tests for an introduction, so that INTRO_RE runs on few messages.
const INTRO_HINT_RE = /na{1,2}[mv]|\bi ?(?:am|'m|’m)\b|\bim\b/i;
const NOT_PERSONS = new Set(
  ('station shop road street place area locality colony nagar company bank app website site hotel school college ' +
    'village city district thana chowki ps building society apartment branch product item file game channel page ' +
    'group team scheme train bus hospital').split(' '),
);
// The word before "name:" on the same line ("Station name:"); a line break starts a new field.
const LAST_WORD_RE = /([A-Za-z]+)[ \t]*$/;
// "main Vikas bol raha hu", "मैं रमेश बोल रहा हूँ", "मी सचिन पाटील बोलतोय": the verb closes the name.
const SPEAKING_RE =
  /(?:\bmain|\bmai|(?<![\u0900-\u097F])(?:मैं|मै|मी))\s+(?<name>[A-Za-z\u0900-\u0963\u0970-\u097F]+(?:[ \t]+[A-Za-z\u0900-\u0963\u0970-\u097F]+){0,2})\s+(?:bol\s+rah[aie]|बोल\s+रह[ाीे]|बोल(?:तोय|तेय|त\s+आहे|तो|ते)|bolto|boltoy)/gi;
const NAME_WORD_RE = /[A-Za-z]+|[\u0900-\u0963\u0970-\u097F]+/y;
const HONORIFIC_RE = /(?:mr|mrs|ms|miss|dr|md|mohd|shri|smt|kumari|श्री|श्रीमती|कुमारी|सौ)\.?[ \t]+/iy;
const GAP_RE = /[ \t]+/y;
const INTRO_GAP_RE = /\s*[:–,-]?\s*/y;
// Words that follow an introduction without being a name, lower-case. Ranks are here because "I am
// Inspector Patil" is an officer introducing themself, and a public reply may say so.
const NOT_NAMES = new Set(
  (
    'a an the at in on from of for to not no very so too really also just here there is was and or but with near by ' +
    'my your his her our their i me we you it this that these those calling writing reporting living staying being ' +
    'going coming facing scared afraid worried upset unable able sorry fine ok okay sure new old alone sick ill hurt ' +
    'injured lost stuck home outside inside resident citizen victim student senior mother father wife husband son ' +
    'daughter brother sister please plz pls sir madam mam maam ji help urgent complaint police fir today tonight now ' +
    'happy thankful grateful sad shocked tired disappointed frustrated confused helpless indian hindu muslim christian ' +
    'sikh buddhist jain one two ' +
    'still again currently age aged mob mobile phone number contact email address r s d w o rs inr ph tel dt dob addr ' +
    'inspector constable officer psi pi api asi si hc pc sho dcp acp cp head sub ' +
    'hai hain hu hoon hun he h ahe aahe hay ka ki ke se aur mera meri mere main mai me mein ko bhi nahi nahin ' +
    'maza majha mazi maji tar ani pan ' +
    'है हैं हूँ हूं हु था थी आहे और का की के में से को भी नहीं मेरा मेरी माझे माझा माझं आणि पण मी मैं यह वह ये वो'
  ).split(' '),
);

// ---------------------------------------------------------------------------------------------------
// Detection

/** The spans found so far in the folded text, and the ranges that must stay (ticket references). */
class Findings {
  readonly spans: PiiSpan[] = [];
  readonly reserved: number[] = [];

  add(kind: PiiKind, start: number, end: number): void {
    if (end <= start) return;
    for (const s of this.spans) if (start < s.end && end > s.start) return;
    for (let i = 0; i < this.reserved.length; i += 2) if (start < (this.reserved[i + 1] ?? 0) && end > (this.reserved[i] ?? 0)) return;
    this.spans.push({ kind, start, end });
  }

  private covers(i: number): boolean {
    for (const s of this.spans) if (i >= s.start && i < s.end) return true;
    for (let j = 0; j < this.reserved.length; j += 2) if (i >= (this.reserved[j] ?? 0) && i < (this.reserved[j + 1] ?? 0)) return true;
    return false;
  }

  /** Digits of t[start, end) outside the spans found so far and the reserved ranges. */
  digitsOutside(t: string, start: number, end: number): number {
    let n = 0;
    for (let i = start; i < end; i += 1) {
      const c = t.charCodeAt(i);
      if (c >= 48 && c <= 57 && !this.covers(i)) n += 1;
    }
    return n;
  }
}

/** Find the personal data in a message (UTF-16 offsets into the original text). */
export function findPii(text: string): PiiSpan[] {
  // One pass counts the digits (most messages have too few for a phone, an Aadhaar or a PAN, and then
  // none of the number patterns runs) and finds whether anything needs folding (rarely).
  let digits = 0;
  let first = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += 1;
    else if (c > 127 && (FOLD[c] ?? 0) !== 0) {
      if (first < 0) first = i;
      if (isDigitUnit(c)) digits += 1;
    }
  }
  const folded: FoldedText = first < 0 ? { text, origin: undefined } : foldText(text, first);
  const t = folded.text;
  const found = new Findings();

  // Loops over exec, not matchAll: matchAll copies the regex on every call, and this runs per message.
  if (digits >= 7 && t.includes('-')) {
    REFERENCE_RE.lastIndex = 0;
    for (let m = REFERENCE_RE.exec(t); m; m = REFERENCE_RE.exec(t)) found.reserved.push(m.index, m.index + m[0].length);
  }
  for (let at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
    EMAIL_DOMAIN_RE.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN_RE.exec(t);
    const local = domain ? EMAIL_LOCAL_RE.exec(t.slice(Math.max(0, at - 64), at)) : null;
    if (domain && local) found.add('email', at - local[0].length, at + 1 + domain[0].length);
  }
  findSpelledEmails(t, found);
  if (digits >= 7) {
    findAadhaar(t, found);
    findPhones(t, found);
  }
  if (digits >= 4) {
    PAN_RE.lastIndex = 0;
    for (let m = PAN_RE.exec(t); m; m = PAN_RE.exec(t)) {
      // Spaced out ("BNZPM 2501 F"), only in capitals: "plaza 1234 b" is an address.
      if (/[ -]/.test(m[0]) && m[0] !== m[0].toUpperCase()) continue;
      found.add('pan', m.index, m.index + m[0].length);
    }
  }
  if (digits >= 3) {
    VEHICLE_RE.lastIndex = 0;
    for (let m = VEHICLE_RE.exec(t); m; m = VEHICLE_RE.exec(t)) {
      // A vehicle number needs both letters and at least 3 digits, or "MH 31" alone would match.
      if (m[0].replace(/\D/g, '').length >= 3) found.add('vehicle', m.index, m.index + m[0].length);
    }
  }
  findNames(t, found);

  const spans = found.spans;
  const origin = folded.origin;
  if (origin) {
    for (const s of spans) {
      s.start = origin[s.start] ?? 0;
      s.end = (origin[s.end - 1] ?? text.length - 1) + 1;
    }
  }
  return spans.sort(byStart);
}

function byStart(a: PiiSpan, b: PiiSpan): number {
  return a.start - b.start;
}

function findSpelledEmails(t: string, found: Findings): void {
  AT_HINT_RE.lastIndex = 0;
  for (let hint = AT_HINT_RE.exec(t); hint; hint = AT_HINT_RE.exec(t)) {
    // From the spaces and bracket before the "at", which the pattern includes ("amit.joshi @ gmail . com",
    // "meena.s [@] gmail [.] com").
    let from = hint.index;
    while (from > 0 && OPENING.includes(t.charAt(from - 1))) from -= 1;
    SPELLED_EMAIL_RE.lastIndex = from;
    const m = SPELLED_EMAIL_RE.exec(t);
    if (!m) continue;
    AT_HINT_RE.lastIndex = Math.max(AT_HINT_RE.lastIndex, m.index + m[0].length);
    const localMatch = LOCAL_PART_RE.exec(t.slice(Math.max(0, from - 64), from));
    if (!localMatch) continue;
    const local = localMatch[0];
    const at = m.groups?.['at'] ?? '';
    const domain = (m.groups?.['domain'] ?? '').toLowerCase();
    // A bare word, "at", another word: only an address when the name looks like one or the
    // domain is a mail provider ("rohitkale at gmail dot com", not "look at this dot com").
    const spelled = !/[@[({<]/.test(at);
    if (spelled && !/[._\d-]/.test(local) && !MAIL_PROVIDERS.has(domain)) continue;
    found.add('email', from - local.length, m.index + m[0].length);
  }
}

function findAadhaar(t: string, found: Findings): void {
  AADHAAR_RE.lastIndex = 0;
  for (let m = AADHAAR_RE.exec(t); m; m = AADHAAR_RE.exec(t)) {
    const end = m.index + m[0].length;
    const value = m[0].replace(/\D/g, '');
    const grouped = /\d{4}[ ./-]+\d{4}[ ./-]+\d{4}/.test(m[0]);
    // The words around this number, up to the next number on either side: in "aadhaar 2345…, UTR no
    // 4123…" the word "aadhaar" names the first number only.
    const before = t.slice(Math.max(0, m.index - 40), m.index).replace(/^.*\d/s, '');
    const after = t.slice(end, end + 20).replace(/\d.*$/s, '');
    const nearWord = AADHAAR_CONTEXT.test(before) || AADHAAR_CONTEXT.test(after);
    // "919822012345" is a mobile with its country code unless it is written or named as an Aadhaar.
    if (/^91[6-9]/.test(value) && !grouped && !nearWord) continue;
    if (!nearWord && NOT_AADHAAR_CONTEXT.test(before)) continue;
    found.add('aadhaar', m.index, end);
  }
}

function findPhones(t: string, found: Findings): void {
  // libphonenumber reads only the runs of digits and separators that could hold a number: parsing
  // the whole message cost ten times the rest of PII detection, and it read "9822012345, 9822012346"
  // as one number. Foreign numbers go first, so that "+977 98 0123 4567" is not taken for an Indian
  // mobile without its country code.
  const runs: number[] = [];
  NUMBER_RUN_RE.lastIndex = 0;
  for (let m = NUMBER_RUN_RE.exec(t); m; m = NUMBER_RUN_RE.exec(t)) {
    if (countDigits(m[0]) < 7) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (/^[(]?(?:\+|00)(?!91)/.test(m[0])) {
      matchPhonesIn(t, start, end, found);
      INTERNATIONAL_RE.lastIndex = 0;
      for (let n = INTERNATIONAL_RE.exec(m[0]); n; n = INTERNATIONAL_RE.exec(m[0])) {
        const written = n[0].replace(/[^\d+]/g, '');
        if (written.length >= 9 && isPossiblePhoneNumber(written)) found.add('phone', start + n.index, start + n.index + n[0].length);
      }
    } else runs.push(start, end);
  }
  // Indian mobiles, the bulk, need no parser; it reads what is left of a run.
  MOBILE_RE.lastIndex = 0;
  for (let m = MOBILE_RE.exec(t); m; m = MOBILE_RE.exec(t)) found.add('phone', m.index, m.index + m[0].length);
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i] ?? 0;
    const end = runs[i + 1] ?? 0;
    if (found.digitsOutside(t, start, end) >= 7) matchPhonesIn(t, start, end, found);
  }
}

/** The numbers libphonenumber finds in t[start, end), dates and times blanked (it rejects a candidate with one). */
function matchPhonesIn(t: string, start: number, end: number, found: Findings): void {
  const run = t.slice(start, end).replace(DATE_TIME_RE, blank);
  // A date with a few digits around it ("on 12/11/2026 at 10") holds no number.
  if (countDigits(run) < 7) return;
  for (const { number, startsAt, endsAt } of findPhoneNumbersInText(run, { defaultCountry: 'IN' })) {
    const type = number.getType();
    if (type !== undefined && SERVICE_TYPES.has(type)) continue;
    // An Indian landline is written with its 0 or +91; ten bare digits that are not a mobile are a PNR,
    // an account or an order number far more often than "712 2561234".
    if (number.country === 'IN' && type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') {
      if (countDigits(run.slice(startsAt, endsAt)) <= number.nationalNumber.length) continue;
    }
    found.add('phone', start + startsAt, start + endsAt);
  }
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n += 1;
  }
  return n;
}

function blank(date: string): string {
  return 'x'.repeat(date.length);
}

function findNames(t: string, found: Findings): void {
  if (!INTRO_HINT_RE.test(t) && !t.includes('नाम') && !t.includes('नाव')) return findSpeakers(t, found);
  INTRO_RE.lastIndex = 0;
  for (let m = INTRO_RE.exec(t); m; m = INTRO_RE.exec(t)) {
    const groups = m.groups ?? {};
    if (groups['form'] !== undefined) {
      // "Station name: Sitabuldi" names a place; "Name:" alone or "Father name:" a person.
      const previous = LAST_WORD_RE.exec(t.slice(Math.max(0, m.index - 20), m.index))?.[1]?.toLowerCase();
      if (previous !== undefined && NOT_PERSONS.has(previous)) continue;
    }
    let pos = m.index + m[0].length;
    INTRO_GAP_RE.lastIndex = pos;
    if (INTRO_GAP_RE.exec(t)) pos = INTRO_GAP_RE.lastIndex;
    HONORIFIC_RE.lastIndex = pos;
    if (HONORIFIC_RE.exec(t)) pos = HONORIFIC_RE.lastIndex;
    const words = nameWordsAt(t, pos, groups['weak'] === undefined);
    if (words) found.add('name', words[0], words[1]);
  }
  findSpeakers(t, found);
}

function findSpeakers(t: string, found: Findings): void {
  if (t.includes('bol') || t.includes('Bol') || t.includes('BOL') || t.includes('बोल')) {
    SPEAKING_RE.lastIndex = 0;
    for (let m = SPEAKING_RE.exec(t); m; m = SPEAKING_RE.exec(t)) {
      const name = m.groups?.['name'] ?? '';
      // "main ghar se bol raha hu" (I am calling from home): every word before the verb must be a name.
      if (name.split(/[ \t]+/).some(isNotName)) continue;
      const start = m.index + m[0].indexOf(name);
      found.add('name', start, start + name.length);
    }
  }
}

function isNotName(word: string): boolean {
  return NOT_NAMES.has(word.toLowerCase());
}

/** The span of 1-3 name words at `pos`, or undefined when the first word is not a name. */
function nameWordsAt(t: string, pos: number, anyCase: boolean): [number, number] | undefined {
  let end = -1;
  let at = pos;
  let style = '';
  for (let n = 0; n < 3; n += 1) {
    NAME_WORD_RE.lastIndex = at;
    const w = NAME_WORD_RE.exec(t);
    if (!w) break;
    const word = w[0];
    if (isNotName(word)) break;
    // Without a strong introduction a name is capitalised (Latin), and not "I am Having trouble".
    if (!anyCase && (!/^[A-Z]/.test(word) || /ing$/i.test(word))) break;
    // A name is written in one style: "गणेश काळे", "Ravi Kumar", "ravi kumar"; "गणेश काळे women" or
    // "Pooja Verma said" ends before the word that changes it.
    const wordStyle = /^[A-Za-z]/.test(word) ? (/^[A-Z]/.test(word) ? 'Latin' : 'latin') : 'deva';
    if (style !== '' && wordStyle !== style) break;
    style = wordStyle;
    end = w.index + word.length;
    GAP_RE.lastIndex = end;
    if (!GAP_RE.exec(t)) break;
    at = GAP_RE.lastIndex;
  }
  return end > pos ? [pos, end] : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Masking

/** Mask every span but vehicle numbers, for public display and for roles without personal data. */
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
    // Keep the first letter and the domain ("r***@example.com", "r*** at gmail dot com").
    const at = AT_IN_VALUE_RE.exec(value);
    return `${value.slice(0, 1)}***${at ? value.slice(at.index) : ''}`;
  }
  if (kind === 'name') return '***';
  // Keep the last digits, as banks and UIDAI do, so the citizen can recognise their own number.
  const keep = kind === 'aadhaar' ? 4 : 2;
  // A PAN's letters identify as much as its digits (the fifth is the surname's initial).
  const masked = kind === 'pan' ? isDigitOrLetter : isDigitUnit;
  let total = 0;
  for (let i = 0; i < value.length; i += 1) if (masked(value.charCodeAt(i))) total += 1;
  let seen = 0;
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (masked(c)) {
      seen += 1;
      out += seen > total - keep ? value.charAt(i) : 'X';
    } else out += value.charAt(i);
  }
  return out;
}

function isDigitOrLetter(c: number): boolean {
  const ascii = c < 128 ? c : (FOLD[c] ?? 0);
  return isDigitUnit(c) || (ascii >= 65 && ascii <= 90) || (ascii >= 97 && ascii <= 122);
}
