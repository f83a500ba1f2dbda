import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNamedOfficers, judgeSentiment, SENTIMENTS, type Sentiment } from './sentiment.js';

interface Labelled {
  text: string;
  lang: string;
  label: Sentiment;
}

/** The hand-written development set (its first line says what it is and is not). */
const DEV: Labelled[] = readFileSync(new URL('../../test/fixtures/sentiment/dev-set.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.includes('"_comment"'))
  .map((l) => JSON.parse(l) as Labelled);

describe('sentiment on the development set', () => {
  const results = DEV.map((m) => ({ ...m, got: judgeSentiment(m.text) }));

  it('has every label in every language', () => {
    for (const lang of ['en', 'hi', 'mr', 'hi-Latn']) for (const s of SENTIMENTS) expect(DEV.some((m) => m.lang === lang && m.label === s), `${lang} ${s}`).toBe(true);
  });

  it('reads at least 90 % of the messages right, and each label at least 80 %', () => {
    const wrong = results.filter((r) => r.got.label !== r.label).map((r) => `${r.label} ← ${r.got.label}: ${r.text} [${r.got.reasons.join('; ')}]`);
    const accuracy = 1 - wrong.length / results.length;
    expect(accuracy, wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
    for (const s of SENTIMENTS) {
      const of = results.filter((r) => r.label === s);
      const recall = of.filter((r) => r.got.label === s).length / of.length;
      expect(recall, `${s}: ${wrong.filter((w) => w.startsWith(s)).join('\n')}`).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('explains every judgement that is not neutral by the words that made it', () => {
    for (const r of results) if (r.got.label !== 'neutral') expect(r.got.reasons.length, r.text).toBeGreaterThan(0);
    expect(judgeSentiment('Not helpful at all').reasons).toEqual(['anger: negated "helpful"']);
  });

  it('puts fear before anger and anger before praise on a tie', () => {
    expect(judgeSentiment('thanks, but I am scared').label).toBe('fear');
    expect(judgeSentiment('thanks, useless reply').label).toBe('anger');
  });
});

describe('officers named in a message', () => {
  const officers = [
    { id: 1, name: 'PSI Rahul Deshmukh', unitWords: ['Sitabuldi'] },
    { id: 2, name: 'Desk operator, Sitabuldi', unitWords: ['Sitabuldi'] },
    { id: 3, name: 'HC Sunita Wankhede', unitWords: ['Sitabuldi'] },
  ];
  it('finds an officer by a distinctive word of their name, never by a rank, a role or the station', () => {
    expect(findNamedOfficers('Thank you Deshmukh sir for the quick help', officers).map((o) => o.id)).toEqual([1]);
    expect(findNamedOfficers('thanks to sunita madam and rahul sir', officers).map((o) => o.id)).toEqual([1, 3]);
    expect(findNamedOfficers('Thank you Sitabuldi police, the operator was kind', officers)).toEqual([]);
  });
});
