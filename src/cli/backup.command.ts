/** `chowki backup <dir>` and `chowki restore <dir>`: a copy of everything a force cannot lose, and the way back. */
import type { Command } from 'commander';
import { readConfig } from '../config.js';
import { BackupError, backupTo, restoreFrom } from '../ops/backup.js';

const plural = new Intl.PluralRules('en-IN');
/** "1 ticket", "1,200 tickets": the number and the word in its plural form. */
const count = (n: number, one: string, other: string) => `${n.toLocaleString('en-IN')} ${plural.select(n) === 'one' ? one : other}`;

/** A user's mistake is a sentence and exit code 1; anything else keeps its stack. */
async function reporting(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
  }
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('Back up the database (SQLite online backup, or pg_dump for PostgreSQL) and the media files into a new folder, with a manifest of hashes and counts; safe while Chowki runs')
    .argument('<dir>', 'a new or empty folder')
    .action((dir: string) =>
      reporting(async () => {
        const m = await backupTo(readConfig(), dir);
        process.stdout.write(
          `Backed up ${m.engine} (schema ${m.schema}) to ${dir}: ${count(m.counts.tickets ?? 0, 'ticket', 'tickets')}, ${count(m.counts.inbound ?? 0, 'message', 'messages')} received, ` +
            `${count(m.media.files, 'media file', 'media files')}; database sha256 ${m.database.sha256}\n`,
        );
      }),
    );

  program
    .command('restore')
    .description('Restore a backup made by `chowki backup` into the configured database and media folder, after checking its hashes; stop Chowki first')
    .argument('<dir>', 'the backup folder')
    .option('--force', 'replace a database that already holds data')
    .action((dir: string, opts: { force?: boolean }) =>
      reporting(async () => {
        const r = await restoreFrom(readConfig(), dir, { force: opts.force === true });
        process.stdout.write(
          `Restored ${r.manifest.engine} backup of ${r.manifest.createdAt}: ${count(r.counts.tickets ?? 0, 'ticket', 'tickets')}, ${count(r.counts.inbound ?? 0, 'message', 'messages')} received, ` +
            `${count(r.media.files, 'media file', 'media files')}, every count as in the manifest` +
            (r.migrated.length > 0 ? `; schema brought forward (${r.migrated.join(', ')})` : '') +
            '\n',
        );
      }),
    );
}
