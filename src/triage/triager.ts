/**
 * The triage engine: normalise → language → features → model → rules. Given a loaded model (read from
 * disk by `triager.load.ts`), `triage` does no I/O and keeps no state between messages.
 */
import { CATEGORIES, PRIORITIES } from './triage.types.js';
import type { TriageInput, TriageResult, Triager } from './triage.types.js';
import { identifyLanguage } from './language.js';
import { loadJointHeads } from './model.js';
import type { LinearHead, TriageModelFile } from './model.js';
import { FastScorer } from './score.js';
import { normaliseMessage } from './normalise.js';
import type { NormalisedToken } from './normalise.js';
import { findPii } from './pii.js';
import { applyRules, readSignals, viewMessage } from './rules.js';
import { CONCEPT_COUNT, LEXICON } from './lexicon.js';
import { LexiconHits } from './matcher.js';

export { maskPii } from './pii.js';

/** Create a triager from an already loaded model (tests, `chowki train` checking its own output). */
export function createTriagerFromModel(model: TriageModelFile): Triager {
  const settings = model.settings;
  const joint = loadJointHeads(model.category, model.priority, settings.buckets);
  const categoryHead = joint.category;
  const priorityHead = joint.priority;
  const categoryIndex = indexLabels(categoryHead, CATEGORIES);
  const priorityIndex = indexLabels(priorityHead, PRIORITIES);
  const catScores = new Float64Array(categoryHead.labels.length);
  const priScores = new Float64Array(priorityHead.labels.length);
  // One scan buffer per triager: triage is synchronous, so messages never share it at once.
  const hits = new LexiconHits(CONCEPT_COUNT);
  const p1Index = priorityIndex.indexOf('p1');
  const scorer = new FastScorer(joint, settings);

  const triage = (input: TriageInput): TriageResult => {
    const norm = normaliseMessage(input.text);
    const lang = identifyLanguage(norm.tokens);
    const view = viewMessage(norm, hits);
    scorer.score(norm, hits, catScores, priScores);
    const catBest = argmax(catScores);
    const priBest = argmax(priScores);
    const modelCategory = categoryIndex[catBest] ?? 'other';
    const modelPriority = priorityIndex[priBest] ?? 'p2';
    const signals = readSignals(view);
    const decision = applyRules(signals, modelCategory, modelPriority, p1Index < 0 ? 0 : (priScores[p1Index] ?? 0));
    const words = topWords(scorer, norm.tokens, catBest, 3);
    const reasons = [
      `model: ${modelCategory} ${(catScores[catBest] ?? 0).toFixed(2)}${words.length > 0 ? ` (${words.join(', ')})` : ''}`,
      `model: ${modelPriority} ${(priScores[priBest] ?? 0).toFixed(2)}`,
      ...lexiconReasons(hits),
      ...decision.reasons,
      lang.evidence,
    ];
    return {
      language: lang.language,
      category: decision.category,
      priority: decision.priority,
      pii: findPii(input.text),
      reasons,
      flags: decision.flags,
    };
  };
  return { version: model.version, triage };
}

// The concepts the message holds, by category, as an officer would name them: "lexicon: theft (snatched)".
function lexiconReasons(hits: LexiconHits): string[] {
  const seen = new Set<number>();
  const parts: string[] = [];
  for (const id of hits.order) {
    if (seen.has(id)) continue;
    seen.add(id);
    const name = LEXICON.names[id] ?? '';
    if (name.startsWith('flag.') || name.startsWith('tone.')) continue;
    parts.push(`${name} "${hits.get(id) ?? ''}"`);
  }
  return parts.length === 0 ? [] : [`lexicon: ${parts.join(', ')}`];
}

// Map each head's stored label order to our codes, so a file written with another order still reads right.
function indexLabels<T extends string>(head: LinearHead, codes: readonly T[]): (T | undefined)[] {
  return head.labels.map((l) => codes.find((c) => c === l));
}

function argmax(v: Float64Array): number {
  let best = 0;
  for (let i = 1; i < v.length; i += 1) if ((v[i] ?? 0) > (v[best] ?? 0)) best = i;
  return best;
}

// The words whose own feature pushed hardest toward the chosen class, for the officer to see why.
function topWords(scorer: FastScorer, tokens: readonly NormalisedToken[], cls: number, n: number): string[] {
  const best: string[] = [];
  const weights: number[] = [];
  // The scorer kept each word's score while scoring this message: no second lookup.
  const scores = scorer.lastWords;
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k];
    const ws = scores[k];
    if (t === undefined || ws === undefined || ws === null) continue;
    const w = scorer.wordWeight(ws, cls);
    if (w <= 0.05 || best.includes(t.word)) continue;
    // Insertion into a list of at most n: cheaper than sorting every word of the message.
    let i = weights.length;
    while (i > 0 && (weights[i - 1] ?? 0) < w) i -= 1;
    if (i >= n) continue;
    best.splice(i, 0, t.word);
    weights.splice(i, 0, w);
    if (best.length > n) {
      best.pop();
      weights.pop();
    }
  }
  return best;
}
