/** Inserts through SQL compiled once: the same rows as Kysely would write, on both engines. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCompiled } from '../src/store/compiled-insert.js';
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
