/**
 * The typo half of the gazetteer index: every key's single-letter deletions, hashed into flat typed
 * arrays. A query and its own deletions probe it to find every key within one edit (and many within
 * two) in |query| + 1 probes, whatever the gazetteer's size. Typed arrays hold no JS objects, so an
 * all-India gazetteer adds nothing for the garbage collector to walk on every locate.
 */

/** FNV-1a of `s` without the letter at `skip` (-1 keeps them all). */
export function hashWithout(s: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    if (i === skip) continue;
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface DeletionIndex {
  /** Ids of keys with a deletion hashing like `hash` (hash collisions included: verify them). */
  keysWithDeletion(hash: number, visit: (keyId: number) => void): void;
}

/** Indexes the single-letter deletions of `keys` (ids are positions in the array). */
export function createDeletionIndex(keys: readonly string[]): DeletionIndex {
  let total = 0;
  for (const k of keys) total += k.length;
  let size = 1;
  while (size < total) size *= 2;
  const mask = size - 1;

  // Counting sort of (hash, key id) pairs by bucket: two passes, no per-entry allocation.
  const start = new Int32Array(size + 1);
  keys.forEach((k) => {
    for (let i = 0; i < k.length; i++) {
      const b = hashWithout(k, i) & mask;
      start[b + 1] = (start[b + 1] ?? 0) + 1;
    }
  });
  for (let b = 0; b < size; b++) start[b + 1] = (start[b + 1] ?? 0) + (start[b] ?? 0);
  const fill = start.slice(0, size);
  const hashes = new Uint32Array(total);
  const ids = new Int32Array(total);
  keys.forEach((k, id) => {
    for (let i = 0; i < k.length; i++) {
      const h = hashWithout(k, i);
      const b = h & mask;
      const at = fill[b] ?? 0;
      hashes[at] = h;
      ids[at] = id;
      fill[b] = at + 1;
    }
  });

  return {
    keysWithDeletion(hash, visit) {
      const b = hash & mask;
      const end = start[b + 1] ?? 0;
      for (let j = start[b] ?? 0; j < end; j++) if (hashes[j] === hash) visit(ids[j] ?? -1);
    },
  };
}

/** A set of string hashes in a bit array small enough to stay in the CPU cache: a cheap "surely not". */
export interface HashFilter {
  mayHold(hash: number): boolean;
}

/** A one-hash Bloom filter over the FNV hashes of `keys` (about 16 bits a key: ~6% false positives). */
export function createHashFilter(keys: Iterable<string>, count: number): HashFilter {
  let bits = 64;
  while (bits < count * 16) bits *= 2;
  const words = new Uint32Array(bits / 32);
  const mask = bits - 1;
  for (const k of keys) {
    const b = hashWithout(k, -1) & mask;
    words[b >>> 5] = (words[b >>> 5] ?? 0) | (1 << (b & 31));
  }
  return {
    mayHold(hash) {
      const b = hash & mask;
      return ((words[b >>> 5] ?? 0) & (1 << (b & 31))) !== 0;
    },
  };
}
