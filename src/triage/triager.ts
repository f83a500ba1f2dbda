/**
 * The triage engine: normalise → language → features → model → rules (the category's ties in rules.ts,
 * urgency in urgency.ts). Given a loaded model (read from disk by `triager.load.ts`), `triage` does no
 * I/O and keeps no state between messages; `judgeConversation` judges a conversation the same way in
 * one pass over its messages (see conversation.ts).
 */
import { CATEGORIES, PRIORITIES } from './triage.types.js';
import type {
  ConversationMessage, ConversationTriage, MessageJudgement, TriageInput, TriageResult, Triager,
} from './triage.types.js';
import { isContentlessNormalised } from './contentless.js';
import { combineConversation, priorityRank, waitingForDetails } from './conversation.js';
import { identifyLanguage } from './language.js';
import { loadJointHeads } from './model.js';
import type { LinearHead, TriageModelFile } from './model.js';
import { FastScorer } from './score.js';
import type { WordScore } from './score.js';
import { normaliseMessage } from './normalise.js';
import type { NormalisedToken } from './normalise.js';
import { findPii } from './pii.js';
import { applyRules } from './rules.js';
import type { RuleDecision } from './rules.js';
import { mergeSignals, readSignals } from './signals.js';
import type { Signals } from './signals.js';
import { endedLater } from './urgency.js';
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
  // Each message's reading, kept for the next judgement of its conversation: the desk judges a conversation again
  // after every message, and only the new one needs reading (see `Reading`).
  const readings = new Map<string, Reading>();
  const p1Index = priorityIndex.indexOf('p1');
  const scorer = new FastScorer(joint, settings);
  const acc = new Float64Array(scorer.stride);
  const seen = new Int32Array(CONCEPT_COUNT);
  let stamp = 0;

  /**
   * The model's reading of accumulated features, and the rules applied on top of it. `p1Cap`: the most the
   * model's p1 may be (a conversation's whole: see `judgeConversation`); when the cap brings it under another
   * priority's probability, that priority is the model's.
   */
  const judge = (a: Float64Array, n: number, signals: Signals, p1Cap = 1) => {
    scorer.finish(a, n, catScores, priScores);
    const catBest = argmax(catScores);
    let priBest = argmax(priScores);
    const modelCategory = categoryIndex[catBest] ?? 'other';
    let p1 = p1Index < 0 ? 0 : (priScores[p1Index] ?? 0);
    if (p1 > p1Cap) {
      p1 = p1Cap;
      priScores[p1Index] = p1Cap;
      priBest = argmax(priScores);
    }
    const modelPriority = priorityIndex[priBest] ?? 'p2';
    const decision = applyRules(signals, modelCategory, modelPriority, p1);
    return { decision, catBest, p1, modelCategory, modelPriority, catProb: catScores[catBest] ?? 0, priProb: priScores[priBest] ?? 0 };
  };
  // What the model said, as the first two reasons: "model: theft 0.97 (snatched, chain)", "model: p1 0.88".
  const modelReasons = (j: ReturnType<typeof judge>, words: readonly string[]): string[] => [
    `model: ${j.modelCategory} ${j.catProb.toFixed(2)}${words.length > 0 ? ` (${words.join(', ')})` : ''}`,
    `model: ${j.modelPriority} ${j.priProb.toFixed(2)}`,
  ];

  // The concepts the messages hold, by category, as an officer would name them: "lexicon: theft.snatch "snatched"".
  const lexiconReasons = (all: readonly { readonly order: readonly number[]; get(id: number): string | null }[]): string[] => {
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
    const j = judge(acc, n, readSignals({ norm, hits }));
    const decision = j.decision;
    // The scorer kept each word's score while scoring this message: no second lookup.
    const words = topWords(scorer, scorer.lastWords, norm.tokens, j.catBest, 3);
    return {
      language: lang.language,
      category: decision.category,
      priority: decision.priority,
      pii: findPii(input.text),
      reasons: [...modelReasons(j, words), ...lexiconReasons([hits]), ...decision.reasons, lang.evidence],
      flags: decision.flags,
    };
  };

  /** A message read once: from the memo when its conversation was judged before, else read and kept. */
  const readMessage = (text: string): Reading => {
    // Kept in the order read, the oldest the first to go: a conversation's messages come minutes apart.
    const kept = readings.get(text);
    if (kept !== undefined) return kept;
    const norm = normaliseMessage(text);
    let reading: Reading;
    if (isContentlessNormalised(text, norm)) {
      reading = { tokens: norm.tokens, report: null };
    } else {
      LEXICON.scan(norm, hits);
      const a = new Float64Array(scorer.stride);
      const n = scorer.accumulate(norm, hits, a);
      const report = { acc: a, n, words: [...scorer.lastWords], signals: readSignals({ norm, hits }), concepts: ConceptWords.of(hits) };
      reading = { tokens: norm.tokens, report };
    }
    readings.set(text, reading);
    if (readings.size > READINGS_KEPT) {
      const oldest = readings.keys().next().value;
      if (oldest !== undefined) readings.delete(oldest);
    }
    return reading;
  };

  const judgeConversation = (messages: readonly ConversationMessage[]): ConversationTriage => {
    const judged: MessageJudgement[] = [];
    const parts: Part[] = [];
    const tokens: NormalisedToken[] = [];
    const quietTokens: NormalisedToken[] = [];
    messages.forEach((m, index) => {
      const r = readMessage(m.text);
      if (r.report === null) {
        judged.push({ index, contentless: true, category: null, priority: null });
        for (const t of r.tokens) quietTokens.push(t);
        return;
      }
      for (const t of r.tokens) tokens.push(t);
      const { acc: a, n, words, signals, concepts } = r.report;
      judged.push({ index, contentless: false, category: null, priority: null });
      parts.push({ index, text: m.text, tokens: r.tokens, concepts, acc: a, n, words, signals, decision: null, p1: 0 });
    });
    if (parts.length === 0) {
      return waitingForDetails(messages, judged, quietTokens.length === 0 ? 'en' : identifyLanguage(quietTokens).language);
    }
    // With one report among greetings, the report is the whole: judged once.
    const only = parts.length === 1 ? parts[0] : undefined;
    let top = parts[0];
    let whole = only?.acc;
    let n = only?.n ?? 0;
    if (only === undefined) {
      // Each report on its own, for the highest priority any reaches; the most urgent counts twice in the category.
      for (const p of parts) {
        const own = judge(p.acc, p.n, p.signals);
        p.decision = own.decision;
        p.p1 = own.p1;
        const j = judged[p.index];
        if (j !== undefined) {
          j.category = own.decision.category;
          j.priority = own.decision.priority;
        }
        if (top === undefined || rankOf(p) > rankOf(top)) top = p;
      }
      whole = new Float64Array(scorer.stride);
      for (const p of parts) {
        for (let c = 0; c < whole.length; c += 1) whole[c] = (whole[c] ?? 0) + (p.acc[c] ?? 0);
        n += p.n;
      }
      if (top !== undefined) {
        for (let c = 0; c < whole.length; c += 1) whole[c] = (whole[c] ?? 0) + (top.acc[c] ?? 0);
        n += top.n;
      }
    }
    const signals = only?.signals ?? mergeSignals(parts.map((p) => p.signals));
    if (whole === undefined || top === undefined) throw new Error('unreachable: a conversation with a report has one');
    // Read together, several reports add up their words' evidence, and the linear model grows surer of p1 than
    // any of them alone; the whole is never surer than its most urgent report (read blind chats: p1 precision
    // 0.814 → 0.822, recall the same; data/triage/README.md, "Twelfth round").
    let mostP1 = 0;
    for (const p of parts) mostP1 = Math.max(mostP1, p.p1);
    const j = judge(whole, n, signals, only === undefined ? mostP1 : 1);
    const decision = only === undefined ? atLatestState(j.decision, parts.map((p) => p.signals), signals) : j.decision;
    if (only !== undefined) {
      const j = judged[only.index];
      if (j !== undefined) {
        j.category = decision.category;
        j.priority = decision.priority;
      }
    }
    const words = topWords(scorer, top.words, top.tokens, j.catBest, 3);
    const lang = identifyLanguage(tokens);
    const text = only?.text ?? parts.map((p) => p.text).join('\n');
    const result: TriageResult = {
      language: lang.language,
      category: decision.category,
      priority: decision.priority,
      pii: findPii(text),
      reasons: [...modelReasons(j, words), ...lexiconReasons(parts.map((p) => p.concepts)), ...decision.reasons, lang.evidence],
      flags: decision.flags,
    };
    return combineConversation(result, judged, text, messages.length, parts.length, only === undefined ? top.index : null);
  };

  return { version: model.version, triage, judgeConversation };
}

