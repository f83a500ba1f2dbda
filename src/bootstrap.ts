/** Opens everything a command needs: database (migrated), the city, the engines, the bus. */
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import type { CityData } from './geo/city.js';
import { loadCityFromDir } from './geo/city.load.js';
import type { GeoJsonFeatureCollection } from './geo/locate.types.js';
import { parseJurisdictionsGeoJson } from './geo/jurisdiction.geojson.js';
import { createLocator, DEFAULT_SPECIAL_UNITS } from './geo/locator.js';
import { loadCities } from './force/unit.repository.js';
import { seedCity, type SeedResult } from './force/seed.service.js';
import { createEventBus } from './realtime/event-bus.js';
import { openStore, type Db, type Store } from './store/db.js';
import { migrateToLatest } from './store/migrate.js';
import { createTriager } from './triage/triager.load.js';

export interface OpenOptions {
  /** Seed the demo city when the database has none (first start). */
  seedIfEmpty?: boolean;
  /** Called once when a first seed generated the demo password. */
  onSeed?: (result: SeedResult) => void;
  now?: () => number;
}

/** Reads the stored jurisdiction polygons of a city, when a force imported official ones. */
export async function loadJurisdictions(db: Db, city: CityData): Promise<GeoJsonFeatureCollection | undefined> {
  const rows = await db.selectFrom('jurisdictions').selectAll().where('city_id', '=', city.id).execute();
  if (rows.length === 0) return undefined;
  const text = JSON.stringify({
    type: 'FeatureCollection',
    features: rows.map((r) => ({ type: 'Feature', properties: { station: r.station_id }, geometry: JSON.parse(r.geometry) })),
  });
  // Validated again on the way in: a hand-edited row fails here with its station named, not later on a pin.
  const stations = new Set(city.units.filter((u) => u.kind === 'station').map((u) => u.id));
  return parseJurisdictionsGeoJson(text, stations);
}

export async function openDatabase(config: Readonly<Config>): Promise<Store> {
  const store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(store);
  return store;
}

/** Builds the city's engines from what is stored. */
export async function buildEngines(store: Store, city: CityData, config: Readonly<Config>) {
  const jurisdictions = await loadJurisdictions(store.db, city);
  const locator = createLocator(city, {
    ...(jurisdictions ? { jurisdictions } : {}),
    specialUnitsByCategory: DEFAULT_SPECIAL_UNITS,
  });
  const triager = createTriager(config.triageModel);
  return { locator, triager };
}

export async function openContext(config: Readonly<Config>, opts: OpenOptions = {}): Promise<AppContext> {
  const store = await openDatabase(config);
  try {
    let cities = await loadCities(store.db);
    if (cities.length === 0 && opts.seedIfEmpty !== false) {
      const result = await store.db.transaction().execute((tx) => seedCity(tx, loadCityFromDir(config.cityDir), config.demoPassword));
      opts.onSeed?.(result);
      cities = await loadCities(store.db);
    }
    const city = cities[0];
    if (!city) throw new Error('The database holds no city: run `chowki seed` first');
    const { locator, triager } = await buildEngines(store, city, config);
    const bus = await createEventBus(store);
    return { config, store, bus, city, triager, locator, now: opts.now ?? Date.now };
  } catch (err) {
    await store.close();
    throw err;
  }
}

export async function closeContext(ctx: AppContext): Promise<void> {
  await ctx.bus.close();
  await ctx.store.close();
}
