/**
 * Group commit at intake: a batch of stored items carried through in one transaction keeps the
 * guarantees of one at a time (one ticket per item, a citizen's messages in order in one ticket,
 * a poisoned item quarantined alone, events only after the commit), on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInbound, processInboundBatch, type IntakeContext } from '../src/intake/intake.service.js';
import { createIntakeQueue } from '../src/intake/intake.queue.js';
import { sql } from 'kysely';
import type { TicketAssigner } from '../src/tickets/ticket-assigner.js';
import { createRosterAssigner } from '../src/desk/roster.service.js';
import { replaceShifts } from '../src/desk/roster.repository.js';
import { createTestContext, testEngines, type TestContext } from './support/harness.js';

const engines = await testEngines();

describe.each(engines)('intake batches on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  const statusOf = async (ids: number[]) =>
    (await t.ctx.store.db.selectFrom('inbound').select(['id', 'status', 'ticket_id', 'error']).where('id', 'in', ids).orderBy('id').execute());

  it('threads two messages of one sender in one batch into one ticket, in order, and opens one for another sender', async () => {
    const a = await acceptInbound(t.ctx, { channel: 'whatsapp', externalId: 'wamid.batch-a1', text: 'My phone was stolen at Sitabuldi market', author: { id: '9101' }, reply: { to: '9101', public: false } });
    const b = await acceptInbound(t.ctx, { channel: 'whatsapp', externalId: 'wamid.batch-a2', text: 'It was a black Samsung, ten minutes ago', author: { id: '9101' }, reply: { to: '9101', public: false } });
    const c = await acceptInbound(t.ctx, { channel: 'whatsapp', externalId: 'wamid.batch-c1', text: 'Loud DJ at Dharampeth since midnight', author: { id: '9102' }, reply: { to: '9102', public: false } });
    expect(await processInboundBatch(t.ctx, [c.id, b.id, a.id])).toBe(3);
    const rows = await statusOf([a.id, b.id, c.id]);
    expect(rows.map((r) => r.status)).toEqual(['processed', 'processed', 'processed']);
    expect(rows[0]?.ticket_id).toBe(rows[1]?.ticket_id);
    expect(rows[2]?.ticket_id).not.toBe(rows[0]?.ticket_id);
    const messages = await t.ctx.store.db
      .selectFrom('ticket_messages')
      .select('inbound_id')
      .where('ticket_id', '=', rows[0]?.ticket_id ?? 0)
      .where('direction', '=', 'in')
      .orderBy('id')
      .execute();
    expect(messages.map((m) => m.inbound_id)).toEqual([a.id, b.id]);
    // One acknowledgement per ticket opened, none for the follow-up.
    const acks = (await t.ctx.store.db.selectFrom('outbox').select('idempotency_key').where('ticket_id', 'in', [rows[0]?.ticket_id ?? 0, rows[2]?.ticket_id ?? 0]).execute()).map((x) => x.idempotency_key);
    expect(acks).toContain('ack:whatsapp:wamid.batch-a1');
    expect(acks).toContain('ack:whatsapp:wamid.batch-c1');
    expect(acks).not.toContain('ack:whatsapp:wamid.batch-a2');
    // A second pass finds nothing pending.
    expect(await processInboundBatch(t.ctx, [a.id, b.id, c.id])).toBe(0);
    // A later batch finds each thread where the first left it: the citizens' next messages join their tickets.
    const a3 = await acceptInbound(t.ctx, { channel: 'whatsapp', externalId: 'wamid.batch-a3', text: 'The thief ran towards the bus stand', author: { id: '9101' }, reply: { to: '9101', public: false } });
    const c2 = await acceptInbound(t.ctx, { channel: 'whatsapp', externalId: 'wamid.batch-c2', text: 'Still going on', author: { id: '9102' }, reply: { to: '9102', public: false } });
    expect(await processInboundBatch(t.ctx, [c2.id, a3.id])).toBe(2);
    const later = await statusOf([a3.id, c2.id]);
    expect(later.map((r) => [r.status, r.ticket_id])).toEqual([
      ['processed', rows[0]?.ticket_id],
      ['processed', rows[2]?.ticket_id],
    ]);
  });

  it('quarantines an item the database refuses without failing the rest of its batch', async () => {
    // A fault injected inside the transaction: for one ticket, the assigner runs a statement the database refuses.
    const real = t.ctx.assigner;
    const assigner: TicketAssigner = {
      assignNew: async (tx, ticketId, known, audit) => {
        const ticket = await tx.selectFrom('tickets').select('summary').where('id', '=', ticketId).executeTakeFirstOrThrow();
        if (ticket.summary.includes('BROKEN')) await sql`select * from no_such_table`.execute(tx);
        return real.assignNew(tx, ticketId, known, audit);
      },
    };
    const ctx: IntakeContext = { ...t.ctx, assigner };
    const ids: number[] = [];
    for (const [i, text] of ['Fight at Itwari market now', 'BROKEN report at Sitabuldi', 'Car parked blocking gate at Ramdaspeth'].entries()) {
      ids.push((await acceptInbound(ctx, { channel: 'telegram', externalId: `tg-batch-poison-${i}`, text, author: { id: `77${i}` } })).id);
    }
    const before = Number((await t.ctx.store.db.selectFrom('tickets').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(await processInboundBatch(ctx, ids)).toBe(3);
    const rows = await statusOf(ids);
    expect(rows.map((r) => r.status)).toEqual(['processed', 'failed', 'processed']);
    expect(rows[1]?.ticket_id).toBeNull();
    expect(rows[1]?.error).toMatch(/^processing failed/);
    const after = Number((await t.ctx.store.db.selectFrom('tickets').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(after).toBe(before + 2);
  });

  it('takes a join in a batch as community\'s, and the new member\'s next message in the same batch opens a ticket and restarts their window', async () => {
    const db = t.ctx.store.db;
    const station = t.ctx.city.units.find((u) => u.kind === 'station' && u.nameEn === 'Sitabuldi');
    if (!station) throw new Error('no Sitabuldi station in the test city');
    const group = await db
      .insertInto('community_groups')
      .values({ station_id: station.id, kind: 'residents', name: 'Residents', created_by: null, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const who = '919811100001';
    const say = (i: number, text: string, receivedAt: string) =>
      acceptInbound(t.ctx, { channel: 'whatsapp', externalId: `wamid.batch-join-${i}`, text, author: { id: who }, reply: { to: who, public: false }, receivedAt });
    // A sender nobody knows, who is no member: the batch skips community's hooks for them.
    const stranger = await acceptInbound(t.ctx, { channel: 'whatsapp', externalId: 'wamid.batch-join-x', text: 'Chain snatching near Dharampeth', author: { id: '919811100002' }, reply: { to: '919811100002', public: false } });
    const join = await say(1, 'JOIN SITABULDI', '2026-12-04T10:00:00.000Z');
    const report = await say(2, 'Two bikes stolen outside Sitabuldi market just now', '2026-12-04T10:00:05.000Z');
    expect(await processInboundBatch(t.ctx, [stranger.id, join.id, report.id])).toBe(3);
    const rows = await statusOf([stranger.id, join.id, report.id]);
    expect(rows.map((r) => r.status)).toEqual(['processed', 'processed', 'processed']);
    expect(rows[0]?.ticket_id).not.toBeNull();
    expect(rows[1]?.ticket_id).toBeNull();
    expect(rows[2]?.ticket_id).not.toBeNull();
    const member = await db.selectFrom('community_members').selectAll().where('group_id', '=', group.id).where('address', '=', who).executeTakeFirstOrThrow();
    expect(member.status).toBe('active');
    expect(member.last_inbound_at).toBe('2026-12-04T10:00:05.000Z');
    expect(await db.selectFrom('community_members').select('id').where('address', '=', '919811100002').execute()).toHaveLength(0);
  });

  it('spreads a batch\'s new tickets of one station over its officers on duty by their open tickets, and says so on each ticket', async () => {
    const db = t.ctx.store.db;
    const officers = await db.selectFrom('users').select(['id', 'username']).where('username', 'in', ['op.sitabuldi', 'sho.sitabuldi']).orderBy('id').execute();
    expect(officers).toHaveLength(2);
    const at = new Date().toISOString();
    // Nobody else's tickets count against them here; a whole-day shift (start = end) covers now.
    await db.updateTable('tickets').set({ assignee_id: null }).where('assignee_id', 'in', officers.map((o) => o.id)).execute();
    await replaceShifts(db, 'ngp-ps-sitabuldi', [{ name: 'All day', startMinute: 0, endMinute: 0, days: [0, 1, 2, 3, 4, 5, 6], officerIds: officers.map((o) => o.id) }], at);
    const ctx: IntakeContext = { ...t.ctx, assigner: createRosterAssigner({ config: t.ctx.config, now: t.ctx.now }) };
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) {
      ids.push((await acceptInbound(ctx, { channel: 'telegram', externalId: `tg-batch-roster-${i}`, text: 'My phone was stolen at Sitabuldi market', author: { id: `88${i}` } })).id);
    }
    const events: Array<{ ticketId: number; assignee: number | null }> = [];
    const unsubscribe = t.ctx.bus.subscribe((e) => {
      if (e.type === 'ticket.created' && 'ticket' in e && e.ticket) events.push({ ticketId: e.ticketId, assignee: e.ticket.assigneeId ?? null });
    });
    expect(await processInboundBatch(ctx, ids)).toBe(4);
    await replaceShifts(db, 'ngp-ps-sitabuldi', [], at);
    const rows = await statusOf(ids);
    const tickets = await db.selectFrom('tickets').select(['id', 'station_id', 'assignee_id']).where('id', 'in', rows.map((r) => r.ticket_id ?? 0)).orderBy('id').execute();
    expect(tickets.every((x) => x.station_id === 'ngp-ps-sitabuldi')).toBe(true);
    expect(tickets.map((x) => x.assignee_id)).toEqual([officers[0]?.id, officers[1]?.id, officers[0]?.id, officers[1]?.id]);
    const audits = await db.selectFrom('audit_log').select(['ticket_id', 'action']).where('ticket_id', 'in', tickets.map((x) => x.id)).where('action', 'in', ['ticket.assigned', 'ticket.not_assigned']).execute();
    expect(audits.map((a) => a.action)).toEqual(['ticket.assigned', 'ticket.assigned', 'ticket.assigned', 'ticket.assigned']);
    // The desk's event carries the ticket as assigned, not as it was before the roster took it.
    for (let i = 0; i < 200 && events.filter((e) => tickets.some((x) => x.id === e.ticketId)).length < 4; i++) await new Promise((r) => setTimeout(r, 10));
    unsubscribe();
    const ours = events.filter((e) => tickets.some((x) => x.id === e.ticketId)).sort((a, b) => a.ticketId - b.ticketId);
    expect(ours.map((e) => e.assignee)).toEqual(tickets.map((x) => x.assignee_id));
  });

  it('publishes a batch\'s events only once its items are committed, one ticket.created per ticket', async () => {
    const seen: Array<{ ticketId: number; committed: boolean }> = [];
    const checks: Array<Promise<void>> = [];
    const unsubscribe = t.ctx.bus.subscribe((e) => {
      if (e.type !== 'ticket.created') return;
      checks.push(
        (async () => {
          const row = await t.ctx.store.db.selectFrom('tickets').select('id').where('id', '=', e.ticketId).executeTakeFirst();
          seen.push({ ticketId: e.ticketId, committed: row !== undefined });
        })(),
      );
    });
    const queue = createIntakeQueue(t.ctx, { lingerMs: 5 });
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) {
      const s = await acceptInbound(t.ctx, { channel: 'x', externalId: `180000000000009${String(i).padStart(4, '0')}`, text: 'Chain snatching near Dharampeth a few minutes ago' });
      ids.push(s.id);
      queue.push(s.id);
    }
    await queue.drain();
    const rows = await statusOf(ids);
    expect(rows.every((r) => r.status === 'processed')).toBe(true);
    const tickets = new Set(rows.map((r) => r.ticket_id));
    expect(tickets.size).toBe(20);
    // The bus may deliver through PostgreSQL: wait until every event has come back.
    for (let i = 0; i < 500 && seen.filter((s) => tickets.has(s.ticketId)).length < 20; i++) await Promise.all([...checks, new Promise((r) => setTimeout(r, 10))]);
    await Promise.all(checks);
    unsubscribe();
    await queue.close();
    const ours = seen.filter((s) => tickets.has(s.ticketId));
    expect(ours).toHaveLength(20);
    expect(ours.every((s) => s.committed)).toBe(true);
  });
});
