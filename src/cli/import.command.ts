import { readFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { closeContext, openContext } from '../bootstrap.js';
import { importArchive } from '../channels/archive/archive.service.js';
import { readConfig } from '../config.js';

/** Line numbers in the summary; a file with thousands of bad lines lists the first ones. */
const MAX_LISTED = 50;

function listLines(lines: readonly number[]): string {
  const unique = [...new Set(lines)];
  const shown = unique.slice(0, MAX_LISTED).join(', ');
  return unique.length > MAX_LISTED ? `${shown}, … (${unique.length - MAX_LISTED} more)` : shown;
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      'Import messages from JSON Lines (the eval format) or X API v2 mention pages; importing twice creates nothing new. ' +
        'A bad line is skipped and named on stderr by its number; the exit code is 1 only when no message could be read.',
    )
    .argument('<file>', 'a .jsonl file, or a JSON file of X API v2 pages')
    .option('--no-progress', 'no progress bar')
    .action(async (file: string, opts: { progress: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        throw new Error(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
      const ctx = await openContext(readConfig());
      const bar = opts.progress && process.stderr.isTTY
        ? new cliProgress.SingleBar({ stream: process.stderr, format: 'importing [{bar}] {value}/{total} {eta}s left' }, cliProgress.Presets.shades_classic)
        : null;
      let report;
      try {
        report = await importArchive(ctx, text, (done, total) => {
          if (done === 1) bar?.start(total, 0);
          bar?.update(done);
        });
      } finally {
        bar?.stop();
        await closeContext(ctx);
      }
      const unit = report.unit === 'line' ? 'lines' : 'items';
      const where = (line: number) => (report.unit === 'line' ? `${file}:${line}` : `${file}: item ${line}`);
      // The reason only: a line's text can hold a citizen's personal data.
      for (const e of report.skipped) process.stderr.write(`${where(e.line)}: skipped: ${e.problem}\n`);
      for (const f of report.failed) process.stderr.write(`${where(f.line)}: ${f.reason}\n`);
      const skippedLines = report.skipped.map((e) => e.line);
      process.stdout.write(
        `${report.read} messages read: ${report.imported} new tickets, ${report.duplicates} already imported, ${new Set(skippedLines).size} ${unit} skipped` +
          (skippedLines.length > 0 ? ` (${unit} ${listLines(skippedLines)})` : '') +
          (report.failed.length > 0 ? `, ${report.failed.length} not processed (${unit} ${listLines(report.failed.map((f) => f.line))})` : '') +
          '\n',
      );
      if (report.read === 0 && report.skipped.length > 0) {
        process.stderr.write(`${file}: no message could be read, nothing imported\n`);
        process.exitCode = 1;
      }
    });
}
