/**
 * Text normalisation for triage: one canonical form for the many ways Nagpur writes to the police
 * (Devanagari and Latin script, elongations, emoji, handles), so that the model and the rules see
 * "chori", "चोरी" and "chorii" as the same word.
 */

/** A word of the message after normalisation. */
export interface NormalisedToken {
  /** Lower-case surface form (Devanagari stays Devanagari). */
  readonly word: string;
  /** Latin consonant skeleton shared by Devanagari and romanised spellings. */
  readonly skeleton: string;
  readonly script: 'deva' | 'latin' | 'digit' | 'emoji' | 'mixed';
  /**
   * A small number naming this word among those memoised (-1 for emoji): the key of per-word caches
   * elsewhere (`TokenMemo`). Numbers are reused after the memo is cleared, so a cache checks the token too.
   */
  readonly id: number;
}

export interface NormalisedText {
  /** NFC text without invisible controls, Devanagari digits as ASCII, elongations shortened. */
  text: string;
  tokens: NormalisedToken[];
  handles: string[];
  hashtags: string[];
  urls: string[];
  emoji: string[];
}

// Zero-width characters, soft hyphen, bidi embeddings/overrides/isolates and the BOM: invisible, and
// they split words that a reader sees as one.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu;
const HANDLE_RE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]{1,30}/gu;
const HASHTAG_RE = /(?<![\p{L}\p{N}_&])#([\p{L}\p{M}\p{N}_]{1,60})/gu;
const EMOJI_RE = /\p{Extended_Pictographic}/gu;
// A word: letters with their combining marks (Devanagari matras are marks), or a run of digits.
const WORD_RE = /[\p{L}\p{M}]+|\p{N}+/gu;
const DEVANAGARI_DIGIT_ZERO = 0x0966;

/** Replace Devanagari digits by ASCII digits; one code unit for one, so offsets stay valid. */
export function foldDigits(text: string): string {
  return text.replace(/[\u0966-\u096F]/g, (d) => String(d.charCodeAt(0) - DEVANAGARI_DIGIT_ZERO));
}

/** Shorten a letter repeated three or more times ("plzzzz" → "plz", "helppp" → "help"). */
export function shortenElongations(text: string): string {
  // Latin letters repeated 3+ times are never spelling; two stay ("good", "cool").
  const latin = text.replace(/([a-z])\1{2,}/giu, '$1');
  // Devanagari vowel signs repeated ("बचाओओओ") are emphasis too.
  return latin.replace(/([\u0900-\u097F])\1{2,}/gu, '$1');
}

/** NFC, invisible controls removed, digits folded, elongations shortened. */
export function cleanText(text: string): string {
  // One pass over the code units decides which of the four rewrites can change anything: most
  // messages are plain ASCII without an elongation, and then none can.
  let nonAscii = false;
  let run = 1;
  let elongated = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c > 127) nonAscii = true;
    run = i > 0 && c === text.charCodeAt(i - 1) ? run + 1 : 1;
    if (run >= 3) elongated = true;
  }
  let t = nonAscii ? foldDigits(text.normalize('NFC').replace(INVISIBLE, '')) : text;
  if (elongated) t = shortenElongations(t);
  return t;
}

const CONSONANTS: Record<string, string> = {
  'क': 'k', 'ख': 'k', 'ग': 'g', 'घ': 'g', 'ङ': 'n', 'च': 'c', 'छ': 'c', 'ज': 'j', 'झ': 'j', 'ञ': 'n',
  'ट': 't', 'ठ': 't', 'ड': 'd', 'ढ': 'd', 'ण': 'n', 'त': 't', 'थ': 't', 'द': 'd', 'ध': 'd', 'न': 'n', 'ऩ': 'n',
  'प': 'p', 'फ': 'f', 'ब': 'b', 'भ': 'b', 'म': 'm', 'य': 'y', 'र': 'r', 'ऱ': 'r', 'ल': 'l', 'ळ': 'l', 'ऴ': 'l',
  'व': 'v', 'श': 's', 'ष': 's', 'स': 's', 'ह': 'h', 'क़': 'k', 'ख़': 'k', 'ग़': 'g', 'ज़': 'j', 'ड़': 'd', 'ढ़': 'd',
  'फ़': 'f', 'य़': 'y',
};
const VOWELS: Record<string, string> = {
  'अ': 'a', 'आ': 'a', 'इ': 'i', 'ई': 'i', 'उ': 'u', 'ऊ': 'u', 'ऋ': 'ri', 'ए': 'e', 'ऐ': 'ai', 'ओ': 'o', 'औ': 'au',
  'ऑ': 'o', 'ऍ': 'e', 'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o',
  'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e', 'ं': 'n', 'ँ': 'n', 'ः': 'h',
};
const NUKTA = '\u093C';
// Romanised Hindi writes ड़ as "d" (ladka, jhagda), so the skeleton does too.
const NUKTA_FORMS: Record<string, string> = { 'ड': 'd', 'ढ': 'd', 'ज': 'j', 'फ': 'f', 'क': 'k', 'ख': 'k', 'ग': 'g' };

