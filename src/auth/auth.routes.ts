import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.js';
import { AppError } from '../errors.js';
import { logIn, logOut, SESSION_COOKIE } from './auth.service.js';
import { loginBodySchema, loginResultSchema, meSchema } from './auth.schema.js';
import { createLoginThrottle } from './login.throttle.js';

/** Login, logout and who-am-I. */
export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const secure = ctx.config.publicUrl?.startsWith('https:') ?? false;
    // The clearing cookie must carry the same flags as the one set, or a browser may keep the session.
    const cookieFlags = { httpOnly: true, sameSite: 'strict', secure, path: '/' } as const;
    const throttle = createLoginThrottle(app, { db: ctx.store.db, now: ctx.now, limits: ctx.config.abuse.login });
    if (ctx.config.passwordHash.N < 2 ** 17) app.log.warn('CHOWKI_INSECURE_TEST_PASSWORD_HASH is on: passwords are hashed at a test-only cost');

    app.post(
      '/api/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Log in; sets an HttpOnly session cookie. Repeated failures lock the account (and the address) for a while: 429 with Retry-After',
          body: loginBodySchema,
          response: { 200: loginResultSchema },
        },
      },
      async (request, reply) => {
        const username = request.body.username.trim().toLowerCase();
        await throttle.admit(request, reply, username);
        let session: Awaited<ReturnType<typeof logIn>>;
        try {
          session = await logIn(ctx.store.db, username, request.body.password, {
            sessionHours: ctx.config.sessionHours,
            passwordHash: ctx.config.passwordHash,
          });
        } catch (err) {
          if (err instanceof AppError && err.code === 'INVALID_CREDENTIALS') await throttle.failed(request);
          throw err;
        }
        await throttle.succeeded(username);
        reply.setCookie(SESSION_COOKIE, session.token, { ...cookieFlags, expires: new Date(session.expiresAt) });
        return { user: session.actor, expiresAt: session.expiresAt };
      },
    );

    app.post(
      '/api/auth/logout',
      { schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null() } } },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await logOut(ctx.store.db, token);
        reply.clearCookie(SESSION_COOKIE, cookieFlags);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/auth/me',
      { schema: { tags: ['auth'], summary: 'The logged-in officer', response: { 200: meSchema } } },
      async (request) => ({ user: await requireActor(ctx.store.db, request) }),
    );
  };
}
