/**
 * A city's reference data: its force as a tree of units, and its gazetteer.
 * Everything about a city is data; a second city needs new files, never new code.
 */
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
}

export interface CityData {
  /** The id of the root unit (the commissionerate), e.g. `ngp`. */
  id: string;
  /** Prefix of ticket references, e.g. `NGP`. */
  code: string;
  units: Unit[];
  gazetteer: GazetteerEntry[];
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

/** Parses `gazetteer.csv`. */
export function parseGazetteer(text: string, source = 'gazetteer.csv'): GazetteerEntry[] {
  return parseCsv(text, source, ['id', 'kind', 'name_en', 'variants', 'lat', 'lon', 'station']).map((r, i) => {
    const where = `${source}: line ${i + 2}`;
    return {
      id: r.id ?? '',
      kind: r.kind ?? 'locality',
      nameEn: r.name_en ?? '',
      variants: (r.variants ?? '').split('|').map((v) => v.trim()).filter(Boolean),
      lat: num(r.lat, where),
      lon: num(r.lon, where),
      station: r.station ? r.station : null,
    };
  });
}
