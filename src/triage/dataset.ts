/**
 * Reading labelled JSONL files: evaluation sets, the training corpus and officers' corrections all
 * share one shape, `{"text", "labels": {"category", "priority", "language"?}}`.
 */
import { CATEGORIES, LANGUAGES, PRIORITIES } from './triage.types.js';
import type { Category, Language, Priority } from './triage.types.js';
import type { EvalItem } from './evaluate.js';
import type { LabelledExample } from './model.js';

/** Parse JSONL text into evaluation items; a bad line is an error naming its line number. */
export function parseLabelledJsonl(text: string, source = 'input'): EvalItem[] {
  const items: EvalItem[] = [];
  text.split('\n').forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    let row: unknown;
    try {
      row = JSON.parse(trimmed);
    } catch {
      throw new Error(`${source}:${i + 1}: not valid JSON`);
    }
    if (!isRecord(row) || typeof row['text'] !== 'string' || !isRecord(row['labels'])) {
      throw new Error(`${source}:${i + 1}: needs "text" and "labels"`);
    }
    const labels = row['labels'];
    const id = typeof row['id'] === 'string' ? row['id'] : `${source}:${i + 1}`;
    const channel = typeof row['channel'] === 'string' ? row['channel'] : undefined;
    items.push({
      id,
      text: row['text'],
      channel,
      labels: {
        category: stringOrUndefined(labels['category']),
        priority: stringOrUndefined(labels['priority']),
        language: stringOrUndefined(labels['language']),
      },
    });
  });
  return items;
}

/** Keep the items usable for training (known category and priority); report how many were skipped. */
export function toTrainingExamples(items: readonly EvalItem[]): { examples: LabelledExample[]; skipped: number } {
  const examples: LabelledExample[] = [];
  let skipped = 0;
  for (const item of items) {
    const category = CATEGORIES.find((c) => c === item.labels.category);
    const priority = PRIORITIES.find((p) => p === item.labels.priority);
    const language = LANGUAGES.find((l) => l === item.labels.language);
    if (category === undefined || priority === undefined) {
      skipped += 1;
      continue;
    }
    examples.push(withLabels(item, category, priority, language));
  }
  return { examples, skipped };
}

function withLabels(item: EvalItem, category: Category, priority: Priority, language: Language | undefined): LabelledExample {
  const labels = language === undefined ? { category, priority } : { category, priority, language };
  return item.id === undefined ? { text: item.text, labels } : { id: item.id, text: item.text, labels };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function stringOrUndefined(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
