import { describe, expect, it } from 'vitest';
import { voronoiJurisdictions } from './jurisdiction.geojson.js';
import { createJurisdictionIndex } from './jurisdiction.index.js';
import type { GeoJsonFeatureCollection } from './locate.types.js';

const ring = (w: number, s: number, e: number, n: number): number[][] => [[w, s], [e, s], [e, n], [w, n], [w, s]];

describe('jurisdiction index', () => {
  const fc: GeoJsonFeatureCollection = {
    type: 'FeatureCollection',
    features: [
      // A doughnut: the hole belongs to the station inside it.
      { type: 'Feature', properties: { station: 'outer' }, geometry: { type: 'Polygon', coordinates: [ring(0, 0, 10, 10), ring(4, 4, 6, 6)] } },
      { type: 'Feature', properties: { station: 'inner' }, geometry: { type: 'Polygon', coordinates: [ring(4, 4, 6, 6)] } },
      { type: 'Feature', properties: { station: 'islands' }, geometry: { type: 'MultiPolygon', coordinates: [[ring(20, 0, 21, 1)], [ring(30, 0, 31, 1)]] } },
    ],
  };
  const index = createJurisdictionIndex(fc);

  it('finds the polygon that holds a point, honouring holes and multipolygons', () => {
    expect(index.stationAt(1, 1)).toBe('outer');
    expect(index.stationAt(5, 5)).toBe('inner');
    expect(index.stationAt(0.5, 30.5)).toBe('islands');
    expect(index.stationAt(0.5, 25)).toBeNull();
    expect(index.size).toBe(4);
  });

  it('agrees with "nearest station" on Voronoi cells', () => {
    const stations = Array.from({ length: 200 }, (_, i) => ({
      station: `s${i}`,
      lat: 20 + ((i * 7919) % 1000) / 1000,
      lon: 79 + ((i * 104729) % 997) / 997,
    }));
    const cells = createJurisdictionIndex(voronoiJurisdictions(stations, [78.9, 19.9, 80.1, 21.1]));
    const k = Math.cos((20.5 * Math.PI) / 180);
    for (let j = 0; j < 300; j++) {
      const lat = 20 + ((j * 37) % 300) / 300;
      const lon = 79 + ((j * 53) % 293) / 293;
      let best = '';
      let bestD = Infinity;
      for (const s of stations) {
        const d = (s.lat - lat) ** 2 + ((s.lon - lon) * k) ** 2;
        if (d < bestD) [best, bestD] = [s.station, d];
      }
      expect(cells.stationAt(lat, lon)).toBe(best);
    }
  });
});
