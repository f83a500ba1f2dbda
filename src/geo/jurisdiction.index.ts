/**
 * Which station's jurisdiction holds a point: flatbush over the polygons' bounding boxes, then an exact
 * point-in-polygon test on the few candidates, so that a pin stays fast with 20,000 jurisdictions.
 */
import Flatbush from 'flatbush';
import { readPolygons } from './jurisdiction.geojson.js';
import type { PolygonRings, Position } from './jurisdiction.geojson.js';
import type { GeoJsonFeatureCollection } from './locate.types.js';

export interface JurisdictionIndex {
  /** The station whose polygon holds the point, or null outside every polygon. */
  stationAt(lat: number, lon: number): string | null;
  readonly size: number;
}

interface IndexedPolygon {
  station: string;
  rings: PolygonRings;
  area: number;
}

/** Even-odd ray casting: inside the outer ring and outside every hole. */
function ringContains(ring: readonly Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    if (a[1] > lat !== b[1] > lat && lon < ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

function polygonContains(rings: PolygonRings, lon: number, lat: number): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !ringContains(outer, lon, lat)) return false;
  return !holes.some((h) => ringContains(h, lon, lat));
}

function bboxArea(ring: readonly Position[]): number {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [x, y] of ring) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return (e - w) * (n - s);
}

/** Indexes a collection of jurisdiction polygons (each Feature's `properties.station`). */
export function createJurisdictionIndex(collection: GeoJsonFeatureCollection): JurisdictionIndex {
  const polygons: IndexedPolygon[] = [];
  for (const feature of collection.features) {
    const station = feature.properties.station;
    if (typeof station !== 'string') continue;
    const read = readPolygons(feature.geometry);
    if (typeof read === 'string') continue;
    for (const rings of read) polygons.push({ station, rings, area: bboxArea(rings[0] ?? []) });
  }
  if (polygons.length === 0) return { stationAt: () => null, size: 0 };

  const index = new Flatbush(polygons.length);
  for (const p of polygons) {
    let w = Infinity;
    let s = Infinity;
    let e = -Infinity;
    let n = -Infinity;
    for (const [x, y] of p.rings[0] ?? []) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
    index.add(w, s, e, n);
  }
  index.finish();

  function stationAt(lat: number, lon: number): string | null {
    let best: IndexedPolygon | null = null;
    for (const i of index.search(lon, lat, lon, lat)) {
      const p = polygons[i];
      if (!p || !polygonContains(p.rings, lon, lat)) continue;
      // Official maps overlap at their edges; the smaller polygon is the more specific claim.
      if (!best || p.area < best.area) best = p;
    }
    return best ? best.station : null;
  }

  return { stationAt, size: polygons.length };
}
