import type { Command } from 'commander';
import { openDatabase } from '../bootstrap.js';
import { readConfig } from '../config.js';
import { loadCityFromDir } from '../geo/city.js';
import { seedCity } from '../force/seed.service.js';
import { migrateToLatest } from '../store/migrate.js';

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
      const result = await store.db.transaction().execute((tx) => seedCity(tx, city, config.demoPassword));
      process.stdout.write(
        `${city.id}: ${city.units.length} units, ${city.gazetteer.length} gazetteer entries, ${result.usersCreated} new users\n`,
      );
      if (result.generatedPassword) process.stdout.write(`Demo password: ${result.generatedPassword}\n`);
      await store.close();
    });
}
