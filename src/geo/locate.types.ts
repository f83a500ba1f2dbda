export type PlaceMethod = 'gazetteer' | 'pin' | 'handle' | 'none';

export interface LocateInput {
  text: string;
  channel?: string;
  /** A shared location, map pin or geotag. */
  geo?: { lat: number; lon: number } | undefined;
  /** A station the message was addressed to (the web form's station hint): it routes as a tagged account would. */
  addressedTo?: string | undefined;
}

export interface ResolvedPlace {
  /** Gazetteer id, `pin`, or the handle's unit id. */
  id: string;
  name: string;
  lat: number | null;
  lon: number | null;
  method: PlaceMethod;
  /** 0..1 */
  confidence: number;
  /** Where in the text the place was named (UTF-16 offsets, end exclusive); null for a pin. */
  span: [number, number] | null;
}

export interface Placement {
  /** The station whose jurisdiction holds the place; null goes to the control room's queue. */
  station: string | null;
  /** The zone above that station, or null. */
  zone: string | null;
  place: ResolvedPlace | null;
  /** Special units that also receive the ticket (e.g. the cyber police for cyber_fraud). */
  specialUnits: string[];
  reasons: string[];
  /** Places the message names only to say the report is not there ("Sadar nahi, Sakkardara"; "not Ganeshpeth"). */
  denied?: string[];
  /** The place decided is only where someone went ("they went towards Ambazari"): no other place was named. */
  heading?: true;
}

export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: Array<{
    type: 'Feature';
    properties: Record<string, unknown>;
    geometry: { type: 'Polygon' | 'MultiPolygon' | 'Point'; coordinates: unknown };
  }>;
}

/** A city's place resolver: pure, no I/O after construction. */
export interface Locator {
  locate(input: LocateInput, category?: string): Placement;
  /** The jurisdiction polygons, one Feature per active station, `properties.station` its id. */
  jurisdictions(): GeoJsonFeatureCollection;
}
