import { describe, it, expect } from 'vitest';
import { cleanText, normaliseMessage, skeletonOf } from './normalise.js';

describe('normaliseMessage', () => {
  it('removes zero-width and bidi controls and folds Devanagari digits', () => {
    expect(cleanText('चो\u200Bरी \u202Eabc\u202C ९८२२')).toBe('चोरी abc 9822');
  });

  it('shortens elongations but keeps ordinary double letters', () => {
    expect(cleanText('plzzzz helppp good')).toBe('plz help good');
  });

  it('separates handles, hashtags and URLs from words and keeps emoji as tokens', () => {
    const n = normaliseMessage('@NagpurPolice chori hui https://t.co/x #WomenSafety 🙏');
    expect(n.handles).toEqual(['nagpurpolice']);
    expect(n.urls).toEqual(['https://t.co/x']);
    expect(n.hashtags).toEqual(['womensafety']);
    const words = n.tokens.map((t) => t.word);
    expect(words).toEqual(['chori', 'hui', 'women', 'safety', '🙏']);
  });

  it('gives Devanagari and romanised spellings the same skeleton', () => {
    expect(skeletonOf('चोरी')).toBe(skeletonOf('chori'));
    expect(skeletonOf('chorii')).toBe(skeletonOf('chori'));
    expect(skeletonOf('चाकू')).toBe(skeletonOf('chaaku'));
    expect(skeletonOf('खून')).toBe(skeletonOf('khoon'));
    expect(skeletonOf('लड़का')).toBe(skeletonOf('ladka'));
    expect(skeletonOf('पोलिस')).toBe(skeletonOf('police'));
  });
});
