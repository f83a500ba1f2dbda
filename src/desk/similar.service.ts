/** Merge suggestions: tickets about the same incident or from the same citizen, by place, words and time. */
import type { Actor } from '../auth/access.js';
import type { Db } from '../store/db.js';
import { ticketForRead } from './desk.access.js';

const WINDOW_HOURS = 48;
const MIN_SCORE = 0.25;

/** Words that carry meaning: letters and digits in any script, three or more long. */
export function wordsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{M}\p{N}]{3,}/gu) ?? []).filter((w) => !/^x+\d*$/.test(w)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}

/** Tickets the officer sees that may be duplicates of this one, best first, each with why. */
export async function similarTickets(db: Db, actor: Actor, ticketId: number, opts: { windowHours?: number | undefined; limit?: number | undefined } = {}) {
  const { ticket } = await ticketForRead(db, actor, ticketId);
  const windowMs = (opts.windowHours ?? WINDOW_HOURS) * 3600_000;
  const created = Date.parse(ticket.created_at);
  const from = new Date(created - windowMs).toISOString();
  const to = new Date(created + windowMs).toISOString();
  const phone =
    ticket.contact_id === null
      ? null
      : ((await db.selectFrom('contacts').select('phone').where('id', '=', ticket.contact_id).executeTakeFirst())?.phone ?? null);
  const candidates = await db
    .selectFrom('tickets')
    .innerJoin('ticket_units', 'ticket_units.ticket_id', 'tickets.id')
    .leftJoin('contacts', 'contacts.id', 'tickets.contact_id')
    .selectAll('tickets')
    .select('contacts.phone')
    .where('ticket_units.unit_id', '=', actor.unitId)
    .where('tickets.id', '!=', ticket.id)
    .where('tickets.merged_into_id', 'is', null)
    .where('tickets.created_at', '>=', from)
    .where('tickets.created_at', '<=', to)
    .where((eb) => {
      const same = [eb('tickets.category', '=', ticket.category)];
      if (ticket.station_id) same.push(eb('tickets.station_id', '=', ticket.station_id));
      if (ticket.place_id) same.push(eb('tickets.place_id', '=', ticket.place_id));
      if (phone) same.push(eb('contacts.phone', '=', phone));
      return eb.or(same);
    })
    .orderBy('tickets.created_at', 'desc')
    .limit(300)
    .execute();
  const mine = wordsOf(ticket.summary);
  const scored = candidates.map((c) => {
    const reasons: string[] = [];
    let score = 0;
    const words = jaccard(mine, wordsOf(c.summary));
    if (words > 0) {
      score += words;
      reasons.push(`similar words (${Math.round(words * 100)}%)`);
    }
    if (phone && c.phone === phone) {
      score += 0.6;
      reasons.push(`same citizen's phone number on ${c.channel}`);
    }
    if (ticket.place_id && c.place_id === ticket.place_id) {
      score += 0.3;
      reasons.push(`same place: ${c.place_name ?? c.place_id}`);
    } else if (ticket.station_id && c.station_id === ticket.station_id) {
      score += 0.1;
      reasons.push('same station');
    }
    if (c.category === ticket.category) {
      score += 0.1;
      reasons.push(`same category: ${c.category}`);
    }
    const hours = Math.abs(Date.parse(c.created_at) - created) / 3600_000;
    reasons.push(`${hours < 1 ? `${Math.round(hours * 60)} min` : `${Math.round(hours)} h`} apart`);
    return { c, score: Math.round(score * 100) / 100, reasons };
  });
  return {
    ticketId,
    windowHours: opts.windowHours ?? WINDOW_HOURS,
    items: scored
      .filter((s) => s.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.c.id - b.c.id)
      .slice(0, opts.limit ?? 10)
      .map((s) => ({
        id: s.c.id,
        reference: s.c.reference,
        status: s.c.status,
        channel: s.c.channel,
        category: s.c.category,
        priority: s.c.priority,
        station: s.c.station_id,
        place: s.c.place_name,
        summary: s.c.summary,
        createdAt: s.c.created_at,
        score: s.score,
        reasons: s.reasons,
      })),
  };
}
