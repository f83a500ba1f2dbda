import { describe, it, expect } from 'vitest';
import { maskPii } from './triager.js';
import { createTriager, findRepoRoot } from './triager.load.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

describe('createTriager with the committed model', () => {
  const triager = createTriager();

  it('finds the repository root from src/ (and so from dist/src/)', () => {
    expect(existsSync(join(findRepoRoot(), 'package.json'))).toBe(true);
  });

  it('carries the model version', () => {
    expect(triager.version).toMatch(/^triage-\d{4}\.\d{2}\.\d{2}-[0-9a-f]+$/);
  });

  it('triages an emergency in romanised Hindi with its reasons', () => {
    const r = triager.triage({ text: 'bhai yaha 2 group me maramari chal rahi hai abhi, ek ke haath me chaku hai, jaldi aao' });
    expect(r.language).toBe('hi-Latn');
    expect(r.category).toBe('violence');
    expect(r.priority).toBe('p1');
    expect(r.reasons.some((x) => x.startsWith('rule:'))).toBe(true);
  });

  it('triages Marathi and Hindi reports', () => {
    const mr = triager.triage({ text: 'काल रात्री माझी बाईक घरासमोरून चोरीला गेली, नंबर MH 31 AB 1234' });
    expect(mr.language).toBe('mr');
    expect(mr.category).toBe('theft');
    expect(mr.priority).toBe('p2');
    expect(mr.pii).toEqual([{ kind: 'vehicle', start: mr.pii[0]?.start, end: mr.pii[0]?.end }]);
    const hi = triager.triage({ text: 'पासपोर्ट वेरिफिकेशन का स्टेटस कैसे पता करें?' });
    expect(hi.language).toBe('hi');
    expect(hi.category).toBe('information');
    expect(hi.priority).toBe('p3');
  });

  it('keeps spam as other with a flag, never drops it', () => {
    const r = triager.triage({ text: 'Earn ₹5000 per day from home!! DM now, limited offer https://bit.ly/x' });
    expect(r.category).toBe('other');
    expect(r.flags).toContain('spam');
  });

  it('reports PII spans that maskPii hides', () => {
    const text = 'my number is 98220 12345, please call';
    const r = triager.triage({ text });
    expect(maskPii(text, r.pii)).toBe('my number is XXXXX XXX45, please call');
  });

  it('throws a useful error for a missing model file', () => {
    expect(() => createTriager('/nonexistent/model.json')).toThrow(/chowki train/);
  });
});
