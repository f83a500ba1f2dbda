/** A force's official map, once imported, decides where a pin goes: on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEngines } from '../src/bootstrap.js';
import { replaceJurisdictions } from '../src/force/jurisdiction.repository.js';
import type { GeoJsonFeatureCollection } from '../src/geo/locate.types.js';
import { createTestContext, testEngines, type TestContext } from './support/harness.js';

const engines = await testEngines();

function square(station: string, lon: number, lat: number, d: number) {
  return {
    type: 'Feature' as const,
    properties: { station },
    geometry: {
      type: 'Polygon' as const,
      coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]],
    },
  };
}

describe.each(engines)('official jurisdictions on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('routes a pin by the imported polygons instead of the nearest station', async () => {
    // Sitabuldi's official area drawn far to the west, over Wadi: a pin there is Sitabuldi's now.
    const fc: GeoJsonFeatureCollection = {
      type: 'FeatureCollection',
      features: [square('ngp-ps-sitabuldi', 78.99, 21.147, 0.02), square('ngp-ps-wadi', 79.08, 21.144, 0.02)],
    };
    const before = t.ctx.locator.locate({ text: 'bike stolen', geo: { lat: 21.147, lon: 78.99 } });
    expect(before.station).toBe('ngp-ps-wadi');
    expect(await replaceJurisdictions(t.ctx.store.db, 'ngp', fc, new Date().toISOString())).toBe(2);
    const { locator } = await buildEngines(t.ctx.store, t.ctx.city, t.ctx.config);
    const after = locator.locate({ text: 'bike stolen', geo: { lat: 21.147, lon: 78.99 } });
    expect(after.station).toBe('ngp-ps-sitabuldi');
    expect(after.place?.method).toBe('pin');
    expect(locator.jurisdictions().features.map((f) => f.properties.station).sort()).toEqual(['ngp-ps-sitabuldi', 'ngp-ps-wadi']);
  });
});
