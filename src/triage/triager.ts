/**
 * The triage engine: normalise → language → features → model → rules (the category's ties in rules.ts,
 * urgency in urgency.ts). Given a loaded model (read from disk by `triager.load.ts`), `triage` does no
 * I/O and keeps no state between messages; `judgeConversation` judges a conversation the same way in
 * one pass over its messages (see conversation.ts).
 */
import { CATEGORIES, PRIORITIES } from './triage.types.js';
import type {
  ConversationMessage, ConversationTriage, MessageJudgement, PiiSpan, TriageInput, TriageResult, Triager,
} from './triage.types.js';
import { isContentlessNormalised } from './contentless.js';
import { combineConversation, priorityRank, waitingForDetails } from './conversation.js';
import { identifyLanguage } from './language.js';
import { loadJointHeads } from './model.js';
import type { LinearHead, TriageModelFile } from './model.js';
import { FastScorer } from './score.js';
import { normaliseMessage } from './normalise.js';
import type { NormalisedToken } from './normalise.js';
import { findPii } from './pii.js';
import { applyRules } from './rules.js';
import type { RuleDecision } from './rules.js';
import { mergeSignals, readSignals } from './signals.js';
import type { Signals } from './signals.js';
import { CONCEPT_COUNT, LEXICON } from './lexicon.js';
import { LexiconHits } from './matcher.js';

