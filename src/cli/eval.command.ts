/** `chowki eval`: check a triage model against labelled messages before deploying it. */
import type { Command } from 'commander';
import { readLabelledFile } from '../triage/dataset.load.js';
import { evaluateTriage, formatEvalReport } from '../triage/evaluate.js';
import { createTriager } from '../triage/triager.load.js';

interface EvalFlags {
  json?: boolean;
  model?: string;
}

/** Register `chowki eval <labelled.jsonl> [--json] [--model path]`. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('score the triage model on a labelled JSONL file: confusion matrices, precision, recall, F1')
    .argument('<labelled>', 'JSONL file of {"text", "labels": {"category", "priority", "language"}}')
    .option('--json', 'print the report as JSON')
    .option('--model <path>', 'model file to evaluate (default data/triage/model.json)')
    .action((file: string, flags: EvalFlags) => {
      const triager = createTriager(flags.model);
      const report = evaluateTriage(triager, readLabelledFile(file));
      process.stdout.write(flags.json === true ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvalReport(report)}\n`);
    });
}
