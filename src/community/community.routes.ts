/** The community API: groups and members, broadcasts and their approval, welfare check-ins; and the station page's join. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.js';
import { BROADCAST_TEMPLATES } from './community.model.js';
import { addMemberBody, broadcastBody, checkinBody, communityIdParams, createGroupBody, publicJoinBody } from './community.schema.js';
import {
  addMemberByOfficer,
  approveBroadcast,
  cancelBroadcast,
  createGroup,
  draftBroadcast,
  getBroadcast,
  getCheckin,
  joinByWeb,
  listBroadcasts,
  listCheckins,
  listGroups,
  listMembers,
  memberHistory,
  publicGroups,
  scheduleCheckin,
} from './community.service.js';

export function communityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.store.db;
    const tags = ['community'];

    app.get('/api/community/groups', { schema: { tags, summary: 'The community groups an officer sees, with member counts' } }, async (request) =>
      listGroups(ctx, await requireActor(db, request)),
    );
    app.post('/api/community/groups', { schema: { tags, summary: "An SHO creates a group of one kind for the station", body: createGroupBody } }, async (request, reply) => {
      const actor = await requireActor(db, request);
      return reply.status(201).send(await createGroup(ctx, actor, { stationId: actor.unitId, ...request.body }));
    });
    app.get('/api/community/groups/:id/members', { schema: { tags, summary: "A group's members; numbers masked outside the station that holds it", params: communityIdParams } }, async (request) =>
      listMembers(ctx, await requireActor(db, request), request.params.id),
    );
    app.post(
      '/api/community/groups/:id/members',
      { schema: { tags, summary: 'An officer adds a person with their recorded consent', params: communityIdParams, body: addMemberBody } },
      async (request, reply) => reply.status(201).send(await addMemberByOfficer(ctx, await requireActor(db, request), request.params.id, request.body)),
    );
    app.get('/api/community/members/:id/history', { schema: { tags, summary: "A member's check-ins and answers", params: communityIdParams } }, async (request) =>
      memberHistory(ctx, await requireActor(db, request), request.params.id),
    );

    app.get('/api/community/templates', { schema: { tags, summary: 'Broadcast templates in en, hi, mr' } }, async (request) => {
      await requireActor(db, request);
      return BROADCAST_TEMPLATES;
    });
    app.get('/api/community/broadcasts', { schema: { tags, summary: 'Broadcasts the officer sees, newest first' } }, async (request) =>
      listBroadcasts(ctx, await requireActor(db, request)),
    );
    app.post(
      '/api/community/broadcasts',
      { schema: { tags, summary: "Drafts a broadcast; it goes at once when the drafter's rank suffices, else waits for approval", body: broadcastBody } },
      async (request, reply) => reply.status(201).send(await draftBroadcast(ctx, await requireActor(db, request), request.body)),
    );
    app.get('/api/community/broadcasts/:id', { schema: { tags, summary: 'A broadcast with its totals and per-member states', params: communityIdParams } }, async (request) =>
      getBroadcast(ctx, await requireActor(db, request), request.params.id),
    );
    app.post(
      '/api/community/broadcasts/:id/approve',
      { schema: { tags, summary: "Approves a broadcast: a zone's by its DCP, the city's by the control room or the Commissioner", params: communityIdParams } },
      async (request) => approveBroadcast(ctx, await requireActor(db, request), request.params.id),
    );

    app.post(
      '/api/community/broadcasts/:id/cancel',
      { schema: { tags, summary: 'Cancels a broadcast until it is sent: what no worker has taken yet is withdrawn', params: communityIdParams } },
      async (request) => cancelBroadcast(ctx, await requireActor(db, request), request.params.id),
    );

    app.get('/api/community/checkins', { schema: { tags, summary: "The station's welfare check-ins" } }, async (request) => listCheckins(ctx, await requireActor(db, request)));
    app.post('/api/community/checkins', { schema: { tags, summary: "Schedules a welfare message to every registered senior", body: checkinBody } }, async (request, reply) =>
      reply.status(201).send(await scheduleCheckin(ctx, await requireActor(db, request), request.body)),
    );
    app.get('/api/community/checkins/:id', { schema: { tags, summary: 'Who answered, who did not', params: communityIdParams } }, async (request) =>
      getCheckin(ctx, await requireActor(db, request), request.params.id),
    );

    const stationParams = z.object({ station: z.string().regex(/^[a-z0-9-]{2,60}$/) });
    app.get('/api/public/community/:station', { schema: { tags: ['public'], summary: "A station's community groups and join code", params: stationParams } }, async (request) =>
      publicGroups(ctx, request.params.station),
    );
    app.post(
      '/api/public/community/:station/join',
      {
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: { tags: ['public'], summary: "Joins a station's group from its web page, with explicit consent", params: stationParams, body: publicJoinBody },
      },
      async (request, reply) => reply.status(201).send(await joinByWeb(ctx, { stationId: request.params.station, ...request.body })),
    );
  };
}
