import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFeatures } from './features.js';
import { CONCEPT_COUNT, LEXICON } from './lexicon.js';
import { LexiconHits } from './matcher.js';
import { loadJointHeads, scoreJoint } from './model.js';
import { normaliseMessage } from './normalise.js';
import { FastScorer } from './score.js';
import { findRepoRoot, readModelFile } from './triager.load.js';

describe('FastScorer', () => {
  it('gives the same probabilities as scoring the extracted features one by one', () => {
    const model = readModelFile();
    const joint = loadJointHeads(model.category, model.priority, model.settings.buckets);
    const scorer = new FastScorer(joint, model.settings);
    const texts = readFileSync(join(findRepoRoot(), 'data/triage/check.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => String(JSON.parse(l).text));
    texts.push('@NagpurPolice plzzz help 🙏 #Accident at https://x.co 98220 12345', '');
    const hits = new LexiconHits(CONCEPT_COUNT);
    for (const text of texts) {
      const norm = normaliseMessage(text);
      LEXICON.scan(norm, hits);
      const slowCat = new Float64Array(joint.category.labels.length);
      const slowPri = new Float64Array(joint.priority.labels.length);
      scoreJoint(joint, extractFeatures(norm, model.settings, false, hits).ids, slowCat, slowPri);
      const fastCat = new Float64Array(slowCat.length);
      const fastPri = new Float64Array(slowPri.length);
      scorer.score(norm, hits, fastCat, fastPri);
      slowCat.forEach((v, i) => expect(fastCat[i]).toBeCloseTo(v, 5));
      slowPri.forEach((v, i) => expect(fastPri[i]).toBeCloseTo(v, 5));
    }
  });
});
