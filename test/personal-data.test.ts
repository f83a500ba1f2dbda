/**
 * Every spelling of personal data in the corpus (src/triage/pii.corpus.jsonl) stays masked wherever
 * the rules say masked, end to end on both databases: the ticket's summary, the live event every
 * desk of its units receives, the views of a role without the need (the administrator), the
 * corrections export, and the public reply that must refuse it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/intake/intake.service.js';
import type { DeskEvent } from '../src/tickets/desk-event.schema.js';
import { createTestApp, testEngines } from './support/harness.js';

const engines = await testEngines();
type App = Awaited<ReturnType<typeof createTestApp>>;

interface CorpusLine {
  text: string;
  kind: string;
  secret: string | string[];
}

const corpus: CorpusLine[] = readFileSync(new URL('../src/triage/pii.corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
// Vehicle numbers are evidence an officer needs, not the citizen's own data: the rules do not mask them.
const positives = corpus.filter((e) => e.kind !== 'none' && e.kind !== 'vehicle');
const secretsOf = (e: CorpusLine) => (Array.isArray(e.secret) ? e.secret : [e.secret]);

describe.each(engines)('personal data end to end on %s', { timeout: 240_000 }, (engine) => {
  let t: App;
  const events: DeskEvent[] = [];
  const tickets: Array<{ id: number; line: CorpusLine }> = [];

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.ctx.bus.subscribe((e) => events.push(e));
    for (const [i, line] of positives.entries()) {
      const out = await ingest(t.ctx, { channel: 'web', externalId: `pii-${i}`, text: `Theft at Sitabuldi market. ${line.text}`, author: { id: `web:pii${i}` } });
      if (!out.ticketId) throw new Error(`no ticket for corpus line ${i}`);
      tickets.push({ id: out.ticketId, line });
    }
  });
  afterAll(async () => t?.close());

  it(`keeps all ${positives.length} spellings out of the summaries and the live events`, async () => {
    expect(positives.length).toBeGreaterThanOrEqual(200);
    const leaks: string[] = [];
    for (const { id, line } of tickets) {
      const row = await t.ctx.store.db.selectFrom('tickets').select('summary').where('id', '=', id).executeTakeFirstOrThrow();
      const sent = JSON.stringify(events.filter((e) => 'ticketId' in e && e.ticketId === id));
      for (const s of secretsOf(line)) if (row.summary.includes(s) || sent.includes(s)) leaks.push(`${line.kind}: ${line.text}`);
    }
    expect(leaks).toEqual([]);
  });

  it('shows the administrator the tickets without any of them', async () => {
    const admin = await t.login('admin');
    const leaks: string[] = [];
    for (const { id, line } of tickets.slice(0, 60)) {
      const view = await t.app.inject({ url: `/api/desk/tickets/${id}`, headers: { cookie: admin } });
      expect(view.statusCode).toBe(200);
      for (const s of secretsOf(line)) if (view.body.includes(s)) leaks.push(`${line.kind}: ${line.text}`);
    }
    const queue = await t.app.inject({ url: '/api/tickets?limit=200', headers: { cookie: admin } });
    for (const { line } of tickets) for (const s of secretsOf(line)) if (queue.body.includes(s)) leaks.push(`list ${line.kind}: ${line.text}`);
    expect(leaks).toEqual([]);
  });

  it('writes none of them into the corrections export', async () => {
    const op = await t.login('op.sitabuldi');
    for (const { id } of tickets.slice(0, 80)) {
      const res = await t.app.inject({ method: 'PATCH', url: `/api/tickets/${id}/triage`, headers: { cookie: op }, payload: { category: 'police_conduct' } });
      expect(res.statusCode).toBe(200);
    }
    const rows = await t.ctx.store.db.selectFrom('training_examples').select(['ticket_id', 'text']).execute();
    expect(rows.length).toBeGreaterThanOrEqual(80);
    const leaks = rows.filter((r) => {
      const line = tickets.find((x) => x.id === r.ticket_id)?.line;
      return line ? secretsOf(line).some((s) => r.text.includes(s)) : false;
    });
    expect(leaks.map((r) => r.text)).toEqual([]);
  });

  it('refuses a public reply that carries any of them, naming the kind in words', async () => {
    const op = await t.login('op.sitabuldi');
    const { id } = tickets[0] ?? { id: 0 };
    const accepted: string[] = [];
    for (const line of positives) {
      const res = await t.app.inject({ method: 'POST', url: `/api/tickets/${id}/replies`, headers: { cookie: op }, payload: { text: `Noted. ${line.text}`, visibility: 'public' } });
      if (res.statusCode !== 422) accepted.push(`${res.statusCode} ${line.kind}: ${line.text}`);
      else expect(res.json().error.code).toBe('PERSONAL_DATA_IN_PUBLIC_REPLY');
    }
    expect(accepted).toEqual([]);
  });
});
