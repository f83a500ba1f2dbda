/**
 * Reading labelled JSONL files: evaluation sets, the training corpus and officers' corrections all
 * share one shape, `{"text", "labels": {"category", "priority", "language"?, "station"?}}`; a line may
 * instead hold a conversation, `{"messages": [{"text", "channel"?, "geo"?}, …], "labels": …}`, judged
 * whole (its `text` is its messages joined by newlines, for training and for the report).
 */
import { CATEGORIES, LANGUAGES, PRIORITIES } from './triage.types.js';
import type { Category, Language, Priority } from './triage.types.js';
import type { EvalItem, EvalMessage } from './evaluate.js';
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
    let messages: EvalMessage[] | null;
    let geo: { lat: number; lon: number } | undefined;
    try {
      messages = isRecord(row) ? readMessages(row['messages']) : null;
      geo = isRecord(row) ? readGeo(row['geo']) : undefined;
    } catch (err) {
      if (err instanceof GeoError) throw new Error(`${source}:${i + 1}: ${err.message}`);
      throw err;
    }
    if (!isRecord(row) || (typeof row['text'] !== 'string' && messages === null) || !isRecord(row['labels'])) {
      throw new Error(`${source}:${i + 1}: needs "text" (or "messages": [{"text"}, …]) and "labels"`);
    }
    const labels = row['labels'];
    const id = typeof row['id'] === 'string' ? row['id'] : typeof row['id'] === 'number' ? String(row['id']) : `${source}:${i + 1}`;
    const channel = typeof row['channel'] === 'string' ? row['channel'] : undefined;
    const station = labels['station'];
    const item: EvalItem = {
      id,
      text: typeof row['text'] === 'string' ? row['text'] : (messages ?? []).map((m) => m.text).join('\n'),
      channel,
      labels: {
        category: stringOrUndefined(labels['category']),
        priority: stringOrUndefined(labels['priority']),
        language: stringOrUndefined(labels['language']),
        // null is a label too: the place names no station (the control room).
        ...(typeof station === 'string' || station === null ? { station } : {}),
      },
    };
    if (messages !== null && typeof row['text'] !== 'string') item.messages = messages;
    if (geo !== undefined) item.geo = geo;
    items.push(item);
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

// The messages of a conversation line, or null when the line holds none.
function readMessages(v: unknown): EvalMessage[] | null {
  if (!Array.isArray(v) || v.length === 0) return null;
  const out: EvalMessage[] = [];
  for (const m of v) {
    if (!isRecord(m) || typeof m['text'] !== 'string') return null;
    const message: EvalMessage = { text: m['text'] };
    if (typeof m['channel'] === 'string') message.channel = m['channel'];
    const geo = readGeo(m['geo']);
    if (geo !== undefined) message.geo = geo;
    out.push(message);
  }
  return out;
}

/**
 * A pin: `{"lat", "lon"}`, or as other tools write it (`lng`, `long`, `latitude`/`longitude`: Leaflet, Google Maps, the
 * WhatsApp Cloud API). Absent is no pin; present but unreadable is an error, never a pin silently dropped.
 */
function readGeo(v: unknown): { lat: number; lon: number } | undefined {
  if (v === undefined || v === null) return undefined;
  if (isRecord(v)) {
    const lat = v['lat'] ?? v['latitude'];
    const lon = v['lon'] ?? v['lng'] ?? v['long'] ?? v['longitude'];
    if (typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) return { lat, lon };
  }
  throw new GeoError(`"geo" needs a numeric "lat" (-90 to 90) and "lon" or "lng" (-180 to 180), got ${JSON.stringify(v).slice(0, 80)}`);
}

class GeoError extends Error {}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function stringOrUndefined(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
