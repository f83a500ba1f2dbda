/**
 * A city's reference data: its profile (name, reference code, special units), its force as a tree of
 * units, and its gazetteer.
 * Everything about a city is data; a second city needs new files, never new code.
 */
import { z } from 'zod';
import { CATEGORIES } from '../triage/triage.types.js';

export type UnitKind = 'commissionerate' | 'zone' | 'station' | 'special';

export interface Unit {
  id: string;
  kind: UnitKind;
  parent: string | null;
  nameEn: string;
  nameLocal: string;
  lat: number | null;
  lon: number | null;
  /** X handle with its leading @, as the force publishes it. */
  xHandle: string | null;
  status: 'active' | 'proposed';
}

export interface GazetteerEntry {
  id: string;
  kind: string;
  nameEn: string;
  /** Other spellings: romanised and Devanagari. */
  variants: string[];
  lat: number | null;
  lon: number | null;
  /** The station that covers the place, when the force says so; else the jurisdiction holding its point decides. */
  station: string | null;
  /**
   * What sort of landmark it is (market, hospital, metro_station …), when the file has a `category` column.
   * `kind` stays `locality` or `landmark`: the matcher ranks by those two.
   */
  category?: string;
  /** Where the row comes from (`osm/news`, `memory-2026-12` …), when the file has a `source` column. */
  source?: string;
}

export interface CityData {
  /** The id of the root unit (the commissionerate), e.g. `ngp`. */
  id: string;
  /** Prefix of ticket references, e.g. `NGP`. */
  code: string;
  /** The force's name in each language of the app, e.g. `Nagpur City Police`. */
  name: LocalisedName;
  /** Ticket category → special units that also receive every ticket of it (`cyber_fraud` → the cyber police). */
  specialUnits: SpecialUnits;
  /** The force's own community group kinds beside the five every force has (city.json); none when left out. */
  communityGroupKinds?: readonly CityGroupKind[];
  units: Unit[];
  gazetteer: GazetteerEntry[];
}

/** A community group kind a force adds (`police_mitra_youth`, `auto_drivers` …), named in each language. */
export interface CityGroupKind {
  kind: string;
  name: LocalisedName;
}

/** A name in each language of the app. */
export interface LocalisedName {
  en: string;
  hi: string;
  mr: string;
}

export type SpecialUnits = Readonly<Record<string, readonly string[]>>;

/** What `city.json` says about a city as a whole; everything else is in `units.csv` and `gazetteer.csv`. */
export interface CityProfile {
  code: string;
  name: LocalisedName;
  specialUnits: SpecialUnits;
  communityGroupKinds: readonly CityGroupKind[];
}

const nonEmpty = z.string().trim().min(1);
const cityFileSchema = z.strictObject({
  /** When given, must be the root unit's id: a check that the file belongs beside this units.csv. */
  id: nonEmpty.optional(),
  code: z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, 'two to ten capital letters or digits, e.g. NGP').optional(),
  name: z.strictObject({ en: nonEmpty, hi: nonEmpty.optional(), mr: nonEmpty.optional() }),
  specialUnits: z.record(z.string(), z.array(nonEmpty).min(1)).optional(),
  /** Community group kinds of this force beside the five standard ones, each named in en, hi and mr. */
  communityGroupKinds: z
    .array(
      z.strictObject({
        kind: z.string().regex(/^[a-z][a-z_]{1,39}$/, 'a kind in snake_case, e.g. auto_drivers'),
        name: z.strictObject({ en: nonEmpty.max(60), hi: nonEmpty.max(60), mr: nonEmpty.max(60) }),
      }),
    )
    .max(20)
    .refine((ks) => new Set(ks.map((k) => k.kind)).size === ks.length, 'each kind once')
    .optional(),
});

/** The profile of a city without a `city.json`: its code from the root unit's id, its name from `units.csv`, no special units. */
export function defaultCityProfile(root: Unit): CityProfile {
  const local = root.nameLocal || root.nameEn;
  return { code: root.id.toUpperCase(), name: { en: root.nameEn, hi: local, mr: local }, specialUnits: {}, communityGroupKinds: [] };
}

/**
 * Parses `city.json` against the city's units: the id must be the root's, each special unit an active
 * unit of the city, each category one of the taxonomy's. A missing Hindi or Marathi name is the English one.
 */
