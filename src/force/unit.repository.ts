import { defaultCityProfile, type CityData, type CityGroupKind, type CityProfile, type GazetteerEntry, type Unit, type UnitKind } from '../geo/city.js';
import { nowIso, type Db } from '../store/db.js';
import type { UnitRow } from '../store/tables.js';

/** Writes a city's profile (its `city.json`: code, name, special units), replacing a stored one. */
export async function upsertCityProfile(db: Db, city: CityData): Promise<void> {
  const profile = {
    id: city.id,
    code: city.code,
    name_en: city.name.en,
    name_hi: city.name.hi,
    name_mr: city.name.mr,
    special_units: JSON.stringify(city.specialUnits),
    community_group_kinds: JSON.stringify(city.communityGroupKinds ?? []),
    updated_at: nowIso(),
  };
  await db
    .insertInto('cities')
    .values(profile)
    .onConflict((oc) => oc.column('id').doUpdateSet(profile))
    .execute();
}

/** Whether a city's profile is stored (a database seeded before migration 0007 has none). */
export async function hasCityProfile(db: Db, cityId: string): Promise<boolean> {
  return (await db.selectFrom('cities').select('id').where('id', '=', cityId).executeTakeFirst()) !== undefined;
}

/** Writes a city's profile, units and gazetteer, replacing rows with the same ids. */
export async function upsertCity(db: Db, city: CityData): Promise<void> {
  await upsertCityProfile(db, city);
  for (const u of city.units) {
    const row = {
      id: u.id,
      city_id: city.id,
      kind: u.kind,
      parent_id: u.parent,
      name_en: u.nameEn,
      name_local: u.nameLocal,
      lat: u.lat,
      lon: u.lon,
      x_handle: u.xHandle,
      status: u.status,
    };
    await db
      .insertInto('units')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }
  for (const g of city.gazetteer) {
    const row = {
      id: g.id,
      city_id: city.id,
      kind: g.kind,
      name_en: g.nameEn,
      variants: JSON.stringify(g.variants),
      lat: g.lat,
      lon: g.lon,
      station_id: g.station,
    };
    await db
      .insertInto('gazetteer')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }
}

function toUnit(r: UnitRow): Unit {
  const kinds: readonly UnitKind[] = ['commissionerate', 'zone', 'station', 'special'];
  return {
    id: r.id,
    kind: kinds.find((k) => k === r.kind) ?? 'station',
    parent: r.parent_id,
    nameEn: r.name_en,
    nameLocal: r.name_local,
    lat: r.lat,
    lon: r.lon,
    xHandle: r.x_handle,
    status: r.status === 'proposed' ? 'proposed' : 'active',
  };
}

/** Reads every city stored; the first is the one this deployment serves. */
export async function loadCities(db: Db): Promise<CityData[]> {
  const units = await db.selectFrom('units').selectAll().orderBy('id').execute();
  const gaz = await db.selectFrom('gazetteer').selectAll().orderBy('id').execute();
  const profiles = new Map((await db.selectFrom('cities').selectAll().execute()).map((c) => [c.id, c]));
  const roots = units.filter((u) => u.kind === 'commissionerate');
  return roots.map((root) => ({
    id: root.id,
    ...storedProfile(profiles.get(root.id), toUnit(root)),
    units: units.filter((u) => u.city_id === root.id).map(toUnit),
    gazetteer: gaz
      .filter((g) => g.city_id === root.id)
      .map(
        (g): GazetteerEntry => ({
          id: g.id,
          kind: g.kind,
          nameEn: g.name_en,
          variants: parseStringArray(g.variants),
          lat: g.lat,
          lon: g.lon,
          station: g.station_id,
        }),
      ),
  }));
}

/** A city's stored profile; a city seeded before profiles were stored reads as if it had no `city.json`. */
function storedProfile(
  row: { code: string; name_en: string; name_hi: string; name_mr: string; special_units: string; community_group_kinds: string } | undefined,
  root: Unit,
): CityProfile {
  if (!row) return defaultCityProfile(root);
  const special: unknown = JSON.parse(row.special_units);
  const specialUnits: Record<string, readonly string[]> = {};
  if (typeof special === 'object' && special !== null) {
    for (const [category, ids] of Object.entries(special)) {
      if (Array.isArray(ids)) specialUnits[category] = ids.filter((x): x is string => typeof x === 'string');
    }
  }
  return { code: row.code, name: { en: row.name_en, hi: row.name_hi, mr: row.name_mr }, specialUnits, communityGroupKinds: parseGroupKinds(row.community_group_kinds) };
}

/** The stored kinds, as city.json gave them (validated on load); anything unreadable is left out. */
function parseGroupKinds(json: string): CityGroupKind[] {
  const v: unknown = JSON.parse(json);
  if (!Array.isArray(v)) return [];
  return v.flatMap((k: unknown) => {
    if (typeof k !== 'object' || k === null || !('kind' in k) || !('name' in k) || typeof k.kind !== 'string') return [];
    const n = k.name;
    if (typeof n !== 'object' || n === null || !('en' in n) || !('hi' in n) || !('mr' in n)) return [];
    const { en, hi, mr } = n;
    return typeof en === 'string' && typeof hi === 'string' && typeof mr === 'string' ? [{ kind: k.kind, name: { en, hi, mr } }] : [];
  });
}

function parseStringArray(json: string): string[] {
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Every unit at or below `unitId` in the tree. */
export function unitSubtree(units: readonly Unit[], unitId: string): Set<string> {
  const out = new Set<string>([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parent && out.has(u.parent) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}

/** The ancestors of a unit, nearest first. */
export function unitAncestors(units: readonly Unit[], unitId: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: string[] = [];
  let cur = byId.get(unitId)?.parent ?? null;
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = byId.get(cur)?.parent ?? null;
  }
  return out;
}
