/** The leadership API's types, taken from the server's zod schemas (type-only: no server code in the bundle). */
import type { z } from 'zod';
import type { alertsSchema, figuresSchema, hotspotsSchema, summarySchema, ticketListSchema } from '../../../../src/analytics/analytics.schema.js';

export type Figures = z.infer<typeof figuresSchema>;
export type Summary = z.infer<typeof summarySchema>;
export type TrendAlerts = z.infer<typeof alertsSchema>;
export type Hotspots = z.infer<typeof hotspotsSchema>;
export type TicketList = z.infer<typeof ticketListSchema>;
