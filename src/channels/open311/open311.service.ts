/**
 * What Chowki tells civic apps through Open311 GeoReport v2: its services (the triage categories) and
 * the public face of its requests (tickets). Nothing personal: no citizen, no words of the report, no
 * shared location (a pin may be someone's home), only the public place the report named; and the
 * categories whose mere existence on a map can hurt someone (women's safety, a missing person) and spam
 * are not published at all.
 */
import type { Db } from '../../store/db.js';
import type { TicketRow } from '../../store/tables.js';
import { isOpenStatus, OPEN_STATUSES, type Outcome } from '../../tickets/ticket.model.js';
import { CATEGORIES, type Category } from '../../triage/triage.types.js';

interface ServiceText {
  name: string;
  description: string;
  group: string;
  keywords: string;
}

/** Each category as a service, in the words of docs/TAXONOMY.md. */
const SERVICES: Readonly<Record<Category, ServiceText>> = {
  theft: { name: 'Theft', description: 'Something was stolen: a phone, a vehicle, a bag, from a house or a shop.', group: 'Crime', keywords: 'theft,snatching,burglary,vehicle theft' },
  violence: { name: 'Violence', description: 'A fight, an assault, or a threat with a weapon.', group: 'Crime', keywords: 'assault,fight,attack,weapon' },
  women_safety: { name: "Women's safety", description: "Harassment, stalking or any threat to a woman's safety.", group: 'Crime', keywords: 'harassment,stalking,eve teasing' },
  traffic: { name: 'Traffic', description: 'A jam, a signal out of order, rash or wrong-side driving, illegal parking.', group: 'Roads', keywords: 'traffic,jam,signal,parking' },
  accident: { name: 'Accident', description: 'A road accident, with or without injuries.', group: 'Roads', keywords: 'accident,collision,injury' },
  suspicious: { name: 'Suspicious activity', description: 'A person, vehicle or object that looks out of place.', group: 'Public order', keywords: 'suspicious,unattended bag,stranger' },
  nuisance: { name: 'Public nuisance', description: 'Noise, drinking in public, a crowd or a quarrel in the street.', group: 'Public order', keywords: 'noise,loudspeaker,drinking,nuisance' },
  cyber_fraud: { name: 'Cyber fraud', description: 'Online or phone fraud: UPI, OTP, fake calls, a hacked account.', group: 'Crime', keywords: 'fraud,upi,otp,online,cyber' },
  missing_person: { name: 'Missing person', description: 'Someone is missing, or a lost person was found.', group: 'Crime', keywords: 'missing,lost,found' },
  police_conduct: { name: 'Police conduct', description: 'A complaint about an officer or a police station.', group: 'Police', keywords: 'complaint,officer,conduct' },
  information: { name: 'Information', description: 'A question for the police: a procedure, a document, an event.', group: 'Police', keywords: 'question,information,procedure' },
  feedback: { name: 'Feedback', description: 'Praise or a suggestion for the police.', group: 'Police', keywords: 'feedback,suggestion,praise' },
  other: { name: 'Other', description: 'Anything else for the police.', group: 'Police', keywords: 'other' },
};

/** Categories never published: a dot on a public map of these can point at a person. */
export const UNPUBLISHED_CATEGORIES: readonly Category[] = ['women_safety', 'missing_person'];

const OUTCOME_NOTES: Readonly<Record<Outcome, string>> = {
  fir_registered: 'FIR registered.',
  nc_registered: 'Non-cognisable complaint registered.',
  action_taken: 'Action taken.',
  advised: 'The citizen was advised.',
  not_police_matter: 'Not a police matter.',
  duplicate: 'Duplicate request.',
  spam: 'Not a genuine request.',
};

export function isServiceCode(code: string): code is Category {
  return CATEGORIES.some((c) => c === code);
}

/** GET services: every category, with the attributes of its definition. */
export function listServices() {
  return CATEGORIES.map((code) => ({
    service_code: code,
    service_name: SERVICES[code].name,
    description: SERVICES[code].description,
    metadata: true,
    type: 'realtime' as const,
    keywords: SERVICES[code].keywords,
    group: SERVICES[code].group,
  }));
}

/** GET services/{code}: what a report of this service may say beyond its description. */
export function serviceDefinition(code: Category) {
  return {
    service_code: code,
    attributes: [
      {
        variable: true,
        code: 'happening_now',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: null,
        order: 1,
        description: 'Is it happening now? If someone is in danger, call 112 first.',
        values: [
          { key: 'yes', name: 'Yes, now' },
          { key: 'no', name: 'No, it is over' },
        ],
      },
      {
        variable: true,
        code: 'landmark',
        datatype: 'string',
        required: false,
        datatype_description: 'A landmark, road or area, as people there call it',
        order: 2,
        description: 'Where did it happen?',
        values: [],
      },
    ],
  };
}

export interface RequestFilter {
  /** References; when given, every other filter is ignored (the spec's rule). */
  ids?: string[];
  codes?: Category[];
  status?: Array<'open' | 'closed'>;
  from: string;
  to: string;
}

/** The spec's default and largest page. */
export const MAX_REQUESTS = 1000;

/** GET requests: the published tickets that match, newest first, at most 1000. */
export async function findRequests(db: Db, cityId: string, f: RequestFilter) {
  let q = db
    .selectFrom('tickets')
    .leftJoin('units', 'units.id', 'tickets.station_id')
    .selectAll('tickets')
    .select('units.name_en as station_name')
    .where('tickets.city_id', '=', cityId)
    .where('tickets.status', '!=', 'spam')
    .where('tickets.category', 'not in', [...UNPUBLISHED_CATEGORIES]);
  if (f.ids) {
    q = q.where('tickets.reference', 'in', f.ids.length > 0 ? f.ids : ['']);
  } else {
    q = q.where('tickets.created_at', '>=', f.from).where('tickets.created_at', '<=', f.to);
    if (f.codes) q = q.where('tickets.category', 'in', f.codes);
    const wantOpen = f.status?.includes('open') ?? true;
    const wantClosed = f.status?.includes('closed') ?? true;
    if (wantOpen && !wantClosed) q = q.where('tickets.status', 'in', [...OPEN_STATUSES]);
    if (wantClosed && !wantOpen) q = q.where('tickets.status', 'not in', [...OPEN_STATUSES]);
  }
  const rows = await q.orderBy('tickets.created_at', 'desc').orderBy('tickets.id', 'desc').limit(MAX_REQUESTS).execute();
  return rows.map((r) => presentRequest(r, r.station_name));
}

/** One ticket as an Open311 request: its public face only. */
export function presentRequest(t: TicketRow, stationName: string | null) {
  const open = isOpenStatus(t.status);
  // Only a place the report named from the gazetteer is public; a pin is where a citizen stood.
  const named = t.place_method === 'gazetteer';
  return {
    service_request_id: t.reference,
    status: open ? ('open' as const) : ('closed' as const),
    status_notes: open ? null : t.outcome ? OUTCOME_NOTES[t.outcome] : t.status === 'duplicate' ? OUTCOME_NOTES.duplicate : t.status === 'not_police_matter' ? OUTCOME_NOTES.not_police_matter : null,
    service_name: SERVICES[t.category].name,
    service_code: t.category,
    description: null,
    agency_responsible: stationName ? `${stationName} Police Station` : null,
    service_notice: null,
    requested_datetime: t.created_at,
    updated_datetime: t.updated_at,
    expected_datetime: null,
    address: named ? t.place_name : null,
    address_id: null,
    zipcode: null,
    lat: named ? t.place_lat : null,
    long: named ? t.place_lon : null,
    media_url: null,
  };
}
