import { describe, expect, it } from 'vitest';
import { parseJurisdictionsGeoJson, readPolygons, voronoiJurisdictions } from './jurisdiction.geojson.js';

const square = [[[79, 21], [79.1, 21], [79.1, 21.1], [79, 21.1], [79, 21]]];
const known = new Set(['ps-a', 'ps-b']);
const doc = (features: unknown[]): string => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (station: unknown, geometry: unknown): unknown => ({ type: 'Feature', properties: { station }, geometry });

describe('official jurisdictions', () => {
  it('accepts Polygon and MultiPolygon features naming known stations', () => {
    const fc = parseJurisdictionsGeoJson(
      doc([feature('ps-a', { type: 'Polygon', coordinates: square }), feature('ps-b', { type: 'MultiPolygon', coordinates: [square, square] })]),
      known,
    );
    expect(fc.features.map((f) => [f.properties.station, f.geometry.type])).toEqual([
      ['ps-a', 'Polygon'],
      ['ps-b', 'MultiPolygon'],
    ]);
  });

  it.each([
    ['{', 'not valid JSON'],
    [JSON.stringify({ type: 'Feature' }), 'expected a GeoJSON FeatureCollection'],
    [doc([feature('ps-a', { type: 'Polygon', coordinates: square }), feature('ps-x', { type: 'Polygon', coordinates: square })]), 'feature 1: properties.station "ps-x" is not a known station'],
    [doc([feature(undefined, { type: 'Polygon', coordinates: square })]), 'feature 0 has no properties.station'],
    [doc([feature('ps-a', { type: 'Point', coordinates: [79, 21] })]), 'feature 0 (ps-a): geometry type "Point" is not Polygon or MultiPolygon'],
    [doc([feature('ps-a', { type: 'Polygon', coordinates: [[[79, 21], [79.1, 21], [79.1, 21.1], [79, 21.1]]] })]), 'feature 0 (ps-a): polygon ring 0 is not closed'],
    [doc([feature('ps-a', { type: 'Polygon', coordinates: [[[79, 21], [79.1, 'x'], [79, 21]]] })]), 'feature 0 (ps-a): polygon ring 0: a position holds something other than two numbers'],
  ])('rejects %j with a message naming the problem', (text, message) => {
    expect(() => parseJurisdictionsGeoJson(text, known)).toThrow(message);
  });
});

describe('Voronoi jurisdictions', () => {
  const stations = [
    { station: 'west', lat: 21.1, lon: 79.0 },
    { station: 'east', lat: 21.1, lon: 79.2 },
    { station: 'north', lat: 21.3, lon: 79.1 },
  ];
  const fc = voronoiJurisdictions(stations, [78.8, 20.9, 79.4, 21.5]);

  it('gives each station one closed, counterclockwise cell inside the extent', () => {
    expect(fc.features.map((f) => f.properties.station)).toEqual(['west', 'east', 'north']);
    for (const f of fc.features) {
      const polygons = readPolygons(f.geometry);
      if (typeof polygons === 'string') throw new Error(polygons);
      const ring = polygons[0]?.[0] ?? [];
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      let area = 0;
      for (let i = 0; i + 1 < ring.length; i++) {
        const [ax, ay] = ring[i] ?? [0, 0];
        const [bx, by] = ring[i + 1] ?? [0, 0];
        area += ax * by - bx * ay;
      }
      expect(area).toBeGreaterThan(0);
      for (const [lon, lat] of ring) {
        expect(lon).toBeGreaterThanOrEqual(78.8);
        expect(lon).toBeLessThanOrEqual(79.4);
        expect(lat).toBeGreaterThanOrEqual(20.9);
        expect(lat).toBeLessThanOrEqual(21.5);
      }
    }
  });

  it('returns no features for a city without located stations', () => {
    expect(voronoiJurisdictions([], [0, 0, 1, 1]).features).toEqual([]);
  });
});
