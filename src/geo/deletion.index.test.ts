import { describe, expect, it } from 'vitest';
import { createDeletionIndex, createHashFilter, createKeyTable, hashWithout } from './deletion.index.js';

describe('deletion index', () => {
  const keys = ['sitbuldi', 'drmpet', 'pcpvli'];
  const index = createDeletionIndex(keys);
  const found = (hash: number): string[] => {
    const out: string[] = [];
    index.keysWithDeletion(hash, (id) => out.push(keys[id] ?? '?'));
    return out;
  };

  it('hashes a string without one letter like the string with that letter removed', () => {
    expect(hashWithout('drmpet', 2)).toBe(hashWithout('drpet', -1));
  });

  it('finds a key from a query missing one of its letters', () => {
    expect(found(hashWithout('sitbldi', -1))).toContain('sitbuldi');
  });

  it('finds a key from a query with one letter changed (both sides drop it)', () => {
    expect(found(hashWithout('drmpit', 4))).toContain('drmpet');
  });

  it('finds nothing for an unrelated word', () => {
    expect(found(hashWithout('kuch', -1))).toEqual([]);
  });

  it('never turns away a key it holds', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `k${i}x`);
    const filter = createHashFilter(many, many.length);
    expect(many.every((k) => filter.mayHold(hashWithout(k, -1)))).toBe(true);
  });

  it('looks keys up exactly by their hash, and confirms the key itself', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `k${i}x`);
    const table = createKeyTable(many);
    expect(many.every((k, i) => table.idOf(k, hashWithout(k, -1)) === i)).toBe(true);
    expect(table.idOf('k5000x', hashWithout('k5000x', -1))).toBe(-1);
    // A string that borrows a held key's hash is still not that key.
    expect(table.idOf('other', hashWithout('k7x', -1))).toBe(-1);
  });
});