/** Romanise a Devanagari word letter by letter (vowels kept; the skeleton folds them later). */
export function romaniseDevanagari(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i += 1) {
    const ch = word.charAt(i);
    const next = word.charAt(i + 1);
    if (next === NUKTA) {
      out += NUKTA_FORMS[ch] ?? CONSONANTS[ch] ?? '';
      i += 1;
      continue;
    }
    const consonant = CONSONANTS[ch];
    if (consonant !== undefined) {
      out += consonant;
      continue;
    }
    const vowel = VOWELS[ch];
    if (vowel !== undefined) out += vowel;
    else if (/[0-9a-z]/.test(ch)) out += ch;
    // Virama, avagraha and dandas add nothing to the skeleton.
  }
  return out;
}

/**
 * Fold a romanised word to a skeleton: aspiration dropped (kh→k, sh→s), ph→f, w→v, z→j, q→k,
 * long vowels shortened, doubled letters single, and every "a" dropped, because romanised Hindi
 * writes the inherent vowel so inconsistently ("ladka"/"ladaka", "maara"/"mara").
 */
export function skeletonise(latin: string): string {
  // One pass instead of a chain of regex replacements: this runs for every word of every message.
  const s = latin.toLowerCase();
  let out = '';
  let last = '';
  const emit = (ch: string): void => {
    if (ch !== last) out += ch;
    last = ch;
  };
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charAt(i);
    const n = s.charAt(i + 1);
    if (c === 'p' && n === 'h') {
      emit('f');
      i += 1;
    } else if (c === 'c' && n === 'k') {
      emit('k');
      i += 1;
    } else if (c === 'e' && n === 'e') {
      emit('i');
      i += 1;
    } else if (c === 'o' && (n === 'o' || n === 'u')) {
      emit('u');
      i += 1;
    } else if (c === 'h' && ASPIRATED.has(last)) {
      // kh, gh, ch, th, dh, bh, sh, jh: aspiration is written so inconsistently that it is dropped.
    } else if (c === 'a') {
      // The inherent vowel: written or not at whim in romanised Hindi.
    } else if (c === 'y' && i === s.length - 1) {
      emit('i');
    } else if (c === 'x') {
      emit('k');
      emit('s');
    } else {
      emit(LATIN_FOLD[c] ?? c);
    }
  }
  return out;
}

const ASPIRATED = new Set(['b', 'c', 'd', 'g', 'j', 'k', 'p', 's', 't', 'r']);
const LATIN_FOLD: Record<string, string> = { q: 'k', w: 'v', z: 'j' };

const DEVA_RE = /[\u0900-\u097F]/;
const LATIN_RE = /[a-z]/;

/** The skeleton of any word, whatever its script. */
export function skeletonOf(word: string): string {
  const cached = SKELETONS.get(word);
  if (cached !== undefined) return cached;
  const hasDeva = DEVA_RE.test(word);
  // English spellings meet the Devanagari ones: "police" and "पोलिस" both give "polis".
  const latin = hasDeva ? romaniseDevanagari(word) : word.replace(/c(?=[eiy])/g, 's').replace(/(?<=.{4})e$/, '');
  const skel = skeletonise(latin);
  // A word of only "a"s ("aa") would vanish; keep something so it still counts as a word.
  const result = skel.length > 0 ? skel : latin.slice(0, 1);
  // Words follow Zipf's law, so a small memo answers most lookups; cleared rather than grown without bound.
  if (SKELETONS.size >= SKELETON_CACHE_LIMIT) SKELETONS.clear();
  SKELETONS.set(word, result);
  return result;
}

