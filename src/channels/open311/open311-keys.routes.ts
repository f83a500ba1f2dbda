/**
 * The administrator issues, lists and revokes the API keys civic apps use to create Open311 requests.
 * Issuing and revoking are audited in the same transaction (the key's id and label, never the key).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { requireActor } from '../../http/session.js';
import { appendAudit } from '../../tickets/audit.repository.js';
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
        const at = new Date(ctx.now()).toISOString();
        const issued = await db.transaction().execute(async (tx) => {
          const key = await issueKey(tx, request.body.label, actor.userId, at);
          await appendAudit(tx, { ticketId: null, actorUserId: actor.userId, action: 'open311.key_issued', details: { keyId: key.id, label: key.label }, at });
          return key;
        });
        return reply.status(201).send(issued);
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
        const actor = await requireActor(db, request, ADMIN);
        const at = new Date(ctx.now()).toISOString();
        const done = await db.transaction().execute(async (tx) => {
          const out = await revokeKey(tx, request.params.id, actor.userId, at);
          // Revoking a revoked key changes nothing, so it records nothing.
          if (out?.revoked) await appendAudit(tx, { ticketId: null, actorUserId: actor.userId, action: 'open311.key_revoked', details: { keyId: out.key.id, label: out.key.label }, at });
          return out;
        });
        if (!done) throw new AppError('NOT_FOUND', `No Open311 key ${request.params.id}`);
        return done.key;
      },
    );
  };
}
