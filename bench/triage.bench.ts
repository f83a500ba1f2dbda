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
interface ConversationTimes {
  /** A conversation none of whose messages was read before (µs). */
  conversationUs: number;
  /** Its text joined and judged once as one message (µs). */
  joinedUs: number;
  /** The conversation judged again after its last report arrived, the earlier messages judged before (µs): the desk's case. */
  rejudgedUs: number;
  /** The same conversation's text joined and judged once (µs). */
  rejudgedJoinedUs: number;
  conversations: number;
}

/**
 * Conversations of a greeting, three reports and a thanks. Each round's messages carry the round's number, so
 * a cold conversation is read from scratch every time; for the re-judgement only the last report is new, as
 * when the desk judges a conversation again after its latest message.
 */
function timeConversations(triager: Triager, texts: readonly string[], rounds: number): ConversationTimes {
  const groups: string[][] = [];
  for (let i = 0; i + 3 <= texts.length; i += 3) groups.push(texts.slice(i, i + 3));
  let round = 0;
  const cold = (r: number): ConversationMessage[][] =>
    groups.map((g) => [{ text: `Hello sir ${r}` }, ...g.map((text) => ({ text: `${text} ${r}` })), { text: 'thank you' }]);
  const later = (r: number): ConversationMessage[][] =>
    groups.map((g) => [{ text: 'Hello sir' }, { text: g[0] ?? '' }, { text: g[1] ?? '' }, { text: `${g[2] ?? ''} ${r}` }]);
  const time = (make: (r: number) => ConversationMessage[][], judge: (chat: readonly ConversationMessage[]) => void): number => {
    let spent = 0n;
    for (let i = 0; i < rounds; i += 1) {
      round += 1;
      const chats = make(round);
      const t0 = process.hrtime.bigint();
      for (const c of chats) judge(c);
      spent += process.hrtime.bigint() - t0;
    }
    return Number(spent) / 1000 / (rounds * groups.length);
  };
  const whole = (c: readonly ConversationMessage[]): void => {
    triageConversation(triager, c);
  };
  const joined = (c: readonly ConversationMessage[]): void => {
    triager.triage({ text: c.map((m) => m.text).join('\n') });
  };
  // Warm every path as the single-message runs were.
  time(cold, whole);
  time(cold, joined);
  time(later, whole);
  return {
    conversationUs: time(cold, whole),
    joinedUs: time(cold, joined),
    rejudgedUs: time(later, whole),
    rejudgedJoinedUs: time(later, joined),
    conversations: groups.length,
  };
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
  log(`judged again after a new report: ${chats.rejudgedUs.toFixed(1)} µs, their text joined once ${chats.rejudgedJoinedUs.toFixed(1)} µs`);
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
    conversation_rejudged_us: Number(chats.rejudgedUs.toFixed(1)),
    conversation_rejudged_joined_text_us: Number(chats.rejudgedJoinedUs.toFixed(1)),
    load_average_1m: Number(loadavg()[0]?.toFixed(2) ?? 0),
    model_memory_mb: Number(modelMemory.toFixed(2)),
    rss_mb: Number((process.memoryUsage().rss / 1024 / 1024).toFixed(1)),
  };
};
