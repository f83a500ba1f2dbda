/**
 * Place resolution throughput: locates per second on the dev messages with the demo city, then with
 * the demo city inside a synthetic force 10x and 100x larger (100,000 gazetteer entries and 20,000
 * station polygons at 100x), to show that the cost follows the message, not the reference data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../src/config.js';
import { loadCityFromDir } from '../src/geo/city.load.js';
import type { CityData, GazetteerEntry, Unit } from '../src/geo/city.js';
import { createHandleBaselineLocator, evaluateRouting, parseRoutingItems } from '../src/geo/evaluate-routing.js';
import type { RoutingItem } from '../src/geo/evaluate-routing.js';
import type { LocateInput, Locator } from '../src/geo/locate.types.js';
import { createLocator } from '../src/geo/locator.js';
import type { BenchOptions, BenchResult } from './bench.types.js';

/** The 100x workload: gazetteer entries and stations (each station gets a polygon). */
const NAMES_100X = 100_000;
const STATIONS_100X = 20_000;
/** Passes over the message set per measurement at scale 1. */
const PASSES = 100;

function loadMessages(): { inputs: LocateInput[]; items: RoutingItem[] } {
  const dev = join(repoRoot(), '../shared/eval/dev.jsonl');
  if (existsSync(dev)) {
    const items = parseRoutingItems(readFileSync(dev, 'utf8'), dev);
    return { inputs: items.map((i) => ({ text: i.text, channel: i.channel, geo: i.geo })), items };
  }
  // Without the evaluation set: messages of the same shapes, written for the bench.
  const texts = [
    'Mobile snatched near Zero Mile just now @NagpurPolice',
    'Sakkardara chowk pe traffic jam hai 1 ghante se',
    'धंतोली में रात को बहुत शोर होता है',
    'कळमन्यात बाजाराजवळ दोन गटांत दगडफेक सुरू आहे',
    'Thank you @demo_sonegaon_ps for the quick help',
    'Someone is following me, sharing location',
    'testing testing 123',
    'Dharampeth me chain snatching hui abhi',
  ];
  const inputs = texts.map((text, i) => ({ text, geo: i === 5 ? { lat: 21.15, lon: 79.09 } : undefined }));
  return { inputs, items: [] };
}

/** A small, seeded generator: the same synthetic city on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Syllables in both scripts, so that the synthetic names exercise both halves of the index.
const SYLLABLES: Array<[string, string]> = [
  ['ka', 'का'], ['ko', 'को'], ['ma', 'मा'], ['ni', 'नि'], ['ra', 'र'], ['pu', 'पु'], ['sa', 'सा'], ['te', 'ते'],
  ['bha', 'भा'], ['go', 'गो'], ['li', 'ली'], ['va', 'व'], ['da', 'दा'], ['ru', 'रु'], ['khe', 'खे'], ['ja', 'जा'],
  ['shi', 'शि'], ['na', 'ना'], ['to', 'टो'], ['dhu', 'धु'], ['pa', 'पा'], ['ye', 'ये'], ['ha', 'ह'], ['lo', 'लो'],
  ['gu', 'गु'], ['che', 'चे'], ['bi', 'बि'], ['mo', 'मो'], ['ti', 'ति'], ['du', 'दु'], ['phu', 'फु'], ['re', 'रे'],
  ['kun', 'कुं'], ['man', 'मन'], ['war', 'वार'], ['gaon', 'गाव'], ['kar', 'कर'], ['bad', 'बाद'], ['ner', 'नेर'],
  ['jhu', 'झु'], ['thi', 'ठी'], ['dev', 'देव'], ['sin', 'सिं'], ['ghat', 'घाट'], ['wal', 'वाल'], ['pet', 'पेठ'],
];
const SUFFIXES: Array<[string, string]> = [
  ['', ''], ['', ''], [' Nagar', ' नगर'], [' Layout', ' लेआउट'], [' Colony', ' कॉलनी'], ['pur', 'पूर'], [' Square', ' चौक'],
];

function syntheticName(rand: () => number): [string, string] {
  const n = 2 + Math.floor(rand() * 3);
  let latin = '';
  let deva = '';
  for (let i = 0; i < n; i++) {
    const [l, d] = SYLLABLES[Math.floor(rand() * SYLLABLES.length)] ?? ['ka', 'का'];
    latin += l;
    deva += d;
  }
  const [ls, ds] = SUFFIXES[Math.floor(rand() * SUFFIXES.length)] ?? ['', ''];
  return [latin.charAt(0).toUpperCase() + latin.slice(1) + ls, deva + ds];
}

/** The demo city inside a synthetic force of `stations` stations and `names` gazetteer entries across India. */
export function syntheticCity(demo: CityData, names: number, stations: number, seed: number): CityData {
  const rand = seeded(seed);
  const units: Unit[] = [...demo.units];
  const zones = Math.max(1, Math.round(stations / 100));
  for (let z = 0; z < zones; z++) {
    units.push({ id: `syn-z${z}`, kind: 'zone', parent: demo.id, nameEn: `Zone S${z}`, nameLocal: '', lat: null, lon: null, xHandle: null, status: 'active' });
  }
  const stationIds: string[] = [];
  for (let s = 0; s < stations; s++) {
    const [nameEn, nameLocal] = syntheticName(rand);
    const id = `syn-ps-${s}`;
    stationIds.push(id);
    units.push({
      id,
      kind: 'station',
      parent: `syn-z${s % zones}`,
      nameEn,
      nameLocal,
      lat: 8 + rand() * 27,
      lon: 68 + rand() * 29,
      xHandle: `@syn_ps_${s}`,
      status: 'active',
    });
  }
  const gazetteer: GazetteerEntry[] = [...demo.gazetteer];
  for (let g = 0; g < names; g++) {
    const [nameEn, deva] = syntheticName(rand);
    gazetteer.push({
      id: `syn-${g}`,
      kind: rand() < 0.2 ? 'landmark' : 'locality',
      nameEn,
      variants: [deva],
      lat: 8 + rand() * 27,
      lon: 68 + rand() * 29,
      station: rand() < 0.5 ? (stationIds[Math.floor(rand() * stationIds.length)] ?? null) : null,
    });
  }
  return { ...demo, units, gazetteer };
}

