/** The desk API: queue, overview, roster, canned replies, and every action on a ticket. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { codeList, rowId, rowIdValue } from '../http/query.js';
import { requireActor } from '../http/session.js';
import { OUTCOMES, REFERENCE_PATTERN, SETTABLE_STATUSES, TICKET_STATUSES } from '../tickets/ticket.model.js';
import { getPublicReplies } from '../tickets/ticket.service.js';
import { JUDGED_FIELDS } from '../tickets/ticket.lifecycle.js';
import { CATEGORIES, PRIORITIES } from '../triage/triage.types.js';
import { assignTicket } from './actions/assign.action.js';
import { bulkAction, closeSenderAsSpam } from './actions/bulk.action.js';
import { confirmTriage } from './actions/confirm.action.js';
import { correctTriage } from './actions/correct.action.js';
import { mergeTicket } from './actions/merge.action.js';
import { addNote } from './actions/note.action.js';
import { replyToCitizen } from './actions/reply.action.js';
import { retryReply } from './actions/retry-reply.action.js';
import { changeStatus } from './actions/status.action.js';
import { transferTicket } from './actions/transfer.action.js';
import { cannedRepliesFor } from './canned-replies.js';
import {
  assignAnswer,
  assignBody,
  boolParam,
  bulkAnswer,
  bulkBody,
  capacityBody,
  capacityParams,
  cannedRepliesSchema,
  confirmAnswer,
  confirmBody,
  correctionAnswer,
  correctionBody,
  freeList,
  handoverAnswer,
  handoverBody,
  idParams,
  mergeAnswer,
  mergeBody,
  noteAnswer,
  noteBody,
  okTicket,
  overviewSchema,
  queueSchema,
  reason,
  replyAnswer,
  replyBody,
  retryReplyAnswer,
  retryReplyParams,
  rosterPutBody,
  rosterSchema,
  senderSpamBody,
  shiftSchema,
  similarSchema,
  statusAnswer,
  statusBody,
  ticketDetailSchema,
  ticketViewSchema,
  transferAnswer,
  transferBody,
} from './desk.schema.js';
import { getOverview } from './overview.service.js';
import { getQueue } from './queue.service.js';
import { addHandoverNote, getRoster, putRoster, setOfficerCapacity } from './roster.service.js';
import { similarTickets } from './similar.service.js';
import { getTicketDetail, getTicketView } from './ticket-view.service.js';

/** The desk's routes. */
export function deskRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.store.db;

    app.get(
      '/api/desk/queue',
      {
        schema: {
          tags: ['desk'],
          summary: "The officer's open tickets: p1 first then oldest (sort=priority) or nearest SLA deadline first (sort=sla)",
          querystring: z.object({
            status: codeList(TICKET_STATUSES).describe('open statuses by default; a closed one, a search or a date range reads the history (every status)'),
            priority: codeList(PRIORITIES),
            category: codeList(CATEGORIES),
            channel: freeList,
            assignee: z.string().regex(/^(me|none|\d+)$/, 'use me, none, or an officer id').optional(),
            breached: boolParam,
            control: boolParam.describe('only tickets no station holds, and escalated ones: the control room\'s own queue'),
            q: z.string().max(200).optional().describe("text in the masked summary, the reference or the place's name, or the citizen's phone however written"),
            from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the day as YYYY-MM-DD').optional().describe('received on or after this day (force time zone)'),
            to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the day as YYYY-MM-DD').optional().describe('received on or before this day (force time zone)'),
            sort: z.enum(['priority', 'sla']).default('priority'),
            cursor: z.string().max(500).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: queueSchema },
        },
      },
      async (request) => getQueue(ctx, await requireActor(db, request), request.query),
    );

    app.get(
      '/api/desk/overview',
      {
        schema: {
          tags: ['desk'],
          summary: "A DCP's or the control room's desk: load per station and the open tickets of their units, breaches first",
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
          response: {
            200: overviewSchema,
          },
        },
      },
      async (request) => getOverview(ctx, await requireActor(db, request), request.query),
    );

    app.get(
      '/api/desk/canned-replies',
      {
        schema: {
          tags: ['desk'],
          summary: 'Canned replies in English, Hindi and Marathi, filled from the ticket',
          querystring: z.object({ ticket: rowId }),
          response: {
            200: cannedRepliesSchema,
          },
        },
      },
      async (request) => cannedRepliesFor(db, ctx, await requireActor(db, request), request.query.ticket),
    );

    app.get(
      '/api/desk/roster',
      {
        schema: {
          tags: ['desk'],
          summary: "A station's duty roster, who is on duty now, and handover notes",
          querystring: z.object({ station: z.string().max(100).optional().describe('defaults to your own station') }),
          response: { 200: rosterSchema },
        },
      },
      async (request) => getRoster(ctx, await requireActor(db, request), request.query.station),
    );

    app.put(
      '/api/desk/roster',
      {
        schema: {
          tags: ['desk'],
          summary: "Replace a station's shifts (its SHO, or an administrator)",
          body: rosterPutBody,
          response: { 200: rosterSchema },
        },
      },
      async (request) => putRoster(ctx, await requireActor(db, request), request.body.station, request.body.shifts),
    );

    app.put(
      '/api/desk/roster/officers/:officerId/capacity',
      {
        schema: {
          tags: ['desk'],
          summary: "Set how many open tickets auto-assignment gives one officer (their station's SHO, or an administrator); null goes back to the default",
          params: capacityParams,
          body: capacityBody,
          response: { 200: rosterSchema },
        },
      },
      async (request) => setOfficerCapacity(ctx, await requireActor(db, request), request.params.officerId, request.body.capacity),
    );

    app.post(
      '/api/desk/roster/handover',
      {
        schema: {
          tags: ['desk'],
          summary: 'Leave a handover note: it goes with your open tickets to the incoming officer at the shift change',
          body: handoverBody,
          response: { 201: handoverAnswer },
        },
      },
      async (request, reply) => reply.status(201).send(await addHandoverNote(ctx, await requireActor(db, request), request.body.note)),
    );

    app.post(
      '/api/tickets/:id/assign',
      {
        schema: {
          tags: ['desk'],
          summary: 'Assign to an officer of the owning station, take it (me), or unassign (null)',
          params: idParams,
          body: assignBody,
          response: { 200: assignAnswer },
        },
      },
      async (request) => assignTicket(ctx, await requireActor(db, request), request.params.id, request.body),
    );

    app.post(
      '/api/tickets/:id/status',
      {
        schema: {
          tags: ['desk'],
          summary: 'Move along new → acknowledged → in_progress → resolved → closed (resolved may reopen to in_progress); resolving needs an outcome',
          params: idParams,
          body: statusBody,
          response: { 200: statusAnswer },
        },
      },
      async (request) => changeStatus(ctx, await requireActor(db, request), request.params.id, request.body),
    );

    app.post(
      '/api/tickets/:id/replies',
      {
        schema: {
          tags: ['desk'],
          summary: "Reply to the citizen on the ticket's channel (web-form reports: on the tracking page); public replies must carry no personal data",
          params: idParams,
          body: replyBody,
          response: {
            201: replyAnswer,
            200: replyAnswer,
          },
        },
      },
      async (request, reply) => {
        const out = await replyToCitizen(ctx, await requireActor(db, request), request.params.id, request.body);
        return reply.status(out.replayed ? 200 : 201).send(out);
      },
    );

    app.post(
      '/api/tickets/:id/replies/:outboxId/retry',
      {
        schema: {
          tags: ['desk'],
          summary: 'Send again a reply that failed or was never confirmed; the ticket keeps its alert until no reply of it is failing',
          params: retryReplyParams,
          response: { 200: retryReplyAnswer },
        },
      },
      async (request) => retryReply(ctx, await requireActor(db, request), request.params.id, request.params.outboxId),
    );

    app.post(
      '/api/tickets/:id/notes',
      {
        schema: {
          tags: ['desk'],
          summary: 'An internal note; the citizen never sees it',
          params: idParams,
          body: noteBody,
          response: { 201: noteAnswer },
        },
      },
      async (request, reply) => reply.status(201).send(await addNote(ctx, await requireActor(db, request), request.params.id, request.body.text)),
    );

    app.patch(
      '/api/tickets/:id/triage',
      {
        schema: {
          tags: ['desk'],
          summary: 'Correct category, priority or place; a new place re-routes the ticket; the correction is kept for training',
          params: idParams,
          body: correctionBody,
          response: {
            200: correctionAnswer,
          },
        },
      },
      async (request) => correctTriage(ctx, await requireActor(db, request), request.params.id, request.body),
    );

    app.post(
      '/api/tickets/:id/confirm',
      {
        schema: {
          tags: ['desk'],
          summary: "Confirm Chowki's judgement (all of category, priority and place, or the fields named): they are locked against re-judgement and an unsure urgency is settled",
          params: idParams,
          body: confirmBody,
          response: { 200: confirmAnswer },
        },
      },
      async (request) => confirmTriage(ctx, await requireActor(db, request), request.params.id, request.body),
    );

    app.post(
      '/api/tickets/:id/transfer',
      {
        schema: {
          tags: ['desk'],
          summary: 'Transfer to another station with a reason; the sending station keeps read access',
          params: idParams,
          body: transferBody,
          response: { 200: transferAnswer },
        },
      },
      async (request) => transferTicket(ctx, await requireActor(db, request), request.params.id, request.body),
    );

    app.post(
      '/api/tickets/:id/merge',
      {
        schema: {
          tags: ['desk'],
          summary: 'Merge this ticket into another as a duplicate (same citizen on two channels, or one incident)',
          params: idParams,
          body: mergeBody,
          response: { 200: mergeAnswer },
        },
      },
      async (request) => mergeTicket(ctx, await requireActor(db, request), request.params.id, request.body),
    );

    app.post(
      '/api/desk/bulk',
      {
        schema: {
          tags: ['desk'],
          summary: 'One change (assign, status with outcome, merge into one, spam) for a selection: each ticket through its own audited action, with per-ticket success or refusal',
          body: bulkBody,
          response: { 200: bulkAnswer },
        },
      },
      async (request) => bulkAction(ctx, await requireActor(db, request), request.body.ids, request.body.change),
    );

    app.post(
      '/api/tickets/:id/spam-sender',
      {
        schema: {
          tags: ['desk'],
          summary: "Close every open ticket of this ticket's sender on your desk as spam (a flood from one client), each audited",
          params: idParams,
          body: senderSpamBody,
          response: { 200: bulkAnswer },
        },
      },
      async (request) => closeSenderAsSpam(ctx, await requireActor(db, request), request.params.id, request.body),
    );

    app.get(
      '/api/desk/tickets/:id',
      {
        schema: {
          tags: ['desk'],
          summary: "A ticket as the desk works it: SLA state, outcome, the conversation across merged tickets with each reply's visibility, the citizen's earlier tickets",
          params: idParams,
          response: {
            200: ticketViewSchema,
          },
        },
      },
      async (request) => getTicketView(ctx, await requireActor(db, request), request.params.id),
    );

    app.get(
      '/api/tickets/:id',
      {
        schema: {
          tags: ['tickets'],
          summary: 'One ticket with its conversation and audit trail (the desk read model, flattened)',
          params: idParams,
          response: { 200: ticketDetailSchema },
        },
      },
      async (request) => getTicketDetail(ctx, await requireActor(db, request), request.params.id),
    );

    app.get(
      '/api/tickets/:id/similar',
      {
        schema: {
          tags: ['desk'],
          summary: 'Possible duplicates: same place, station or citizen, similar words, within a time window',
          params: idParams,
          querystring: z.object({ windowHours: z.coerce.number().int().min(1).max(24 * 30).default(48), limit: z.coerce.number().int().min(1).max(50).default(10) }),
          response: {
            200: similarSchema,
          },
        },
      },
      async (request) => similarTickets(db, await requireActor(db, request), request.params.id, request.query),
    );

    app.get(
      '/api/public/reports/:reference/replies',
      {
        schema: {
          tags: ['public'],
          summary: "The police's public replies to a report, for its tracking page",
          params: z.object({ reference: z.string().regex(REFERENCE_PATTERN, 'looks like NGP-2026-000042') }),
          querystring: z.object({ token: z.string().min(10).max(100) }),
          response: { 200: z.object({ reference: z.string(), replies: z.array(z.object({ text: z.string(), createdAt: z.string() })) }) },
        },
      },
      async (request) => getPublicReplies(db, request.params.reference, request.query.token),
    );
  };
}
