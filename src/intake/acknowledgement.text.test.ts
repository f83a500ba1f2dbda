import { describe, expect, it } from 'vitest';
import { composeAcknowledgement } from './acknowledgement.text.js';

describe('composeAcknowledgement', () => {
  const ref = 'NGP-2026-000042';
  it.each([
    ['en', 'received your report'],
    ['hi', 'शिकायत मिल गई'],
    ['mr', 'तक्रार मिळाली'],
    ['hi-Latn', 'shikayat humein mil gayi'],
  ] as const)('answers %s in its own language with the reference', (language, phrase) => {
    const text = composeAcknowledgement({ language, priority: 'p2', reference: ref, isPublic: false });
    expect(text).toContain(phrase);
    expect(text).toContain(ref);
    expect(text).not.toContain('112');
  });

  it.each(['en', 'hi', 'mr', 'hi-Latn'] as const)('adds the advice to call 112 first for p1 in %s', (language) => {
    const text = composeAcknowledgement({ language, priority: 'p1', reference: ref, isPublic: true });
    expect(text.indexOf('112')).toBeLessThan(text.indexOf(ref));
  });

  it('asks for details by private message on public channels, within one post', () => {
    for (const language of ['en', 'hi', 'mr', 'hi-Latn'] as const) {
      const text = composeAcknowledgement({ language, priority: 'p1', reference: ref, isPublic: true });
      expect(text.length).toBeLessThanOrEqual(280);
    }
    expect(composeAcknowledgement({ language: 'en', priority: 'p3', reference: ref, isPublic: true })).toContain('direct message');
  });
});
