/**
 * Evaluation of a triager against labelled messages and conversations: per label a confusion matrix,
 * precision, recall, F1 and macro-F1, station accuracy when the items carry `labels.station` and a
 * locator is given, and the misclassified items. The tool a force uses to check a model before
 * deploying it. A conversation is judged whole (`triageConversation`).
 */
import { CATEGORIES, LANGUAGES, PRIORITIES } from './triage.types.js';
import type { Category, TriageResult, Triager } from './triage.types.js';
import { triageConversation } from './conversation.js';

/** One message of a labelled conversation. */
export interface EvalMessage {
  text: string;
  channel?: string;
  geo?: { lat: number; lon: number };
}

/** A labelled item as read from a JSONL evaluation file (labels may be partial). */
export interface EvalItem {
  id?: string;
  /** The message, or a conversation's messages joined by newlines. */
  text: string;
  channel?: string;
  geo?: { lat: number; lon: number };
  /** Set for a conversation: judged whole, located message by message. */
  messages?: EvalMessage[];
  /** `station` null: the item names no place (the control room); absent: not labelled. */
  labels: { category?: string; priority?: string; language?: string; station?: string | null };
}

/** Where the pipeline routes an item, given its judged category: a station id, null for the control room. */
export type RouteItem = (item: EvalItem, category: Category) => { station: string | null; reasons: string[] };

export interface StationReport {
  accuracy: number;
  correct: number;
  /** Items carrying `labels.station`. */
  total: number;
  /**
   * The same, split by what the label says: a station (the place is known and belongs to it) or none
   * (no place, or a place its writer could not tell between two stations: the control room decides).
   * Routing a "none" item to the nearest station is a guess an officer can move; missing a named one is not.
   */
  named: { correct: number; total: number };
  none: { correct: number; total: number };
}

export interface ClassScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface LabelReport {
  /** Which field: category, priority or language. */
  field: 'category' | 'priority' | 'language';
  labels: string[];
  /** `matrix[expected][predicted]` counts, in `labels` order. */
  matrix: number[][];
  perClass: ClassScore[];
  /** Mean F1 over the labels that occur in the expected or the predicted column. */
  macroF1: number;
  accuracy: number;
  total: number;
}

export interface Misclassified {
  id: string;
  text: string;
  field: LabelReport['field'] | 'station';
  expected: string;
  predicted: string;
  reasons: string[];
}

export interface EvalReport {
  modelVersion: string;
  items: number;
  /** How many of the items are conversations. */
  conversations: number;
  category: LabelReport;
  priority: LabelReport;
  language: LabelReport;
  /** Present when a router was given and some item carries `labels.station`. */
  station?: StationReport;
  /** p1 decided with the flag `unsure` (the officer confirms it), and how many of those are labelled p1. */
  unsureP1: { predicted: number; correct: number };
  misclassified: Misclassified[];
}

const FIELDS = [
  ['category', CATEGORIES],
  ['priority', PRIORITIES],
  ['language', LANGUAGES],
] as const;

/**
 * Run the triager on every item (a conversation whole) and score category, priority and language;
 * with `route`, also the station of every item that carries `labels.station`.
 */
export function evaluateTriage(triager: Triager, items: readonly EvalItem[], route?: RouteItem): EvalReport {
  const pairs: Record<LabelReport['field'], [string, string][]> = { category: [], priority: [], language: [] };
  const misclassified: Misclassified[] = [];
  let stationTotal = 0;
  let stationCorrect = 0;
  const named = { correct: 0, total: 0 };
  const none = { correct: 0, total: 0 };
  let conversations = 0;
  const unsureP1 = { predicted: 0, correct: 0 };
  items.forEach((item, i) => {
    const id = item.id ?? `#${i + 1}`;
    let result: TriageResult;
    if (item.messages !== undefined) {
      conversations += 1;
      result = triageConversation(triager, item.messages);
    } else {
      result = triager.triage({ text: item.text, ...(item.channel === undefined ? {} : { channel: item.channel }) });
    }
    if (result.priority === 'p1' && result.flags.includes('unsure')) {
      unsureP1.predicted += 1;
      if (item.labels.priority === 'p1') unsureP1.correct += 1;
    }
    for (const [field] of FIELDS) {
      const expected = item.labels[field];
      if (expected === undefined) continue;
      const predicted = result[field];
      pairs[field].push([expected, predicted]);
      if (expected !== predicted) misclassified.push({ id, text: item.text, field, expected, predicted, reasons: result.reasons });
    }
    const expected = item.labels.station;
    if (route !== undefined && expected !== undefined) {
      stationTotal += 1;
      const split = expected === null ? none : named;
      split.total += 1;
      const routed = route(item, result.category);
      if (routed.station === expected) {
        stationCorrect += 1;
        split.correct += 1;
      } else {
        misclassified.push({ id, text: item.text, field: 'station', expected: expected ?? 'none', predicted: routed.station ?? 'none', reasons: routed.reasons });
      }
    }
  });
  return {
    modelVersion: triager.version,
    items: items.length,
    conversations,
    category: scoreLabel('category', CATEGORIES, pairs.category),
    priority: scoreLabel('priority', PRIORITIES, pairs.priority),
    language: scoreLabel('language', LANGUAGES, pairs.language),
    ...(stationTotal > 0 ? { station: { accuracy: stationCorrect / stationTotal, correct: stationCorrect, total: stationTotal, named, none } } : {}),
    unsureP1,
    misclassified,
  };
}

