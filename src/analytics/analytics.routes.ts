/** The leadership figures' API under /api/analytics: figures, the tickets behind a number, trend alerts, hotspots. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Role } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.js';
import { alertsSchema, exportQuery, figuresSchema, hotspotsQuery, reviewQuery, hotspotsSchema, periodQuery, praiseSchema, ticketListSchema, ticketsQuery } from './analytics.schema.js';
import { getFigures, getHotspots, getOfficerPraise, getTrendAlerts, ticketsBehind } from './analytics.service.js';
import { exportTickets } from './export.service.js';
import { reviewOnDemand } from './review.service.js';
import { catchUpIfBehind } from './rollup.worker.js';

/** Trend alerts are for those who answer for a zone or the city. */
const ALERT_ROLES: readonly Role[] = ['dcp', 'control_room', 'commissioner', 'admin'];
/** Exports (no personal data) for those who answer for a unit; every export is audited. */
const EXPORT_ROLES: readonly Role[] = ['sho', 'dcp', 'control_room', 'commissioner', 'admin'];
/** Praise of officers is read by those who lead them: the SHO, the DCP, the city. */
const PRAISE_ROLES: readonly Role[] = ['sho', 'dcp', 'control_room', 'commissioner'];

export function analyticsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.store.db;
    // Figures are as fresh as the last pass; a request catches the rollups up first (a few ms when
    // the worker is current), so a figure never lags a change the officer just made.
    const fresh = () => catchUpIfBehind(ctx);

    app.get(
      '/api/analytics/figures',
      {
        schema: {
          tags: ['analytics'],
          summary: 'Figures of a station, zone or the city over a period, with the previous period, the units below and the units beside it',
          querystring: periodQuery,
          response: { 200: figuresSchema },
        },
      },
      async (request) => {
        const actor = await requireActor(db, request);
        await fresh();
        return getFigures(ctx, actor, request.query);
      },
    );

    app.get(
      '/api/analytics/tickets',
      {
        schema: {
          tags: ['analytics'],
          summary: 'The tickets behind a number: opened, breached, escalated or resolved in the period, in a unit, by category, priority, language or channel',
          querystring: ticketsQuery,
          response: { 200: ticketListSchema },
        },
      },
      async (request) => ticketsBehind(ctx, await requireActor(db, request), request.query),
    );

    app.get(
      '/api/analytics/alerts',
      {
        schema: {
          tags: ['analytics'],
          summary: "Trend alerts: categories in the officer's zones and stations well above their own recent weeks",
          querystring: periodQuery.pick({ unit: true }),
          response: { 200: alertsSchema },
        },
      },
      async (request) => {
        const actor = await requireActor(db, request, ALERT_ROLES);
        await fresh();
        return getTrendAlerts(ctx, actor, request.query);
      },
    );

    app.get(
      '/api/analytics/praise',
      {
        schema: {
          tags: ['analytics'],
          summary: "Citizens' praise in the period that names an officer of the unit, newest first (personal data masked)",
          querystring: periodQuery,
          response: { 200: praiseSchema },
        },
      },
      async (request) => getOfficerPraise(ctx, await requireActor(db, request, PRAISE_ROLES), request.query),
    );

    app.get(
      '/api/analytics/export',
      {
        schema: {
          tags: ['analytics'],
          summary:
            "A unit's tickets opened in the period as CSV or GeoJSON, with no personal data (no phone, name, address, contact or message text; " +
            'places as the centre of their ~1 km hexagon); at most 50,000 rows, newest first; every export is audited',
          querystring: exportQuery,
        },
      },
      async (request, reply) => {
        const actor = await requireActor(db, request, EXPORT_ROLES);
        const out = await exportTickets(ctx, actor, request.query.format, request.query);
        return reply
          .header('content-type', out.contentType)
          .header('content-disposition', `attachment; filename="${out.filename}"`)
          .header('x-chowki-rows', String(out.rows))
          .header('x-chowki-truncated', String(out.truncated))
          .send(out.body);
      },
    );

    app.get(
      '/api/analytics/review',
      {
        schema: {
          tags: ['analytics'],
          summary: 'The weekly review of a zone, the city or a station as a PDF in English or Marathi (made every Monday, or now when asked); audited',
          querystring: reviewQuery,
        },
      },
      async (request, reply) => {
        const actor = await requireActor(db, request, EXPORT_ROLES);
        await fresh();
        const out = await reviewOnDemand(ctx, actor, request.query);
        return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${out.filename}"`).send(out.pdf);
      },
    );

    app.get(
      '/api/analytics/hotspots',
      {
        schema: {
          tags: ['analytics'],
          summary: 'Tickets opened in the period by hexagon of about 1 km, with the commonest category of each',
          querystring: hotspotsQuery,
          response: { 200: hotspotsSchema },
        },
      },
      async (request) => {
        const actor = await requireActor(db, request);
        await fresh();
        return getHotspots(ctx, actor, request.query);
      },
    );
  };
}
