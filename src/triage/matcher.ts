/**
 * The compiled form of the lexicon: every concept's words and phrases in one index, so that a message
 * is scanned once, one map lookup per word, for all concepts (category concepts, danger, time).
 *
 * A word of the message meets a lexicon word when
 * - their loose keys are equal (lower case, doubled letters and long vowels shortened, nukta dropped:
 *   "chaaku" = "chaku", "चाक़ू" = "चाकू"), or
 * - their skeletons are equal and at least four letters long (the model's Devanagari/Latin skeleton:
 *   "चोरी" = "chori" = "choree"); shorter skeletons collide too often ("rod" and "road" share "rod").
 * A word that meets nothing is tried again without a case ending or postposition written onto it
 * (Marathi "चोरीला", "चाकूने", "घरात"; romanised "chorila"; English "snatched", "fighting").
 * What a word meets is memoised by its token, so the suffix rules cost nothing for a word seen before.
 */
import type { NormalisedText, NormalisedToken } from './normalise.js';
import { skeletonOf, TokenMemo } from './normalise.js';

/** One concept: a family of words with one meaning, in every script and spelling. */
export interface ConceptDef {
  /** A short readable id, e.g. `theft.snatch`, `danger.weapon`, `time.now`. */
  name: string;
  /** Space-separated single words. */
  words: string;
  /** Multi-word phrases, matched word by word. */
  phrases?: readonly string[];
  /** Match by loose key only, never by skeleton (for concepts that decide on their own). */
  exact?: boolean;
}

interface Phrase {
  concept: number;
  loose: string[];
  skel: string[];
  text: string;
  /**
   * The last word is a Devanagari stem and meets any word it begins: "खोलीत कोंड" meets "खोलीत कोंडलंय", "कोंडलं",
   * "कोंडून"; "पाण्यात पडल" meets "पडलाय", "पडली". Marathi and Hindi verbs take their person, tense and gender at
   * the end, so the lexicon writes their stems.
   */
  stem: boolean;
}

/** What one distinct word of a message meets in the lexicon. */
export interface WordInfo {
  loose: string;
  skel: string;
  concepts: readonly number[];
  phrases: readonly Phrase[];
  /** Loose keys and skeletons of the second words of `phrases`: most next words meet none, and skip them all. */
  seconds: ReadonlySet<string>;
  /** The second words of two-word `phrases` that end on a stem: a next word that begins with one may meet it. */
  stemSeconds: readonly string[];
}

const WORD_RE = /[\p{L}\p{M}]+|\p{N}+/gu;
const EMPTY: readonly never[] = [];
const MIN_SKELETON = 4;

/** Fold a word for exact-ish matching: lower case, long vowels and doubled letters shortened, nukta dropped. */
export function looseKey(word: string): string {
  let out = '';
  let last = '';
  const s = word.toLowerCase();
  for (let i = 0; i < s.length; i += 1) {
    let c = s.charAt(i);
    if (c === '\u093C') continue;
    if (c === '\u0901') c = '\u0902';
    const n = s.charAt(i + 1);
    if (c === 'e' && n === 'e') {
      c = 'i';
      i += 1;
    } else if (c === 'o' && n === 'o') {
      c = 'u';
      i += 1;
    }
    // Doubled Latin letters fold ("chakku", "maaro"); Devanagari doubling is spelling, not emphasis.
    if (c === last && c >= 'a' && c <= 'z') continue;
    out += c;
    last = c;
  }
  return out;
}

// Endings written onto a Devanagari word: Marathi case endings and postpositions, Hindi oblique plurals.
// Longest first, so "च्या" is tried before "चा".
const DEVA_SUFFIXES = [
  'मध्ये', 'मधून', 'पासून', 'पर्यंत', 'साठी', 'जवळ', 'कडून', 'कडे', 'समोर', 'वरून', 'ांच्या', 'ाच्या', 'च्या', 'यांनी', 'ांनी',
  'ांचा', 'ांची', 'ांचे', 'ांना',
  'ाला', 'ाने', 'ावर', 'ात', 'ीत', 'ेत', 'ला', 'ना', 'ने', 'नी', 'चा', 'ची', 'चे', 'वर', 'त', 'ही', 'च', 'ों', 'ें', 'ो',
];
// Romanised Marathi endings ("chorila", "chakune", "gharat") and English inflections ("snatched", "fights").
const LATIN_SUFFIXES = ['madhye', 'madhe', 'pasun', 'chya', 'var', 'chi', 'cha', 'che', 'ing', 'ed', 'es', 'la', 'ne', 'ni', 's', 'd', 'n'];
const DEVA_VOWEL_SIGN = /[\u093E-\u094C]$/;

/** The lexicon compiled into lookups. Build once at start; `scan` allocates nothing per known word. */
export class Lexicon {
  readonly names: string[] = [];
  /** For each concept, whether it matches exactly (danger, time and tone concepts). */
  private readonly exact: boolean[] = [];
  private readonly byLoose = new Map<string, number[]>();
  private readonly bySkel = new Map<string, number[]>();
  private readonly phraseByLoose = new Map<string, Phrase[]>();
  private readonly phraseBySkel = new Map<string, Phrase[]>();
  private cache = new TokenMemo<WordInfo>();

