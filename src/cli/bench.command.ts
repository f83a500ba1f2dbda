import type { Command } from 'commander';
import type { RunBench } from '../../bench/bench.types.js';

/** The benchmarks `chowki bench` knows; each lives in bench/<name>.bench.ts. */
const BENCHES: Record<string, () => Promise<{ runBench: RunBench }>> = {
  intake: () => import('../../bench/intake.bench.js'),
  triage: () => import('../../bench/triage.bench.js'),
  locate: () => import('../../bench/locate.bench.js'),
  desk: () => import('../../bench/desk.bench.js'),
  webhooks: () => import('../../bench/webhooks.bench.js'),
  analytics: () => import('../../bench/analytics.bench.js'),
  broadcast: () => import('../../bench/broadcast.bench.js'),
  soak: () => import('../../bench/soak.bench.js'),
};

export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description(`Measure speed and memory: ${Object.keys(BENCHES).join(', ')}`)
    .argument('<name>', 'which benchmark')
    .option('--json', 'print one JSON object')
    .option('--scale <n>', 'scale the workload (1 = the documented one)', '1')
    .option('--minutes <n>', 'soak: how long to offer the load (default 10, at most 60)')
    .option('--rate <n>', 'soak: deliveries offered per second (default 1000, at most 5000)')
    .action(async (name: string, opts: { json?: boolean; scale: string; minutes?: string; rate?: string }) => {
      const load = BENCHES[name];
      if (!load) throw new Error(`No benchmark "${name}"; choose one of ${Object.keys(BENCHES).join(', ')}`);
      const scale = Number(opts.scale);
      if (!(scale > 0)) throw new Error('--scale: give a positive number');
      const { runBench } = await load();
      const result = await runBench({ verbose: !opts.json, scale, minutes: opts.minutes, rate: opts.rate });
      if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else for (const [k, v] of Object.entries(result)) process.stdout.write(`${k.padEnd(28)} ${String(v)}\n`);
    });
}
