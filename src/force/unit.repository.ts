import type { CityData, GazetteerEntry, Unit, UnitKind } from '../geo/city.js';
import type { Db } from '../store/db.js';
import type { UnitRow } from '../store/tables.js';

/** Writes a city's units and gazetteer, replacing rows with the same ids. */
export async function upsertCity(db: Db, city: CityData): Promise<void> {
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
  const roots = units.filter((u) => u.kind === 'commissionerate');
  return roots.map((root) => ({
    id: root.id,
    code: root.id.toUpperCase(),
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
