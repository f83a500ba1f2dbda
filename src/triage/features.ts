/**
 * Hashed features of a normalised message: skeleton unigrams and bigrams, character n-grams of the
 * skeletons, emoji, and a few markers (handle, URL, digits). Hashing keeps the model's size fixed
 * whatever the vocabulary, and the skeleton makes Devanagari and romanised spellings share features.
 */
import type { NormalisedText } from './normalise.js';
import { CONCEPT_CATEGORY, LEXICON } from './lexicon.js';
import type { LexiconHits } from './matcher.js';

export interface FeatureSettings {
  /** Number of hash buckets, a power of two. */
  buckets: number;
  /** Character n-gram lengths taken from each skeleton (with word boundaries). */
  charNgrams: number[];
  wordBigrams: boolean;
  /**
   * How many times each lexicon concept found in the message counts as a feature (its own and its
   * category's); 0 or absent: no concept features (models trained before the lexicon).
   */
  conceptWeight?: number;
}

export const DEFAULT_FEATURE_SETTINGS: FeatureSettings = {
  buckets: 1 << 18,
  charNgrams: [3, 4],
  // Word bigrams ("pakad ke", "film ka", "ka kya hua"): with 25 writers' 13,000 examples (December 2026) they pay. Trained on
  // the writers and the corpus and tested on the 9,187 items of the read blind sets (written by others, never trained on),
  // category macro-F1 0.9094 -> 0.9138, p1 precision 0.880 -> 0.884 at the same recall (data/triage/README.md). Earlier, on
  // three writers, they had added nothing. They cost a random memory read per word (BENCHMARKS.md: chowki bench triage).
  wordBigrams: true,
  // Counted once. Three times (until 2026-12-04) made the lexicon's words outweigh the rest of the
  // message: trained on every other writer and tested on the one left out, ten times over, category
  // macro-F1 was 0.837 at 3, 0.845 at 1, 0.827 at 0 and 0.829 at 6.
  conceptWeight: 1,
};

export interface FeatureVector {
  /** Bucket ids (may repeat; each occurrence counts). */
  ids: number[];
  /** For each id, the word or n-gram it came from, so `reasons` can name it. */
  names: string[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// FNV-1a is sequential, so a feature's hash is built from its parts without concatenating strings:
// hashing "c:" then three characters of the word gives the hash of "c:abc".
function fnvAdd(h: number, s: string, start = 0, end = s.length): number {
  let x = h;
  for (let i = start; i < end; i += 1) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, FNV_PRIME);
  }
  return x;
}

/** FNV-1a over UTF-16 code units: fast, deterministic, and the same at training and at triage. */
export function hashFeature(s: string, buckets: number): number {
  return (fnvAdd(FNV_OFFSET, s) >>> 0) & (buckets - 1);
}

const H_WORD = fnvAdd(FNV_OFFSET, 'w:');
const H_BIGRAM = fnvAdd(FNV_OFFSET, 'b:');
const H_CHAR = fnvAdd(FNV_OFFSET, 'c:');
const H_EMOJI = fnvAdd(FNV_OFFSET, 'e:');

/** The bucket of a word-unigram feature, so `reasons` can find the weight of a message's words. */
export function wordFeatureId(skeleton: string, buckets: number): number {
  return (fnvAdd(H_WORD, skeleton) >>> 0) & (buckets - 1);
}

// One hash per concept and per category, computed once: a concept feature costs an array read.
const CONCEPT_HASH = LEXICON.names.map((n) => fnvAdd(FNV_OFFSET, `x:${n}`));
const CONCEPT_CATEGORY_HASH = CONCEPT_CATEGORY.map((c) => (c === null ? 0 : fnvAdd(FNV_OFFSET, `k:${c}`)));

/** The hash of the bigram "previous word, this word", mixed from the two word hashes in O(1). */
export function bigramHash(prev: number, cur: number): number {
  let h = Math.imul(prev ^ H_BIGRAM, 0x9e3779b1) + cur;
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  h ^= h >>> 13;
  return h;
}

/** Word hash standing for the start of a message and for a number, as bigram "previous words". */
export const START_HASH = fnvAdd(H_WORD, '<s>');
export const NUMBER_HASH = fnvAdd(H_WORD, '<n>');
export const BIAS_HASH = fnvAdd(FNV_OFFSET, '_bias');
const LONG_NUMBER_HASH = fnvAdd(FNV_OFFSET, 'n:long');
const SHORT_NUMBER_HASH = fnvAdd(FNV_OFFSET, 'n:short');
const URL_HASH = fnvAdd(FNV_OFFSET, 'm:url');
const URLS_HASH = fnvAdd(FNV_OFFSET, 'm:urls');
const HANDLES_HASH = fnvAdd(FNV_OFFSET, 'm:many-handles');