const SKELETON_CACHE_LIMIT = 50_000;
const SKELETONS = new Map<string, string>();

function scriptOf(word: string): NormalisedToken['script'] {
  const deva = DEVA_RE.test(word);
  const latin = LATIN_RE.test(word);
  if (deva && latin) return 'mixed';
  if (deva) return 'deva';
  if (latin) return 'latin';
  return 'digit';
}

/** Normalise a message: clean it, pull out handles, hashtags, URLs and emoji, and split the words. */
export function normaliseMessage(raw: string): NormalisedText {
  const text = cleanText(raw);
  const urls: string[] = [];
  const handles: string[] = [];
  const hashtags: string[] = [];
  // Each pattern only where its marker character occurs: a regex pass over a message costs more
  // than looking for one character.
  let rest = text;
  if (rest.includes('://') || rest.includes('www.')) {
    rest = rest.replace(URL_RE, (u) => {
      urls.push(u);
      return ' ';
    });
  }
  if (rest.includes('@')) {
    rest = rest.replace(HANDLE_RE, (h) => {
      handles.push(h.slice(1).toLowerCase());
      return ' ';
    });
  }
  // A hashtag's word still carries meaning (#accident), so it stays in the text as a word.
  if (rest.includes('#')) {
    rest = rest.replace(HASHTAG_RE, (_h, tag: string) => {
      hashtags.push(tag.toLowerCase());
      return ` ${splitCamel(tag)} `;
    });
  }
  const nonAscii = NON_ASCII_RE.test(rest);
  const emoji = nonAscii ? (rest.match(EMOJI_RE) ?? []) : [];
  const tokens: NormalisedToken[] = [];
  if (!nonAscii || plainScripts(rest)) scanWords(rest, tokens);
  else for (const word of rest.toLowerCase().match(WORD_RE) ?? []) tokens.push(tokenOf(word));
  for (const e of emoji) tokens.push({ word: e, skeleton: e, script: 'emoji', id: -1 });
  return { text, tokens, handles, hashtags, urls, emoji };
}

const NON_ASCII_RE = /[^\x00-\x7f]/;

// Every distinct word met becomes one shared token, memoised in an open-addressing table probed
// straight from the message: a word seen before costs its letters' hash and one comparison, with no
// substring, no lower-casing and no Map. Bounded: cleared, and token ids reused, past TOKEN_LIMIT words.
const TOKEN_LIMIT = 50_000;
const TABLE_SIZE = 1 << 17;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
let tableKeys: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE).fill(undefined);
let tableTokens: (NormalisedToken | undefined)[] = new Array<NormalisedToken | undefined>(TABLE_SIZE).fill(undefined);
let tokenCount = 0;

function newToken(word: string, slot: number): NormalisedToken {
  if (tokenCount >= TOKEN_LIMIT) {
    tableKeys = new Array<string | undefined>(TABLE_SIZE).fill(undefined);
    tableTokens = new Array<NormalisedToken | undefined>(TABLE_SIZE).fill(undefined);
    tokenCount = 0;
    return insertToken(word, hashWord(word));
  }
  const token: NormalisedToken = { word, skeleton: skeletonOf(word), script: scriptOf(word), id: tokenCount };
  tokenCount += 1;
  tableKeys[slot] = word;
  tableTokens[slot] = token;
  return token;
}

function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i += 1) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