export { maskPii } from './pii.js';
export { triageConversation } from './conversation.js';

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
  // Scan and score buffers per triager: triage is synchronous, so messages never share them at once.
  const hits = new LexiconHits(CONCEPT_COUNT);
  const hitsPool: LexiconHits[] = [];
  const p1Index = priorityIndex.indexOf('p1');
  const scorer = new FastScorer(joint, settings);
  const acc = new Float64Array(scorer.stride);
  const seen = new Int32Array(CONCEPT_COUNT);
  let stamp = 0;

  /** The model's reading of accumulated features, and the rules applied on top of it. */
  const judge = (a: Float64Array, n: number, signals: Signals) => {
    scorer.finish(a, n, catScores, priScores);
    const catBest = argmax(catScores);
    const priBest = argmax(priScores);
    const modelCategory = categoryIndex[catBest] ?? 'other';
    const modelPriority = priorityIndex[priBest] ?? 'p2';
    const p1 = p1Index < 0 ? 0 : (priScores[p1Index] ?? 0);
    const decision = applyRules(signals, modelCategory, modelPriority, p1);
    const modelReasons = [
      `model: ${modelCategory} ${(catScores[catBest] ?? 0).toFixed(2)}`,
      `model: ${modelPriority} ${(priScores[priBest] ?? 0).toFixed(2)}`,
    ];
    return { decision, modelReasons, catBest, p1 };
  };

  // The concepts the messages hold, by category, as an officer would name them: "lexicon: theft.snatch "snatched"".
  const lexiconReasons = (all: readonly LexiconHits[]): string[] => {
    stamp += 1;
    let parts = '';
    for (const h of all) {
      for (const id of h.order) {
        if (seen[id] === stamp) continue;
        seen[id] = stamp;
        const name = LEXICON.names[id] ?? '';
        if (name.startsWith('flag.') || name.startsWith('tone.')) continue;
        parts += `${parts === '' ? '' : ', '}${name} "${h.get(id) ?? ''}"`;
      }
    }
    return parts === '' ? [] : [`lexicon: ${parts}`];
  };

  const triage = (input: TriageInput): TriageResult => {
    const norm = normaliseMessage(input.text);
    const lang = identifyLanguage(norm.tokens);
    LEXICON.scan(norm, hits);
    acc.fill(0);
    const n = scorer.accumulate(norm, hits, acc);
    const { decision, modelReasons, catBest } = judge(acc, n, readSignals({ norm, hits }));
    const words = topWords(scorer, norm.tokens, catBest, 3);
    if (words.length > 0) modelReasons[0] += ` (${words.join(', ')})`;
    return {
      language: lang.language,
      category: decision.category,
      priority: decision.priority,
      pii: findPii(input.text),
      reasons: [...modelReasons, ...lexiconReasons([hits]), ...decision.reasons, lang.evidence],
      flags: decision.flags,
    };
  };

  const judgeConversation = (messages: readonly ConversationMessage[]): ConversationTriage => {
    const judged: MessageJudgement[] = [];
    const parts: Part[] = [];
    const tokens: NormalisedToken[] = [];
    messages.forEach((m, index) => {
      const norm = normaliseMessage(m.text);
      if (isContentlessNormalised(m.text, norm)) {
        judged.push({ index, contentless: true, category: null, priority: null });
        return;
      }
      const h = hitsPool[parts.length] ?? new LexiconHits(CONCEPT_COUNT);
      hitsPool[parts.length] = h;
      LEXICON.scan(norm, h);
      const a = new Float64Array(scorer.stride);
      const n = scorer.accumulate(norm, h, a);
      const signals = readSignals({ norm, hits: h });
      const { decision, catBest, p1 } = judge(a, n, signals);
      const words = topWords(scorer, norm.tokens, catBest, 3);
      for (const t of norm.tokens) tokens.push(t);
      judged.push({ index, contentless: false, category: decision.category, priority: decision.priority });
      parts.push({ index, text: m.text, hits: h, acc: a, n, signals, decision, p1, words });
    });
    if (parts.length === 0) {
      const all: NormalisedToken[] = [];
      for (const m of messages) for (const t of normaliseMessage(m.text).tokens) all.push(t);
      return waitingForDetails(messages, judged, all.length === 0 ? 'en' : identifyLanguage(all).language);
    }
    // The most urgent message counts twice in the category: a report outweighs the chat around it.
    let top = parts[0];
    for (const p of parts) if (top === undefined || rankOf(p) > rankOf(top)) top = p;
    const whole = new Float64Array(scorer.stride);
    let n = 0;
    for (const p of parts) {
      for (let c = 0; c < whole.length; c += 1) whole[c] = (whole[c] ?? 0) + (p.acc[c] ?? 0);
      n += p.n;
    }
    if (top !== undefined && parts.length > 1) {
      for (let c = 0; c < whole.length; c += 1) whole[c] = (whole[c] ?? 0) + (top.acc[c] ?? 0);
      n += top.n;
    }
    const signals = parts.length === 1 ? parts[0]?.signals : mergeSignals(parts.map((p) => p.signals));
    if (signals === undefined) throw new Error('unreachable: a conversation with a report has signals');
    const { decision, modelReasons } = judge(whole, n, signals);
    if (top !== undefined && top.words.length > 0) modelReasons[0] += ` (${top.words.join(', ')})`;
    const lang = identifyLanguage(tokens);
    const pii: PiiSpan[] = [];
    let offset = 0;
    for (const p of parts) {
      for (const span of findPii(p.text)) pii.push({ kind: span.kind, start: span.start + offset, end: span.end + offset });
      offset += p.text.length + 1;
    }
    const result: TriageResult = {
      language: lang.language,
      category: decision.category,
      priority: decision.priority,
      pii,
      reasons: [...modelReasons, ...lexiconReasons(parts.map((p) => p.hits)), ...decision.reasons, lang.evidence],
      flags: decision.flags,
    };
    const perMessage = parts.map((p) => ({ index: p.index, result: p.decision }));
    return combineConversation(result, perMessage, judged, parts.map((p) => p.text).join('\n'), messages.length);
  };

  return { version: model.version, triage, judgeConversation };
}

/** One substantive message of a conversation, read. */
interface Part {
  index: number;
  text: string;
  hits: LexiconHits;
  acc: Float64Array;
  n: number;
  signals: Signals;
  decision: RuleDecision;
  p1: number;
  words: string[];
}

// How urgent a message is on its own: its priority, then the model's p1 probability.
function rankOf(p: Part): number {
  return priorityRank(p.decision.priority) * 2 + p.p1;
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
