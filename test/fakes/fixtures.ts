/** Provider payloads live as files under test/fixtures/<channel>/; tests load and adjust them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../fixtures/', import.meta.url).pathname;

/** Parses a fixture file as JSON (a fresh copy each time, so tests may change it). */
export function loadFixture(path: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}
