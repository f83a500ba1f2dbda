/**
 * Who may import whom: dependency-cruiser runs the rules of `.dependency-cruiser.cjs` over src/ and every
 * violation fails, named with its rule and why the rule exists. Violations of work in flight may be listed
 * in `.dependency-cruiser-known-violations.json` (dependency-cruiser's baseline format, so that
 * `npx depcruise src --ignore-known` agrees); one that is fixed must leave the list, so that it cannot
 * come back unnoticed. To regenerate the list: `npx depcruise src --output-type baseline > .dependency-cruiser-known-violations.json`.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config.js';

const run = promisify(execFile);
const ROOT = repoRoot();
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const KNOWN = join(ROOT, '.dependency-cruiser-known-violations.json');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  cycle?: Array<{ name: string }>;
}

interface Cruise {
  modules: number;
  violations: Violation[];
  comments: Map<string, string>;
}

/** Cruises `dir` (relative to `cwd`) with the project's rules. */
async function cruise(cwd: string, dir: string): Promise<Cruise> {
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [CLI, dir, '--config', CONFIG, '--output-type', 'json'], { cwd, maxBuffer: 256 * 1024 * 1024 }));
  } catch (err) {
    // dependency-cruiser exits non-zero when it finds violations; its report is still on stdout.
    const out = typeof err === 'object' && err !== null && 'stdout' in err && typeof err.stdout === 'string' ? err.stdout : '';
    if (!out.trim().startsWith('{')) throw err;
    stdout = out;
  }
  const report = JSON.parse(stdout) as {
    summary: { totalCruised: number; violations: Violation[]; ruleSetUsed: { forbidden?: Array<{ name: string; comment?: string }> } };
  };
  const comments = new Map((report.summary.ruleSetUsed.forbidden ?? []).map((r) => [r.name, r.comment ?? '']));
  return { modules: report.summary.totalCruised, violations: report.summary.violations, comments };
}

function key(v: Violation): string {
  return `${v.rule.name}: ${v.from} → ${v.to}`;
}

function describeViolation(v: Violation, comments: Map<string, string>): string {
  const via = v.cycle ? ` (cycle: ${[v.from, ...v.cycle.map((c) => c.name)].join(' → ')})` : '';
  return `${key(v)}${via}\n    ${comments.get(v.rule.name) ?? ''}`;
}

function readKnown(): Violation[] {
  return existsSync(KNOWN) ? (JSON.parse(readFileSync(KNOWN, 'utf8')) as Violation[]) : [];
}

describe('import rules (.dependency-cruiser.cjs)', () => {
  let src: Cruise;
  beforeAll(async () => {
    src = await cruise(ROOT, 'src');
  }, 120_000);

  it('reads the TypeScript sources (a missing parser would cruise nothing and pass)', () => {
    expect(src.modules).toBeGreaterThan(100);
  });

  it('src/ breaks no rule beyond the known violations', () => {
    const known = new Set(readKnown().map(key));
    const fresh = src.violations.filter((v) => !known.has(key(v)));
    expect(fresh.map((v) => describeViolation(v, src.comments)), 'import rules broken (see .dependency-cruiser.cjs)').toEqual([]);
  });

  it('lists as known only violations that still exist', () => {
    const now = new Set(src.violations.map(key));
    const fixed = readKnown().filter((v) => !now.has(key(v)));
    expect(fixed.map(key), `fixed: remove these from ${KNOWN}`).toEqual([]);
  });

  it('every rule bites: a miniature src/ that breaks each one once is caught on each', async () => {
    const fixture = await cruise(join(ROOT, 'test/fixtures/architecture'), 'src');
    const caught = new Set(fixture.violations.map((v) => v.rule.name));
    expect([...caught].sort()).toEqual([...src.comments.keys()].filter((r) => r !== 'not-to-unresolvable').sort());
    const named = (to: string) => to.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1');
    expect(fixture.violations.map((v) => `${v.rule.name}: ${v.from} → ${named(v.to)}`).sort()).toEqual([
      'desk-not-to-intake: src/desk/queue.ts → src/intake/asks-desk.ts',
      'engines-below-the-app: src/geo/reads-disk.ts → kysely',
      'engines-below-the-app: src/geo/reads-disk.ts → src/desk/queue.ts',
      'engines-pure-no-io: src/geo/reads-disk.ts → fs',
      'intake-not-to-desk: src/intake/asks-desk.ts → src/desk/queue.ts',
      'migrations-only-through-migrate: src/desk/queue.ts → src/store/migrations/0001-first.ts',
      'no-circular: src/desk/queue.ts → src/intake/asks-desk.ts',
      'provider-sdk-only-in-channels: src/force/bot.ts → grammy',
      'store-at-the-bottom: src/store/db.ts → src/geo/reads-disk.ts',
      'tickets-below-its-callers: src/tickets/lifecycle.ts → src/desk/queue.ts',
      'wiring-at-the-top: src/force/bot.ts → src/bootstrap.ts',
    ]);
  }, 120_000);
});
