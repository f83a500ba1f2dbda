/**
 * The place a message is about and the station whose jurisdiction holds it, by the rules of the
 * city's reference data:
 *   1. a place named in the text (a gazetteer entry or a station's own name) decides, even over a pin
 *      or a tagged station account: an entry with a station belongs to it, any other point to the
 *      jurisdiction polygon that holds it;
 *   2. else a pin (shared location, geotag) belongs to the jurisdiction that holds it;
 *   3. else a tagged station account (or the station the web form was addressed to) routes to that station;
 *   4. else no station: the control room's queue, never a guess.
 * Proposed stations are never routed to. Pure: every index is built once, at construction.
 */
import type { CityData, SpecialUnits, Unit } from './city.js';
import { createGazetteerMatcher, MIN_PLACE_CONFIDENCE } from './gazetteer.matcher.js';
import type { PlaceMatch, PlaceTarget } from './gazetteer.matcher.js';
import { voronoiJurisdictions } from './jurisdiction.geojson.js';
import type { Extent, StationPoint } from './jurisdiction.geojson.js';
import { createJurisdictionIndex } from './jurisdiction.index.js';
import type { GeoJsonFeatureCollection, LocateInput, Locator, Placement, ResolvedPlace } from './locate.types.js';
import { createHandleMatcher } from './station-handle.matcher.js';

export interface LocatorOptions {
  /** The force's official jurisdiction polygons (validated by `parseJurisdictionsGeoJson`); else Voronoi cells. */
  jurisdictions?: GeoJsonFeatureCollection;
  /** Category → special units that also receive the ticket; defaults to the city's own (its `city.json`). */
  specialUnitsByCategory?: SpecialUnits;
}

/** A Locator that also answers which station holds a point. */
export interface CityLocator extends Locator {
  /** The active station whose jurisdiction holds the point, or null outside them all. */
  stationForPoint(lat: number, lon: number): string | null;
}

/** A named place beats a pin only when at least this sure; a doubtful spelling yields to the map. */
const NAME_OVER_PIN_CONFIDENCE = 0.8;
const HANDLE_CONFIDENCE = 0.9;
const EXTENT_PAD_KM = 5;
const KM_PER_DEGREE = 111.32;

/** The bbox of every unit and gazetteer point of the city, padded by a few km. */
export function cityExtent(city: CityData, padKm = EXTENT_PAD_KM): Extent {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const p of [...city.units, ...city.gazetteer]) {
    if (p.lat === null || p.lon === null) continue;
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
  }
  if (!Number.isFinite(w)) return [-180, -90, 180, 90];
  const padLat = padKm / KM_PER_DEGREE;
  const padLon = padLat / Math.cos((((s + n) / 2) * Math.PI) / 180);
  return [w - padLon, s - padLat, e + padLon, n + padLat];
}

/** "Pratap Nagar (Rana Pratap Nagar)" → both names. */
function namesOfUnit(unit: Unit): string[] {
  const out: string[] = [];
  for (const name of [unit.nameEn, unit.nameLocal]) {
    const inner = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
    if (inner) out.push(inner[1] ?? '', inner[2] ?? '');
    else out.push(name);
  }
  return out.map((n) => n.trim()).filter(Boolean);
}

/** Everything a message can name in the city: gazetteer entries and the stations' own names. */
export function placeTargetsOf(city: CityData): PlaceTarget[] {
  const active = new Set(city.units.filter((u) => u.kind === 'station' && u.status === 'active').map((u) => u.id));
  const targets: PlaceTarget[] = city.gazetteer.map((g) => ({
    id: g.id,
    name: g.nameEn,
    kind: g.kind,
    names: g.variants,
    lat: g.lat,
    lon: g.lon,
    // A place said to belong to a proposed (or unknown) station falls back to the map.
    station: g.station !== null && active.has(g.station) ? g.station : null,
    source: 'gazetteer',
  }));
  for (const u of city.units) {
    if (u.kind !== 'station') continue;
    const isActive = u.status === 'active';
    // A proposed station's name is still a place, but only its point can route it.
    if (!isActive && (u.lat === null || u.lon === null)) continue;
    const [name, ...names] = namesOfUnit(u);
    if (!name) continue;
    targets.push({
      id: u.id,
      name,
      kind: 'station',
      names,
      lat: u.lat,
      lon: u.lon,
      station: isActive ? u.id : null,
      source: 'station',
    });
  }
  return targets;
}

function fmt(n: number): string {
  return n.toFixed(2);
}

