import { describe, it, expect } from 'vitest';
import { DEFAULT_FEATURE_SETTINGS, extractFeatures, hashFeature } from './features.js';
import { normaliseMessage } from './normalise.js';

const ids = (text: string): Set<number> => new Set(extractFeatures(normaliseMessage(text), DEFAULT_FEATURE_SETTINGS).ids);

describe('extractFeatures', () => {
  it('hashes into the configured buckets, deterministically', () => {
    expect(hashFeature('w:cori', 1024)).toBe(hashFeature('w:cori', 1024));
    expect(hashFeature('w:cori', 1024)).toBeLessThan(1024);
  });

  it('lets the same word in two scripts share its word feature', () => {
    const latin = ids('chori');
    const deva = ids('चोरी');
    const shared = [...latin].filter((id) => deva.has(id));
    // bias + word + bigram + char n-grams all coincide
    expect(shared.length).toBe(latin.size);
  });

  it('names each feature with its source word when asked, for reasons', () => {
    const f = extractFeatures(normaliseMessage('knife fight'), DEFAULT_FEATURE_SETTINGS, true);
    expect(f.names.length).toBe(f.ids.length);
    expect(f.names).toContain('knife');
  });
});
