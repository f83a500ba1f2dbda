/** The leadership figures' API: request and response schemas (the web takes its types from here). */
import { z } from 'zod';
import { OUTCOMES } from '../tickets/ticket.model.js';
import { CATEGORIES, LANGUAGES, PRIORITIES } from '../triage/triage.types.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a local date, YYYY-MM-DD');

export const periodQuery = z.object({
  unit: z.string().max(100).optional().describe('a station, zone or the city; defaults to your own unit'),
  from: day.optional().describe('first local day of the period (default: 6 days before `to`)'),
  to: day.optional().describe('last local day of the period, inclusive (default: today)'),
});

export const ticketsQuery = periodQuery.extend({
  metric: z.enum(['opened', 'breached', 'escalated', 'resolved']).default('opened'),
  category: z.enum(CATEGORIES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  language: z.enum(LANGUAGES).optional(),
  channel: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const minutes = z.object({ median: z.number().nullable(), p90: z.number().nullable(), mean: z.number().nullable() });

export const summarySchema = z.object({
  opened: z.number(),
  responded: z.number(),
  resolved: z.number(),
  closed: z.number(),
  breached: z.number(),
  slaKept: z.number(),
  escalated: z.number(),
  outcomes: z.record(z.enum(OUTCOMES), z.number()),
  firstResponseMinutes: minutes,
  resolutionMinutes: minutes,
  /** The citizens' ratings given in the period (1–5): how many, their mean, and how many of each score. */
  satisfaction: z.object({ rated: z.number(), mean: z.number().nullable(), distribution: z.array(z.number()) }),
});
export type Summary = z.infer<typeof summarySchema>;

const unitRef = z.object({ id: z.string(), name: z.string(), kind: z.string() });
const keyed = z.array(z.object({ key: z.string(), opened: z.number(), previous: z.number() }));

export const figuresSchema = z.object({
  unit: unitRef,
  /** From the officer's own unit down to this one: the way back up the drill-down. */
  trail: z.array(unitRef),
  period: z.object({ from: z.string(), to: z.string(), days: z.number() }),
  previousPeriod: z.object({ from: z.string(), to: z.string() }),
  summary: summarySchema,
  previous: summarySchema,
  byDay: z.array(z.object({ day: z.string(), opened: z.number(), resolved: z.number(), backlog: z.number(), rated: z.number(), ratingMean: z.number().nullable() })),
  byHour: z.array(z.object({ hour: z.number(), opened: z.number() })),
  byChannel: keyed,
  byLanguage: keyed,
  byCategory: keyed,
  byPriority: keyed,
  /** The citizens' messages by sentiment (praise, anger, fear, neutral), this period and the one before. */
  bySentiment: keyed,
  sentimentByDay: z.array(z.object({ day: z.string(), praise: z.number(), anger: z.number(), fear: z.number(), neutral: z.number() })),
  /** The units one level down (zones of the city, stations of a zone): the drill-down. */
  children: z.array(z.object({ unit: unitRef, summary: summarySchema })),
  /** The other units at the same level, named when the officer may see them. */
  peers: z.array(z.object({ unit: unitRef, summary: summarySchema })),
  /** The median over every unit at this level (all of them, named or not): the yardstick. */
  peerMedian: z.object({ units: z.number(), opened: z.number().nullable(), firstResponseMedian: z.number().nullable(), breached: z.number().nullable() }),
  officers: z.array(z.object({ officerId: z.number(), name: z.string(), station: z.string(), responded: z.number(), resolved: z.number(), rated: z.number(), ratingMean: z.number().nullable() })),
});
export type Figures = z.infer<typeof figuresSchema>;

export const ticketListSchema = z.object({
  tickets: z.array(
    z.object({
      id: z.number(),
      reference: z.string(),
      category: z.string(),
      priority: z.string(),
      status: z.string(),
      station: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  /** The desk queue with the same filters (open tickets of your unit). */
  queueUrl: z.string(),
});

export const alertsSchema = z.object({
  method: z.string(),
  week: z.object({ from: z.string(), to: z.string() }),
  alerts: z.array(
    z.object({
      unit: unitRef,
      category: z.string(),
      current: z.number(),
      expected: z.number(),
      ratio: z.number(),
      p: z.number(),
      baseline: z.array(z.number()),
      ticketsUrl: z.string(),
    }),
  ),
});

export const hotspotsQuery = periodQuery.extend({ category: z.enum(CATEGORIES).optional() });
export const hotspotsSchema = z.object({
  /** Hexagon cells (axial coordinates on a ~1 km grid) with their centre and counts by category. */
  cells: z.array(z.object({ lat: z.number(), lon: z.number(), count: z.number(), top: z.string() })),
  unplaced: z.number(),
});

export const praiseSchema = z.object({
  praise: z.array(
    z.object({
      id: z.number(),
      ticketId: z.number(),
      reference: z.string(),
      officer: z.object({ id: z.number(), name: z.string() }),
      station: z.string(),
      /** The citizen's words with personal data masked, cut short. */
      excerpt: z.string(),
      at: z.string(),
    }),
  ),
});

export const exportQuery = periodQuery.extend({
  format: z.enum(['csv', 'geojson']).describe('csv: one row per ticket; geojson: one point per ticket at the centre of its ~1 km hexagon'),
});

export const reviewQuery = periodQuery.pick({ unit: true }).extend({
  week: day.optional().describe('the Monday that starts the week (default: the last whole week)'),
  language: z.enum(['en', 'mr']).default('en'),
});
