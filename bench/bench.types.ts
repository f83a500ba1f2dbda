/** What every `chowki bench <name>` module exports as `runBench`. */
export interface BenchOptions {
  /** Print progress lines to stderr (never to stdout, which carries the JSON). */
  verbose: boolean;
  /** Scale the workload down for a quick run (tests use it); 1 is the documented workload. */
  scale: number;
  /** `--minutes` and `--rate` as typed, for the benches that take them (soak); each bench checks its own bounds. */
  minutes?: string | undefined;
  rate?: string | undefined;
}

/** One flat JSON object: figures named with their unit (`throughput_per_s`, `p99_us`, `rss_mb`). */
export type BenchResult = Record<string, number | string | boolean | null>;

export type RunBench = (opts: BenchOptions) => Promise<BenchResult>;