/**
 * The unmasked hashes of one word's own features: its word feature first, then its character
 * n-grams. They depend only on the skeleton, so they are computed once per distinct word and kept.
 */
export function wordHashes(skeleton: string, charNgrams: readonly number[]): Int32Array {
  const key = charNgrams.length === 2 && charNgrams[0] === 3 && charNgrams[1] === 4 ? skeleton : `${charNgrams.join(',')}|${skeleton}`;
  const cached = WORD_HASHES.get(key);
  if (cached !== undefined) return cached;
  const padded = skeleton.length >= 3 ? `<${skeleton}>` : '';
  let n = 1;
  for (const g of charNgrams) if (padded.length >= g) n += padded.length - g + 1;
  const out = new Int32Array(n);
  out[0] = fnvAdd(H_WORD, skeleton);
  let k = 1;
  for (const g of charNgrams) {
    for (let i = 0; i + g <= padded.length; i += 1) {
      out[k] = fnvAdd(H_CHAR, padded, i, i + g);
      k += 1;
    }
  }
  // Bounded: words follow Zipf's law, so a cleared memo refills with the common ones at once.
  if (WORD_HASHES.size >= 100_000) WORD_HASHES.clear();
  WORD_HASHES.set(key, out);
  return out;
}
const WORD_HASHES = new Map<string, Int32Array>();

/** The unmasked hash of an emoji's feature. */
export function emojiHash(emoji: string): number {
  return fnvAdd(H_EMOJI, emoji);
}
/** The unmasked hash of a number's feature: its length class, not its value. */
export function numberHash(digits: string): number {
  return digits.length >= 6 ? LONG_NUMBER_HASH : SHORT_NUMBER_HASH;
}
/** The unmasked hashes of the markers of a message (links, many handles); 0 for none. */
export function markerHashes(norm: NormalisedText): [number, number] {
  const url = norm.urls.length > 0 ? (norm.urls.length > 1 ? URLS_HASH : URL_HASH) : 0;
  return [url, norm.handles.length > 2 ? HANDLES_HASH : 0];
}
/** For each concept id, the unmasked hashes of its own feature and of its category's (0: none). */
export const CONCEPT_HASHES: readonly number[] = CONCEPT_HASH;
export const CONCEPT_CATEGORY_HASHES: readonly number[] = CONCEPT_CATEGORY_HASH;

/**
 * Extract the hashed features of a normalised message. With `concepts` (the lexicon scan of the same
 * message) and a `conceptWeight`, every concept found adds its own feature and its category's, each
 * counted `conceptWeight` times: the words an officer knows outweigh a stray character n-gram.
 * This is the reference definition, used for training; triage scores the same features through
 * caches (see score.ts) and a test holds the two equal.
 */
export function extractFeatures(
  norm: NormalisedText,
  settings: FeatureSettings,
  withNames = false,
  concepts?: LexiconHits,
): FeatureVector {
  const ids: number[] = [];
  const names: string[] = [];
  const mask = settings.buckets - 1;
  const push = (h: number, name: string): void => {
    ids.push((h >>> 0) & mask);
    if (withNames) names.push(name);
  };
  push(BIAS_HASH, '');
  let prev = START_HASH;
  for (const t of norm.tokens) {
    if (t.script === 'emoji') {
      push(emojiHash(t.skeleton), t.word);
      continue;
    }
    if (t.script === 'digit') {
      // The value of a number rarely matters; that there is one (an amount, a time, a count) does.
      push(numberHash(t.word), t.word);
      prev = NUMBER_HASH;
      continue;
    }
    const hs = wordHashes(t.skeleton, settings.charNgrams);
    const word = hs[0] ?? 0;
    push(word, t.word);
    if (settings.wordBigrams) push(bigramHash(prev, word), t.word);
    prev = word;
    for (let i = 1; i < hs.length; i += 1) push(hs[i] ?? 0, t.word);
  }
  const weight = settings.conceptWeight ?? 0;
  if (concepts !== undefined && weight > 0) {
    for (const id of concepts.order) {
      const name = LEXICON.names[id] ?? '';
      const own = CONCEPT_HASH[id] ?? 0;
      const cat = CONCEPT_CATEGORY_HASH[id] ?? 0;
      for (let r = 0; r < weight; r += 1) {
        push(own, name);
        if (cat !== 0) push(cat, name);
      }
    }
  }
  const [url, handles] = markerHashes(norm);
  if (url !== 0) push(url, 'link');
  if (handles !== 0) push(handles, 'handles');
  return { ids, names };
}