  /** Register a concept; returns its id. */
  add(def: ConceptDef): number {
    const id = this.names.length;
    this.names.push(def.name);
    this.exact.push(def.exact === true);
    const phrases = [...(def.phrases ?? [])];
    for (const w of def.words.split(/\s+/)) {
      if (w.length === 0) continue;
      // "hit-and-run", "d.j": the normaliser splits these, so they are phrases.
      if (/[^\p{L}\p{M}\p{N}]/u.test(w)) {
        phrases.push(w);
        continue;
      }
      const word = w.normalize('NFC').toLowerCase();
      push(this.byLoose, looseKey(word), id);
      const sk = skeletonOf(word);
      if (sk.length >= MIN_SKELETON && def.exact !== true) push(this.bySkel, sk, id);
    }
    for (const p of phrases) {
      // Split like the normaliser does ("can't" is "can" + "t"), so phrases meet the message's words.
      const parts = p.normalize('NFC').toLowerCase().match(WORD_RE) ?? [];
      if (parts.length === 0) continue;
      // An exact phrase gets no skeletons, so only its loose keys can match.
      const skel = def.exact === true ? parts.map(() => '') : parts.map(skeletonOf);
      const last = parts[parts.length - 1] ?? '';
      const stem = parts.length > 1 && DEVANAGARI_START.test(last) && last.length >= 3;
      const phrase: Phrase = { concept: id, loose: parts.map(looseKey), skel, text: p, stem };
      if (parts.length === 1) {
        push(this.byLoose, phrase.loose[0] ?? '', id);
        continue;
      }
      pushPhrase(this.phraseByLoose, phrase.loose[0] ?? '', phrase);
      const sk = phrase.skel[0] ?? '';
      if (sk.length >= MIN_SKELETON) pushPhrase(this.phraseBySkel, sk, phrase);
    }
    this.cache = new TokenMemo<WordInfo>();
    return id;
  }

  get size(): number {
    return this.names.length;
  }

  private info(token: NormalisedToken): WordInfo {
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached;
    const word = token.word;
    const skel = token.skeleton;
    const loose = looseKey(word);
    let concepts = this.direct(loose, skel);
    // A Devanagari word may meet one concept whole and another only without its ending ("तलवारीने");
    // a Latin one is tried without an ending only when it meets nothing ("pens" is not a "pen" case).
    const deva = word.charCodeAt(0) >= 0x0900 && word.charCodeAt(0) <= 0x097f;
    if (deva || concepts.length === 0) concepts = union(concepts, this.withoutEnding(word, deva));
    const phrases = mergePhrases(this.phraseByLoose.get(loose), skel.length >= MIN_SKELETON ? this.phraseBySkel.get(skel) : undefined);
    const seconds = new Set<string>();
    const stemSeconds: string[] = [];
    for (const p of phrases) {
      seconds.add(p.loose[1] ?? '');
      const sk = p.skel[1] ?? '';
      if (sk.length >= MIN_SKELETON) seconds.add(sk);
      if (p.stem && p.loose.length === 2 && !stemSeconds.includes(p.loose[1] ?? '')) stemSeconds.push(p.loose[1] ?? '');
    }
    const result: WordInfo = { loose, skel, concepts, phrases, seconds, stemSeconds: stemSeconds.length === 0 ? EMPTY : stemSeconds };
    // Keyed by the token: as bounded as the normaliser's memo of words, and an array read per word.
    this.cache.set(token, result);
    return result;
  }

  private direct(loose: string, skel: string): readonly number[] {
    const a = this.byLoose.get(loose);
    const b = skel.length >= MIN_SKELETON ? this.bySkel.get(skel) : undefined;
    if (a === undefined) return b ?? EMPTY;
    if (b === undefined) return a;
    const merged = [...a];
    for (const id of b) if (!merged.includes(id)) merged.push(id);
    return merged;
  }

  private withoutEnding(word: string, deva: boolean): readonly number[] {
    const suffixes = deva ? DEVA_SUFFIXES : LATIN_SUFFIXES;
    const minStem = deva ? 2 : 3;
    for (const suf of suffixes) {
      if (!word.endsWith(suf) || word.length - suf.length < minStem) continue;
      const stem = word.slice(0, word.length - suf.length);
      let hit = this.direct(looseKey(stem), skeletonOf(stem));
      // "तलवारीने" → "तलवारी" → "तलवार": the oblique vowel before the ending goes too.
      if (deva && DEVA_VOWEL_SIGN.test(stem) && stem.length > 2) {
        const bare = stem.slice(0, -1);
        hit = union(hit, this.direct(looseKey(bare), skeletonOf(bare)));
      }
      // "stopped" → "stopp" → loose "stop"; "making" → "mak" + "e".
      if (hit.length === 0 && !deva && (suf === 'ing' || suf === 'ed')) {
        hit = this.direct(looseKey(`${stem}e`), skeletonOf(`${stem}e`));
      }
      // A three-letter Latin stem is too often another word: "this" is not "thi" (was), "than" not "tha".
      // Concepts that decide on their own take such a stem only when it is written out in full.
      if (!deva && stem.length < 4 && hit.length > 0) hit = hit.filter((id) => this.exact[id] !== true);
      if (hit.length > 0) return hit;
    }
    return EMPTY;
  }

