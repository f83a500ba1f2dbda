/**
 * One spelling-insensitive form for place names, shared by Devanagari and Latin script.
 *
 * Nagpur writes "Sitabuldi", "Sitaburdi", "Seetabuldi", "सीताबर्डी" and "सिताबर्डी" for one place. Every
 * word is reduced to a Latin consonant skeleton: Devanagari is transliterated to Latin, then both go
 * through the same fold (case, long vowels, aspirates, doubled letters, w/v, z/j, ph/f, q/k, x/ks, y/i,
 * c/k/s) and lose every non-initial "a" (the inherent vowel that romanisations keep or drop at will).
 */

const VIRAMA = '\u094D';
const NUKTA = '\u093C';
const ANUSVARA = '\u0902';
const CHANDRABINDU = '\u0901';
const VISARGA = '\u0903';

// Consonants: the Latin a reader would write, before the fold flattens aspirates and sibilants.
const CONSONANTS: Record<string, string> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n',
  च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n',
  ट: 't', ठ: 'th', ड: 'd', ढ: 'dh', ण: 'n',
  त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n',
  प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm',
  य: 'y', र: 'r', ल: 'l', ळ: 'l', व: 'v',
  श: 'sh', ष: 'sh', स: 's', ह: 'h',
  // Precomposed nukta letters: the nukta is a spelling variant, not a different place.
  क़: 'k', ख़: 'kh', ग़: 'g', ज़: 'j', ड़: 'd', ढ़: 'dh', फ़: 'f', य़: 'y', ऱ: 'r', ऴ: 'l', ऩ: 'n',
};

const INDEPENDENT_VOWELS: Record<string, string> = {
  अ: 'a', आ: 'a', इ: 'i', ई: 'i', उ: 'u', ऊ: 'u', ऋ: 'ri', ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au',
  ऑ: 'o', ॲ: 'e', ऍ: 'e', ऎ: 'e', ऒ: 'o',
};

const VOWEL_SIGNS: Record<string, string> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au',
  'ॉ': 'o', 'ॅ': 'e', 'ॆ': 'e', 'ॊ': 'o',
};

const LABIALS = new Set(['प', 'फ', 'ब', 'भ', 'म']);
// Before these the anusvara only nasalises the vowel ("गांव" is written "gaon" or "gav"), so it is dropped.
const SOFT_AFTER_ANUSVARA = new Set(['य', 'र', 'ल', 'व', 'श', 'ष', 'स', 'ह']);

/** True if the string holds any Devanagari letter. */
export function isDevanagari(word: string): boolean {
  return /[\u0900-\u097F]/.test(word);
}

/** Transliterates a Devanagari word to plain Latin letters (inherent vowels written as "a"). */
export function transliterateDevanagari(word: string): string {
  const chars = [...word.normalize('NFC')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const cons = CONSONANTS[ch];
    if (cons !== undefined) {
      out += cons;
      let j = i + 1;
      if (chars[j] === NUKTA) j++;
      const next = chars[j] ?? '';
      const sign = VOWEL_SIGNS[next];
      if (sign !== undefined) {
        out += sign;
        i = j;
      } else if (next === VIRAMA) {
        i = j;
      } else {
        out += 'a';
        i = j - 1;
      }
      continue;
    }
    const vowel = INDEPENDENT_VOWELS[ch];
    if (vowel !== undefined) {
      out += vowel;
      continue;
    }
    if (ch === ANUSVARA) {
      const next = chars[i + 1] ?? '';
      if (LABIALS.has(next)) out += 'm';
      else if (CONSONANTS[next] !== undefined && !SOFT_AFTER_ANUSVARA.has(next)) out += 'n';
      continue;
    }
    if (ch === VISARGA) {
      out += 'h';
      continue;
    }
    const sign = VOWEL_SIGNS[ch];
    if (sign !== undefined) {
      out += sign;
      continue;
    }
    if (ch === CHANDRABINDU || ch === NUKTA || ch === VIRAMA) continue;
    if (/[a-z0-9]/i.test(ch)) out += ch.toLowerCase();
    else if (ch >= '\u0966' && ch <= '\u096F') out += String(ch.charCodeAt(0) - 0x0966);
  }
  return out;
}

// Ordered rewrites of lower-case Latin. Upper-case letters are placeholders that must not be rewritten
// again by a later rule ("ch" is kept apart from a bare "c").
const LATIN_REWRITES: Array<[RegExp, string]> = [
  [/chh/g, 'C'],
  [/ch/g, 'C'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/C/g, 'c'],
  [/ph/g, 'f'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/z/g, 'j'],
  [/w/g, 'v'],
  [/y/g, 'i'],
  // "Pachpaoli"/"पाचपावली", "Talao"/"तलाव", "Sonegaon"/"सोनेगाव": a written "ao" is the Devanagari "आव".
  [/aon$/g, 'av'],
  [/ao/g, 'av'],
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  // Aspiration is written or dropped at will ("Gandhibag", "Sakkardhara"); so is the h of sh.
  [/([bcdfgjklmnprstv])h/g, '$1'],
];

