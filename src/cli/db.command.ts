import type { Command } from 'commander';
import { openDatabase } from '../bootstrap.js';
import { readConfig } from '../config.js';
import { loadCityFromDir } from '../geo/city.load.js';
import { seedCity } from '../force/seed.service.js';
import { migrateToLatest } from '../store/migrate.js';
import { readFileSync } from 'node:fs';
import { loadCities } from '../force/unit.repository.js';
import { replaceJurisdictions } from '../force/jurisdiction.repository.js';
import { parseJurisdictionsGeoJson } from '../geo/jurisdiction.geojson.js';
import { nowIso } from '../store/db.js';

export function registerDbCommands(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database schema to the latest version')
    .action(async () => {
      const config = readConfig();
      const store = await openDatabase(config);
      const results = await migrateToLatest(store);
      process.stdout.write(`${store.engine}: schema up to date${results.length ? ` (applied ${results.map((r) => r.migrationName).join(', ')})` : ''}\n`);
      await store.close();
    });

  program
    .command('seed')
    .description("Load a city's units and gazetteer (default: the Nagpur demo) and create its demo users")
    .option('--city-dir <dir>', 'folder with units.csv and gazetteer.csv (overrides CHOWKI_CITY_DIR)')
    .action(async (opts: { cityDir?: string }) => {
      const config = readConfig(opts.cityDir ? { ...process.env, CHOWKI_CITY_DIR: opts.cityDir } : process.env);
      const city = loadCityFromDir(config.cityDir);
      const store = await openDatabase(config);
      const result = await store.db.transaction().execute((tx) => seedCity(tx, city, config.demoPassword, config.passwordHash));
      process.stdout.write(
        `${city.id}: ${city.units.length} units, ${city.gazetteer.length} gazetteer entries, ${result.usersCreated} new users\n`,
      );
      if (result.generatedPassword) process.stdout.write(`Demo password: ${result.generatedPassword}\n`);
      await store.close();
    });

  program
    .command('import-jurisdictions')
    .description("Load a force's official jurisdiction map (GeoJSON: one Polygon or MultiPolygon per station, properties.station = unit id); used from the next start")
    .argument('<file>', 'a .geojson FeatureCollection')
    .action(async (file: string) => {
      const config = readConfig();
      const store = await openDatabase(config);
      try {
        const city = (await loadCities(store.db))[0];
        if (!city) throw new Error('The database holds no city: run `chowki seed` first');
        const stations = new Set(city.units.filter((u) => u.kind === 'station').map((u) => u.id));
        const fc = parseJurisdictionsGeoJson(readFileSync(file, 'utf8'), stations);
        const n = await store.db.transaction().execute((tx) => replaceJurisdictions(tx, city.id, fc, nowIso()));
        const missing = city.units.filter((u) => u.kind === 'station' && u.status === 'active' && !fc.features.some((f) => f.properties.station === u.id));
        process.stdout.write(`${city.id}: ${n} station jurisdictions stored${missing.length ? `; no polygon for ${missing.map((u) => u.id).join(', ')}` : ''}\n`);
      } finally {
        await store.close();
      }
    });
}
