import type { GeoJsonFeatureCollection } from '../geo/locate.types.js';
import type { Db } from '../store/db.js';

/** Replaces a city's stored jurisdictions with a force's official polygons. */
export async function replaceJurisdictions(db: Db, cityId: string, fc: GeoJsonFeatureCollection, at: string): Promise<number> {
  await db.deleteFrom('jurisdictions').where('city_id', '=', cityId).execute();
  let n = 0;
  for (const f of fc.features) {
    const station = f.properties.station;
    if (typeof station !== 'string') continue;
    await db
      .insertInto('jurisdictions')
      .values({ station_id: station, city_id: cityId, geometry: JSON.stringify(f.geometry), source: 'official', updated_at: at })
      .onConflict((oc) => oc.column('station_id').doUpdateSet({ geometry: JSON.stringify(f.geometry), updated_at: at }))
      .execute();
    n++;
  }
  return n;
}
