import { describe, it, expect } from 'vitest';
import { applyRules, readSignals, viewMessage } from './rules.js';
import type { Category, Priority } from './triage.types.js';
import { normaliseMessage } from './normalise.js';

const decide = (text: string, category: Category, priority: Priority = 'p2') =>
  applyRules(readSignals(viewMessage(normaliseMessage(text))), category, priority);

describe('applyRules', () => {
  it('lifts a weapon used now to p1, in any script', () => {
    expect(decide('do log chaaku leke khade hai abhi', 'violence').priority).toBe('p1');
    expect(decide('अभी कुछ लोग तलवार लेकर धमका रहे हैं', 'violence').priority).toBe('p1');
  });

  it('keeps a threat from last week at p2', () => {
    expect(decide('he threatened me with a knife last week, want to file a complaint', 'violence').priority).toBe('p2');
  });

  it('does not take "road" for a rod or "nobody hurt" for an injury', () => {
    expect(decide('jam on the main road near the square', 'traffic').priority).toBe('p2');
    expect(decide('minor accident this morning, nobody hurt, only damage', 'accident').priority).toBe('p2');
  });

  it('settles ties as TAXONOMY.md does', () => {
    const robbery = decide('two men robbed me with a knife', 'theft');
    expect(robbery.category).toBe('violence');
    expect(robbery.reasons.join(' ')).toMatch(/weapon/);
    expect(decide('drunk men are harassing a girl at the bus stop', 'nuisance').category).toBe('women_safety');
  });

  it('treats a missing child as p1 and a returned person as not', () => {
    expect(decide('my 8 year old son is missing since this morning', 'missing_person').priority).toBe('p1');
    expect(decide('my father who was missing came back home, please close the case', 'missing_person', 'p3').priority).toBe('p3');
  });

  it('lifts a woman followed while she is afraid, not a stalking report from last week', () => {
    expect(decide('a man keeps following me, I am alone and scared', 'women_safety').priority).toBe('p1');
    expect(decide('a man was following my daughter last week', 'women_safety').priority).toBe('p2');
  });

  it('flags spam and abuse, and keeps them as messages', () => {
    const spam = decide('Earn 5000 per day work from home, DM now', 'other', 'p3');
    expect(spam.flags).toContain('spam');
    expect(decide('tum log nikamme ho saale', 'other', 'p3').flags).toContain('abuse');
  });

  it('never leaves a question or a thank-you above p3', () => {
    expect(decide('how do I get my passport verification done?', 'information', 'p2').priority).toBe('p3');
  });
});
