/** SLA clocks per priority: minutes to the first response and to resolution (DESIGN.md, Tickets). */
import { z } from 'zod';
import { PRIORITIES, type Priority } from '../triage/triage.types.js';

export interface SlaClock {
  firstResponseMinutes: number;
  resolveMinutes: number;
}

export type SlaPolicy = Readonly<Record<Priority, SlaClock>>;

export const DEFAULT_SLA: SlaPolicy = Object.freeze({
  p1: { firstResponseMinutes: 5, resolveMinutes: 120 },
  p2: { firstResponseMinutes: 60, resolveMinutes: 3 * 24 * 60 },
  p3: { firstResponseMinutes: 24 * 60, resolveMinutes: 7 * 24 * 60 },
});

const clockSchema = z
  .object({
    firstResponseMinutes: z.number().positive().optional(),
    resolveMinutes: z.number().positive().optional(),
  })
  .strict();

const policySchema = z.object({ p1: clockSchema.optional(), p2: clockSchema.optional(), p3: clockSchema.optional() }).strict();

/**
 * Parses CHOWKI_SLA, e.g. `{"p1":{"firstResponseMinutes":10}}`: what it names overrides the defaults.
 * Throws a message that says what to fix.
 */
export function parseSlaPolicy(json: string | undefined): SlaPolicy {
  if (json === undefined || json.trim() === '') return DEFAULT_SLA;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('CHOWKI_SLA: not JSON; write e.g. {"p1":{"firstResponseMinutes":5,"resolveMinutes":120}}');
  }
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') : '';
    throw new Error(
      `CHOWKI_SLA${where ? `.${where}` : ''}: ${first?.message ?? 'invalid'}; give p1/p2/p3 with positive firstResponseMinutes and resolveMinutes`,
    );
  }
  const out: Record<Priority, SlaClock> = { ...DEFAULT_SLA };
  for (const p of PRIORITIES) {
    const o = parsed.data[p];
    if (o) out[p] = { ...DEFAULT_SLA[p], ...o };
  }
  for (const p of PRIORITIES) {
    if (out[p].resolveMinutes < out[p].firstResponseMinutes) {
      throw new Error(`CHOWKI_SLA.${p}: resolveMinutes must not be shorter than firstResponseMinutes`);
    }
  }
  return Object.freeze(out);
}

/** The clock of a priority; an unknown code gets p2's, the middle one. */
export function clockFor(policy: SlaPolicy, priority: string): SlaClock {
  const p = PRIORITIES.find((x) => x === priority);
  return policy[p ?? 'p2'];
}

/** Adds minutes to an ISO timestamp. */
export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}
