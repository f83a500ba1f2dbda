import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Actor, Role } from '../auth/access.js';
import { actorForToken, SESSION_COOKIE } from '../auth/auth.service.js';
import type { Db } from '../store/db.js';
import { AppError } from '../errors.js';

/** The officer a request's session resolved to, once per request. */
const resolved = new WeakMap<FastifyRequest, Actor>();

/** The logged-in officer, or 401 naming how to fix it. */
export async function requireActor(db: Db, request: FastifyRequest, roles?: readonly Role[]): Promise<Actor> {
  let actor = resolved.get(request);
  if (!actor) {
    const token = request.cookies[SESSION_COOKIE];
    actor = token ? await actorForToken(db, token) : undefined;
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Log in first: POST /api/auth/login');
    resolved.set(request, actor);
  }
  if (roles && !roles.includes(actor.role)) throw new AppError('FORBIDDEN', `This needs one of the roles: ${roles.join(', ')}`);
  return actor;
}

/**
 * API routes anyone may call: the citizen's pages, the force's public data, logging in and out,
 * the API documentation. Every other /api/ route needs a session.
 */
const PUBLIC_API_ROUTES = [/^\/api\/public\//, /^\/api\/units(\/|$)/, /^\/api\/auth\/(login|logout)$/, /^\/api\/docs(\/|$)/];

/** Whether a route (its pattern, not the request's URL) needs a logged-in officer. */
export function routeNeedsSession(routeUrl: string | undefined): boolean {
  if (routeUrl === undefined || !routeUrl.startsWith('/api/')) return false;
  return !PUBLIC_API_ROUTES.some((r) => r.test(routeUrl));
}

/**
 * Checks the session before the body is even read: a caller without one gets 401, never a 400 that
 * describes the schema of a desk endpoint. Handlers still call requireActor for roles and scope; the
 * actor found here is reused. Unmatched paths fall through to the 404 handler.
 */
export function requireSessionFirst(db: Db): onRequestAsyncHookHandler {
  return async (request) => {
    if (routeNeedsSession(request.routeOptions.url)) await requireActor(db, request);
  };
}
