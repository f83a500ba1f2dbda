/**
 * `chowki import` on a file with bad lines: each is skipped and reported by its number and problem
 * (never its text), everything else is imported, and a second import creates nothing new.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArchive } from '../../src/channels/archive/archive.service.js';
import { createTestContext, testEngines, type TestContext } from '../support/harness.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/archive/${name}`, import.meta.url), 'utf8');

const engines = await testEngines();

describe.each(engines)('archive import with bad lines on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(engine);
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports every readable message, reports each bad line by number and reason, and counts duplicates', async () => {
    const report = await importArchive(t.ctx, fixture('with-bad-lines.jsonl'));
    expect(report).toMatchObject({ unit: 'line', read: 6, imported: 5, duplicates: 1, failed: [] });
    expect(report.skipped.map((s) => s.line)).toEqual([2, 3, 4, 7, 10, 11, 12]);
    expect(report.skipped).toEqual([
      { line: 2, problem: 'not valid JSON' },
      { line: 3, problem: 'text: Invalid input: expected string, received undefined' },
      { line: 4, problem: expect.stringMatching(/^created_at: not a date/) },
      { line: 7, problem: expect.stringMatching(/^post 1840000000000000001: post\.text: /) },
      { line: 10, problem: expect.stringMatching(/^value: /) },
      { line: 11, problem: expect.stringMatching(/^value: /) },
      { line: 12, problem: expect.stringMatching(/^channel: /) },
    ]);
    expect(JSON.stringify(report)).not.toContain('9800000001');

    const rows = await t.ctx.store.db.selectFrom('inbound').select(['channel', 'external_id', 'payload', 'status']).execute();
    const byId = new Map(rows.map((r) => [r.external_id, { ...r, item: JSON.parse(r.payload) }]));
    expect([...byId.keys()].sort()).toEqual(['1840000000000000002', 'bad-lines-001', 'bad-lines-005', 'bad-lines-009', 'bad-lines-013']);
    expect(rows.every((r) => r.status === 'processed')).toBe(true);
    // An overlong name is cut, and a NUL or a lone surrogate never fails the database.
    expect(byId.get('bad-lines-009')?.item.author.name).toHaveLength(200);
    expect(byId.get('bad-lines-013')?.item.text).not.toContain('\u0000');

    const again = await importArchive(t.ctx, fixture('with-bad-lines.jsonl'));
    expect(again).toMatchObject({ read: 6, imported: 0, duplicates: 6 });
  });

  it('reads nothing from a file of bad lines and says so line by line', async () => {
    const report = await importArchive(t.ctx, fixture('all-bad.jsonl'));
    expect(report).toMatchObject({ read: 0, imported: 0, duplicates: 0 });
    expect(report.skipped.map((s) => s.line)).toEqual([1, 2, 3]);
  });
});