/** Folds one word (any script) to its consonant skeleton. */
export function skeletonOf(word: string): string {
  let s = isDevanagari(word) ? transliterateDevanagari(word) : word;
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const [re, to] of LATIN_REWRITES) s = s.replace(re, to);
  s = s.replace(/(.)\1+/g, '$1');
  // The inherent vowel and long "aa" come and go between spellings; only a word-initial "a" is a signal.
  return s.length > 1 ? s.charAt(0) + s.slice(1).replace(/a/g, '') : s;
}

// Letters whose choice is a spelling habit, not a different word: aspiration, sibilants, retroflex n and l,
// vowel length (but a final "ा"), nukta and chandrabindu.
const DEVANAGARI_SPELLING_FOLD: Record<string, string> = {
  ख: 'क', घ: 'ग', छ: 'च', झ: 'ज', ठ: 'ट', ढ: 'ड', थ: 'त', ध: 'द', फ: 'प', भ: 'ब', श: 'स', ष: 'स', ण: 'न', ळ: 'ल',
  'ी': 'ि', 'ू': 'ु', ई: 'इ', ऊ: 'उ', [CHANDRABINDU]: 'ं', [NUKTA]: '',
};

/**
 * A Devanagari word as spelt, with only the choices writers make at will folded: unlike the skeleton it
 * keeps the vowels but an inner "ा", so "सदरा" and "सदर", "भेष" and "बेसा" stay apart.
 */
export function devanagariSpelling(word: string): string {
  let out = '';
  for (const ch of word.normalize('NFD')) out += DEVANAGARI_SPELLING_FOLD[ch] ?? ch;
  // A long "ा" inside the word comes and goes ("कापसी", "कपसी"); at its end it is a different word.
  return out.normalize('NFC').replace(/ा(?=.)/gu, '');
}

// Marathi and Hindi endings glued to a place name ("सीताबर्डीत", "फाट्याजवळ", "मंदिराजवळ", "ठाण्यात",
// "सदरमें", "हिंगणावाले"). Longest first, so that "मध्ये" wins over "े".
const DEVANAGARI_ENDINGS = [
  'मध्ये', 'मधील', 'मधून', 'मधल्या', 'मधला', 'मधे', 'जवळील', 'जवळच', 'जवळ', 'पासून', 'पर्यंत', 'कडून', 'कडे', 'समोर', 'मागे',
  'वरील', 'वरून', 'तल्या', 'तील', 'तून', 'तली', 'तला', 'च्या', 'में', 'मे', 'वर', 'ला', 'ना', 'ची', 'चा', 'चे', 'ने', 'नी', 'चं',
  'शी', 'त', 'त्', 'ही', 'च', 'से', 'का', 'की', 'के', 'को', 'तक', 'पर', 'वाला', 'वाले', 'वाली', 'वालों',
].sort((a, b) => b.length - a.length);

// The same endings as romanised writers glue them ("Itwarit", "Sitabuldila", "Hingnyat", "Jaripatkachya",
// "Sadarmadhe", "Nandanvanjawal"). A Latin stem must be the exact name, never a near miss of one.
const LATIN_ENDINGS = [
  'madhye', 'madhe', 'madhun', 'madhla', 'madhil', 'mdhe', 'jawal', 'javal', 'javal', 'pasun', 'paasun', 'paryant', 'kadun', 'kade',
  'samor', 'varun', 'var', 'tlya', 'til', 'tun', 'chya', 'cha', 'chi', 'che', 'mein', 'mai', 'me', 'wala', 'wale', 'wali', 'la', 'ne',
  'ni', 'at', 'et', 'it', 't', 'se', 'pe', 'par', 'ke', 'ki', 'ka', 'ko',
].sort((a, b) => b.length - a.length);

/** A stem of a word with the ending removed, and how many rewrites it took (each costs confidence). */
export interface WordStem {
  stem: string;
  steps: number;
  /** A romanised stem: only an exact name may match it (an ending guessed off a Latin word is weaker evidence). */
  exactOnly?: boolean;
}

/** The word and its plausible stems without a Marathi/Hindi case ending or postposition, in either script. */
export function stemsOf(word: string): WordStem[] {
  const out: WordStem[] = [{ stem: word, steps: 0 }];
  if (!isDevanagari(word)) return latinStems(word, out);
  const seen = new Set([word]);
  const add = (stem: string, steps: number): void => {
    // A stem of one or two letters would match half the dictionary.
    if ([...stem].length < 3 || seen.has(stem)) return;
    seen.add(stem);
    out.push({ stem, steps });
  };
  for (const ending of DEVANAGARI_ENDINGS) {
    if (!word.endsWith(ending) || word.length <= ending.length) continue;
    const stem = word.slice(0, -ending.length);
    add(stem, 1);
    // Marathi oblique: a final -आ becomes -्या before an ending ("कळमना" → "कळमन्यात").
    if (stem.endsWith('्या')) add(`${stem.slice(0, -3)}ा`, 2);
    // Consonant-final nouns take -ा before an ending ("मंदिर" → "मंदिराजवळ", "बाजार" → "बाजारात").
    else if (stem.endsWith('ा')) add(stem.slice(0, -1), 2);
    // "-ात" is the same locative on a consonant-final noun ("सोनेगावात").
    if (ending === 'त' && stem.endsWith('ा')) add(stem.slice(0, -1), 1);
  }
  return out;
}

