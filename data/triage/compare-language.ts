/**
 * Compares language identification on a labelled JSONL file: our function-word identifier against
 * franc and cld3-asm (devDependencies, used only here). Run:
 *   npx tsx data/triage/compare-language.ts ../shared/eval/dev.jsonl data/triage/check.jsonl
 * Prints a Markdown table for BENCHMARKS.md.
 */
import { readFileSync } from 'node:fs';
import { franc } from 'franc';
import { loadModule } from 'cld3-asm';
import { identifyLanguage } from '../../src/triage/language.js';
import { normaliseMessage } from '../../src/triage/normalise.js';

type Lang = 'en' | 'hi' | 'mr' | 'hi-Latn';
const LANGS: Lang[] = ['en', 'hi', 'mr', 'hi-Latn'];

function latinMajority(text: string): boolean {
  const deva = (text.match(/[\u0900-\u097F]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return latin > deva;
}

// The libraries know no "hi-Latn" of their own (franc) or name it differently; a Latin-script text
// that they do not call English is counted as hi-Latn, which is the kindest reading of their answer.
function fromIso3(code: string, text: string): Lang {
  if (latinMajority(text)) return code === 'eng' ? 'en' : 'hi-Latn';
  return code === 'mar' ? 'mr' : 'hi';
}
function fromCld3(code: string, text: string): Lang {
  if (code === 'hi-Latn') return 'hi-Latn';
  if (latinMajority(text)) return code === 'en' ? 'en' : 'hi-Latn';
  return code === 'mr' ? 'mr' : 'hi';
}

const files = process.argv.slice(2);
const items = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const row: { text: string; labels: { language: Lang } } = JSON.parse(l);
      return row;
    }),
);
const cld = (await loadModule()).create(0, 1000);
const systems: [string, (t: string) => Lang][] = [
  ['chowki (function words)', (t) => identifyLanguage(normaliseMessage(t).tokens).language],
  ['franc 6 (eng/hin/mar only)', (t) => fromIso3(franc(t, { only: ['eng', 'hin', 'mar'], minLength: 3 }), t)],
  ['franc 6 (all languages)', (t) => fromIso3(franc(t, { minLength: 3 }), t)],
  ['cld3-asm 4', (t) => fromCld3(cld.findLanguage(t).language, t)],
];
console.log(`| system | accuracy | en | hi | mr | hi-Latn | messages/s |`);
console.log(`| --- | --- | --- | --- | --- | --- | --- |`);
for (const [name, run] of systems) {
  const right: Record<string, number> = {};
  const total: Record<string, number> = {};
  for (const it of items) {
    const l = it.labels.language;
    total[l] = (total[l] ?? 0) + 1;
    if (run(it.text) === l) right[l] = (right[l] ?? 0) + 1;
  }
  const reps = 50;
  // Warm up first so that each system is timed after the JIT (and cld3's WebAssembly) settled.
  for (let r = 0; r < 10; r += 1) for (const it of items) run(it.text);
  const start = performance.now();
  for (let r = 0; r < reps; r += 1) for (const it of items) run(it.text);
  const perSecond = (items.length * reps) / ((performance.now() - start) / 1000);
  const acc = LANGS.reduce((a, l) => a + (right[l] ?? 0), 0) / items.length;
  const cell = (l: Lang): string => `${right[l] ?? 0}/${total[l] ?? 0}`;
  console.log(`| ${name} | ${(acc * 100).toFixed(1)}% | ${cell('en')} | ${cell('hi')} | ${cell('mr')} | ${cell('hi-Latn')} | ${Math.round(perSecond).toLocaleString('en')} |`);
}
cld.dispose();