  /**
   * Scan a message into `out`: for every concept, how often it occurs and the first word or phrase
   * that made it occur. `out` is reused between messages.
   */
  scan(norm: NormalisedText, out: LexiconHits): LexiconHits {
    out.reset();
    const tokens = norm.tokens;
    const infos = out.infos;
    infos.length = 0;
    for (const t of tokens) {
      if (t.script === 'emoji' || t.script === 'digit') {
        infos.push(null);
        continue;
      }
      infos.push(this.info(t));
    }
    for (let i = 0; i < infos.length; i += 1) {
      const inf = infos[i];
      if (inf === undefined || inf === null) continue;
      const word = tokens[i]?.word ?? '';
      for (const id of inf.concepts) out.hit(id, word, i, 1);
      if (inf.phrases.length === 0) continue;
      const next = infos[i + 1];
      if (next === undefined || next === null) continue;
      if (!(inf.seconds.has(next.loose) || inf.seconds.has(next.skel) || beginsWithOne(next.loose, inf.stemSeconds))) continue;
      for (const p of inf.phrases) {
        let ok = true;
        const lastAt = p.loose.length - 1;
        for (let j = 1; j < p.loose.length && ok; j += 1) {
          const other = infos[i + j];
          if (other === undefined || other === null) ok = false;
          else {
            const pl = p.loose[j] ?? '';
            const ps = p.skel[j] ?? '';
            ok = other.loose === pl || (ps.length >= MIN_SKELETON && other.skel === ps) || (p.stem && j === lastAt && inflects(other.loose, pl));
          }
        }
        if (ok) out.hit(p.concept, p.text, i, p.loose.length);
      }
    }
    return out;
  }
}

/** The concepts found in one message. */
export class LexiconHits {
  readonly counts: Int32Array;
  readonly first: (string | null)[];
  /** Token index where each concept was first found, and how many tokens it spans (for negation scope). */
  readonly firstAt: Int32Array;
  readonly firstLength: Int32Array;
  /** Concept ids in the order they were found, with repeats: the model's concept features. */
  readonly order: number[] = [];
  readonly infos: (WordInfo | null)[] = [];

  constructor(size: number) {
    this.counts = new Int32Array(size);
    this.first = new Array<string | null>(size).fill(null);
    this.firstAt = new Int32Array(size);
    this.firstLength = new Int32Array(size);
  }

  reset(): void {
    for (const id of this.order) {
      this.counts[id] = 0;
      this.first[id] = null;
    }
    this.order.length = 0;
  }

  hit(id: number, text: string, at = 0, length = 1): void {
    if ((this.counts[id] ?? 0) === 0) {
      this.first[id] = text;
      this.firstAt[id] = at;
      this.firstLength[id] = length;
    }
    this.counts[id] = (this.counts[id] ?? 0) + 1;
    this.order.push(id);
  }

  /** The first word or phrase of the concept in the message, or null. */
  get(id: number): string | null {
    return this.first[id] ?? null;
  }
}

const DEVANAGARI_START = /^[\u0900-\u097F]/u;

function beginsWithOne(word: string, stems: readonly string[]): boolean {
  for (const s of stems) if (inflects(word, s)) return true;
  return false;
}

// What follows a verb's stem in its infinitive, the form of a general question ("लिफ्ट में फँसने पर किसे बुलाएं?",
// "पडण्याची भीती"), not of what happened; and a bare nasal sign, the same word in the plural ("है" → "हैं").
const NOT_AN_INFLECTION = /^(?:ने|ना|नी|ण|ं|ँ)/u;

/** A word that is the stem with an ending of tense, person or gender: "कोंडलंय" of "कोंड"; not "फँसने" of "फँस". */
function inflects(word: string, stem: string): boolean {
  return word.startsWith(stem) && (word.length === stem.length || !NOT_AN_INFLECTION.test(word.slice(stem.length)));
}

function union(a: readonly number[], b: readonly number[]): readonly number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = [...a];
  for (const id of b) if (!out.includes(id)) out.push(id);
  return out;
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}
function pushPhrase(map: Map<string, Phrase[]>, key: string, p: Phrase): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [p]);
  else if (!list.some((q) => q.text === p.text && q.concept === p.concept)) list.push(p);
}
function mergePhrases(a: Phrase[] | undefined, b: Phrase[] | undefined): readonly Phrase[] {
  if (a === undefined) return b ?? EMPTY;
  if (b === undefined || a === b) return a;
  const merged = [...a];
  for (const p of b) if (!merged.includes(p)) merged.push(p);
  return merged;
}
