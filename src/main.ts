#!/usr/bin/env node
/** The `chowki` command: thin commands that call the domains. */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { registerAnalyticsCommand } from './cli/analytics.command.js';
import { registerAnalyzeCommand } from './cli/analyze.command.js';
import { registerBackupCommands } from './cli/backup.command.js';
import { registerBenchCommand } from './cli/bench.command.js';
import { registerChannelsCommand } from './cli/channels.command.js';
import { registerCorrectionsCommand } from './cli/corrections.command.js';
import { registerDbCommands } from './cli/db.command.js';
import { registerEvalCommand } from './cli/eval.command.js';
import { registerImportCommand } from './cli/import.command.js';
import { registerServeCommand } from './cli/serve.command.js';
import { registerTrainCommand } from './cli/train.command.js';
import { registerUserCommands } from './cli/user.command.js';

/** Builds the CLI; exported so that tests can run commands in-process. */
export function buildCli(): Command {
  const program = new Command();
  program.name('chowki').description('Chowki: a social-media front desk for police forces').version('0.1.0');
  registerServeCommand(program);
  registerDbCommands(program);
  registerImportCommand(program);
  registerAnalyzeCommand(program);
  registerUserCommands(program);
  registerEvalCommand(program);
  registerTrainCommand(program);
  registerCorrectionsCommand(program);
  registerBenchCommand(program);
  registerChannelsCommand(program);
  registerAnalyticsCommand(program);
  registerBackupCommands(program);
  return program;
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    // Through the npm bin link, argv[1] is the link: compare real paths.
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

const isMain = isEntryPoint();
if (isMain) {
  buildCli()
    .parseAsync(process.argv)
    .catch((err: unknown) => {
      process.stderr.write(`chowki: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
}
