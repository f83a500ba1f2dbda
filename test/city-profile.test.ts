/**
 * The city as a whole (data/nagpur/city.json) is stored by the seed and read back with the city, on both
 * databases; a database seeded before it was stored takes it from the city folder at the next start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { closeContext, openContext, openDatabase } from '../src/bootstrap.js';
import { readConfig } from '../src/config.js';
import { loadCities, upsertCity } from '../src/force/unit.repository.js';
import { loadCityFromDir } from '../src/geo/city.load.js';
import { createPgDatabase, testEngines } from './support/harness.js';

const engines = await testEngines();
const NAME = { en: 'Nagpur City Police', hi: 'नागपुर शहर पुलिस', mr: 'नागपूर शहर पोलीस' };

describe.each(engines)('city profile on %s', (engine) => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  async function config() {
    const dir = mkdtempSync(join(tmpdir(), 'chowki-profile-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const pgDb = engine === 'postgres' ? await createPgDatabase() : undefined;
    if (pgDb) cleanups.push(pgDb.drop);
    return readConfig({ CHOWKI_DATA_DIR: dir, LOG_LEVEL: 'silent', ...(pgDb ? { DATABASE_URL: pgDb.url } : {}) });
  }

  it('is stored with the city, read back with it, and routes and names from there', async () => {
    const cfg = await config();
    const store = await openDatabase(cfg);
    await upsertCity(store.db, loadCityFromDir(cfg.cityDir));
    const [city] = await loadCities(store.db);
    expect(city?.code).toBe('NGP');
    expect(city?.name).toEqual(NAME);
    expect(city?.specialUnits).toEqual({ cyber_fraud: ['ngp-cyber'] });
    await store.close();

    const ctx = await openContext(cfg, { seedIfEmpty: false });
    try {
      expect(ctx.locator.locate({ text: 'UPI fraud, money gone' }, 'cyber_fraud').specialUnits).toEqual(['ngp-cyber']);
      const app = await buildApp(ctx, { webDir: null });
      const units = (await app.inject({ url: '/api/units' })).json<{ city: string; name: unknown }>();
      expect(units.city).toBe('ngp');
      expect(units.name).toEqual(NAME);
      await app.close();
    } finally {
      await closeContext(ctx);
    }
  });

  it('reaches a database seeded before profiles were stored at its next start', async () => {
    const cfg = await config();
    const store = await openDatabase(cfg);
    await upsertCity(store.db, loadCityFromDir(cfg.cityDir));
    await store.db.deleteFrom('cities').execute();
    const [before] = await loadCities(store.db);
    // Without a stored profile: the root unit's names, and no special unit.
    expect(before?.name).toEqual({ en: 'Nagpur City Police', hi: 'नागपूर शहर पोलीस', mr: 'नागपूर शहर पोलीस' });
    expect(before?.specialUnits).toEqual({});
    await store.close();

    const ctx = await openContext(cfg, { seedIfEmpty: false });
    try {
      expect(ctx.city.specialUnits).toEqual({ cyber_fraud: ['ngp-cyber'] });
      expect(ctx.locator.locate({ text: 'UPI fraud' }, 'cyber_fraud').specialUnits).toEqual(['ngp-cyber']);
      expect((await loadCities(ctx.store.db))[0]?.name).toEqual(NAME);
    } finally {
      await closeContext(ctx);
    }
  });
});
