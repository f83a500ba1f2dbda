/**
 * The community API: groups and members, broadcasts and their approval, welfare check-ins, alerts to
 * the public; and the station page's join and an alert's public page. Every answer has its zod schema.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.js';
import { cancelAlert, getAlert, listAlerts, publicAlert, sendAlert } from './alert.service.js';
import { BROADCAST_TEMPLATES } from './community.model.js';
import {
  addMemberBody,
  alertBody,
  alertItemSchema,
  alertSchema,
  broadcastBody,
  broadcastItemSchema,
  broadcastSchema,
  checkinBody,
  checkinItemSchema,
  checkinSchema,
  communityIdParams,
  createGroupBody,
  groupKindsSchema,
  groupSchema,
  joinedSchema,
  memberHistorySchema,
  memberSchema,
  publicAlertSchema,
  publicGroupsSchema,
  publicJoinBody,
  templatesSchema,
} from './community.schema.js';
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
  listGroupKinds,
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

    app.get('/api/community/kinds', { schema: { tags, summary: "The force's group kinds (the five standard ones and its own from city.json), named in en, hi, mr", response: { 200: groupKindsSchema } } }, async (request) => {
      await requireActor(db, request);
      return listGroupKinds(ctx);
    });
    app.get('/api/community/groups', { schema: { tags, summary: 'The community groups an officer sees, with member counts', response: { 200: z.array(groupSchema) } } }, async (request) =>
      listGroups(ctx, await requireActor(db, request)),
    );
    app.post(
      '/api/community/groups',
      { schema: { tags, summary: 'An SHO creates a group of one of the force\'s kinds for the station', body: createGroupBody, response: { 201: groupSchema } } },
      async (request, reply) => {
        const actor = await requireActor(db, request);
        return reply.status(201).send(await createGroup(ctx, actor, { stationId: actor.unitId, ...request.body }));
      },
    );
    app.get(
      '/api/community/groups/:id/members',
      { schema: { tags, summary: "A group's members; numbers masked outside the station that holds it", params: communityIdParams, response: { 200: z.array(memberSchema) } } },
      async (request) => listMembers(ctx, await requireActor(db, request), request.params.id),
    );
    app.post(
      '/api/community/groups/:id/members',
      { schema: { tags, summary: 'An officer adds a person with their recorded consent', params: communityIdParams, body: addMemberBody, response: { 201: memberSchema } } },
      async (request, reply) => reply.status(201).send(await addMemberByOfficer(ctx, await requireActor(db, request), request.params.id, request.body)),
    );
    app.get(
      '/api/community/members/:id/history',
      { schema: { tags, summary: "A member's check-ins and answers", params: communityIdParams, response: { 200: memberHistorySchema } } },
      async (request) => memberHistory(ctx, await requireActor(db, request), request.params.id),
    );

    app.get('/api/community/templates', { schema: { tags, summary: 'Broadcast templates in en, hi, mr', response: { 200: templatesSchema } } }, async (request) => {
      await requireActor(db, request);
      return BROADCAST_TEMPLATES;
    });
    app.get('/api/community/broadcasts', { schema: { tags, summary: 'Broadcasts the officer sees, newest first', response: { 200: z.array(broadcastItemSchema) } } }, async (request) =>
      listBroadcasts(ctx, await requireActor(db, request)),
    );
    app.post(
      '/api/community/broadcasts',
      { schema: { tags, summary: "Drafts a broadcast; it goes at once when the drafter's rank suffices, else waits for approval", description: 'Refused with 422 NO_RECIPIENTS when the chosen groups have no active member (also on approval, if every member has left since).', body: broadcastBody, response: { 201: broadcastSchema } } },
      async (request, reply) => reply.status(201).send(await draftBroadcast(ctx, await requireActor(db, request), request.body)),
    );
    app.get(
      '/api/community/broadcasts/:id',
      { schema: { tags, summary: 'A broadcast with its totals and per-member states', params: communityIdParams, response: { 200: broadcastSchema } } },
      async (request) => getBroadcast(ctx, await requireActor(db, request), request.params.id),
    );
    app.post(
      '/api/community/broadcasts/:id/approve',
      {
        schema: {
          tags,
          summary: "Approves a broadcast: a zone's by its DCP, the city's by the control room or the Commissioner",
          params: communityIdParams,
          response: { 200: broadcastSchema },
        },
      },
      async (request) => approveBroadcast(ctx, await requireActor(db, request), request.params.id),
    );
    app.post(
      '/api/community/broadcasts/:id/cancel',
      {
        schema: {
          tags,
          summary: 'Cancels a broadcast until it is sent: what no worker has taken yet is withdrawn',
          params: communityIdParams,
          response: { 200: broadcastSchema },
        },
      },
      async (request) => cancelBroadcast(ctx, await requireActor(db, request), request.params.id),
    );

    app.get('/api/community/checkins', { schema: { tags, summary: "The station's welfare check-ins", response: { 200: z.array(checkinItemSchema) } } }, async (request) =>
      listCheckins(ctx, await requireActor(db, request)),
    );
    app.post(
      '/api/community/checkins',
      { schema: { tags, summary: 'Schedules a welfare message to every registered senior', body: checkinBody, response: { 201: checkinSchema } } },
      async (request, reply) => reply.status(201).send(await scheduleCheckin(ctx, await requireActor(db, request), request.body)),
    );
    app.get(
      '/api/community/checkins/:id',
      { schema: { tags, summary: 'Who answered, who did not', params: communityIdParams, response: { 200: checkinSchema } } },
      async (request) => getCheckin(ctx, await requireActor(db, request), request.params.id),
    );

    app.get('/api/community/alerts', { schema: { tags, summary: 'Alerts to the public the officer sees, newest first', response: { 200: z.array(alertItemSchema) } } }, async (request) =>
      listAlerts(ctx, await requireActor(db, request)),
    );
    app.post(
      '/api/community/alerts',
      {
        schema: {
          tags,
          summary: 'The control room or the Commissioner alerts every group of a set of stations or zones, and posts it from the stations\' X accounts',
          description: 'Refused with 422 NO_RECIPIENTS when it would reach no one: no active member in the stations and no X account to post from.',
          body: alertBody,
          response: { 201: alertSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await sendAlert(ctx, await requireActor(db, request), request.body)),
    );
    app.get(
      '/api/community/alerts/:id',
      { schema: { tags, summary: 'An alert with its totals per station and per channel, and its X posts', params: communityIdParams, response: { 200: alertSchema } } },
      async (request) => getAlert(ctx, await requireActor(db, request), request.params.id),
    );
    app.post(
      '/api/community/alerts/:id/cancel',
      { schema: { tags, summary: 'Cancels an alert until it is sent: what no worker has taken yet is withdrawn', params: communityIdParams, response: { 200: alertSchema } } },
      async (request) => cancelAlert(ctx, await requireActor(db, request), request.params.id),
    );

    const stationParams = z.object({ station: z.string().regex(/^[a-z0-9-]{2,60}$/) });
    app.get(
      '/api/public/community/:station',
      { schema: { tags: ['public'], summary: "A station's community groups and join code", params: stationParams, response: { 200: publicGroupsSchema } } },
      async (request) => publicGroups(ctx, request.params.station),
    );
    app.post(
      '/api/public/community/:station/join',
      {
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: { tags: ['public'], summary: "Joins a station's group from its web page, with explicit consent", params: stationParams, body: publicJoinBody, response: { 201: joinedSchema } },
      },
      async (request, reply) => reply.status(201).send(await joinByWeb(ctx, { stationId: request.params.station, ...request.body })),
    );
    app.get(
      '/api/public/alerts/:id',
      { schema: { tags: ['public'], summary: 'An alert to the public as its X post links to it: what and where, never who received it', params: communityIdParams, response: { 200: publicAlertSchema } } },
      async (request) => publicAlert(ctx, request.params.id),
    );
  };
}
