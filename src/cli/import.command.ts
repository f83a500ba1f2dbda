import { readFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { closeContext, openContext } from '../bootstrap.js';
import { parseArchive } from '../channels/archive/archive.parse.js';
import { readConfig } from '../config.js';
import { ingest } from '../intake/intake.service.js';

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Import messages from JSON Lines (the eval format) or X API v2 mention pages; importing twice creates nothing new')
    .argument('<file>', 'a .jsonl file, or a JSON file of X API v2 pages')
    .option('--no-progress', 'no progress bar')
    .action(async (file: string, opts: { progress: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        throw new Error(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
      const { items, errors } = parseArchive(text);
      for (const e of errors) process.stderr.write(`${file}:${e.line}: skipped: ${e.problem}\n`);
      const ctx = await openContext(readConfig());
      const bar = opts.progress && process.stderr.isTTY
        ? new cliProgress.SingleBar({ stream: process.stderr, format: 'importing [{bar}] {value}/{total} {eta}s left' }, cliProgress.Presets.shades_classic)
        : null;
      bar?.start(items.length, 0);
      let created = 0;
      let known = 0;
      try {
        for (const item of items) {
          const outcome = await ingest(ctx, item);
          if (outcome.isNew) created++;
          else known++;
          bar?.increment();
        }
      } finally {
        bar?.stop();
        await closeContext(ctx);
      }
      process.stdout.write(`${items.length} messages read: ${created} new tickets, ${known} already imported, ${errors.length} lines skipped\n`);
    });
}
