/**
 * Scoring a message at triage speed. The model is linear, so the contribution of a word's own
 * features (its word feature and its character n-grams) to every class is a fixed vector: it is
 * summed once per distinct word and kept, and a message costs one map lookup and one vector add per
 * word instead of a dozen hashes and scattered memory reads. Bigrams, concepts and markers are added
 * per message. The result equals `scoreJoint(extractFeatures(...))` (held by a test).
 */
import type { NormalisedText, NormalisedToken } from './normalise.js';
import { TokenMemo } from './normalise.js';
import type { FeatureSettings } from './features.js';
import {
  BIAS_HASH, CONCEPT_CATEGORY_HASHES, CONCEPT_HASHES, NUMBER_HASH, START_HASH, bigramHash, emojiHash, markerHashes,
  numberHash, wordHashes,
} from './features.js';
import type { JointHeads } from './model.js';
import type { LexiconHits } from './matcher.js';

/** What one distinct word adds to a message's scores. */
export interface WordScore {
  /** Unmasked hash of the word feature, for bigrams. */
  hash: number;
  /** How many features the word contributes (word + character n-grams). */
  n: number;
  /** Summed weights of those features, category then priority, `stride` long. */
  sums: Float32Array;
  /** Row offset of the word feature alone in the joint rows, or -1: for `reasons`. */
  wordBase: number;
}

export class FastScorer {
  private readonly words = new Map<string, WordScore>();
  private readonly byToken = new TokenMemo<WordScore>();
  private readonly conceptSums: Float32Array[];
  private readonly conceptN: number[];
  private readonly acc: Float64Array;
  private readonly bias: Float64Array;
  private readonly mask: number;
  /**
   * One bit per bucket: does it carry weights? 32 KB for 2^18 buckets, small enough to stay in cache, so a word pair
   * with no weight (most of them) costs no read of the 1 MB index (BENCHMARKS.md: bigrams' cost).
   */
  private readonly present: Uint8Array;
  readonly stride: number;
  /** The word scores of the last message scored, by token (null for emoji and numbers): for `reasons`. */
  readonly lastWords: (WordScore | null)[] = [];

  constructor(
    private readonly joint: JointHeads,
    private readonly settings: FeatureSettings,
  ) {
    this.stride = joint.stride;
    this.mask = settings.buckets - 1;
    this.present = new Uint8Array(Math.ceil(settings.buckets / 8));
    for (let b = 0; b < settings.buckets; b += 1) {
      if ((joint.index[b] ?? -1) >= 0) this.present[b >>> 3] = (this.present[b >>> 3] ?? 0) | (1 << (b & 7));
    }
    this.acc = new Float64Array(this.stride);
    this.bias = new Float64Array(this.stride);
    this.addRow(this.bias, BIAS_HASH);
    const weight = settings.conceptWeight ?? 0;
    this.conceptSums = CONCEPT_HASHES.map((own, id) => {
      const v = new Float32Array(this.stride);
      if (weight <= 0) return v;
      const cat = CONCEPT_CATEGORY_HASHES[id] ?? 0;
      this.addRow(v, own, weight);
      if (cat !== 0) this.addRow(v, cat, weight);
      return v;
    });
    this.conceptN = CONCEPT_HASHES.map((_h, id) => (weight <= 0 ? 0 : weight * ((CONCEPT_CATEGORY_HASHES[id] ?? 0) !== 0 ? 2 : 1)));
  }

  private addRow(into: Float32Array | Float64Array, hash: number, times = 1): void {
    const bucket = (hash >>> 0) & this.mask;
    if (((this.present[bucket >>> 3] ?? 0) & (1 << (bucket & 7))) === 0) return;
    const base = this.joint.index[bucket] ?? -1;
    if (base < 0) return;
    const rows = this.joint.rows;
    for (let c = 0; c < this.stride; c += 1) into[c] = (into[c] ?? 0) + (rows[base + c] ?? 0) * times;
  }