/** Best of several rounds of process CPU time: the machine is shared, and wall time measures the neighbours. */
function measure(locator: Locator, inputs: readonly LocateInput[], passes: number): number {
  for (const input of inputs) locator.locate(input);
  let sink = 0;
  let best = Infinity;
  // Many short rounds: on a 2-core machine shared with other test runs, the best of a few long rounds
  // still carried a neighbour's burst now and then (the 100x ratio swung from 1.1 to 1.8 between runs).
  const rounds = 15;
  const perRound = Math.max(1, Math.ceil(passes / rounds));
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage();
    for (let p = 0; p < perRound; p++) {
      for (const input of inputs) if (locator.locate(input).station) sink++;
    }
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  // The sink keeps the loop from being optimised away.
  return sink >= 0 ? (perRound * inputs.length) / best : 0;
}

/** The process CPU time of `build` in ms: on a shared machine wall time mostly measures the neighbours. */
function timed<T>(build: () => T): [T, number] {
  const start = process.cpuUsage();
  const value = build();
  const used = process.cpuUsage(start);
  return [value, (used.user + used.system) / 1000];
}

/** Runs the place-resolution benchmark; `scale` shrinks passes and the synthetic sizes for quick runs. */
export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const log = (line: string): void => {
    if (opts.verbose) process.stderr.write(`${line}\n`);
  };
  const demo = loadCityFromDir(join(repoRoot(), 'data/nagpur'));
  const { inputs, items } = loadMessages();
  const passes = Math.max(1, Math.round(PASSES * opts.scale));
  const size = Math.min(1, opts.scale);

  const [locator, buildMs] = timed(() => createLocator(demo));
  const base = measure(locator, inputs, passes);
  log(`demo: built in ${buildMs.toFixed(1)} ms, ${base.toFixed(0)} locates/s`);

  const big = (factor: number): [number, number, number | null] => {
    const names = Math.round((NAMES_100X * factor * size) / 100);
    const stations = Math.round((STATIONS_100X * factor * size) / 100);
    const city = syntheticCity(demo, names, stations, factor);
    const [bigLocator, ms] = timed(() => createLocator(city));
    const rate = measure(bigLocator, inputs, passes);
    log(`${factor}x: ${names} entries, ${stations} stations; built in ${ms.toFixed(0)} ms, ${rate.toFixed(0)} locates/s`);
    // The synthetic names are random syllables, and short ones are ordinary words ("पास", "bike"): the
    // dev accuracy with them in the index shows how often such a gazetteer takes a message away.
    const accuracy = items.length > 0 ? evaluateRouting(bigLocator, items).accuracy : null;
    return [rate, ms, accuracy];
  };
  const [rate10, build10] = big(10);
  const [rate100, build100, accuracy100] = big(100);

  const result: BenchResult = {
    messages: inputs.length,
    throughput_per_s: Math.round(base),
    throughput_10x_per_s: Math.round(rate10),
    throughput_100x_per_s: Math.round(rate100),
    slowdown_100x: Math.round((base / rate100) * 100) / 100,
    build_ms: Math.round(buildMs * 10) / 10,
    build_10x_ms: Math.round(build10),
    build_100x_ms: Math.round(build100),
  };
  if (items.length > 0) {
    result.station_accuracy_dev = Math.round(evaluateRouting(locator, items).accuracy * 1000) / 1000;
    result.baseline_handle_accuracy_dev =
      Math.round(evaluateRouting(createHandleBaselineLocator(demo), items).accuracy * 1000) / 1000;
    if (accuracy100 !== null) result.station_accuracy_dev_100x = Math.round(accuracy100 * 1000) / 1000;
  }
  return result;
}
