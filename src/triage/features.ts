/**
 * Hashed features of a normalised message: skeleton unigrams and bigrams, character n-grams of the
 * skeletons, emoji, and a few markers (handle, URL, digits). Hashing keeps the model's size fixed
 * whatever the vocabulary, and the skeleton makes Devanagari and romanised spellings share features.
 */
import type { NormalisedText } from './normalise.js';

export interface FeatureSettings {
  /** Number of hash buckets, a power of two. */
  buckets: number;
  /** Character n-gram lengths taken from each skeleton (with word boundaries). */
  charNgrams: number[];
  wordBigrams: boolean;
}

export const DEFAULT_FEATURE_SETTINGS: FeatureSettings = {
  buckets: 1 << 18,
  charNgrams: [3, 4],
  wordBigrams: true,
};

export interface FeatureVector {
  /** Bucket ids (may repeat; each occurrence counts). */
  ids: number[];
  /** For each id, the word or n-gram it came from, so `reasons` can name it. */
  names: string[];
}

/** FNV-1a over UTF-16 code units: fast, deterministic, and the same at training and at triage. */
export function hashFeature(s: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (buckets - 1);
}

/** Extract the hashed features of a normalised message. */
export function extractFeatures(norm: NormalisedText, settings: FeatureSettings, withNames = false): FeatureVector {
  const ids: number[] = [];
  const names: string[] = [];
  const b = settings.buckets;
  const push = (key: string, name: string): void => {
    ids.push(hashFeature(key, b));
    if (withNames) names.push(name);
  };
  push('_bias', '');
  let prev = '<s>';
  for (const t of norm.tokens) {
    const sk = t.skeleton;
    if (t.script === 'emoji') {
      push(`e:${sk}`, t.word);
      continue;
    }
    if (t.script === 'digit') {
      // The value of a number rarely matters; that there is one (an amount, a time, a count) does.
      push(t.word.length >= 6 ? 'n:long' : 'n:short', t.word);
      prev = '<n>';
      continue;
    }
    push(`w:${sk}`, t.word);
    if (settings.wordBigrams) push(`b:${prev}|${sk}`, t.word);
    prev = sk;
    if (sk.length >= 3) {
      const padded = `<${sk}>`;
      for (const n of settings.charNgrams) {
        for (let i = 0; i + n <= padded.length; i += 1) push(`c:${padded.slice(i, i + n)}`, t.word);
      }
    }
  }
  if (norm.urls.length > 0) push(norm.urls.length > 1 ? 'm:urls' : 'm:url', 'link');
  if (norm.handles.length > 2) push('m:many-handles', 'handles');
  return { ids, names };
}
