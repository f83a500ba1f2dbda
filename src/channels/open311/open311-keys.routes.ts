/** The administrator issues, lists and revokes the API keys civic apps use to create Open311 requests. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { requireActor } from '../../http/session.js';
import { issueKey, listKeys, revokeKey } from './open311-key.repository.js';
import { apiKeyListSchema, apiKeySchema, issuedKeySchema, issueKeyBody, keyParams } from './open311.schema.js';

const ADMIN = ['admin'] as const;

export function open311KeyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.store.db;
    app.post(
      '/api/admin/open311-keys',
      {
        schema: {
          tags: ['admin'],
          summary: 'Issues an Open311 API key for a civic app; the key is in this answer only (only its hash is kept)',
          body: issueKeyBody,
          response: { 201: issuedKeySchema },
        },
      },
      async (request, reply) => {
        const actor = await requireActor(db, request, ADMIN);
        return reply.status(201).send(await issueKey(db, request.body.label, actor.userId, new Date(ctx.now()).toISOString()));
      },
    );
    app.get(
      '/api/admin/open311-keys',
      { schema: { tags: ['admin'], summary: 'The Open311 API keys issued, without the keys themselves', response: { 200: apiKeyListSchema } } },
      async (request) => {
        await requireActor(db, request, ADMIN);
        return { keys: await listKeys(db) };
      },
    );
    app.post(
      '/api/admin/open311-keys/:id/revoke',
      {
        schema: {
          tags: ['admin'],
          summary: 'Revokes an Open311 API key: requests made with it are refused (403) from now on',
          params: keyParams,
          response: { 200: apiKeySchema },
        },
      },
      async (request) => {
        await requireActor(db, request, ADMIN);
        const revoked = await revokeKey(db, request.params.id, new Date(ctx.now()).toISOString());
        if (!revoked) throw new AppError('NOT_FOUND', `No Open311 key ${request.params.id}`);
        return revoked;
      },
    );
  };
}