export function parseCityProfile(text: string, units: readonly Unit[], source = 'city.json'): CityProfile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${source}: not valid JSON`);
  }
  const parsed = cityFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${source}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`);
  }
  const file = parsed.data;
  const root = units.find((u) => u.kind === 'commissionerate');
  if (!root) throw new Error(`${source}: units.csv has no commissionerate`);
  if (file.id !== undefined && file.id !== root.id) throw new Error(`${source}: id "${file.id}" is not the commissionerate of units.csv ("${root.id}")`);
  const active = new Set(units.filter((u) => u.status === 'active').map((u) => u.id));
  const specialUnits: Record<string, readonly string[]> = {};
  const categories: ReadonlySet<string> = new Set(CATEGORIES);
  for (const [category, ids] of Object.entries(file.specialUnits ?? {})) {
    if (!categories.has(category)) throw new Error(`${source}: specialUnits.${category}: not a ticket category (${CATEGORIES.join(', ')})`);
    const unknown = ids.filter((id) => !active.has(id));
    if (unknown.length > 0) throw new Error(`${source}: specialUnits.${category}: ${unknown.join(', ')} is not an active unit of units.csv`);
    specialUnits[category] = Object.freeze([...ids]);
  }
  return {
    code: file.code ?? root.id.toUpperCase(),
    name: { en: file.name.en, hi: file.name.hi ?? file.name.en, mr: file.name.mr ?? file.name.en },
    specialUnits: Object.freeze(specialUnits),
    communityGroupKinds: Object.freeze((file.communityGroupKinds ?? []).map((k) => ({ kind: k.kind, name: { ...k.name } }))),
  };
}

/** Splits one CSV line with RFC 4180 quoting. */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Parses a CSV text with a header row into records keyed by column name. */
export function parseCsv(text: string, source: string, required: readonly string[]): Record<string, string>[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim());
  for (const col of required) {
    if (!header.includes(col)) throw new Error(`${source}: missing column "${col}"`);
  }
  return lines.slice(1).map((line, i) => {
    const cells = splitCsvLine(line);
    if (cells.length !== header.length) {
      throw new Error(`${source}: line ${i + 2} has ${cells.length} cells, the header has ${header.length}`);
    }
    const rec: Record<string, string> = {};
    header.forEach((h, j) => (rec[h] = (cells[j] ?? '').trim()));
    return rec;
  });
}

function num(value: string | undefined, where: string): number | null {
  if (value === undefined || value === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`${where}: "${value}" is not a number`);
  return n;
}

const UNIT_KINDS: readonly UnitKind[] = ['commissionerate', 'zone', 'station', 'special'];

/** Parses `units.csv`. */
export function parseUnits(text: string, source = 'units.csv'): Unit[] {
  return parseCsv(text, source, ['id', 'kind', 'parent', 'name_en', 'lat', 'lon', 'status']).map((r, i) => {
    const where = `${source}: line ${i + 2}`;
    const kind = UNIT_KINDS.find((k) => k === r.kind);
    if (!kind) throw new Error(`${where}: unknown kind "${r.kind}"`);
    const status = r.status === 'proposed' ? 'proposed' : r.status === 'active' ? 'active' : null;
    if (!status) throw new Error(`${where}: unknown status "${r.status}"`);
    const handle = (r.x_handle ?? '').trim();
    return {
      id: r.id ?? '',
      kind,
      parent: r.parent ? r.parent : null,
      nameEn: r.name_en ?? '',
      nameLocal: r.name_local ?? '',
      lat: num(r.lat, where),
      lon: num(r.lon, where),
      xHandle: handle ? (handle.startsWith('@') ? handle : `@${handle}`) : null,
      status,
    };
  });
}

/** Parses `gazetteer.csv`; the optional `category` and `source` columns are kept, other extra columns ignored. */
export function parseGazetteer(text: string, source = 'gazetteer.csv'): GazetteerEntry[] {
  return parseCsv(text, source, ['id', 'kind', 'name_en', 'variants', 'lat', 'lon', 'station']).map((r, i) => {
    const where = `${source}: line ${i + 2}`;
    const entry: GazetteerEntry = {
      id: r.id ?? '',
      kind: r.kind ?? 'locality',
      nameEn: r.name_en ?? '',
      variants: (r.variants ?? '').split('|').map((v) => v.trim()).filter(Boolean),
      lat: num(r.lat, where),
      lon: num(r.lon, where),
      station: r.station ? r.station : null,
    };
    if (r.category) entry.category = r.category;
    // The parameter `source` names the file; the column says where the row's facts come from.
    if (r.source) entry.source = r.source;
    return entry;
  });
}
