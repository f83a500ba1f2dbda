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
  wordBigrams: true,
  conceptWeight: 3,
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

/**
 * Extract the hashed features of a normalised message. With `concepts` (the lexicon scan of the same
 * message) and a `conceptWeight`, every concept found adds its own feature and its category's, each
 * counted `conceptWeight` times: the words an officer knows outweigh a stray character n-gram.
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
  push(fnvAdd(FNV_OFFSET, '_bias'), '');
  let prev = '<s>';
  for (const t of norm.tokens) {
    const sk = t.skeleton;
    if (t.script === 'emoji') {
      push(fnvAdd(H_EMOJI, sk), t.word);
      continue;
    }
    if (t.script === 'digit') {
      // The value of a number rarely matters; that there is one (an amount, a time, a count) does.
      push(fnvAdd(FNV_OFFSET, t.word.length >= 6 ? 'n:long' : 'n:short'), t.word);
      prev = '<n>';
      continue;
    }
    push(fnvAdd(H_WORD, sk), t.word);
    if (settings.wordBigrams) push(fnvAdd(fnvAdd(fnvAdd(H_BIGRAM, prev), '|'), sk), t.word);
    prev = sk;
    if (sk.length >= 3) {
      const padded = `<${sk}>`;
      for (const n of settings.charNgrams) {
        for (let i = 0; i + n <= padded.length; i += 1) push(fnvAdd(H_CHAR, padded, i, i + n), t.word);
      }
    }
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
  if (norm.urls.length > 0) push(fnvAdd(FNV_OFFSET, norm.urls.length > 1 ? 'm:urls' : 'm:url'), 'link');
  if (norm.handles.length > 2) push(fnvAdd(FNV_OFFSET, 'm:many-handles'), 'handles');
  return { ids, names };
}
