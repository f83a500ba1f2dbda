/**
 * The triage engine: normalise → language → features → model → rules. Loading reads the model file
 * once; after that `triage` does no I/O and keeps no state between messages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, PRIORITIES } from './triage.types.js';
import type { TriageInput, TriageResult, Triager } from './triage.types.js';
import { extractFeatures, wordFeatureId } from './features.js';
import { identifyLanguage } from './language.js';
import { loadJointHeads, parseModelFile, scoreJoint, weightOf } from './model.js';
import type { LinearHead, TriageModelFile } from './model.js';
import { normaliseMessage } from './normalise.js';
import type { NormalisedToken } from './normalise.js';
import { findPii } from './pii.js';
import { applyRules, readSignals, viewMessage } from './rules.js';
import { CONCEPT_COUNT, LEXICON } from './lexicon.js';
import { LexiconHits } from './matcher.js';

export { maskPii } from './pii.js';

/** Where the demo model lives, relative to the repository root. */
export const DEFAULT_MODEL_RELATIVE_PATH = 'data/triage/model.json';

/** The repository root: the nearest folder above this file holding package.json (works from src/ and dist/src/). */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}

/** Load a model file from disk (synchronously, once at start). */
export function readModelFile(modelPath?: string): TriageModelFile {
  const path = modelPath ?? join(findRepoRoot(), DEFAULT_MODEL_RELATIVE_PATH);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new Error(`cannot read the triage model at ${path}; build one with \`chowki train\``, { cause });
  }
  return parseModelFile(data);
}

/** Create a triager from a model file (default `data/triage/model.json` under the repository root). */
export function createTriager(modelPath?: string): Triager {
  return createTriagerFromModel(readModelFile(modelPath));
}

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

  const triage = (input: TriageInput): TriageResult => {
    const norm = normaliseMessage(input.text);
    const lang = identifyLanguage(norm.tokens);
    const view = viewMessage(norm, hits);
    const features = extractFeatures(norm, settings, false, hits);
    scoreJoint(joint, features.ids, catScores, priScores);
    const catBest = argmax(catScores);
    const priBest = argmax(priScores);
    const modelCategory = categoryIndex[catBest] ?? 'other';
    const modelPriority = priorityIndex[priBest] ?? 'p2';
    const signals = readSignals(view);
    const decision = applyRules(signals, modelCategory, modelPriority, p1Index < 0 ? 0 : (priScores[p1Index] ?? 0));
    const words = topWords(categoryHead, norm.tokens, settings.buckets, catBest, 3);
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
function topWords(head: LinearHead, tokens: readonly NormalisedToken[], buckets: number, cls: number, n: number): string[] {
  const scored: [string, number][] = [];
  for (const t of tokens) {
    if (t.script !== 'latin' && t.script !== 'deva' && t.script !== 'mixed') continue;
    const w = weightOf(head, wordFeatureId(t.skeleton, buckets), cls);
    if (w > 0.05 && !scored.some(([word]) => word === t.word)) scored.push([t.word, w]);
  }
  return scored
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([w]) => w);
}
