/**
 * Archive import: messages from JSON Lines (the evaluation format) or from X API v2 pages as
 * X returns them (one page per line, or one JSON document holding a page or an array of pages).
 * Each line is read on its own: a bad one is reported by its number and problem (never its text),
 * and the others are imported.
 */
import { z } from 'zod';
import { inboundItemSchema, type InboundItem } from '../../intake/inbound-item.js';
import { describeIssue, fitText, MAX_NAME, MAX_TEXT } from '../inbound.parse.js';
import { parseXPage } from '../x/x-mentions.parse.js';

const CHANNELS = ['x', 'whatsapp', 'telegram', 'web'] as const;

/** A line of the evaluation format: `{id, text, channel?, geo?, labels?}`. */
export const labelledLineSchema = z.object({
  id: z.union([z.string().min(1).max(200), z.number()]).transform(String),
  text: z.string(),
  channel: z.enum(CHANNELS).optional(),
  geo: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
  author: z.object({ id: z.string().min(1).max(200), name: z.string().optional() }).optional(),
  created_at: z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)), 'not a date: write ISO-8601, e.g. 2026-01-31T10:00:00Z')
    .optional(),
});

export type LabelledLine = z.infer<typeof labelledLineSchema>;

export interface ParsedArchive {
  /** Every message read, in file order. */
  items: InboundItem[];
  /** The same messages with the line (or the element of a JSON document) each came from. */
  entries: Array<{ line: number; item: InboundItem }>;
  /** Lines that could not be read (in whole or a post of a page): their number and what was wrong, never their content. */
  errors: Array<{ line: number; problem: string }>;
  /** What `line` counts: lines of JSON Lines, or elements of one JSON document. */
  unit: 'line' | 'item';
}

type LineResult = { items: InboundItem[]; problems: string[] };

function lineToItems(value: unknown): LineResult {
  if (typeof value === 'object' && value !== null && ('data' in value || 'meta' in value) && !('text' in value)) {
    const page = parseXPage(value);
    if (!page.ok) return { items: [], problems: [page.problem] };
    return { items: page.items, problems: page.skipped.map((s) => (s.id ? `post ${s.id}: ${s.problem}` : s.problem)) };
  }
  const line = labelledLineSchema.safeParse(value);
  if (!line.success) return { items: [], problems: [describeIssue(line.error)] };
  const l = line.data;
  const item = inboundItemSchema.safeParse({
    channel: l.channel ?? 'archive',
    // Archive ids are scoped by their channel so that re-importing a file, or the same
    // post arriving later through the live channel, stores it once.
    externalId: l.id,
    text: fitText(l.text, MAX_TEXT),
    ...(l.geo ? { geo: l.geo } : {}),
    ...(l.author ? { author: { id: l.author.id, ...(l.author.name ? { name: fitText(l.author.name, MAX_NAME) } : {}) } } : {}),
    ...(l.created_at ? { receivedAt: new Date(l.created_at).toISOString() } : {}),
  });
  return item.success ? { items: [item.data], problems: [] } : { items: [], problems: [describeIssue(item.error)] };
}

/** Parses an archive file's text; never throws. */
export function parseArchive(text: string): ParsedArchive {
  const entries: ParsedArchive['entries'] = [];
  const errors: ParsedArchive['errors'] = [];
  const take = (line: number, r: LineResult) => {
    for (const item of r.items) entries.push({ line, item });
    for (const problem of r.problems) errors.push({ line, problem });
  };
  const done = (unit: ParsedArchive['unit']): ParsedArchive => ({ items: entries.map((e) => e.item), entries, errors, unit });
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !trimmed.includes('\n'))) {
    // A whole JSON document: a page, or an array of pages/lines.
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch {
      // Not one document: read it as JSON Lines below.
    }
    if (doc !== undefined) {
      const parts: unknown[] = Array.isArray(doc) ? doc : [doc];
      parts.forEach((p, i) => take(i + 1, lineToItems(p)));
      return done(Array.isArray(doc) ? 'item' : 'line');
    }
  }
  body.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      errors.push({ line: i + 1, problem: 'not valid JSON' });
      return;
    }
    take(i + 1, lineToItems(value));
  });
  return done('line');
}
