/**
 * Inserts through SQL compiled once: the same rows as Kysely would write, on both engines; a ticket's row
 * as written; reference numbers reserved a batch at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCompiled } from '../src/store/compiled-insert.js';
import { holdReferences, insertTicket, releaseReferences, takeReferenceSeq } from '../src/tickets/ticket.repository.js';
import { createTestContext, testEngines, type TestContext } from './support/harness.js';

const engines = await testEngines();

describe.each(engines)('insertCompiled on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(engine);
  });
  afterAll(async () => t.close());

  // Rows told apart by their details; the action is any the column allows.
  const entry = (marker: string, details: Record<string, unknown> = {}) => ({
    ticket_id: null,
    actor_user_id: null,
    action: 'ticket.created' as const,
    details: JSON.stringify({ marker, ...details }),
    created_at: '2026-12-04T10:00:00.000Z',
  });
  const byMarker = (prefix: string) =>
    t.ctx.store.db.selectFrom('audit_log').select(['details', 'ticket_id']).where('details', 'like', `{"marker":"${prefix}%`).orderBy('id').execute();

  it('writes each call its own values, also when the statement is reused', async () => {
    const db = t.ctx.store.db;
    for (const n of [1, 2, 3]) {
      const rows = await insertCompiled<'audit_log', { id: number; details: string }>(db, 'audit_log', [entry('reused', { n })], ['id', 'details']);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.details).toBe(JSON.stringify({ marker: 'reused', n }));
    }
    expect((await byMarker('reused')).map((r) => JSON.parse(r.details).n)).toEqual([1, 2, 3]);
  });

  it('writes several rows in one statement, and rows whose columns differ as Kysely builds them', async () => {
    const db = t.ctx.store.db;
    await insertCompiled(db, 'audit_log', [entry('multi', { i: 1 }), entry('multi', { i: 2 })]);
    const { ticket_id: _omitted, ...short } = entry('mixed', { i: 2 });
    await insertCompiled(db, 'audit_log', [entry('mixed', { i: 1 }), short]);
    expect((await byMarker('multi')).map((r) => JSON.parse(r.details).i)).toEqual([1, 2]);
    expect((await byMarker('mixed')).map((r) => [JSON.parse(r.details).i, r.ticket_id])).toEqual([
      [1, null],
      [2, null],
    ]);
  });

  it('returns whole rows with RETURNING *, typed as the database gives them', async () => {
    const db = t.ctx.store.db;
    const [viaCompiled] = await insertCompiled<'audit_log', Record<string, unknown>>(db, 'audit_log', [entry('all')], 'all');
    const viaKysely = await db.insertInto('audit_log').values(entry('all')).returningAll().executeTakeFirstOrThrow();
    expect(Object.keys(viaCompiled ?? {}).sort()).toEqual(Object.keys(viaKysely).sort());
    expect(typeof viaCompiled?.id).toBe(typeof viaKysely.id);
  });
});

describe.each(engines)('tickets and reference numbers on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(engine);
  });
  afterAll(async () => t.close());

  it('returns a new ticket row exactly as the database holds it, with its defaults and nulls', async () => {
    const at = '2026-12-05T10:00:00.000Z';
    const written = await insertTicket(t.ctx.store.db, {
      reference: 'TEST-ROW-1',
      city_id: t.ctx.city.id,
      status: 'new',
      category: 'theft',
      priority: 'p2',
      language: 'en',
      flags: '[]',
      station_id: null,
      place_method: 'none',
      place_confidence: 0,
      place_lat: 21.14,
      reasons: '{}',
      channel: 'x',
      summary: 'row check',
      tracking_token_hash: 'h',
      created_at: at,
      updated_at: at,
      sla_due_at: at,
    });
    const read = await t.ctx.store.db.selectFrom('tickets').selectAll().where('id', '=', written.id).executeTakeFirstOrThrow();
    expect(written).toEqual(read);
  });

  it('hands out a reserved block in order and gives back what was not used, so that no number is skipped', async () => {
    const db = t.ctx.store.db;
    const year = 2091;
    const first = await takeReferenceSeq(db, 'ngp', year);
    const held = await db.transaction().execute(async (tx) => {
      holdReferences(tx, 5);
      const got = [await takeReferenceSeq(tx, 'ngp', year), await takeReferenceSeq(tx, 'ngp', year)];
      await releaseReferences(tx);
      return got;
    });
    expect(held).toEqual([first + 1, first + 2]);
    expect(await takeReferenceSeq(db, 'ngp', year)).toBe(first + 3);
  });

  it('never hands out a reserved number twice when another path takes one meanwhile', async () => {
    const db = t.ctx.store.db;
    const year = 2092;
    const got = await db.transaction().execute(async (tx) => {
      holdReferences(tx, 3);
      const a = await takeReferenceSeq(tx, 'ngp', year);
      // A path that does not read the reservation (a handle of its own): it comes after the block.
      const other = await takeReferenceSeq(tx.withoutPlugins(), 'ngp', year);
      const b = await takeReferenceSeq(tx, 'ngp', year);
      await releaseReferences(tx);
      return [a, other, b];
    });
    expect(new Set(got).size).toBe(3);
    expect(got[1]).toBe(4);
    // The block's unused number is not given back (someone took one after it): a gap, never a duplicate.
    expect(await takeReferenceSeq(db, 'ngp', year)).toBe(5);
  });
});