/**
 * How many messages' readings a triager keeps (about 2 KB each): enough for every conversation open at a busy
 * desk to be judged again after its next message without reading the earlier ones again.
 */
const READINGS_KEPT = 4096;

/** The concepts a message holds, in the order found, with the first words that held them: for `reasons`. */
class ConceptWords {
  private constructor(
    readonly order: readonly number[],
    private readonly words: readonly string[],
  ) {}

  /** A copy of what a scan found, that outlives the scan's reused buffer. */
  static of(h: LexiconHits): ConceptWords {
    const order: number[] = [];
    const words: string[] = [];
    for (const id of h.order) {
      if (order.includes(id)) continue;
      order.push(id);
      words.push(h.get(id) ?? '');
    }
    return new ConceptWords(order, words);
  }

  get(id: number): string | null {
    const at = this.order.indexOf(id);
    return at < 0 ? null : (this.words[at] ?? null);
  }
}

/**
 * A message as the engine reads it, whatever conversation it is judged in: its words and, for a report (not a
 * greeting, a command or thanks), its model features, its signals and its concepts. Pure of the message's text.
 */
interface Reading {
  tokens: readonly NormalisedToken[];
  report: { acc: Float64Array; n: number; words: (WordScore | null)[]; signals: Signals; concepts: ConceptWords } | null;
}