function scoreLabel(field: LabelReport['field'], known: readonly string[], pairs: [string, string][]): LabelReport {
  // Labels outside the taxonomy (a typo in a file) still get a row, so they are seen rather than lost.
  const labels = [...known];
  for (const [e, p] of pairs) for (const l of [e, p]) if (!labels.includes(l)) labels.push(l);
  const matrix = labels.map(() => labels.map(() => 0));
  for (const [e, p] of pairs) {
    const row = matrix[labels.indexOf(e)];
    const col = labels.indexOf(p);
    if (row !== undefined) row[col] = (row[col] ?? 0) + 1;
  }
  const perClass: ClassScore[] = labels.map((label, i) => {
    const tp = matrix[i]?.[i] ?? 0;
    const support = (matrix[i] ?? []).reduce((a, b) => a + b, 0);
    const predicted = matrix.reduce((a, row) => a + (row[i] ?? 0), 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support };
  });
  const present = perClass.filter((c, i) => c.support > 0 || matrix.some((row) => (row[i] ?? 0) > 0));
  const macroF1 = present.length === 0 ? 0 : present.reduce((a, c) => a + c.f1, 0) / present.length;
  const correct = labels.reduce((a, _l, i) => a + (matrix[i]?.[i] ?? 0), 0);
  return { field, labels, matrix, perClass, macroF1, accuracy: pairs.length === 0 ? 0 : correct / pairs.length, total: pairs.length };
}

/** Render an evaluation report as plain text for the terminal. */
export function formatEvalReport(report: EvalReport): string {
  const conv = report.conversations > 0 ? ` (${report.conversations} conversations)` : '';
  const out: string[] = [`model ${report.modelVersion}, ${report.items} items${conv}`, ''];
  for (const r of [report.category, report.priority, report.language]) {
    out.push(`## ${r.field}: accuracy ${pct(r.accuracy)}, macro-F1 ${r.macroF1.toFixed(3)} (${r.total} labelled)`);
    out.push('');
    out.push(formatMatrix(r));
    out.push('');
    out.push(`${'label'.padEnd(16)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)} ${'n'.padStart(5)}`);
    for (const c of r.perClass) {
      if (c.support === 0 && c.precision === 0) continue;
      out.push(
        `${c.label.padEnd(16)} ${c.precision.toFixed(3).padStart(9)} ${c.recall.toFixed(3).padStart(7)} ${c.f1.toFixed(3).padStart(6)} ${String(c.support).padStart(5)}`,
      );
    }
    out.push('');
  }
  const p1 = report.priority.perClass.find((c) => c.label === 'p1');
  if (p1 !== undefined) {
    out.push(`## p1: recall ${p1.recall.toFixed(3)}, precision ${p1.precision.toFixed(3)}; ${report.unsureP1.predicted} p1 flagged unsure, ${report.unsureP1.correct} of them p1`);
    out.push('');
  }
  if (report.station !== undefined) {
    const { named, none } = report.station;
    out.push(`## station: accuracy ${pct(report.station.accuracy)} (${report.station.correct} of ${report.station.total} labelled)`);
    out.push(`- labelled with a station: ${named.correct} of ${named.total} routed there; labelled none: ${none.correct} of ${none.total} left to the control room`);
    out.push('');
  }
  out.push(`## misclassified (${report.misclassified.length})`);
  for (const m of report.misclassified) {
    out.push(`- ${m.id} ${m.field}: expected ${m.expected}, got ${m.predicted}: ${m.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    out.push(`    ${m.reasons.join(' | ')}`);
  }
  return out.join('\n');
}

function formatMatrix(r: LabelReport): string {
  // Only labels that occur, so the 13×13 category matrix stays readable in a terminal.
  const used = r.labels
    .map((l, i) => ({ l, i }))
    .filter(({ i }) => (r.matrix[i] ?? []).some((v) => v > 0) || r.matrix.some((row) => (row[i] ?? 0) > 0));
  const short = (l: string): string => l.slice(0, 6);
  const lines = [`${'expected \\ got'.padEnd(16)}${used.map(({ l }) => short(l).padStart(7)).join('')}`];
  for (const { l, i } of used) {
    lines.push(`${l.padEnd(16)}${used.map(({ i: j }) => String(r.matrix[i]?.[j] ?? 0).padStart(7)).join('')}`);
  }
  return lines.join('\n');
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
