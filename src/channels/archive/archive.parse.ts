/**
 * Archive import: messages from JSON Lines (the evaluation format) or from X API v2 pages as
 * X returns them (one page per line, or one JSON document holding a page or an array of pages).
 */
import { z } from 'zod';
import { inboundItemSchema, type InboundItem } from '../../intake/inbound-item.js';
import { xPageToInbound, xPostPageSchema } from '../x/x-mentions.parse.js';

const CHANNELS = ['x', 'whatsapp', 'telegram', 'web'] as const;

/** A line of the evaluation format: `{id, text, channel?, geo?, labels?}`. */
export const labelledLineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string(),
  channel: z.enum(CHANNELS).optional(),
  geo: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
  author: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  created_at: z.string().optional(),
});

export type LabelledLine = z.infer<typeof labelledLineSchema>;

export interface ParsedArchive {
  items: InboundItem[];
  /** Lines that could not be read: their number and what was wrong (never their content). */
  errors: Array<{ line: number; problem: string }>;
}

function describe(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
}

function lineToItems(value: unknown): InboundItem[] | string {
  if (typeof value === 'object' && value !== null && ('data' in value || 'meta' in value) && !('text' in value)) {
    const page = xPostPageSchema.safeParse(value);
    return page.success ? xPageToInbound(page.data) : describe(page.error);
  }
  const line = labelledLineSchema.safeParse(value);
  if (!line.success) return describe(line.error);
  const l = line.data;
  const item = inboundItemSchema.safeParse({
    channel: l.channel ?? 'archive',
    // Archive ids are scoped by their channel so that re-importing a file, or the same
    // post arriving later through the live channel, stores it once.
    externalId: l.id,
    text: l.text,
    ...(l.geo ? { geo: l.geo } : {}),
    ...(l.author ? { author: l.author } : {}),
    ...(l.created_at ? { receivedAt: new Date(l.created_at).toISOString() } : {}),
  });
  return item.success ? [item.data] : describe(item.error);
}

/** Parses an archive file's text. */
export function parseArchive(text: string): ParsedArchive {
  const items: InboundItem[] = [];
  const errors: ParsedArchive['errors'] = [];
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !trimmed.includes('\n'))) {
    // A whole JSON document: a page, or an array of pages/lines.
    try {
      const doc: unknown = JSON.parse(trimmed);
      const parts: unknown[] = Array.isArray(doc) ? doc : [doc];
      parts.forEach((p, i) => {
        const r = lineToItems(p);
        if (typeof r === 'string') errors.push({ line: i + 1, problem: r });
        else items.push(...r);
      });
      return { items, errors };
    } catch {
      // Not one document: read it as JSON Lines below.
    }
  }
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      errors.push({ line: i + 1, problem: 'not valid JSON' });
      return;
    }
    const r = lineToItems(value);
    if (typeof r === 'string') errors.push({ line: i + 1, problem: r });
    else items.push(...r);
  });
  return { items, errors };
}
