import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESK_EVENT_TYPES, TICKET_EVENT_TYPES } from '../../../src/tickets/desk-event.model.js';
import { parseDeskEvent } from '../../../src/tickets/desk-event.schema.js';
import { isDeskEvent } from './client.js';

const at = '2026-12-04T10:00:00.000Z';

describe("the desk's live events", () => {
  it('accepts exactly what the server union accepts', () => {
    const samples: unknown[] = [
      ...TICKET_EVENT_TYPES.map((type) => ({ type, ticketId: 4, units: ['ngp-ps-sitabuldi'], at })),
      { type: 'ticket.escalated', ticketId: 4, units: ['ngp-z2'], at, level: 1 },
      { type: 'channel.silent', units: ['ngp'], channel: 'whatsapp', silentForMs: 4_500_000, at },
      // Names nothing emits, and shapes that do not fit.
      { type: 'ticket.breached', ticketId: 4, units: ['ngp'], at },
      { type: 'ticket.assigned', ticketId: 4, units: ['ngp'], at },
      { type: 'ticket.created', units: ['ngp'], at },
      { type: 'channel.silent', units: ['ngp'], silentForMs: 1, at },
      { type: 'ticket.updated', ticketId: 4, units: 'ngp', at },
      { type: 'ticket.updated', ticketId: 4, units: ['ngp'], at, ticket: { id: 4 } },
      null,
      'ticket.created',
    ];
    for (const s of samples) expect(isDeskEvent(s), JSON.stringify(s)).toBe(parseDeskEvent(s) !== undefined);
    expect(DESK_EVENT_TYPES).toEqual([...TICKET_EVENT_TYPES, 'channel.silent']);
    expect(DESK_EVENT_TYPES).not.toContain('ticket.breached');
  });
});

/** Every file of a folder, recursively. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('the browser bundle', () => {
  const web = resolve(import.meta.dirname, '..');
  const root = resolve(web, '../..');
  // Modules of src/ the web may import at run time: constants with no imports of their own.
  const PURE = ['src/tickets/ticket.model.ts', 'src/tickets/desk-event.model.ts', 'src/triage/triage.types.ts', 'src/media/media.model.ts'];

  it('takes from src/ only types, and constants from modules that import nothing', () => {
    const runtime = new Set<string>();
    for (const file of filesOf(web).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
        const [, , typeOnly, spec] = m;
        if (typeOnly || !spec?.includes('/src/')) continue;
        runtime.add(relative(root, resolve(file, '..', spec)).replace(/\.js$/, '.ts'));
      }
    }
    expect(runtime.size).toBeGreaterThan(0);
    for (const m of runtime) expect(PURE, `${m} is imported at run time by the web`).toContain(m);
    for (const m of PURE) expect(readFileSync(resolve(root, m), 'utf8'), m).not.toMatch(/^\s*import\s/m);
  });
});
