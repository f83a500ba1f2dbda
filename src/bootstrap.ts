/** Opens everything a command needs: database (migrated), the city, the engines, the bus. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';
import { createAppContext, type AppContext, type CityEngines } from './context.js';
import type { CityData } from './geo/city.js';
import { loadCityFromDir } from './geo/city.load.js';
import type { GeoJsonFeatureCollection } from './geo/locate.types.js';
import { parseJurisdictionsGeoJson } from './geo/jurisdiction.geojson.js';
import { createLocator } from './geo/locator.js';
import { hasCityProfile, loadCities, upsertCityProfile } from './force/unit.repository.js';
import { seedCity, type SeedResult } from './force/seed.service.js';
import { createEventBus } from './realtime/event-bus.js';
import { createRosterAssigner } from './desk/roster.service.js';
import { deskEventCodec } from './tickets/ticket.events.js';
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
  // The special units come with the city (its city.json), like everything else about it.
  const locator = createLocator(city, jurisdictions ? { jurisdictions } : {});
  const triager = createTriager(config.triageModel);
  return { locator, triager };
}

/** The city's engines rebuilt from what is stored now (after a gazetteer change). */
export async function reloadCityEngines(store: Store, cityId: string, config: Readonly<Config>): Promise<CityEngines | undefined> {
  const city = (await loadCities(store.db)).find((c) => c.id === cityId);
  if (!city) return undefined;
  const { locator } = await buildEngines(store, city, config);
  return { city, locator };
}

/**
 * A database seeded before city profiles were stored (migration 0007) takes, once, the profile of the
 * city folder when that folder holds the same city; otherwise the city reads as one without `city.json`.
 */
async function adoptFolderProfile(store: Store, city: CityData, cityDir: string): Promise<CityData> {
  if ((await hasCityProfile(store.db, city.id)) || !existsSync(join(cityDir, 'city.json'))) return city;
  const folder = loadCityFromDir(cityDir);
  if (folder.id !== city.id) return city;
  await upsertCityProfile(store.db, folder);
  return { ...city, code: folder.code, name: folder.name, specialUnits: folder.specialUnits };
}

export async function openContext(config: Readonly<Config>, opts: OpenOptions = {}): Promise<AppContext> {
  const store = await openDatabase(config);
  try {
    let cities = await loadCities(store.db);
    if (cities.length === 0 && opts.seedIfEmpty !== false) {
      const result = await store.db.transaction().execute((tx) => seedCity(tx, loadCityFromDir(config.cityDir), config.demoPassword, config.passwordHash));
      opts.onSeed?.(result);
      cities = await loadCities(store.db);
    }
    const stored = cities[0];
    if (!stored) throw new Error('The database holds no city: run `chowki seed` first');
    const city = await adoptFolderProfile(store, stored, config.cityDir);
    const { locator, triager } = await buildEngines(store, city, config);
    const bus = await createEventBus(store, deskEventCodec);
    const now = opts.now ?? Date.now;
    return createAppContext({
      config,
      store,
      bus,
      city,
      triager,
      locator,
      now,
      assigner: createRosterAssigner({ config, now }),
      loadEngines: () => reloadCityEngines(store, city.id, config),
    });
  } catch (err) {
    await store.close();
    throw err;
  }
}

export async function closeContext(ctx: AppContext): Promise<void> {
  await ctx.bus.close();
  await ctx.store.close();
}
