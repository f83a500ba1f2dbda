import { describe, it, expect } from 'vitest';
import { evaluateTriage, formatEvalReport } from './evaluate.js';
import type { Triager, TriageResult } from './triage.types.js';
import { parseLabelledJsonl, toTrainingExamples } from './dataset.js';

// A fixed triager: says theft/p2/en for everything, so the expected scores are known by hand.
const fixed: Triager = {
  version: 'test',
  triage: (): TriageResult => ({ language: 'en', category: 'theft', priority: 'p2', pii: [], reasons: ['fixed'], flags: [] }),
};

describe('evaluateTriage', () => {
  const items = parseLabelledJsonl(
    [
      '{"id":"a","text":"bike stolen","labels":{"category":"theft","priority":"p2","language":"en"}}',
      '{"id":"b","text":"knife fight","labels":{"category":"violence","priority":"p1","language":"en"}}',
      '{"id":"c","text":"thanks","labels":{"category":"feedback","priority":"p3","language":"en"}}',
      '{"id":"d","text":"chain snatched","labels":{"category":"theft","priority":"p2","language":"en"}}',
    ].join('\n'),
  );
  const report = evaluateTriage(fixed, items);

  it('computes precision, recall and F1 per label and macro-F1 over labels present', () => {
    const theft = report.category.perClass.find((c) => c.label === 'theft');
    expect(theft).toMatchObject({ precision: 0.5, recall: 1, support: 2 });
    expect(theft?.f1).toBeCloseTo(2 / 3);
    // theft 2/3, violence 0, feedback 0 → macro 2/9
    expect(report.category.macroF1).toBeCloseTo(2 / 9);
    expect(report.category.accuracy).toBe(0.5);
  });

  it('fills the confusion matrix expected × predicted', () => {
    const v = report.category.labels.indexOf('violence');
    const t = report.category.labels.indexOf('theft');
    expect(report.category.matrix[v]?.[t]).toBe(1);
    expect(report.priority.matrix[0]?.[1]).toBe(1);
  });

  it('lists the misclassified items and prints them', () => {
    expect(report.misclassified.map((m) => `${m.id}:${m.field}`)).toEqual([
      'b:category', 'b:priority', 'c:category', 'c:priority',
    ]);
    const text = formatEvalReport(report);
    expect(text).toContain('macro-F1 0.222');
    expect(text).toContain('b category: expected violence, got theft');
  });
});

describe('labelled files', () => {
  it('reads officer corrections without a language and skips rows without labels', () => {
    const items = parseLabelledJsonl('{"text":"x","labels":{"category":"theft","priority":"p2"}}\n{"text":"y","labels":{}}\n');
    const { examples, skipped } = toTrainingExamples(items);
    expect(examples).toHaveLength(1);
    expect(skipped).toBe(1);
  });

  it('names the bad line', () => {
    expect(() => parseLabelledJsonl('{"text":"x","labels":{}}\nnot json', 'f.jsonl')).toThrow('f.jsonl:2');
  });

  it('reads a pin written with "lng" or "latitude"/"longitude", and names a pin it cannot read instead of dropping it', () => {
    const [a, b] = parseLabelledJsonl(
      [
        '{"messages":[{"text":"fight"},{"text":"","geo":{"lat":21.16,"lng":79.14}}],"labels":{}}',
        '{"text":"here","geo":{"latitude":21.1,"longitude":79.05},"labels":{}}',
      ].join('\n'),
    );
    expect(a?.messages?.[1]?.geo).toEqual({ lat: 21.16, lon: 79.14 });
    expect(b?.geo).toEqual({ lat: 21.1, lon: 79.05 });
    expect(() => parseLabelledJsonl('{"text":"x","labels":{}}\n{"messages":[{"text":"","geo":{"lat":"21.1"}}],"labels":{}}', 'g.jsonl')).toThrow(
      /g\.jsonl:2: "geo" needs a numeric "lat"/,
    );
  });
});

describe('evaluateTriage: conversations and stations', () => {
  const items = parseLabelledJsonl(
    [
      '{"id":"m","text":"bike stolen in Sadar","labels":{"category":"theft","priority":"p2","station":"s-sadar"}}',
      '{"id":"c","messages":[{"text":"Hi"},{"text":"bike stolen"},{"text":"Ajni","geo":{"lat":21.1,"lon":79.1}}],"labels":{"category":"theft","priority":"p2","station":"s-ajni"}}',
      '{"id":"n","text":"how do I get a PCC","labels":{"category":"information","station":null}}',
      '{"id":"u","text":"thanks","labels":{"category":"feedback"}}',
    ].join('\n'),
  );

  it('reads conversation lines: messages kept, text joined, pins and a null station label kept', () => {
    const conv = items[1];
    expect(conv?.messages?.map((m) => m.text)).toEqual(['Hi', 'bike stolen', 'Ajni']);
    expect(conv?.messages?.[2]?.geo).toEqual({ lat: 21.1, lon: 79.1 });
    expect(conv?.text).toBe('Hi\nbike stolen\nAjni');
    expect(items[2]?.labels.station).toBeNull();
    expect('station' in (items[3]?.labels ?? {})).toBe(false);
  });

  it('judges a conversation whole and scores the station of every item that carries one', () => {
    const seen: string[] = [];
    const report = evaluateTriage(fixed, items, (item) => {
      seen.push(item.id ?? '');
      return { station: item.id === 'm' ? 's-sadar' : item.id === 'c' ? 's-other' : null, reasons: ['routed'] };
    });
    expect(report.conversations).toBe(1);
    expect(seen).toEqual(['m', 'c', 'n']);
    expect(report.station).toEqual({ accuracy: 2 / 3, correct: 2, total: 3, named: { correct: 1, total: 2 }, none: { correct: 1, total: 1 } });
    expect(report.misclassified.find((m) => m.field === 'station')).toMatchObject({ id: 'c', expected: 's-ajni', predicted: 's-other' });
    expect(formatEvalReport(report)).toMatch(/## station: accuracy 66\.7% \(2 of 3 labelled\)/);
  });

  it('reports no station without a router', () => {
    expect(evaluateTriage(fixed, items).station).toBeUndefined();
  });
});
