/**
 * The typo half of the gazetteer index: every key's single-letter deletions, hashed into one flat typed
 * array. A query and its own deletions probe it to find every key within one edit (and many within
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

/**
 * Indexes the single-letter deletions of the keys at least `minLength` long (ids are positions in the
 * array). Open addressing with the hash and the id side by side in one array, at most half full: a probe
 * reads one cache line, where a bucket table and a separate entry array cost two trips to memory each,
 * and at 100,000 names those trips were most of a locate's time.
 */
export function createDeletionIndex(keys: readonly string[], minLength = 0): DeletionIndex {
  let total = 0;
  for (const k of keys) if (k.length >= minLength) total += k.length;
  let capacity = 16;
  while (capacity < total * 2) capacity *= 2;
  const mask = capacity - 1;
  // [hash, id + 1] per slot; an id of 0 marks an empty slot.
  const slots = new Uint32Array(capacity * 2);
  // Inserted in the order of their home slots, by a counting sort on the top bits of the slot: each
  // group fills a few kilobytes of the table, where inserting in key order would miss the cache on
  // nearly every deletion (at 100,000 names that was a third of the index's build).
  const groupBits = Math.min(11, Math.log2(capacity));
  const shift = Math.log2(capacity) - groupBits;
  const groupStart = new Int32Array((1 << groupBits) + 1);
  const hashes = new Uint32Array(total);
  const ids = new Int32Array(total);
  let n = 0;
  keys.forEach((k, id) => {
    if (k.length < minLength) return;
    for (let i = 0; i < k.length; i++) {
      const h = hashWithout(k, i);
      hashes[n] = h;
      ids[n] = id;
      n++;
      const g = ((h & mask) >>> shift) + 1;
      groupStart[g] = (groupStart[g] ?? 0) + 1;
    }
  });
  for (let g = 1; g < groupStart.length; g++) groupStart[g] = (groupStart[g] ?? 0) + (groupStart[g - 1] ?? 0);
  const order = new Int32Array(total);
  for (let j = 0; j < total; j++) {
    const g = ((hashes[j] ?? 0) & mask) >>> shift;
    const at = groupStart[g] ?? 0;
    order[at] = j;
    groupStart[g] = at + 1;
  }
  for (let o = 0; o < total; o++) {
    const j = order[o] ?? 0;
    const h = hashes[j] ?? 0;
    let s = h & mask;
    while ((slots[s * 2 + 1] ?? 0) !== 0) s = (s + 1) & mask;
    slots[s * 2] = h;
    slots[s * 2 + 1] = (ids[j] ?? 0) + 1;
  }

  return {
    keysWithDeletion(hash, visit) {
      for (let s = hash & mask; ; s = (s + 1) & mask) {
        const id = slots[s * 2 + 1] ?? 0;
        if (id === 0) return;
        if (slots[s * 2] === hash) visit(id - 1);
      }
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

/** Exact lookup of strings by their FNV hash, for the probes a locate makes on every word window. */
export interface KeyTable {
  /** The id of `key` (its position in the array indexed), or -1; `hash` is `hashWithout(key, -1)`. */
  idOf(key: string, hash: number): number;
}

/**
 * An open-addressed table of [hash, id + 1] over `keys`, at most half full. A Map<string, …> of 100,000
 * keys makes every probe of a fresh string (a window's words joined) flatten and hash it again and read
 * three scattered cache lines; here the hash is the one the filters already computed, a miss reads one
 * line, and only a matching hash reads the key to confirm it.
 */
export function createKeyTable(keys: readonly string[]): KeyTable {
  let capacity = 16;
  while (capacity < keys.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Uint32Array(capacity * 2);
  keys.forEach((k, id) => {
    const h = hashWithout(k, -1);
    let s = h & mask;
    while ((slots[s * 2 + 1] ?? 0) !== 0) s = (s + 1) & mask;
    slots[s * 2] = h;
    slots[s * 2 + 1] = id + 1;
  });
  return {
    idOf(key, hash) {
      for (let s = hash & mask; ; s = (s + 1) & mask) {
        const id = slots[s * 2 + 1] ?? 0;
        if (id === 0) return -1;
        if (slots[s * 2] === hash && keys[id - 1] === key) return id - 1;
      }
    },
  };
}
