import { randomBytes } from 'node:crypto';
import { hashPassword, OWASP_SCRYPT, type ScryptCost } from '../auth/password.js';
import { insertUser } from '../auth/user.repository.js';
import { nowIso } from '../store/db.js';
import type { Role } from '../auth/access.js';
import type { CityData } from '../geo/city.js';
import type { Db } from '../store/db.js';
import { upsertCity } from './unit.repository.js';

export interface DemoUser {
  username: string;
  role: Role;
  unitId: string;
  displayName: string;
}

/** The short name of a unit inside its city: `ngp-ps-pratap-nagar` → `pratap-nagar`, `ngp-z2` → `z2`. */
export function unitSlug(cityId: string, unitId: string): string {
  return unitId.replace(new RegExp(`^${cityId}-(ps-)?`), '');
}

/** The demo's users: an operator and an SHO per active station, a DCP per zone, the control room, the CP, an admin. */
export function demoUsers(city: CityData): DemoUser[] {
  const users: DemoUser[] = [];
  for (const u of city.units) {
    if (u.status !== 'active') continue;
    const slug = unitSlug(city.id, u.id);
    if (u.kind === 'station' || u.kind === 'special') {
      users.push({ username: `op.${slug}`, role: 'operator', unitId: u.id, displayName: `Desk operator, ${u.nameEn}` });
      users.push({ username: `sho.${slug}`, role: 'sho', unitId: u.id, displayName: `SHO, ${u.nameEn}` });
    } else if (u.kind === 'zone') {
      users.push({ username: `dcp.${slug}`, role: 'dcp', unitId: u.id, displayName: `DCP, ${u.nameEn}` });
    }
  }
  users.push({ username: 'control', role: 'control_room', unitId: city.id, displayName: 'Control room' });
  users.push({ username: 'cp', role: 'commissioner', unitId: city.id, displayName: 'Commissioner of Police' });
  users.push({ username: 'admin', role: 'admin', unitId: city.id, displayName: 'Administrator' });
  return users;
}

/**
 * The demo users to name at start, among those that exist: an operator and the SHO of one station, a
 * DCP, the control room, the Commissioner and the admin. A deployment without demo users names none.
 */
export async function demoUsersToName(db: Db, city: CityData): Promise<string[]> {
  const stations = new Set(city.units.filter((u) => u.kind === 'station').map((u) => u.id));
  const all = demoUsers(city);
  const station = all.find((u) => u.role === 'operator' && stations.has(u.unitId))?.unitId;
  const picks = [
    ...all.filter((u) => u.unitId === station),
    ...all.filter((u) => u.role === 'dcp').slice(0, 1),
    ...all.filter((u) => u.unitId === city.id),
  ].map((u) => u.username);
  if (picks.length === 0) return [];
  const existing = new Set((await db.selectFrom('users').select('username').where('username', 'in', picks).execute()).map((r) => r.username));
  return picks.filter((name) => existing.has(name));
}

export interface SeedResult {
  /** True when the database held no units before: a first start. */
  firstSeed: boolean;
  usersCreated: number;
  /** The generated demo password, only when one was generated. */
  generatedPassword: string | null;
}

/**
 * Loads a city's units and gazetteer and creates its demo users. Safe to run again: the
 * reference data is updated, existing users keep their passwords.
 */
export async function seedCity(
  db: Db,
  city: CityData,
  demoPassword: string | undefined,
  passwordCost: ScryptCost = OWASP_SCRYPT,
): Promise<SeedResult> {
  const before = await db.selectFrom('units').select('id').limit(1).execute();
  await upsertCity(db, city);
  const existing = new Set((await db.selectFrom('users').select('username').execute()).map((u) => u.username));
  const missing = demoUsers(city).filter((u) => !existing.has(u.username));
  const generated = missing.length > 0 && !demoPassword ? randomBytes(9).toString('base64url') : null;
  const password = demoPassword ?? generated ?? '';
  // The demo users share one published password by design, so one scrypt hash serves them
  // all: a first start takes a moment rather than several seconds.
  const passwordHash = missing.length > 0 ? await hashPassword(password, passwordCost) : '';
  const at = nowIso();
  for (const u of missing) {
    await insertUser(db, { username: u.username, displayName: u.displayName, passwordHash, role: u.role, unitId: u.unitId, createdAt: at });
  }
  return { firstSeed: before.length === 0, usersCreated: missing.length, generatedPassword: generated };
}
