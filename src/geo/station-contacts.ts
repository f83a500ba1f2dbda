/**
 * A force's public contacts per station (`station-contacts.csv` in the city folder): the phone, WhatsApp
 * number and Telegram account a citizen may use to reach the station, as the force publishes them. The
 * reference data has none, and none is ever guessed: a station without a row shows the force's own
 * channels, its X account and 112 instead.
 */
import { z } from 'zod';
import { parseCsv, type Unit } from './city.js';

export interface StationContacts {
  /** As the force writes it for dialling: digits, spaces or dashes, an optional leading +. */
  phone: string | null;
  /** A WhatsApp number in international form (+91 …), for a wa.me link. */
  whatsapp: string | null;
  /** A Telegram username with its @. */
  telegram: string | null;
  /** Where the values come from (the force's circular, its website …), kept with the data, not shown. */
  source: string;
}

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const cell = (schema: z.ZodString) => z.preprocess(emptyToUndefined, schema.optional());

const rowSchema = z
  .object({
    unit: z.string().trim().min(1, 'the unit id, e.g. ngp-ps-sitabuldi'),
    phone: cell(z.string().trim().regex(/^\+?[0-9][0-9 -]{1,18}[0-9]$/, 'a phone number: digits, spaces or dashes and an optional leading +, e.g. 0712 256 1234')),
    whatsapp: cell(z.string().trim().regex(/^\+[1-9][0-9 ]{7,17}[0-9]$/, 'a WhatsApp number in international form, e.g. +91 98220 12345')),
    telegram: cell(z.string().trim().regex(/^@[A-Za-z][A-Za-z0-9_]{4,31}$/, 'a Telegram username with its @, e.g. @NagpurPoliceBot')),
    source: z.string().trim().min(1, 'say where the values come from'),
  })
  .refine((r) => r.phone !== undefined || r.whatsapp !== undefined || r.telegram !== undefined, {
    message: 'give at least one of phone, whatsapp, telegram (leave the station out otherwise)',
    path: ['phone'],
  });

/**
 * Parses `station-contacts.csv` (columns `unit,phone,whatsapp,telegram,source`) against the city's units:
 * each row an active unit, once. A mistake fails the load with the file, the line and the field named.
 */
export function parseStationContacts(text: string, units: readonly Unit[], source = 'station-contacts.csv'): Map<string, StationContacts> {
  const active = new Set(units.filter((u) => u.status === 'active').map((u) => u.id));
  const out = new Map<string, StationContacts>();
  parseCsv(text, source, ['unit', 'phone', 'whatsapp', 'telegram', 'source']).forEach((rec, i) => {
    const where = `${source}: line ${i + 2}`;
    const parsed = rowSchema.safeParse(rec);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${where}: ${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}`);
    }
    const r = parsed.data;
    if (!active.has(r.unit)) throw new Error(`${where}: unit: "${r.unit}" is not an active unit of units.csv`);
    if (out.has(r.unit)) throw new Error(`${where}: unit: "${r.unit}" is listed twice`);
    out.set(r.unit, { phone: r.phone ?? null, whatsapp: r.whatsapp ?? null, telegram: r.telegram ?? null, source: r.source });
  });
  return out;
}
