/** Reads a labelled JSONL file from disk (the CLI's `eval` and `train`); parsing is `dataset.ts`. */
import { readFileSync } from 'node:fs';
import { parseLabelledJsonl } from './dataset.js';
import type { EvalItem } from './evaluate.js';

/** Read a labelled JSONL file. */
export function readLabelledFile(path: string): EvalItem[] {
  return parseLabelledJsonl(readFileSync(path, 'utf8'), path);
}
