/** `chowki corrections export`: officers' desk corrections as labelled JSONL for `chowki train`. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { openDatabase } from '../bootstrap.js';
import { readConfig } from '../config.js';

export function registerCorrectionsCommand(program: Command): void {
  const corrections = program.command('corrections').description("Officers' corrections of category and priority, kept for training");
  corrections
    .command('export')
    .description('Write the corrections as JSON Lines {"text", "labels": {category, priority, language}} (text with personal data masked)')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--since <iso>', 'only corrections made at or after this time, e.g. 2026-11-01')
    .action(async (opts: { output?: string; since?: string }) => {
      if (opts.since !== undefined && Number.isNaN(Date.parse(opts.since))) throw new Error('--since: give a date such as 2026-11-01');
      const store = await openDatabase(readConfig());
      try {
        let q = store.db.selectFrom('training_examples').selectAll().where('source', '=', 'officer');
        if (opts.since) q = q.where('created_at', '>=', new Date(opts.since).toISOString());
        const rows = await q.orderBy('id').execute();
        const lines = rows.map((r) =>
          JSON.stringify({
            id: `correction-${r.id}`,
            text: r.text,
            labels: { category: r.category, priority: r.priority, language: r.language },
          }),
        );
        const text = lines.length ? `${lines.join('\n')}\n` : '';
        if (opts.output) {
          writeFileSync(opts.output, text);
          process.stderr.write(`${rows.length} corrections written to ${opts.output}\n`);
        } else process.stdout.write(text);
      } finally {
        await store.close();
      }
    });
}