/** Builds the city's locator: gazetteer index, handles and jurisdiction polygons, once. */
export function createLocator(city: CityData, opts: LocatorOptions = {}): CityLocator {
  const unitsById = new Map(city.units.map((u) => [u.id, u]));
  const activeStations = new Set(
    city.units.filter((u) => u.kind === 'station' && u.status === 'active').map((u) => u.id),
  );
  const matcher = createGazetteerMatcher(placeTargetsOf(city));
  const handles = createHandleMatcher(city.units);

  const stationPoints: StationPoint[] = [];
  for (const u of city.units) {
    if (u.kind !== 'station' || u.status !== 'active' || u.lat === null || u.lon === null) continue;
    stationPoints.push({ station: u.id, lat: u.lat, lon: u.lon, properties: { name: u.nameEn, zone: u.parent } });
  }
  const polygons: GeoJsonFeatureCollection = opts.jurisdictions
    ? {
        type: 'FeatureCollection',
        features: opts.jurisdictions.features.filter((f) => {
          const s = f.properties.station;
          return typeof s === 'string' && activeStations.has(s);
        }),
      }
    : voronoiJurisdictions(stationPoints, cityExtent(city));
  const jurisdictionIndex = createJurisdictionIndex(polygons);

  const special = opts.specialUnitsByCategory ?? city.specialUnits;

  function zoneOf(station: string | null): string | null {
    const parent = station ? unitsById.get(station)?.parent : null;
    return parent && unitsById.get(parent)?.kind === 'zone' ? parent : null;
  }

  function specialUnitsFor(category: string | undefined, reasons: string[]): string[] {
    if (!category) return [];
    const ids = (special[category] ?? []).filter((id) => unitsById.get(id)?.status === 'active');
    if (ids.length > 0) reasons.push(`category ${category} → also ${ids.join(', ')}`);
    return ids;
  }

  /** The station of a named place, and why. */
  function stationOfMatch(m: PlaceMatch): { station: string | null; why: string } {
    const t = m.target;
    if (t.station) {
      return t.source === 'station'
        ? { station: t.station, why: `'${t.name}' is the station's own name` }
        : { station: t.station, why: `'${t.name}' belongs to ${t.station} (gazetteer)` };
    }
    if (t.lat !== null && t.lon !== null) {
      const station = jurisdictionIndex.stationAt(t.lat, t.lon);
      return station
        ? { station, why: `'${t.name}' lies in the jurisdiction of ${station}` }
        : { station: null, why: `'${t.name}' lies outside every jurisdiction` };
    }
    return { station: null, why: `'${t.name}' has neither a station nor a point` };
  }

  function locate(input: LocateInput, category?: string): Placement {
    const reasons: string[] = [];
    const text = input.text;
    const found = matcher.match(text);
    const { nearMiss } = found;
    // A place named only to be taken back ("मंगलवारी नहीं, गिट्टीखदान चौक"; "Sadar nahi, Sakkardara"; "not Ganeshpeth")
    // is not where it happened, wherever else the message names it ("… मंगलवारी में तो मेरी दुकान है").
    const denied = deniedPlaces(text, found.matches);
    const named = denied.length === 0 ? found.matches : found.matches.filter((m) => !denied.includes(m.target.id));
    // Where someone fled or went ("they went towards Ambazari", "सदरच्या दिशेने") is where to look, not where it happened:
    // any other place named decides first.
    const heading = named.filter((m) => headedFor(text, m));
    const matches = heading.length === 0 ? named : [...named.filter((m) => !heading.includes(m)), ...heading];
    for (const m of found.matches) if (denied.includes(m.target.id)) reasons.push(`'${m.written}' is named only to say it is not the place`);
    const tagged = handles.tagged(text);
    const stationTags = tagged.filter((t) => t.unit.kind === 'station' && activeStations.has(t.unit.id));
    const geo = input.geo;

    const done = (station: string | null, place: ResolvedPlace): Placement => ({
      station,
      zone: zoneOf(station),
      place,
      specialUnits: specialUnitsFor(category, reasons),
      reasons,
      ...(denied.length > 0 ? { denied } : {}),
      ...(place.method === 'gazetteer' && heading.some((m) => m.target.id === place.id && m.span[0] === place.span?.[0]) ? { heading: true } : {}),
    });

    // 1. A named place, unless it is doubtful and the message carries a pin.
    for (const m of matches) {
      const t = m.target;
      if (geo && m.confidence < NAME_OVER_PIN_CONFIDENCE) {
        reasons.push(`named '${m.written}' ~ ${t.name} (${fmt(m.confidence)}), too unsure to outweigh the pin`);
        break;
      }
      const { station, why } = stationOfMatch(m);
      reasons.push(`named '${m.written}' → ${t.name} (gazetteer, ${fmt(m.confidence)})`);
      reasons.push(why);
      if (!station) continue;
      if (geo) reasons.push('the named place decides over the pin');
      for (const tag of stationTags) {
        if (tag.unit.id !== station) reasons.push(`tagged ${tag.written}, but the named place decides`);
      }
      return done(station, {
        id: t.id,
        name: t.name,
        lat: t.lat,
        lon: t.lon,
        method: 'gazetteer',
        confidence: m.confidence,
        span: m.span,
      });
    }
    if (matches.length === 0 && nearMiss) {
      reasons.push(
        `'${nearMiss.written}' resembles ${nearMiss.target.name} (${fmt(nearMiss.confidence)}), below ${fmt(MIN_PLACE_CONFIDENCE)}: not taken`,
      );
    }

    // 2. A pin: the jurisdiction that holds it.
    if (geo) {
      const station = jurisdictionIndex.stationAt(geo.lat, geo.lon);
      reasons.push(
        station
          ? `pin ${geo.lat.toFixed(4)},${geo.lon.toFixed(4)} lies in the jurisdiction of ${station}`
          : `pin ${geo.lat.toFixed(4)},${geo.lon.toFixed(4)} lies outside every jurisdiction`,
      );
      if (station) {
        return done(station, { id: 'pin', name: 'Pin', lat: geo.lat, lon: geo.lon, method: 'pin', confidence: 1, span: null });
      }
    }

    // 3. A station's own account.
    const tag = stationTags[0];
    if (tag) {
      reasons.push(`tagged ${tag.written} → ${tag.unit.id} (handle)`);
      return done(tag.unit.id, {
        id: tag.unit.id,
        name: tag.unit.nameEn,
        lat: tag.unit.lat,
        lon: tag.unit.lon,
        method: 'handle',
        confidence: HANDLE_CONFIDENCE,
        span: tag.span,
      });
    }

    // 3b. The station a citizen chose on the web ("Report to this station"): as good as tagging its account.
    const addressed = input.addressedTo && activeStations.has(input.addressedTo) ? unitsById.get(input.addressedTo) : undefined;
    if (addressed) {
      reasons.push(`addressed to ${addressed.id} on the web form (handle)`);
      return done(addressed.id, {
        id: addressed.id,
        name: addressed.nameEn,
        lat: addressed.lat,
        lon: addressed.lon,
        method: 'handle',
        confidence: HANDLE_CONFIDENCE,
        span: null,
      });
    }

    // 4. Nothing to route by: the control room decides.
    const cityTag = tagged.find((t) => t.unit.kind === 'commissionerate');
    reasons.push(
      cityTag
        ? `no place, pin or station account; only the city's account ${cityTag.written}: control room`
        : 'no place, pin or station account: control room',
    );
    return done(null, { id: 'none', name: '', lat: null, lon: null, method: 'none', confidence: 0, span: null });
  }

  const built: CityLocator = {
    locate,
    jurisdictions: () => polygons,
    stationForPoint: (lat, lon) => jurisdictionIndex.stationAt(lat, lon),
  };
  builtFrom.set(built, { city, opts });
  return built;
}

