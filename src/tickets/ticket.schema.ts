/** The ticket as every API and event shows it: one schema, from which the web takes its types. */
import { z } from 'zod';
import type { TicketRow } from '../store/tables.js';

export const ticketSummarySchema = z.object({
  id: z.number(),
  reference: z.string(),
  status: z.string(),
  category: z.string(),
  priority: z.string(),
  language: z.string(),
  flags: z.array(z.string()),
  station: z.string().nullable(),
  zone: z.string().nullable(),
  place: z.object({
    id: z.string().nullable(),
    name: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    method: z.string(),
    confidence: z.number(),
  }),
  channel: z.string(),
  assigneeId: z.number().nullable(),
  summary: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A ticket as the desk API shows it: no personal data beyond the masked summary. */
export type TicketSummary = z.infer<typeof ticketSummarySchema>;

export function toTicketSummary(t: TicketRow): TicketSummary {
  return {
    id: t.id,
    reference: t.reference,
    status: t.status,
    category: t.category,
    priority: t.priority,
    language: t.language,
    flags: parseFlags(t.flags),
    station: t.station_id,
    zone: t.zone_id,
    place: {
      id: t.place_id,
      name: t.place_name,
      lat: t.place_lat,
      lon: t.place_lon,
      method: t.place_method,
      confidence: t.place_confidence,
    },
    channel: t.channel,
    assigneeId: t.assignee_id,
    summary: t.summary,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
  };
}

/** A ticket's flags column (a JSON array) as a list; anything unreadable is no flags. */
export function parseFlags(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}
