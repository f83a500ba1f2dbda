/**
 * Generated tickets for analytics tests and the bench: realistic lifecycles (answered, resolved with an
 * outcome, breached, escalated) inserted with their ticket.created audit rows, fast and deterministic.
 */
import type { CityData } from '../../src/geo/city.js';
import type { Db } from '../../src/store/db.js';
import type { NewTicket } from '../../src/store/tables.js';
import { OUTCOMES } from '../../src/tickets/ticket.model.js';
import { CATEGORIES, LANGUAGES, PRIORITIES } from '../../src/triage/triage.types.js';

/** A small deterministic generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIN = 60_000;
const CHANNELS = ['x', 'whatsapp', 'telegram', 'web'];

export interface GenerateOptions {
  count: number;
  /** The first instant tickets may open at, and how many days they spread over. */
  from: number;
  days: number;
  seed?: number;
  /** Only these stations (default: every active station with a zone). */
  stations?: readonly string[];
  categories?: readonly string[];
  /** Officers to assign to (user ids), by station. */
  officers?: ReadonlyMap<string, number>;
  refPrefix?: string;
}

/** Inserts `count` tickets spread over the period, with their audit rows; returns their ids. */
export async function insertGeneratedTickets(db: Db, city: CityData, opts: GenerateOptions): Promise<number[]> {
  const rnd = seededRandom(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const zoneOf = new Map(city.units.filter((u) => u.kind === 'station').map((u) => [u.id, u.parent ?? '']));
  const stations = opts.stations ?? city.units.filter((u) => u.kind === 'station' && u.status === 'active').map((u) => u.id);
  const categories = opts.categories ?? CATEGORIES;
  const prefix = opts.refPrefix ?? `GEN${opts.seed ?? 1}`;
  const ids: number[] = [];
  const CHUNK = 200;
  for (let start = 0; start < opts.count; start += CHUNK) {
    const rows: NewTicket[] = [];
    for (let i = start; i < Math.min(opts.count, start + CHUNK); i++) {
      const created = opts.from + Math.floor(rnd() * opts.days * 24 * 60) * MIN;
      const station = pick(stations);
      // Places spread over the city (about 13 × 15 km), most tickets with one.
      const placed = rnd() < 0.7;
      const priority = pick(PRIORITIES);
      const firstDue = created + (priority === 'p1' ? 5 : priority === 'p2' ? 60 : 1440) * MIN;
      const resolveDue = created + (priority === 'p1' ? 120 : priority === 'p2' ? 1440 : 10080) * MIN;
      const responded = rnd() < 0.85 ? created + Math.floor(rnd() ** 2 * 600 + 1) * MIN : null;
      const resolved = responded && rnd() < 0.7 ? responded + Math.floor(rnd() ** 2 * 4000 + 1) * MIN : null;
      const escalated = !responded && rnd() < 0.5 ? firstDue + MIN : null;
      const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
      const status = resolved ? (rnd() < 0.5 ? 'closed' : 'resolved') : responded ? 'in_progress' : escalated ? 'escalated' : 'new';
      const last = Math.max(created, responded ?? 0, resolved ?? 0, escalated ?? 0);
      rows.push({
        reference: `${prefix}-${String(i).padStart(7, '0')}`,
        city_id: city.id,
        status,
        category: pick(categories) as NewTicket['category'],
        priority,
        language: pick(LANGUAGES),
        flags: '[]',
        station_id: station,
        zone_id: zoneOf.get(station) || null,
        place_id: null,
        place_name: null,
        place_lat: placed ? 21.1 + rnd() * 0.12 : null,
        place_lon: placed ? 79.0 + rnd() * 0.14 : null,
        place_method: 'none',
        place_confidence: 0,
        reasons: '{}',
        channel: pick(CHANNELS),
        contact_id: null,
        assignee_id: opts.officers?.get(station) ?? null,
        summary: 'generated',
        tracking_token_hash: `${prefix}-${i}`,
        outcome: resolved ? pick(OUTCOMES.slice(0, 5)) : null,
        created_at: iso(created) ?? '',
        updated_at: iso(last) ?? '',
        first_response_at: iso(responded),
        resolved_at: iso(resolved),
        first_response_due_at: iso(firstDue),
        resolve_due_at: iso(resolveDue),
        sla_due_at: iso(responded ? resolveDue : firstDue),
        escalate_at: null,
        escalated_at: iso(escalated),
        escalation_level: escalated ? 1 : 0,
        merged_into_id: null,
      });
    }
    const inserted = await db.insertInto('tickets').values(rows).returning(['id', 'created_at', 'category', 'priority']).execute();
    await db
      .insertInto('audit_log')
      .values(inserted.map((t) => ({ ticket_id: t.id, actor_user_id: null, action: 'ticket.created' as const, details: JSON.stringify({ category: t.category, priority: t.priority }), created_at: t.created_at })))
      .execute();
    ids.push(...inserted.map((t) => t.id));
  }
  return ids;
}