// "Sadar nahi,", "मंगलवारी नहीं,", "ye Sadar nahi hai,", "Shankar nagar nahi" at the end: the name, then a "not" that closes the
// clause. Not "Sadar me nahi mila" (not found in Sadar) nor "Sadar nahi aaye" (did not come to Sadar).
const DENIED_AFTER = /^\s*[-–,]?\s*(?:nahi|nahin|nai|nhi|नहीं|नही|नाही|नव्हे|not)(?:\s+(?:hai|he|h|है|आहे|aahe|ahe|re|रे|yaar|sir|सर))?\s*(?:[,.;:!?।|\n)]|$)/iu;
// "not Ganeshpeth", "not at Ganeshpeth", "instead of Sadar".
const DENIED_BEFORE = /(?:\bnot|\binstead of)\s+(?:at\s+|in\s+|near\s+|from\s+|the\s+)?$/iu;

const HEADING_BEFORE = /(?:\btowards?|\bin the direction of|\bheaded to|\bran to|\bfled to)\s+(?:the\s+)?$/iu;
const HEADING_AFTER = /^\s*(?:ki|की|ke|के)?\s*(?:taraf|tarf|or\b|ओर|तरफ|side\b|direction)|^\s*(?:च्या|chya)?\s*(?:दिशेने|दिशेला|कडे|dishene|kade)/iu;

/** Is the place named as where someone went, not where it happened? */
function headedFor(text: string, m: PlaceMatch): boolean {
  return HEADING_BEFORE.test(text.slice(Math.max(0, m.span[0] - 24), m.span[0])) || HEADING_AFTER.test(text.slice(m.span[1], m.span[1] + 16));
}

/** The gazetteer ids of the places a message names only to say it is not there. */
function deniedPlaces(text: string, matches: readonly PlaceMatch[]): string[] {
  const out: string[] = [];
  for (const m of matches) {
    const after = text.slice(m.span[1], m.span[1] + 24);
    const before = text.slice(Math.max(0, m.span[0] - 16), m.span[0]);
    if ((DENIED_AFTER.test(after) || DENIED_BEFORE.test(before)) && !out.includes(m.target.id)) out.push(m.target.id);
  }
  return out;
}

/** What each locator was built from, so that another thread can build the same one (intake's preparing worker). */
const builtFrom = new WeakMap<object, { city: CityData; opts: LocatorOptions }>();

/** The city and options a locator of createLocator was built from (plain data); undefined for any other locator. */
export function locatorInputs(locator: object): { city: CityData; opts: LocatorOptions } | undefined {
  return builtFrom.get(locator);
}