function insertToken(word: string, hash: number): NormalisedToken {
  let slot = (hash >>> 0) & (TABLE_SIZE - 1);
  for (;;) {
    const key = tableKeys[slot];
    if (key === undefined) return newToken(word, slot);
    if (key === word) return tableTokens[slot] ?? newToken(word, slot);
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
}

/** The token of a word (already lower-case): skeleton and script, memoised (tokens are shared, never changed). */
function tokenOf(word: string): NormalisedToken {
  return insertToken(word, hashWord(word));
}

/** The token of `text[start, end)`, lower-cased (ASCII letters only: the caller's text has no other case). */
function tokenOfRange(text: string, start: number, end: number, hash: number): NormalisedToken {
  const length = end - start;
  let slot = (hash >>> 0) & (TABLE_SIZE - 1);
  for (;;) {
    const key = tableKeys[slot];
    if (key === undefined) return newToken(text.slice(start, end).toLowerCase(), slot);
    if (key.length === length) {
      let same = true;
      for (let j = 0; j < length; j += 1) {
        let c = text.charCodeAt(start + j);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== key.charCodeAt(j)) {
          same = false;
          break;
        }
      }
      if (same) return tableTokens[slot] ?? newToken(key, slot);
    }
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
}

// Character classes of the scanner: a letter or mark, a digit, anything else.
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;

function classify(c: number): number {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER;
    return c >= 48 && c <= 57 ? DIGIT : OTHER;
  }
  // Devanagari: letters and vowel signs, but not the dandas, its digits (already folded) or the abbreviation sign.
  if (c >= 0x0900 && c <= 0x097f) {
    if (c === 0x0964 || c === 0x0965 || c === 0x0970) return OTHER;
    return c >= 0x0966 && c <= 0x096f ? DIGIT : LETTER;
  }
  return OTHER;
}
// The classes of every code unit up to the end of the Devanagari block, looked up rather than tested.
const CLASS_TABLE = Uint8Array.from({ length: 0x0980 }, (_v, c) => classify(c));

function classOf(c: number): number {
  return c < 0x0980 ? (CLASS_TABLE[c] ?? OTHER) : OTHER;
}

const UNICODE_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * True when every character outside ASCII and Devanagari is neither a letter, a mark nor a digit
 * (emoji, quotes, dashes, ₹): then the scanner splits the words exactly as `WORD_RE` would. Text in
 * another script, accented Latin or letters outside the BMP goes to the Unicode regex instead.
 */
function plainScripts(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 128 || (c >= 0x0900 && c <= 0x097f)) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i) ?? c;
      if (UNICODE_WORD_CHAR.test(String.fromCodePoint(cp))) return false;
      i += 1;
      continue;
    }
    let known = BMP_CLASS[c] ?? 0;
    if (known === 0) {
      known = UNICODE_WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
      BMP_CLASS[c] = known;
    }
    if (known === 2) return false;
  }
  return true;
}
// For each BMP code unit outside ASCII and Devanagari: 0 not yet seen, 1 not part of a word, 2 part of one.
const BMP_CLASS = new Uint8Array(0x10000);

/** Split ASCII/Devanagari text into word tokens (letters with their marks, or digits), as `WORD_RE` does. */
function scanWords(text: string, out: NormalisedToken[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = classOf(text.charCodeAt(i));
    if (kind === OTHER) {
      i += 1;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (classOf(c) !== kind) break;
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, FNV_PRIME);
      i += 1;
    }
    out.push(tokenOfRange(text, start, i, h));
  }
}

/**
 * A per-word cache keyed by token id: an array read instead of a Map lookup on the word. A slot
 * holds its token too, so a token of an earlier generation (after the memo was cleared) never reads
 * another word's value.
 */
export class TokenMemo<T> {
  private tokens: (NormalisedToken | undefined)[] = new Array<NormalisedToken | undefined>(1024).fill(undefined);
  private values: (T | undefined)[] = new Array<T | undefined>(1024).fill(undefined);

  get(token: NormalisedToken): T | undefined {
    const id = token.id;
    return id >= 0 && this.tokens[id] === token ? this.values[id] : undefined;
  }

  set(token: NormalisedToken, value: T): void {
    const id = token.id;
    if (id < 0) return;
    if (id >= this.tokens.length) {
      const size = Math.max(id + 1, this.tokens.length * 2);
      const tokens = new Array<NormalisedToken | undefined>(size).fill(undefined);
      const values = new Array<T | undefined>(size).fill(undefined);
      for (let k = 0; k < this.tokens.length; k += 1) {
        tokens[k] = this.tokens[k];
        values[k] = this.values[k];
      }
      this.tokens = tokens;
      this.values = values;
    }
    this.tokens[id] = token;
    this.values[id] = value;
  }
}

// "#WomenSafety" reads as "Women Safety"; "#nagpurpolice" stays one word.
function splitCamel(tag: string): string {
  return tag.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
}