/** One substantive message of a conversation, read. */
interface Part {
  index: number;
  text: string;
  tokens: readonly NormalisedToken[];
  concepts: ConceptWords;
  acc: Float64Array;
  n: number;
  /** The scorer's word scores of this message, by token, for the words shown in `reasons`. */
  words: (WordScore | null)[];
  signals: Signals;
  /** Its own judgement, when the conversation holds more than one report. */
  decision: RuleDecision | null;
  p1: number;
}

// How urgent a message is on its own: its priority, then the model's p1 probability.
function rankOf(p: Part): number {
  return (p.decision === null ? 0 : priorityRank(p.decision.priority) * 2) + p.p1;
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
function topWords(scorer: FastScorer, scores: readonly (WordScore | null)[], tokens: readonly NormalisedToken[], cls: number, n: number): string[] {
  const best: string[] = [];
  const weights: number[] = [];
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

/**
 * A chat at its latest state: when the latest report to speak of the danger says it is over or never was
 * (`endedLater`), a p1 falls to p2, and a false alarm or a search ended to p3. The desk never lowers a ticket's
 * priority by itself (ticket.lifecycle.ts): the officer reads this reason in the Why panel and settles it.
 */
function atLatestState(decision: RuleDecision, reports: readonly Signals[], whole: Signals): RuleDecision {
  const ended = endedLater(reports, whole, decision.category);
  if (ended === null) return decision;
  const to = ended.falseAlarm ? 'p3' : 'p2';
  if (priorityRank(decision.priority) <= priorityRank(to)) return decision;
  const why = ended.falseAlarm ? 'a false alarm or the one missing found' : 'the danger over';
  return {
    category: decision.category,
    priority: to,
    reasons: [...decision.reasons, `conversation: a later report tells ${why} ("${ended.word}") → ${to}`],
    flags: decision.flags.filter((f) => f !== 'unsure'),
  };
}
