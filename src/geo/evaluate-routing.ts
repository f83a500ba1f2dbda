/**
 * Station accuracy of a locator on a labelled set (the `eval/*.jsonl` format): every item counts,
 * and "no station" (null, the control room) is a label like any other.
 */
import type { CityData } from './city.js';
import type { LocateInput, Locator, Placement } from './locate.types.js';
import { createHandleMatcher } from './station-handle.matcher.js';

/** One labelled message. */
export interface RoutingItem {
  id: string;
  text: string;
  channel?: string;
  geo?: { lat: number; lon: number };
  labels: { station: string | null; category?: string };
  /** What decided the station, per the labeller: gazetteer id, `pin`, `handle` or null. */
  place?: string | null;
}

export interface RoutingMiss {
  id: string;
  expected: string | null;
  got: string | null;
  expectedPlace: string | null;
  gotPlace: string | null;
  reasons: string[];
}

export interface RoutingEvaluation {
  total: number;
  correct: number;
  /** correct / total; 0 for an empty set. */
  accuracy: number;
  misses: RoutingMiss[];
}

/** Measures station accuracy of a locator over labelled items, with the misses and their reasons. */
export function evaluateRouting(locator: Locator, items: readonly RoutingItem[]): RoutingEvaluation {
  const misses: RoutingMiss[] = [];
  for (const item of items) {
    const input: LocateInput = { text: item.text, channel: item.channel, geo: item.geo };
    const got: Placement = locator.locate(input, item.labels.category);
    if (got.station === item.labels.station) continue;
    misses.push({
      id: item.id,
      expected: item.labels.station,
      got: got.station,
      expectedPlace: item.place ?? null,
      gotPlace: got.place?.id ?? null,
      reasons: got.reasons,
    });
  }
  const total = items.length;
  const correct = total - misses.length;
  return { total, correct, accuracy: total === 0 ? 0 : correct / total, misses };
}

/** The baseline: the station account the message tags, else no station. */
export function createHandleBaselineLocator(city: CityData): Locator {
  const handles = createHandleMatcher(city.units);
  return {
    locate(input: LocateInput): Placement {
      const tag = handles.tagged(input.text).find((t) => t.unit.kind === 'station' && t.unit.status === 'active');
      const station = tag ? tag.unit.id : null;
      const zone = tag?.unit.parent ?? null;
      return {
        station,
        zone,
        place: null,
        specialUnits: [],
        reasons: tag ? [`tagged ${tag.written}`] : ['no station account tagged'],
      };
    },
    jurisdictions: () => ({ type: 'FeatureCollection', features: [] }),
  };
}

/** Parses a JSON-lines evaluation file, naming the line of bad input. */
export function parseRoutingItems(text: string, source = 'eval.jsonl'): RoutingItem[] {
  const out: RoutingItem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${source}: line ${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new Error(`${where} is not valid JSON`);
    }
    if (typeof raw !== 'object' || raw === null) throw new Error(`${where} is not an object`);
    const rec: Record<string, unknown> = { ...raw };
    const labels: Record<string, unknown> =
      typeof rec.labels === 'object' && rec.labels !== null ? { ...rec.labels } : {};
    if (typeof rec.id !== 'string' || typeof rec.text !== 'string') throw new Error(`${where} needs "id" and "text"`);
    const station = labels.station;
    if (station !== null && typeof station !== 'string') throw new Error(`${where} needs labels.station (an id or null)`);
    const geoRec: Record<string, unknown> | null = typeof rec.geo === 'object' && rec.geo !== null ? { ...rec.geo } : null;
    const geo =
      geoRec && typeof geoRec.lat === 'number' && typeof geoRec.lon === 'number'
        ? { lat: geoRec.lat, lon: geoRec.lon }
        : undefined;
    out.push({
      id: rec.id,
      text: rec.text,
      ...(typeof rec.channel === 'string' ? { channel: rec.channel } : {}),
      ...(geo ? { geo } : {}),
      labels: { station, ...(typeof labels.category === 'string' ? { category: labels.category } : {}) },
      place: typeof rec.place === 'string' ? rec.place : null,
    });
  });
  return out;
}
