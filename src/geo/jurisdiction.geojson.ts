/**
 * Jurisdiction polygons as GeoJSON: validating a force's official map, and the Voronoi cells that
 * stand in for it where a city has none.
 */
import { Delaunay } from 'd3-delaunay';
import type { GeoJsonFeatureCollection } from './locate.types.js';

/** [lon, lat], as GeoJSON orders them. */
export type Position = [number, number];
/** An outer ring followed by its holes; each ring closed (first position repeated last). */
export type PolygonRings = Position[][];

/** The bounding box [west, south, east, north] in degrees. */
export type Extent = [number, number, number, number];

type Feature = GeoJsonFeatureCollection['features'][number];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPosition(value: unknown): Position | string {
  if (!Array.isArray(value) || value.length < 2) return 'a position is not [lon, lat]';
  const [lon, lat] = value;
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return 'a position holds something other than two numbers';
  }
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return `position [${lon}, ${lat}] is outside [lon, lat] range`;
  return [lon, lat];
}

function readRing(value: unknown, where: string): Position[] | string {
  if (!Array.isArray(value)) return `${where} is not an array of positions`;
  const ring: Position[] = [];
  for (const raw of value) {
    const p = readPosition(raw);
    if (typeof p === 'string') return `${where}: ${p}`;
    ring.push(p);
  }
  if (ring.length < 4) return `${where} has ${ring.length} positions; a ring needs at least 4`;
  const a = ring[0];
  const b = ring[ring.length - 1];
  if (!a || !b || a[0] !== b[0] || a[1] !== b[1]) return `${where} is not closed (its last position must repeat the first)`;
  return ring;
}

function readPolygon(value: unknown, where: string): PolygonRings | string {
  if (!Array.isArray(value) || value.length === 0) return `${where} has no rings`;
  const rings: Position[][] = [];
  for (let i = 0; i < value.length; i++) {
    const ring = readRing(value[i], `${where} ring ${i}`);
    if (typeof ring === 'string') return ring;
    rings.push(ring);
  }
  return rings;
}

/** The polygons of a Polygon or MultiPolygon geometry, or what is wrong with it. */
export function readPolygons(geometry: unknown): PolygonRings[] | string {
  if (!isRecord(geometry)) return 'has no geometry';
  if (geometry.type === 'Polygon') {
    const p = readPolygon(geometry.coordinates, 'polygon');
    return typeof p === 'string' ? p : [p];
  }
  if (geometry.type === 'MultiPolygon') {
    if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length === 0) return 'MultiPolygon has no polygons';
    const out: PolygonRings[] = [];
    for (let i = 0; i < geometry.coordinates.length; i++) {
      const p = readPolygon(geometry.coordinates[i], `polygon ${i}`);
      if (typeof p === 'string') return p;
      out.push(p);
    }
    return out;
  }
  return `geometry type ${JSON.stringify(geometry.type)} is not Polygon or MultiPolygon`;
}

/** Validates a force's official jurisdictions; throws naming the feature and the problem. */
export function parseJurisdictionsGeoJson(text: string, knownStations: Set<string>): GeoJsonFeatureCollection {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new Error(`jurisdictions: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isRecord(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    throw new Error('jurisdictions: expected a GeoJSON FeatureCollection with a "features" array');
  }
  if (doc.features.length === 0) throw new Error('jurisdictions: the FeatureCollection has no features');
  const features: Feature[] = doc.features.map((raw: unknown, i: number): Feature => {
    const where = `jurisdictions: feature ${i}`;
    if (!isRecord(raw) || raw.type !== 'Feature') throw new Error(`${where} is not a GeoJSON Feature`);
    const properties = isRecord(raw.properties) ? raw.properties : null;
    const station = properties?.station;
    if (!properties || typeof station !== 'string' || station === '') {
      throw new Error(`${where} has no properties.station naming the station it belongs to`);
    }
    if (!knownStations.has(station)) throw new Error(`${where}: properties.station "${station}" is not a known station`);
    const polygons = readPolygons(raw.geometry);
    if (typeof polygons === 'string') throw new Error(`${where} (${station}): ${polygons}`);
    return {
      type: 'Feature',
      properties: { ...properties, station },
      geometry:
        polygons.length === 1
          ? { type: 'Polygon', coordinates: polygons[0] }
          : { type: 'MultiPolygon', coordinates: polygons },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** A station point that gets a Voronoi cell. */
export interface StationPoint {
  station: string;
  lat: number;
  lon: number;
  properties?: Record<string, unknown>;
}

/** Twice the signed area of a ring in lon/lat (positive when counterclockwise). */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a && b) sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

/** The Voronoi cell of each station (nearest station by straight-line distance), clipped to the extent. */
export function voronoiJurisdictions(stations: readonly StationPoint[], extent: Extent): GeoJsonFeatureCollection {
  if (stations.length === 0) return { type: 'FeatureCollection', features: [] };
  const [west, south, east, north] = extent;
  // Cells are computed on an equirectangular plane (longitude shrunk by cos(latitude)) so that
  // "nearest" means nearest on the ground, not nearest in raw degrees.
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const delaunay = Delaunay.from(
    stations,
    (s) => s.lon * k,
    (s) => s.lat,
  );
  const voronoi = delaunay.voronoi([west * k, south, east * k, north]);
  const features: Feature[] = [];
  stations.forEach((s, i) => {
    const cell = voronoi.cellPolygon(i);
    // A station sharing its point with another gets no cell of its own.
    if (!cell) return;
    const ring: Position[] = cell.map(([x, y]) => [round6(x / k), round6(y)]);
    if (signedArea(ring) < 0) ring.reverse();
    features.push({
      type: 'Feature',
      properties: { ...s.properties, station: s.station },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  });
  return { type: 'FeatureCollection', features };
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
