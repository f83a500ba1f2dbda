import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { findPii, maskPii } from './pii.js';

interface CorpusEntry {
  text: string;
  kind: 'phone' | 'email' | 'aadhaar' | 'pan' | 'name' | 'none';
  /** What must not survive masking; absent for negatives. */
  secret?: string | string[];
}

// pii.corpus.jsonl: spellings of personal data seen in citizens' messages (kind + secret), and
// messages full of numbers that are not personal data (kind "none"), which must come out unchanged.
const corpus = readFileSync(new URL('./pii.corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as CorpusEntry);
const positives = corpus.filter((e) => e.kind !== 'none');
const negatives = corpus.filter((e) => e.kind === 'none');
const secretsOf = (e: CorpusEntry): string[] => (Array.isArray(e.secret) ? e.secret : [e.secret ?? '']);

const mask = (text: string): string => maskPii(text, findPii(text));
/** The check of a public reply (src/desk/actions/reply.action.ts): any span but a vehicle refuses it. */
const refusesPublicReply = (text: string): boolean => findPii(text).filter((s) => s.kind !== 'vehicle').length > 0;
/** Decimal digits in any script (ASCII, Devanagari, full-width). */
const digitCount = (text: string): number => (text.match(/[0-9\u0966-\u096F\uFF10-\uFF19]/g) ?? []).length;

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

  it('gives offsets into the text as written, through invisible and full-width characters', () => {
    for (const phone of ['98220\u200B12345', '９８２２０１２３４５', '+91\u00A098220\u202F12345', '\uFEFF98220\u2060-12345']) {
      const text = `मेरा नंबर ${phone} है`;
      const spans = findPii(text);
      expect(spans.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([['phone', phone.replace(/^\uFEFF/, '')]]);
    }
  });

  it('finds landlines, international numbers, PAN, spelled-out addresses and introduced names', () => {
    const cases: Array<[string, string, string]> = [
      ['office 0712-2561234', 'phone', '0712-2561234'],
      ['fraud call from +1 415 555 0100', 'phone', '+1 415 555 0100'],
      ['PAN: BNZPM2501F', 'pan', 'BNZPM2501F'],
      ['mail ravi.kumar(at)gmail(dot)com', 'email', 'ravi.kumar(at)gmail(dot)com'],
      ['ravi at the rate gmail dot com', 'email', 'ravi at the rate gmail dot com'],
      ['My name is Ravi Kumar and my bike was stolen', 'name', 'Ravi Kumar'],
      ['mera naam sonu hai', 'name', 'sonu'],
      ['माझे नाव प्रकाश जाधव आहे', 'name', 'प्रकाश जाधव'],
    ];
    for (const [text, kind, value] of cases) {
      expect(findPii(text).map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([[kind, value]]);
    }
  });

  it('takes no ordinary words after "I am" for a name', () => {
    for (const text of ['I am scared', 'I am at Sitabuldi', 'I am Not able to go', 'i am from Dharampeth', 'I am Inspector Patil', 'my name is on the FIR']) {
      expect(findPii(text)).toEqual([]);
    }
    expect(findPii('I am Javed Khan, resident of Mominpura').map((s) => s.kind)).toEqual(['name']);
  });
});

describe('maskPii', () => {
  it('masks phone, Aadhaar and e-mail but keeps vehicle numbers', () => {
    const text = 'ph 9822012345, aadhaar 2345 6789 0123, ravi@example.com, MH31AB1234';
    const masked = maskPii(text, findPii(text));
    expect(masked).toBe('ph XXXXXXXX45, aadhaar XXXX XXXX 0123, r***@example.com, MH31AB1234');
  });

  it('masks the new kinds in the same style', () => {
    expect(mask('call (98220) 12345')).toBe('call (XXXXX) XXX45');
    expect(mask('call ९८२२०.१२३४५')).toBe('call XXXXX.XXX४५');
    expect(mask('mail ravi.kumar at gmail dot com')).toBe('mail r*** at gmail dot com');
    expect(mask('PAN BNZPM2501F')).toBe('PAN XXXXXXXX1F');
    expect(mask('मेरा नाम रवि कुमार है')).toBe('मेरा नाम *** है');
  });
});

describe('the personal-data corpus', () => {
  it('is big enough to mean something', () => {
    expect(positives.length).toBeGreaterThanOrEqual(250);
    expect(negatives.length).toBeGreaterThanOrEqual(60);
    for (const e of positives) expect(secretsOf(e).every((s) => s !== '' && e.text.includes(s)), e.text).toBe(true);
  });

  it('masks every spelling so that no secret survives', () => {
    const leaks: string[] = [];
    for (const e of positives) {
      const masked = mask(e.text);
      const secrets = secretsOf(e);
      if (secrets.some((s) => masked.includes(s))) leaks.push(`${e.text} → ${masked}`);
      // Part of a number can leak without the whole: at most the kept last digits of each may remain.
      if (e.kind !== 'email' && e.kind !== 'name') {
        const allowed = digitCount(e.text) - secrets.reduce((n, s) => n + digitCount(s), 0) + 4 * secrets.length;
        if (digitCount(masked) > allowed) leaks.push(`${e.text} → ${masked} (digits)`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('refuses a public reply carrying any spelling', () => {
    expect(positives.filter((e) => !refusesPublicReply(e.text)).map((e) => e.text)).toEqual([]);
  });

  it('leaves messages without personal data unchanged, and lets them be replied to publicly', () => {
    expect(negatives.filter((e) => mask(e.text) !== e.text).map((e) => `${e.text} → ${mask(e.text)}`)).toEqual([]);
    expect(negatives.filter((e) => refusesPublicReply(e.text)).map((e) => e.text)).toEqual([]);
  });

  it('still finds each spelling among ordinary numbers', () => {
    const failures: string[] = [];
    positives.forEach((e, i) => {
      const other = negatives[(i * 7 + 3) % negatives.length]?.text ?? '';
      for (const text of [`${e.text}. ${other}`, `${other}. ${e.text}`, `${other}\n${e.text}\n${other}`]) {
        const masked = mask(text);
        if (secretsOf(e).some((s) => masked.includes(s)) || !masked.includes(other)) failures.push(`${text} → ${masked}`);
      }
    });
    expect(failures).toEqual([]);
  });
});
