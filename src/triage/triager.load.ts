/**
 * Reads the triage model from disk, once at start. The one part of `triage` (with `dataset.load.ts`)
 * that touches the disk: the engine itself is given the parsed model.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseModelFile } from './model.js';
import type { TriageModelFile } from './model.js';
import { createTriagerFromModel } from './triager.js';
import type { Triager } from './triage.types.js';

/** Where the demo model lives, relative to the repository root. */
export const DEFAULT_MODEL_RELATIVE_PATH = 'data/triage/model.json';

/** The repository root: the nearest folder above this file holding package.json (works from src/ and dist/src/). */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}

/** Load a model file from disk (synchronously, once at start). */
export function readModelFile(modelPath?: string): TriageModelFile {
  const path = modelPath ?? join(findRepoRoot(), DEFAULT_MODEL_RELATIVE_PATH);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new Error(`cannot read the triage model at ${path}; build one with \`chowki train\``, { cause });
  }
  return parseModelFile(data);
}

/** Create a triager from a model file (default `data/triage/model.json` under the repository root). */
export function createTriager(modelPath?: string): Triager {
  return createTriagerFromModel(readModelFile(modelPath));
}
