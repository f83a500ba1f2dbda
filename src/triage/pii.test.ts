import { describe, it, expect } from 'vitest';
import { findPii, maskPii } from './pii.js';

describe('findPii', () => {
  it('finds Indian mobiles in their usual spellings', () => {
    for (const phone of ['9822012345', '+91 98220 12345', '+91-98220-12345', '098220 12345', '९८२२०१२३४५']) {
      const text = `call me on ${phone} please`;
      const spans = findPii(text);
      expect(spans.map((s) => s.kind)).toEqual(['phone']);
      expect(text.slice(spans[0]?.start, spans[0]?.end)).toBe(phone);
    }
  });

  it('finds Aadhaar-like numbers, e-mail addresses and vehicle numbers', () => {
    const text = 'aadhaar 2345 6789 0123, mail ravi.k@example.com, car MH 31 AB 1234';
    expect(findPii(text).map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([
      ['aadhaar', '2345 6789 0123'],
      ['email', 'ravi.k@example.com'],
      ['vehicle', 'MH 31 AB 1234'],
    ]);
  });

  it('does not take ordinary numbers for personal data', () => {
    expect(findPii('lost 45,000 rupees on 12/03/2026 at 5 pm, FIR 123/2026')).toEqual([]);
  });
});

describe('maskPii', () => {
  it('masks phone, Aadhaar and e-mail but keeps vehicle numbers', () => {
    const text = 'ph 9822012345, aadhaar 2345 6789 0123, ravi@example.com, MH31AB1234';
    const masked = maskPii(text, findPii(text));
    expect(masked).toBe('ph XXXXXXXX45, aadhaar XXXX XXXX 0123, r***@example.com, MH31AB1234');
  });
});
