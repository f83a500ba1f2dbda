/** buildApp: the whole HTTP surface on one Fastify instance; it never listens by itself. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { analyticsRoutes } from './analytics/analytics.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { createChannelRuntime, type ChannelRuntime } from './channels/channel.runtime.js';
import { repoRoot } from './config.js';
import type { AppContext } from './context.js';
import { forceRoutes } from './force/force.routes.js';
import { gazetteerReviewRoutes } from './force/gazetteer-review.routes.js';
import { installErrorHandlers } from './http/error-handler.js';
import { createDbRateLimitStore } from './http/rate-limit.store.js';
import { DOCS_CSP, securityHeaders, tileSourceOfIndex } from './http/security-headers.js';
import { requireSessionFirst } from './http/session.js';
import { isServerPath, serveWebApp } from './http/web-app.js';
import { quarantineRoutes } from './intake/quarantine.routes.js';
import { countBacklog } from './intake/inbound.repository.js';
import { cleanDeep } from './store/clean-text.js';
import { eventRoutes } from './realtime/events.routes.js';
import { communityRoutes } from './community/community.routes.js';
import { deskRoutes } from './desk/desk.routes.js';
import { attachmentRoutes } from './media/attachment.routes.js';
import { ticketRoutes } from './tickets/ticket.routes.js';
import { open311Routes } from './channels/open311/open311.routes.js';
import { open311KeyRoutes } from './channels/open311/open311-keys.routes.js';
import { metricsRoutes } from './metrics/metrics.routes.js';
import { ratingRoutes } from './feedback/rating.routes.js';

/** Paths pino must never write: tokens, cookies, personal data and message text. */
export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'req.body',
  '*.password',
  '*.phone',
  '*.text',
  '*.token',
];

export interface BuildOptions {
  /** A pino logger (configured with LOG_REDACT); none in tests. */
  logger?: FastifyBaseLogger;
  /** Folder of the built web app; defaults to dist/web when it exists. */
  webDir?: string | null;
  /** The channels (webhooks, web form, health); by default the configured ones, closed with the app. */
  channels?: ChannelRuntime;
}

/** A hop count as Fastify's types take it (a function of the hop); lists and booleans as they are. */
function trustProxyOption(value: boolean | number | string[]): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }),
    bodyLimit: ctx.config.bodyLimit,
    // Tokens ride in query strings of tracking links: log the route, never the URL's query.
    logController: new LogController({ disableRequestLogging: true }),
    // X-Forwarded-For only from the proxies CHOWKI_TRUST_PROXY names: otherwise any client could pick
    // the address that rate limits and the audit trail record.
    trustProxy: trustProxyOption(ctx.config.trustProxy),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const webDir = opts.webDir === undefined ? join(repoRoot(), 'dist/web') : opts.webDir;
  const hasWeb = webDir !== null && existsSync(join(webDir, 'index.html'));
  // Handlers first: plugins registered below inherit them.
  installErrorHandlers(app, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // A missing hashed asset (an old build's, a source map) is a 404, not the app's shell.
    if (!isServerPath(path) && !path.startsWith('/assets/') && hasWeb && request.method === 'GET') {
      // The web app routes on the client: every other page loads its shell.
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `No route ${request.method} ${path}` } });
  });

  // Text is cleaned at the edge, before validation, for every route: a NUL or a non-character in a
  // body, a query or a path never reaches a handler (PostgreSQL would fail the transaction on it).
  // Raw bodies (a signed webhook) stay as they came; their items are cleaned when intake stores them.
  app.addHook('preValidation', async (request) => {
    if (request.body !== null && typeof request.body === 'object' && !Buffer.isBuffer(request.body)) cleanDeep(request.body);
    else if (typeof request.body === 'string') request.body = cleanDeep(request.body);
    cleanDeep(request.query);
    cleanDeep(request.params);
  });

  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });

  await app.register(fastifyCookie);
  const secure = ctx.config.publicUrl?.startsWith('https:') ?? false;
  const tiles = hasWeb && webDir !== null ? tileSourceOfIndex(readFileSync(join(webDir, 'index.html'), 'utf8')) : null;
  await app.register(fastifyHelmet, securityHeaders({ secure, tileSource: tiles }));
  // Limits live in the database, shared by every process; routes ask for them (createRateLimit).
  await app.register(fastifyRateLimit, { global: false, store: createDbRateLimitStore(ctx.store.db, ctx.now) });
  // A desk route without a session is a 401 before its body is read or validated.
  app.addHook('onRequest', requireSessionFirst(ctx.store.db));
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Chowki API',
        version: '0.1.0',
        description: 'The desk API of Chowki, a social-media front desk for police forces. Errors answer { error: { code, message, details? } }.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'chowki_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: DOCS_CSP });

  app.get(
    '/healthz',
    {
      schema: {
        tags: ['ops'],
        summary: 'Liveness, database reachability and the intake backlog (items waiting, items quarantined)',
        response: {
          200: z.object({ status: z.literal('ok'), engine: z.string(), backlog: z.object({ pending: z.number(), failed: z.number() }) }),
          503: z.object({ status: z.literal('unavailable'), engine: z.string() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        return { status: 'ok' as const, engine: ctx.store.engine, backlog: await countBacklog(ctx.store.db) };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, engine: ctx.store.engine });
      }
    },
  );

  await app.register(authRoutes(ctx));
  await app.register(ticketRoutes(ctx));
  await app.register(forceRoutes(ctx));
  await app.register(open311Routes(ctx), { prefix: '/open311/v2' });
  await app.register(open311KeyRoutes(ctx));
  await app.register(gazetteerReviewRoutes(ctx));
  const channels = opts.channels ?? createChannelRuntime(ctx);
  if (!opts.channels) app.addHook('onClose', () => channels.stop());
  await app.register(channels.routes);
  await app.register(eventRoutes(ctx));
  await app.register(deskRoutes(ctx));
  await app.register(analyticsRoutes(ctx));
  await app.register(ratingRoutes(ctx));
  await app.register(attachmentRoutes(ctx));
  await app.register(communityRoutes(ctx));
  await app.register(quarantineRoutes(ctx));
  await app.register(metricsRoutes(ctx));

  if (hasWeb && webDir !== null) await serveWebApp(app, webDir);

  return app;
}
