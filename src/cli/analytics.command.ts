import type { Command } from 'commander';
import { rebuildRollups } from '../analytics/rollup.worker.js';
import { openDatabase } from '../bootstrap.js';
import { readConfig } from '../config.js';

/** `chowki analytics rebuild`: empties the rollups and replays the audit log into them. */
export function registerAnalyticsCommand(program: Command): void {
  const analytics = program.command('analytics').description('Leadership figures: the rollups behind them');
  analytics
    .command('rebuild')
    .description('Empty the analytics rollups and rebuild them from the whole audit log (safe while serving: passes take turns)')
    .option('--batch <n>', 'audit rows per transaction', '5000')
    .action(async (opts: { batch: string }) => {
      const batch = Number(opts.batch);
      if (!(batch >= 500)) throw new Error('--batch: give a number of at least 500');
      const config = readConfig();
      const store = await openDatabase(config);
      try {
        const started = Date.now();
        const rows = await rebuildRollups({ store, config }, { batch });
        process.stdout.write(`analytics: rebuilt from ${rows} audit rows in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      } finally {
        await store.close();
      }
    });
}
