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
  const emoji = NON_ASCII_RE.test(rest) ? (rest.match(EMOJI_RE) ?? []) : [];
  const words = rest.toLowerCase().match(WORD_RE) ?? [];
  const tokens: NormalisedToken[] = [];
  for (const word of words) tokens.push(tokenOf(word));
  for (const e of emoji) tokens.push({ word: e, skeleton: e, script: 'emoji' });
  return { text, tokens, handles, hashtags, urls, emoji };
}

const NON_ASCII_RE = /[^\x00-\x7f]/;

/** The token of a word: skeleton and script, memoised (tokens are shared, never changed). */
function tokenOf(word: string): NormalisedToken {
  const cached = TOKENS.get(word);
  if (cached !== undefined) return cached;
  const token: NormalisedToken = { word, skeleton: skeletonOf(word), script: scriptOf(word) };
  if (TOKENS.size >= SKELETON_CACHE_LIMIT) TOKENS.clear();
  TOKENS.set(word, token);
  return token;
}
const TOKENS = new Map<string, NormalisedToken>();

// "#WomenSafety" reads as "Women Safety"; "#nagpurpolice" stays one word.
function splitCamel(tag: string): string {
  return tag.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
}
