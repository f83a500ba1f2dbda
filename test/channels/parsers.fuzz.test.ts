/**
 * Property: whatever a provider or a file holds, the channel parsers answer with their typed result
 * (items that intake accepts, or a named problem) and never throw; a problem never repeats content.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArchive } from '../../src/channels/archive/archive.parse.js';
import { parseTelegramUpdate } from '../../src/channels/telegram/telegram-update.parse.js';
import { parseWhatsAppWebhook } from '../../src/channels/whatsapp/whatsapp-webhook.parse.js';
import { parseXPage } from '../../src/channels/x/x-mentions.parse.js';
import { inboundItemSchema, type InboundItem } from '../../src/intake/inbound-item.js';
import { loadFixture } from '../fakes/fixtures.js';
import { awkwardJson, awkwardRawBody, awkwardString, CONTENT_MARKER, FUZZ_RUNS, mutated } from '../support/fuzz.js';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const runs = { whatsapp: 0, telegram: 0, x: 0, archive: 0 };

function expectValidItems(items: readonly InboundItem[]): void {
  for (const item of items) expect(inboundItemSchema.safeParse(item).success).toBe(true);
}

function expectNamed(problems: readonly string[]): void {
  for (const p of problems) {
    expect(p.length).toBeGreaterThan(0);
    expect(p).not.toContain(CONTENT_MARKER);
  }
}

afterAll(() => {
  console.info(`parser fuzz inputs: ${JSON.stringify(runs)}, none threw`);
});

describe('channel parsers under fuzzing', () => {
  it('WhatsApp: any JSON, and Meta payloads with any part broken, give items or named skips', () => {
    const fixtures = ['every-type.json', 'mixed-bad.json', 'status.json', 'location.json', 'image.json'].map((f) => loadFixture(`whatsapp/${f}`));
    const input = fc.oneof(awkwardJson, ...fixtures.map(mutated));
    fc.assert(
      fc.property(input, (body) => {
        runs.whatsapp++;
        const r = parseWhatsAppWebhook(body, NOW);
        if (!r.ok) return expectNamed([r.problem]);
        expectValidItems(r.items);
        expectNamed(r.skipped.map((s) => s.problem));
        for (const receipt of r.receipts) expect(Number.isNaN(Date.parse(receipt.at))).toBe(false);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('Telegram: any JSON, and updates with any part broken, give an item, nothing, or a named problem', () => {
    const fixtures = [...(loadFixture('telegram/hardening.json') as unknown[]), ...['text.json', 'photo.json', 'venue.json'].map((f) => loadFixture(`telegram/${f}`))];
    const input = fc.oneof(awkwardJson, ...fixtures.map(mutated));
    fc.assert(
      fc.property(input, (body) => {
        runs.telegram++;
        const r = parseTelegramUpdate(body, NOW);
        if (!r.ok) return expectNamed([r.problem]);
        if (r.item) {
          expectValidItems([r.item]);
          // A date from a broken clock never moves a report out of this day.
          expect(Math.abs(Date.parse(r.item.receivedAt ?? '') - NOW)).toBeLessThan(20 * 365 * 24 * 3600_000);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('X: any JSON, and pages with any post broken, keep the readable posts', () => {
    const fixtures = ['x/mentions.json', 'x/mentions-malformed.json', 'archive/x-mentions-page.json'].map((f) => loadFixture(f));
    const input = fc.oneof(awkwardJson, ...fixtures.map(mutated));
    fc.assert(
      fc.property(input, (body) => {
        runs.x++;
        const r = parseXPage(body);
        if (!r.ok) return expectNamed([r.problem]);
        expectValidItems(r.items);
        expectNamed(r.skipped.map((s) => s.problem));
        if (r.newestId !== undefined) expect(r.newestId).toMatch(/^\d{1,19}$/);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('archive import: any lines give items and errors by line number, never a throw', () => {
    const good = readFileSync(new URL('../fixtures/archive/with-bad-lines.jsonl', import.meta.url), 'utf8').split('\n');
    const line = fc.oneof(
      awkwardString,
      awkwardRawBody,
      awkwardJson.map((v) => JSON.stringify(v) ?? ''),
      fc.constantFrom(...good),
      ...good.flatMap((l) => {
        try {
          return [mutated(JSON.parse(l)).map((v) => JSON.stringify(v) ?? '')];
        } catch {
          return [];
        }
      }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        runs.archive++;
        const text = lines.join(eol);
        const r = parseArchive(text);
        expectValidItems(r.items);
        expect(r.entries.map((e) => e.item)).toEqual(r.items);
        // Line numbers point into the file (or, for one JSON document, at its elements).
        const count = r.unit === 'line' ? text.split(/\r?\n/).length : Number.MAX_SAFE_INTEGER;
        for (const e of [...r.errors, ...r.entries]) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(count);
        }
        expectNamed(r.errors.map((e) => e.problem));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
