import type { FastifyRequest } from 'fastify';
import type { Actor, Role } from '../auth/access.js';
import { actorForToken, SESSION_COOKIE } from '../auth/auth.service.js';
import type { Db } from '../store/db.js';
import { AppError } from '../errors.js';

/** The logged-in officer, or 401 naming how to fix it. */
export async function requireActor(db: Db, request: FastifyRequest, roles?: readonly Role[]): Promise<Actor> {
  const token = request.cookies[SESSION_COOKIE];
  const actor = token ? await actorForToken(db, token) : undefined;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Log in first: POST /api/auth/login');
  if (roles && !roles.includes(actor.role)) throw new AppError('FORBIDDEN', `This needs one of the roles: ${roles.join(', ')}`);
  return actor;
}
