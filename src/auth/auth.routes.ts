import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.js';
import { logIn, logOut, SESSION_COOKIE } from './auth.service.js';
import { ROLES } from './access.js';

export const actorSchema = z.object({
  userId: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unitId: z.string(),
});

/** Login, logout and who-am-I. */
export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const secure = ctx.config.publicUrl?.startsWith('https:') ?? false;

    app.post(
      '/api/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Log in; sets an HttpOnly session cookie',
          body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
          response: { 200: z.object({ user: actorSchema, expiresAt: z.string() }) },
        },
      },
      async (request, reply) => {
        const { token, actor, expiresAt } = await logIn(
          ctx.store.db,
          request.body.username.trim().toLowerCase(),
          request.body.password,
          ctx.config.sessionHours,
        );
        reply.setCookie(SESSION_COOKIE, token, {
          httpOnly: true,
          sameSite: 'strict',
          secure,
          path: '/',
          expires: new Date(expiresAt),
        });
        return { user: actor, expiresAt };
      },
    );

    app.post(
      '/api/auth/logout',
      { schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null() } } },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await logOut(ctx.store.db, token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/auth/me',
      { schema: { tags: ['auth'], summary: 'The logged-in officer', response: { 200: z.object({ user: actorSchema }) } } },
      async (request) => ({ user: await requireActor(ctx.store.db, request) }),
    );
  };
}
