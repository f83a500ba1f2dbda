import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertGeneratedTickets } from '../../test/support/analytics.generate.js';
import { createTestContext, testEngines, type TestContext } from '../../test/support/harness.js';
import { appendAudit } from '../tickets/audit.repository.js';
import { binOf, diffCells, hexCentre, hexOf, histogramQuantile, localHour, ticketCells } from './rollup.model.js';
import { catchUpRollups, rebuildRollups } from './rollup.worker.js';

const engines = await testEngines();
const DAY = 86_400_000;

describe('rollup model', () => {
  it('buckets by local hour, bins minutes and reads quantiles from the bins', () => {
    expect(localHour('2026-03-01T18:40:00.000Z', 'Asia/Kolkata')).toBe('2026-03-02T00');
    expect(binOf(0)).toBe(0);
    expect(binOf(5)).toBe(0);
    expect(binOf(6)).toBe(1);
    expect(binOf(100_000)).toBe(13);
    // 10 answers in 0–5 min, 10 in 15–30: the median sits at the top of the first bin, p90 in the third.
    const bins = [10, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(histogramQuantile(bins, 0.5)).toBe(5);
    expect(histogramQuantile(bins, 0.9)).toBe(27);
    expect(histogramQuantile(new Array(14).fill(0), 0.5)).toBeNull();
  });

  it('gives the same cells for the same ticket, and the difference of a change', () => {
    const t = {
      station_id: 's',
      zone_id: 'z',
      category: 'theft' as const,
      channel: 'x',
      priority: 'p2' as const,
      language: 'en' as const,
      status: 'resolved' as const,
      outcome: 'action_taken' as const,
      assignee_id: 7,
      created_at: '2026-03-02T04:00:00.000Z',
      updated_at: '2026-03-02T06:00:00.000Z',
      first_response_at: '2026-03-02T04:20:00.000Z',
      resolved_at: '2026-03-02T06:00:00.000Z',
      first_response_due_at: '2026-03-02T05:00:00.000Z',
      resolve_due_at: '2026-03-03T04:00:00.000Z',
      escalated_at: null,
      escalation_level: 0,
      place_lat: null,
      place_lon: null,
    };
    const a = ticketCells(t, 'Asia/Kolkata');
    expect(diffCells(a, ticketCells(t, 'Asia/Kolkata'))).toEqual({});
    expect(a['h|2026-03-02T09|s|z|theft|x|p2|en']).toEqual({ opened: 1, responded: 1, response_min_sum: 20, rh_2: 1 });
    expect(a['h|2026-03-02T11|s|z|theft|x|p2|en']).toMatchObject({ resolved: 1, resolve_min_sum: 120, out_action_taken: 1, sla_kept: 1, closed: 1 });
    expect(a['o|2026-03-02|s|z|7']).toEqual({ responded: 1, resolved: 1 });
    const placed = ticketCells({ ...t, place_lat: 21.1458, place_lon: 79.0882 }, 'Asia/Kolkata');
    const hex = hexOf(21.1458, 79.0882);
    expect(placed[`p|2026-03-02|s|z|theft|${hex.q}|${hex.r}`]).toEqual({ opened: 1 });
    const c = hexCentre(hex.q, hex.r);
    expect(Math.abs(c.lat - 21.1458) < 0.006 && Math.abs(c.lon - 79.0882) < 0.006).toBe(true);
    const moved = diffCells(a, ticketCells({ ...t, station_id: 'other' }, 'Asia/Kolkata'));
    expect(moved['h|2026-03-02T09|s|z|theft|x|p2|en']).toEqual({ opened: -1, responded: -1, response_min_sum: -20, rh_2: -1 });
  });
});

describe.each(engines)('rollups on %s', (engine) => {
  let t: TestContext;
  const from = Date.parse('2026-02-01T00:00:00Z');

  /** The rollups as comparable text: rows with any counter set, numbers as numbers, sorted. */
  const snapshot = async () => {
    const rows = await t.ctx.store.db.selectFrom('analytics_hourly').selectAll().execute();
    const officers = await t.ctx.store.db.selectFrom('analytics_officer_daily').selectAll().execute();
    const places = await t.ctx.store.db.selectFrom('analytics_place_daily').selectAll().execute();
    const nonZero = (r: Record<string, unknown>) => Object.entries(r).some(([, v]) => typeof v !== 'string' && Number(v) !== 0) || Object.values(r).some((v) => typeof v === 'string' && /^[1-9]\d*$/.test(v));
    const units = (await t.ctx.store.db.selectFrom('analytics_unit_daily').selectAll().execute()).filter(nonZero);
    const dims = [...(await t.ctx.store.db.selectFrom('analytics_dim_daily').selectAll().execute()), ...(await t.ctx.store.db.selectFrom('analytics_dim_monthly').selectAll().execute())];
    const norm = (r: Record<string, unknown>) =>
      Object.entries(r)
        .map(([k, v]) => `${k}=${typeof v === 'string' && !/^-?\d+$/.test(v) ? v : Number(v)}`)
        .join(',');
    return [...rows.filter(nonZero).map(norm), ...officers.filter((r) => Number(r.responded) !== 0 || Number(r.resolved) !== 0).map(norm), ...places.filter((r) => Number(r.opened) !== 0).map(norm), ...units.map(norm), ...dims.filter((r) => Number(r.opened) !== 0).map(norm)].sort();
  };
  const totals = async () => {
    const r = await t.ctx.store.db
      .selectFrom('analytics_hourly')
      .select((eb) => [eb.fn.sum<number>('opened').as('opened'), eb.fn.sum<number>('responded').as('responded'), eb.fn.sum<number>('resolved').as('resolved')])
      .executeTakeFirstOrThrow();
    return { opened: Number(r.opened), responded: Number(r.responded), resolved: Number(r.resolved) };
  };

  beforeAll(async () => {
    t = await createTestContext(engine);
    const officer = await t.ctx.store.db.selectFrom('users').select('id').where('username', '=', 'op.sitabuldi').executeTakeFirstOrThrow();
    await insertGeneratedTickets(t.ctx.store.db, t.ctx.city, { count: 400, from, days: 20, seed: 3, officers: new Map([['ngp-ps-sitabuldi', officer.id]]) });
  });
  afterAll(async () => t?.close());

  it('counts every ticket once, and an incremental run equals a rebuild from the audit log', async () => {
    await catchUpRollups(t.ctx, { batch: 150 });
    const db = t.ctx.store.db;
    const count = async (col: 'first_response_at' | null) => {
      let q = db.selectFrom('tickets').select((eb) => eb.fn.countAll<number>().as('n'));
      if (col) q = q.where(col, 'is not', null);
      return Number((await q.executeTakeFirstOrThrow()).n);
    };
    const resolved = Number(
      (await db.selectFrom('tickets').select((eb) => eb.fn.countAll<number>().as('n')).where('resolved_at', 'is not', null).where('status', 'in', ['resolved', 'closed']).executeTakeFirstOrThrow()).n,
    );
    expect(await totals()).toEqual({ opened: await count(null), responded: await count('first_response_at'), resolved });

    // Changes through the log: a transfer and a re-judgement move counts; a reopening removes a resolution.
    const [a, b, c, d] = await db.selectFrom('tickets').selectAll().where('resolved_at', 'is not', null).orderBy('id').limit(4).execute();
    if (!a || !b || !c || !d) throw new Error('generated data has resolved tickets');
    const at = new Date(from + 25 * DAY).toISOString();
    await db.transaction().execute(async (tx) => {
      await tx.updateTable('tickets').set({ station_id: 'ngp-ps-ambazari', zone_id: 'ngp-z2', updated_at: at }).where('id', '=', a.id).execute();
      await appendAudit(tx, { ticketId: a.id, actorUserId: null, action: 'ticket.transferred', details: {}, at });
      await tx.updateTable('tickets').set({ category: 'cyber_fraud', priority: 'p1', updated_at: at }).where('id', '=', b.id).execute();
      await appendAudit(tx, { ticketId: b.id, actorUserId: null, action: 'ticket.rejudged', details: {}, at });
      await tx.updateTable('tickets').set({ status: 'in_progress', resolved_at: null, outcome: null, updated_at: at }).where('id', '=', c.id).execute();
      await appendAudit(tx, { ticketId: c.id, actorUserId: null, action: 'ticket.status_changed', details: {}, at });
    });
    // A change with no audit row (a reply confirmed sent later): the updated_at net catches it.
    const late = new Date(Date.parse(d.first_response_at ?? at) + 3 * 60_000).toISOString();
    await db.updateTable('tickets').set({ first_response_at: late, updated_at: new Date().toISOString() }).where('id', '=', d.id).execute();
    await catchUpRollups(t.ctx, { batch: 150 });
    const incremental = await snapshot();
    // Running again changes nothing.
    await catchUpRollups(t.ctx);
    expect(await snapshot()).toEqual(incremental);
    expect((await totals()).resolved).toBe(resolved - 1);

    const replayed = await rebuildRollups(t.ctx, { batch: 170 });
    expect(replayed).toBeGreaterThanOrEqual(403);
    expect(await snapshot()).toEqual(incremental);
  });
});
