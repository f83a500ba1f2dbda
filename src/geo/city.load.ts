/**
 * Reads a city's reference data from its folder. The one part of `geo` that touches the disk: the
 * engines themselves are given the parsed data (see the import rules in .dependency-cruiser.cjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCityProfile, parseCityProfile, parseGazetteer, parseUnits, type CityData, type Unit } from './city.js';
import { parseStationContacts, type StationContacts } from './station-contacts.js';

/**
 * Reads a city from a folder holding `units.csv`, `gazetteer.csv` and, optionally, `city.json` (its
 * name, reference code and special units; without it: the name from units.csv and no special units).
 */
export function loadCityFromDir(dir: string): CityData {
  const units = parseUnits(readFileSync(join(dir, 'units.csv'), 'utf8'), join(dir, 'units.csv'));
  const gazetteer = parseGazetteer(readFileSync(join(dir, 'gazetteer.csv'), 'utf8'), join(dir, 'gazetteer.csv'));
  const root = units.find((u) => u.kind === 'commissionerate');
  if (!root) throw new Error(`${dir}: units.csv has no commissionerate`);
  const profileFile = join(dir, 'city.json');
  const profile = existsSync(profileFile) ? parseCityProfile(readFileSync(profileFile, 'utf8'), units, profileFile) : defaultCityProfile(root);
  return { id: root.id, ...profile, units, gazetteer };
}

/** The stations' public contacts from the city folder's `station-contacts.csv`; none when the file is absent. */
export function loadStationContacts(dir: string, units: readonly Unit[]): Map<string, StationContacts> {
  const file = join(dir, 'station-contacts.csv');
  return existsSync(file) ? parseStationContacts(readFileSync(file, 'utf8'), units, file) : new Map();
}