  /** The cached contribution of one word (by skeleton). */
  word(skeleton: string): WordScore {
    const cached = this.words.get(skeleton);
    if (cached !== undefined) return cached;
    const hs = wordHashes(skeleton, this.settings.charNgrams);
    const sums = new Float32Array(this.stride);
    for (const h of hs) this.addRow(sums, h);
    const hash = hs[0] ?? 0;
    const ws: WordScore = { hash, n: hs.length, sums, wordBase: this.joint.index[(hash >>> 0) & this.mask] ?? -1 };
    if (this.words.size >= 100_000) this.words.clear();
    this.words.set(skeleton, ws);
    return ws;
  }

  /** The cached contribution of a token: an array read for a word seen before. */
  private tokenScore(t: NormalisedToken): WordScore {
    const known = this.byToken.get(t);
    if (known !== undefined) return known;
    const ws = this.word(t.skeleton);
    this.byToken.set(t, ws);
    return ws;
  }

  /** Class probabilities of both heads for a normalised message and its lexicon hits. */
  score(norm: NormalisedText, hits: LexiconHits | undefined, catOut: Float64Array, priOut: Float64Array): void {
    const acc = this.acc;
    acc.fill(0);
    const n = this.accumulate(norm, hits, acc);
    this.finish(acc, n, catOut, priOut);
  }

  /**
   * Add a message's features (all but the bias) to `acc` (`stride` long) and return how many there
   * were. The model is linear, so a conversation's scores are the sum of its messages' (see `finish`).
   */
  accumulate(norm: NormalisedText, hits: LexiconHits | undefined, acc: Float64Array): number {
    let n = 0;
    let prev = START_HASH;
    const bigrams = this.settings.wordBigrams;
    const lastWords = this.lastWords;
    lastWords.length = 0;
    for (const t of norm.tokens) {
      if (t.script !== 'latin' && t.script !== 'deva' && t.script !== 'mixed') lastWords.push(null);
      if (t.script === 'emoji') {
        this.addRow(acc, emojiHash(t.skeleton));
        n += 1;
        continue;
      }
      if (t.script === 'digit') {
        this.addRow(acc, numberHash(t.word));
        n += 1;
        prev = NUMBER_HASH;
        continue;
      }
      const ws = this.tokenScore(t);
      lastWords.push(ws);
      const sums = ws.sums;
      for (let c = 0; c < this.stride; c += 1) acc[c] = (acc[c] ?? 0) + (sums[c] ?? 0);
      n += ws.n;
      if (bigrams) {
        this.addRow(acc, bigramHash(prev, ws.hash));
        n += 1;
      }
      prev = ws.hash;
    }
    if (hits !== undefined) {
      for (const id of hits.order) {
        const v = this.conceptSums[id];
        if (v === undefined) continue;
        for (let c = 0; c < this.stride; c += 1) acc[c] = (acc[c] ?? 0) + (v[c] ?? 0);
        n += this.conceptN[id] ?? 0;
      }
    }
    const [url, handles] = markerHashes(norm);
    if (url !== 0) {
      this.addRow(acc, url);
      n += 1;
    }
    if (handles !== 0) {
      this.addRow(acc, handles);
      n += 1;
    }
    return n;
  }

  /** Turn accumulated features (without the bias) into both heads' probabilities; `acc` is left as it was. */
  finish(acc: Float64Array, n: number, catOut: Float64Array, priOut: Float64Array): void {
    const bias = this.bias;
    const x = 1 / Math.sqrt(n + 1);
    const kc = catOut.length;
    for (let c = 0; c < kc; c += 1) catOut[c] = ((acc[c] ?? 0) + (bias[c] ?? 0)) * x;
    for (let c = 0; c < priOut.length; c += 1) priOut[c] = ((acc[kc + c] ?? 0) + (bias[kc + c] ?? 0)) * x;
    softmax(catOut);
    softmax(priOut);
  }

  /** The weight a word's own feature gives one category class (0 when pruned): for `reasons`. */
  wordWeight(ws: WordScore, classIndex: number): number {
    return ws.wordBase < 0 ? 0 : (this.joint.rows[ws.wordBase + classIndex] ?? 0);
  }
}

function softmax(v: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < v.length; c += 1) max = Math.max(max, v[c] ?? 0);
  let sum = 0;
  for (let c = 0; c < v.length; c += 1) {
    const e = Math.exp((v[c] ?? 0) - max);
    v[c] = e;
    sum += e;
  }
  for (let c = 0; c < v.length; c += 1) v[c] = (v[c] ?? 0) / sum;
}
