/**
 * `chowki bench triage`: messages per second on one core, p99 latency per message, and the heap the
 * loaded model takes, on the dev set and on 10× and 100× that workload; and what judging a conversation
 * costs against judging its text joined once (issue 9: no more).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BenchOptions, BenchResult, RunBench } from './bench.types.js';
import { parseLabelledJsonl } from '../src/triage/dataset.js';
import { createTriager, findRepoRoot } from '../src/triage/triager.load.js';
import type { ConversationMessage, Triager } from '../src/triage/triage.types.js';
import { triageConversation } from '../src/triage/conversation.js';

// The shared dev set when it is present; otherwise our own check set, so the bench runs anywhere.
function loadTexts(root: string): { texts: string[]; source: string } {
  for (const path of [join(root, '..', 'shared', 'eval', 'dev.jsonl'), join(root, 'data', 'triage', 'check.jsonl')]) {
    try {
      return { texts: parseLabelledJsonl(readFileSync(path, 'utf8'), path).map((i) => i.text), source: path };
    } catch {
      // try the next one
    }
  }
  throw new Error('no labelled messages found for the triage bench');
}

// A collector to call before reading the heap, so the model's figure is the model and not the garbage
// of parsing its JSON: the global one under --expose-gc, else one obtained by setting the flag at run
// time (`chowki bench` runs without node flags, and without it the figure swung from -4 to 12 MB).
function collector(): unknown {
  const global: unknown = Reflect.get(globalThis, 'gc');
  if (typeof global === 'function') return global;
  setFlagsFromString('--expose_gc');
  return runInNewContext('gc');
}
const gc = collector();

function memoryUsed(): number {
  if (typeof gc === 'function') gc();
  // Typed arrays live outside the JS heap, so the model's weights show up under `arrayBuffers`.
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

interface Run {
  /** Messages per second of wall-clock time. */
  perSecond: number;
  /** Messages per second of this process's CPU time: the per-core figure on a shared, busy machine. */
  perCpuSecond: number;
  latencies: Float64Array;
}

function timeRun(triager: Triager, texts: readonly string[], times: number): Run {
  const latencies = new Float64Array(texts.length * times);
  let k = 0;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let r = 0; r < times; r += 1) {
    for (const text of texts) {
      const t0 = process.hrtime.bigint();
      triager.triage({ text });
      latencies[k] = Number(process.hrtime.bigint() - t0) / 1000;
      k += 1;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const n = texts.length * times;
  return { perSecond: n / seconds, perCpuSecond: n / cpuSeconds, latencies };
}

/**
 * Chats as citizens write them, from the dev set's messages: a greeting, three reports, a thank-you.
 * Returns microseconds per conversation judged whole, and per conversation's substantive text judged
 * once as one message.
 */
function timeConversations(triager: Triager, texts: readonly string[], rounds: number): { conversationUs: number; joinedUs: number; conversations: number } {
  const chats: ConversationMessage[][] = [];
  for (let i = 0; i + 3 <= texts.length; i += 3) {
    chats.push([{ text: 'Hello sir' }, ...texts.slice(i, i + 3).map((text) => ({ text })), { text: 'thank you' }]);
  }
  const joined = chats.map((c) => c.map((m) => m.text).join('\n'));
  const time = (f: () => void): number => {
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < rounds; r += 1) f();
    return Number(process.hrtime.bigint() - t0) / 1000 / (rounds * chats.length);
  };
  const judgeAll = () => {
    for (const c of chats) triageConversation(triager, c);
  };
  const joinedAll = () => {
    for (const text of joined) triager.triage({ text });
  };
  // Warm both paths as the single-message runs were.
  time(judgeAll);
  time(joinedAll);
  return { conversationUs: time(judgeAll), joinedUs: time(joinedAll), conversations: chats.length };
}

function percentile(v: Float64Array, p: number): number {
  const sorted = Float64Array.from(v).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Run the triage benchmark. */
export const runBench: RunBench = async (opts: BenchOptions): Promise<BenchResult> => {
  const root = findRepoRoot();
  const { texts, source } = loadTexts(root);
  const before = memoryUsed();
  const triager = createTriager();
  const modelMemory = (memoryUsed() - before) / 1024 / 1024;
  const log = (s: string): void => {
    if (opts.verbose) process.stderr.write(`${s}\n`);
  };
  const scale = Math.max(0.01, opts.scale);
  // Warm up until the JIT has compiled the hot path: V8 tiers a function up by how often it ran, and 20
  // rounds of the dev set left the first measured rounds at half the steady speed. Three seconds of
  // rounds (at least 20) reach the steady state that a serving process spends its life in.
  const warmUntil = Date.now() + Math.max(200, Math.round(3_000 * Math.min(1, scale)));
  for (let rounds = 0; rounds < 20 || Date.now() < warmUntil; rounds += 1) timeRun(triager, texts, 1);
  const base = timeRun(triager, texts, Math.max(1, Math.round(10 * scale)));
  log(`1x: ${base.perSecond.toFixed(0)} msg/s`);
  const x10 = timeRun(triager, texts, Math.max(1, Math.round(10 * scale)) * 10);
  log(`10x: ${x10.perSecond.toFixed(0)} msg/s`);
  const x100 = timeRun(triager, texts, Math.max(1, Math.round(100 * scale)));
  log(`100x: ${x100.perSecond.toFixed(0)} msg/s`);
  const chats = timeConversations(triager, texts, Math.max(20, Math.round(200 * scale)));
  log(`conversations: ${chats.conversationUs.toFixed(1)} µs each, their text joined once ${chats.joinedUs.toFixed(1)} µs`);
  return {
    model_version: triager.version,
    messages: texts.length,
    source,
    throughput_per_s: Math.round(base.perSecond),
    p50_us: Number(percentile(base.latencies, 0.5).toFixed(1)),
    p99_us: Number(percentile(base.latencies, 0.99).toFixed(1)),
    cpu_throughput_per_s: Math.round(base.perCpuSecond),
    throughput_10x_per_s: Math.round(x10.perSecond),
    throughput_100x_per_s: Math.round(x100.perSecond),
    cpu_throughput_100x_per_s: Math.round(x100.perCpuSecond),
    conversations: chats.conversations,
    conversation_us: Number(chats.conversationUs.toFixed(1)),
    conversation_joined_text_us: Number(chats.joinedUs.toFixed(1)),
    load_average_1m: Number(loadavg()[0]?.toFixed(2) ?? 0),
    model_memory_mb: Number(modelMemory.toFixed(2)),
    rss_mb: Number((process.memoryUsage().rss / 1024 / 1024).toFixed(1)),
  };
};
