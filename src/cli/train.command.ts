/** `chowki train`: build a versioned triage model from labelled messages and officers' corrections. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { toTrainingExamples } from '../triage/dataset.js';
import { readLabelledFile } from '../triage/dataset.load.js';
import { trainTriageModel } from '../triage/model.js';
import { DEFAULT_MODEL_RELATIVE_PATH, findRepoRoot } from '../triage/triager.load.js';

interface TrainFlags {
  output?: string;
  epochs?: string;
}

/** Register `chowki train <labelled.jsonl...> [-o model.json]`. */
export function registerTrainCommand(program: Command): void {
  program
    .command('train')
    .description('train the triage model from labelled JSONL files (corpus, officer corrections)')
    .argument('<labelled...>', 'JSONL files of {"text", "labels": {"category", "priority", "language"?}}')
    .option('-o, --output <path>', `where to write the model (default ${DEFAULT_MODEL_RELATIVE_PATH})`)
    .option('--epochs <n>', 'training passes over the data')
    .action((files: string[], flags: TrainFlags) => {
      const items = files.flatMap((f) => readLabelledFile(f));
      const { examples, skipped } = toTrainingExamples(items);
      if (examples.length === 0) throw new Error('no usable labelled examples (need category and priority)');
      const epochs = flags.epochs === undefined ? undefined : Number.parseInt(flags.epochs, 10);
      const model = trainTriageModel(examples, epochs === undefined ? {} : { epochs });
      const out = flags.output ?? join(findRepoRoot(), DEFAULT_MODEL_RELATIVE_PATH);
      mkdirSync(dirname(out), { recursive: true });
      const json = JSON.stringify(model);
      writeFileSync(out, `${json}\n`);
      process.stdout.write(
        `wrote ${out}: ${model.version}, ${examples.length} examples${skipped > 0 ? ` (${skipped} skipped: missing labels)` : ''}, ${(json.length / 1024).toFixed(0)} KiB\n`,
      );
    });
}
