/**
 * What a database can hold: PostgreSQL rejects NUL in text, and neither engine should keep control
 * characters, Unicode non-characters or lone surrogates that no citizen typed on purpose. Every text
 * that enters Chowki (request bodies, queries, parameters, inbound items from pollers) passes here
 * first, so that both engines store the same thing and no input fails a transaction.
 */

/** Control characters (C0, DEL, C1) and non-characters; tab, line feed and carriage return are kept. */
const UNWANTED = /[\p{Cc}\p{Noncharacter_Code_Point}]/u;
const UNWANTED_ALL = /[\p{Cc}\p{Noncharacter_Code_Point}]/gu;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_SURROGATE = /[\uD800-\uDFFF]/;

function keepWhitespace(ch: string): string {
  return ch === '\t' || ch === '\n' || ch === '\r' ? ch : '';
}

/** The text without NUL, other control characters and non-characters; lone surrogates become U+FFFD. */
export function cleanText(s: string): string {
  const wellFormed = HAS_SURROGATE.test(s) ? s.replace(LONE_SURROGATE, '\uFFFD') : s;
  return UNWANTED.test(wellFormed) ? wellFormed.replace(UNWANTED_ALL, keepWhitespace) : wellFormed;
}

/** Cleans every string inside a parsed JSON value (keys too), in place where it can; returns the value. */
export function cleanDeep<T>(value: T): T {
  return cleanValue(value, 0) as T;
}

const MAX_DEPTH = 64;

function cleanValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = cleanValue(value[i], depth + 1);
    return value;
  }
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return value;
  const obj: Record<string, unknown> = Object(value);
  for (const key of Object.keys(obj)) {
    const cleanKey = cleanText(key);
    const v = cleanValue(obj[key], depth + 1);
    if (cleanKey !== key) {
      delete obj[key];
      obj[cleanKey] = v;
    } else {
      obj[key] = v;
    }
  }
  return obj;
}

/** The largest id PostgreSQL's integer columns hold; ids from outside are checked against it. */
export const MAX_ROW_ID = 2_147_483_647;

/** True for a whole number that can be a row id on both engines. */
export function isRowId(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 1 && n <= MAX_ROW_ID;
}