// Romanised stems: the ending off, and the Marathi oblique "-ya-" back to "-a" ("Hingnyat" → "Hingna",
// "Imamwadyat" → "Imamwada"). Stems shorter than four letters are never tried.
function latinStems(word: string, out: WordStem[]): WordStem[] {
  if (word.length < 5 || !/^[A-Za-z]+$/.test(word)) return out;
  const lower = word.toLowerCase();
  const seen = new Set([lower]);
  const add = (stem: string, steps: number): void => {
    if (stem.length < 4 || seen.has(stem)) return;
    seen.add(stem);
    out.push({ stem: word.charAt(0) + stem.slice(1), steps, exactOnly: true });
  };
  for (const ending of LATIN_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 4) continue;
    const stem = lower.slice(0, -ending.length);
    add(stem, 1);
    if (stem.endsWith('ya')) add(`${stem.slice(0, -2)}a`, 2);
    else if (stem.endsWith('y')) add(`${stem.slice(0, -1)}a`, 2);
  }
  return out;
}

// Words for a square or junction: part of many names, and written in many ways.
const SQUARE_WORDS = new Set(['chowk', 'chauk', 'chouk', 'chok', 'chowck', 'square', 'sq', 'चौक', 'चौकात', 'चौकाजवळ', 'चौकातील']);

// Messages repeat the same few thousand words; folding each once saves most of the matcher's time.
// Bounded, and a pure function's cache: it changes no result.
const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

/** The skeleton of a word, with every spelling of "square" made one word. */
export function wordKey(word: string): string {
  const cached = keyCache.get(word);
  if (cached !== undefined) return cached;
  const key = SQUARE_WORDS.has(word.toLowerCase()) ? 'cok' : skeletonOf(word);
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

/**
 * A word in Latin letters with its vowels kept (Devanagari transliterated, marks and case dropped, every
 * "square" one word): what tells apart two places whose skeletons meet ("Kamal Chowk" and "Khamla Chowk").
 */
export function spellingOf(word: string): string {
  if (SQUARE_WORDS.has(word.toLowerCase())) return 'cok';
  const s = isDevanagari(word) ? transliterateDevanagari(word) : word;
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A word of a message, with its UTF-16 span. */
export interface TextToken {
  word: string;
  start: number;
  end: number;
  /** True if punctuation or a line break separates this word from the previous one. */
  breakBefore: boolean;
  devanagari: boolean;
  capitalised: boolean;
}

// Words: letters with their combining marks (Devanagari vowel signs are marks), or digits. Handles,
// URLs and e-mail addresses are not place names and are skipped whole.
const TOKEN_RE = /(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]*@[\p{L}\p{N}_.]+|[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;
const BREAK_RE = /[,.;:!?।॥()[\]{}"|\n\r]/;

/** Splits a message into words, skipping handles and links, marking sentence breaks. */
export function tokenise(text: string): TextToken[] {
  const out: TextToken[] = [];
  let last = 0;
  let sawBreak = false;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const raw = m[0];
    // Most words are one space apart: only other gaps can hold a break.
    if (start - last > 1 || (start - last === 1 && text.charCodeAt(last) !== 32)) {
      if (BREAK_RE.test(text.slice(last, start))) sawBreak = true;
    }
    last = start + raw.length;
    const c0 = raw.charCodeAt(0);
    if (raw.includes('@') || ((c0 === 104 || c0 === 72 || c0 === 119 || c0 === 87) && LINK_START.test(raw))) {
      sawBreak = true;
      continue;
    }
    const word = raw.includes('\u200C') || raw.includes('\u200D') ? raw.replace(/[\u200C\u200D]/g, '') : raw;
    const w0 = word.charCodeAt(0);
    if (((w0 >= 48 && w0 <= 57) || (w0 >= 0x0966 && w0 <= 0x096f) || w0 > 0x097f) && /^\p{N}+$/u.test(word)) {
      sawBreak = true;
      continue;
    }
    const first = word[0] ?? '';
    out.push({
      word,
      start,
      end: start + raw.length,
      breakBefore: sawBreak,
      devanagari: isDevanagari(word),
      capitalised: w0 >= 65 && w0 <= 90 ? true : w0 < 128 ? false : first !== first.toLowerCase(),
    });
    sawBreak = false;
  }
  return out;
}
const LINK_START = /^(?:https?:\/\/|www\.)/i;
