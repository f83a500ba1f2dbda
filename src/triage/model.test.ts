import { describe, it, expect } from 'vitest';
import { loadHead, parseModelFile, scoreHead, trainTriageModel } from './model.js';
import type { LabelledExample } from './model.js';
import { extractFeatures } from './features.js';
import { normaliseMessage } from './normalise.js';

const examples: LabelledExample[] = [];
for (let i = 0; i < 5; i += 1) {
  examples.push({ text: `my bike was stolen from parking ${i}`, labels: { category: 'theft', priority: 'p2' } });
  examples.push({ text: `thank you police great work ${i}`, labels: { category: 'feedback', priority: 'p3' } });
  examples.push({ text: `mobile chori ho gaya ${i}`, labels: { category: 'theft', priority: 'p2' } });
}

describe('trainTriageModel', () => {
  const model = trainTriageModel(examples, { date: '2026.11.29', epochs: 8 });

  it('writes a versioned, self-describing model file', () => {
    expect(model.version).toMatch(/^triage-2026\.11\.29-[0-9a-f]{10}$/);
    expect(model.category.buckets.length * model.category.labels.length).toBe(model.category.weights.length);
    expect(parseModelFile(JSON.parse(JSON.stringify(model))).version).toBe(model.version);
  });

  it('is deterministic for the same data and options', () => {
    expect(trainTriageModel(examples, { date: '2026.11.29', epochs: 8 }).version).toBe(model.version);
  });

  it('learns to separate the classes it was given', () => {
    const head = loadHead(model.category, model.settings.buckets);
    const score = (text: string): string => {
      const out = scoreHead(head, extractFeatures(normaliseMessage(text), model.settings).ids, new Float64Array(13));
      let best = 0;
      out.forEach((v, i) => {
        if (v > (out[best] ?? 0)) best = i;
      });
      return head.labels[best] ?? '';
    };
    expect(score('bike stolen')).toBe('theft');
    expect(score('great work, thank you')).toBe('feedback');
    expect(score('चोरी हो गया')).toBe('theft');
  });

  it('rejects a file that is not a triage model', () => {
    expect(() => parseModelFile({ format: 'something-else' })).toThrow(/not a chowki triage model/);
  });
});
