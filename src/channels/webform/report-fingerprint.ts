/**
 * Near-identical reports: a MinHash signature of a text's character 3-grams, after case, punctuation
 * and spacing are set aside. Two signatures agree in about the share of positions that the texts'
 * 3-gram sets overlap (their Jaccard similarity): "the same words, one typo or a number changed"
 * scores 0.8 to 1, a report with a new sentence added about 0.5, two different reports below 0.4. The signature is hashes only:
 * the text cannot be read back from it.
 */

const SIGNATURE_SIZE = 64;
const SHINGLE = 3;
/** Reports at least this similar are the same report sent again. */
export const REPEAT_SIMILARITY = 0.75;

/** Fixed seeds, one per hash function: signatures stored yesterday compare with today's. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b1)));

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Lower case, letters (with their marks: Devanagari vowel signs) and digits, single spaces. */
export function normaliseReportText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** The text's signature as hex (8 characters per hash). */
export function fingerprintReport(text: string): string {
  const norm = normaliseReportText(text);
  const shingles = new Set<number>();
  if (norm.length <= SHINGLE) shingles.add(fnv1a(norm));
  for (let i = 0; i + SHINGLE <= norm.length; i++) shingles.add(fnv1a(norm.slice(i, i + SHINGLE)));
  const mins = SEEDS.map((seed) => {
    let min = 0xffffffff;
    for (const s of shingles) {
      const h = fmix32(s ^ seed);
      if (h < min) min = h;
    }
    return min;
  });
  return mins.map((m) => m.toString(16).padStart(8, '0')).join('');
}

/** The estimated similarity of two signatures, 0 to 1 (0 when they are not comparable). */
export function reportSimilarity(a: string, b: string): number {
  if (a.length !== b.length || a.length !== SIGNATURE_SIZE * 8) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) same++;
  return same / SIGNATURE_SIZE;
}
