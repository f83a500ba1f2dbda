/**
 * The weekly review (issue 16): a PDF per zone and one for the city, in English and Marathi, for the
 * week Monday to Sunday, from the rollups (the figures, the hotspots) and a few indexed reads (the ten
 * worst breaches, the praise). Made every Monday for the week before by a tick in each running server,
 * and on demand. One row per (unit, week, language) is the claim: the instance whose insert wins makes
 * the PDF, so several instances on one PostgreSQL make each review once; a claim whose maker died is
 * taken over after CLAIM_STALE_MS by a compare-and-set on claimed_at.
 */
import type { Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import type { Unit } from '../geo/city.js';
import { appendAudit } from '../tickets/audit.repository.js';
import { getFigures, getHotspots, getOfficerPraise, resolveUnit, ticketsBehind, type AnalyticsContext } from './analytics.service.js';
import { localHour } from './rollup.model.js';
import { renderWeeklyReview, type ReviewData, type ReviewFigures, type ReviewLanguage } from './review.pdf.js';
import type { Summary } from './analytics.schema.js';

export type ReviewContext = AnalyticsContext & Pick<AppContext, 'locator'>;

export const REVIEW_LANGUAGES: readonly ReviewLanguage[] = ['en', 'mr'];
/** A claim older than this whose PDF never came is taken over (its maker died). */
const CLAIM_STALE_MS = 10 * 60_000;
const DAY_MS = 86_400_000;
/** From this local hour on Monday the week before is reviewed. */
const MONDAY_HOUR = 6;

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The Monday that starts the last whole week before an instant (local dates). */
export function lastWholeWeek(now: number, timeZone: string): string {
  const today = localHour(new Date(now).toISOString(), timeZone).slice(0, 10);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  return addDays(today, -weekday - 7);
}

/** The figures the PDF shows, from a summary. */
function figuresOf(s: Summary): ReviewFigures {
  return {
    opened: s.opened,
    responded: s.responded,
    resolved: s.resolved,
    breached: s.breached,
    slaKept: s.slaKept,
    escalated: s.escalated,
    firstResponseMedian: s.firstResponseMinutes.median,
    firstResponseP90: s.firstResponseMinutes.p90,
    resolutionMedian: s.resolutionMinutes.median,
    rated: s.satisfaction.rated,
    ratingMean: s.satisfaction.mean,
  };
}

/** The system's own reader of a unit's figures (the scheduled review has no officer). */
function systemActor(ctx: Pick<AppContext, 'city'>): Actor {
  return { userId: 0, username: 'chowki', displayName: 'Chowki', role: 'commissioner', unitId: ctx.city.id };
}

function unitName(u: Unit, language: ReviewLanguage): string {
  return language === 'mr' ? u.nameLocal || u.nameEn : u.nameEn;
}

/** Jurisdiction outlines of the unit's stations (the locator's, as the desk's maps draw them), as rings of [lon, lat]. */
function outlinesOf(ctx: ReviewContext, unit: Unit): Array<Array<[number, number]>> {
  const inUnit = (station: string) => {
    if (unit.kind === 'commissionerate') return true;
    const s = ctx.city.units.find((u) => u.id === station);
    return !!s && (s.id === unit.id || s.parent === unit.id);
  };
  const rings: Array<Array<[number, number]>> = [];
  for (const f of ctx.locator.jurisdictions().features) {
    const station = f.properties.station;
    if (typeof station !== 'string' || !inUnit(station)) continue;
    const g: { type: string; coordinates: unknown } = f.geometry;
    const polys: unknown[] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' && Array.isArray(g.coordinates) ? g.coordinates : [];
    for (const p of polys) {
      const outer: unknown = Array.isArray(p) ? p[0] : null;
      if (!Array.isArray(outer)) continue;
      const ring: Array<[number, number]> = [];
      for (const c of outer) if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') ring.push([c[0], c[1]]);
      rings.push(ring);
    }
  }
  return rings;
}

/** Everything a unit's review shows for the week starting `week` (a Monday). */
export async function gatherReview(ctx: ReviewContext, unit: Unit, week: string, language: ReviewLanguage): Promise<ReviewData> {
  const actor = systemActor(ctx);
  const q = { unit: unit.id, from: week, to: addDays(week, 6) };
  const outlines = outlinesOf(ctx, unit);
  const [fig, hot, praise, breaches] = await Promise.all([
    getFigures(ctx, actor, q),
    getHotspots(ctx, actor, q),
    getOfficerPraise(ctx, actor, q),
    ticketsBehind(ctx, actor, { ...q, metric: 'breached', limit: 10 }),
  ]);
  const nameOf = (id: string | null) => {
    const u = ctx.city.units.find((x) => x.id === id);
    return u ? unitName(u, language) : (id ?? '—');
  };
  const sentiment = { praise: 0, anger: 0, fear: 0, neutral: 0 };
  for (const s of fig.bySentiment) if (s.key in sentiment) sentiment[s.key as keyof typeof sentiment] = s.opened;
  return {
    forceName: language === 'mr' ? ctx.city.name.mr : ctx.city.name.en,
    unitName: unitName(unit, language),
    period: fig.period,
    previous: fig.previousPeriod,
    now: figuresOf(fig.summary),
    before: figuresOf(fig.previous),
    byDay: fig.byDay.map((d) => ({ day: d.day, opened: d.opened, resolved: d.resolved })),
    units: fig.children.map((c) => ({
      name: nameOf(c.unit.id),
      opened: c.summary.opened,
      breached: c.summary.breached,
      firstResponseMedian: c.summary.firstResponseMinutes.median,
      ratingMean: c.summary.satisfaction.mean,
    })),
    categories: fig.byCategory.slice(0, 10),
    outcomes: fig.summary.outcomes,
    sentiment,
    ratings: fig.summary.satisfaction.distribution,
    hotspots: hot.cells.slice(0, 60),
    outlines,
    breaches: breaches.tickets.map((b) => ({ reference: b.reference, category: b.category, priority: b.priority, station: nameOf(b.station), status: b.status })),
    praise: praise.praise.slice(0, 8).map((p) => ({ officer: p.officer.name, station: nameOf(p.station), excerpt: p.excerpt, at: p.at })),
  };
}

/**
 * The review of a unit for a week in a language: the stored one, or made now and stored. Returns null
 * when another instance is making it at this moment (the caller asks again shortly).
 */
export async function ensureReview(ctx: ReviewContext, unit: Unit, week: string, language: ReviewLanguage): Promise<{ pdf: Buffer; made: boolean } | null> {
  const db = ctx.store.db;
  const now = new Date(ctx.now()).toISOString();
  const stored = await db.selectFrom('weekly_reviews').select(['status', 'pdf', 'claimed_at']).where('unit_id', '=', unit.id).where('week', '=', week).where('language', '=', language).executeTakeFirst();
  if (stored?.status === 'done' && stored.pdf) return { pdf: Buffer.from(stored.pdf), made: false };
  let claimed = false;
  if (!stored) {
    const won = await db
      .insertInto('weekly_reviews')
      .values({ unit_id: unit.id, week, language, status: 'generating', claimed_at: now, pdf: null, pages: null, created_at: null })
      .onConflict((oc) => oc.columns(['unit_id', 'week', 'language']).doNothing())
      .returning('unit_id')
      .executeTakeFirst();
    claimed = !!won;
  } else if (Date.parse(stored.claimed_at) < ctx.now() - CLAIM_STALE_MS) {
    const taken = await db
      .updateTable('weekly_reviews')
      .set({ claimed_at: now })
      .where('unit_id', '=', unit.id)
      .where('week', '=', week)
      .where('language', '=', language)
      .where('status', '=', 'generating')
      .where('claimed_at', '=', stored.claimed_at)
      .returning('unit_id')
      .executeTakeFirst();
    claimed = !!taken;
  }
  if (!claimed) return null;
  try {
    const data = await gatherReview(ctx, unit, week, language);
    const { pdf, pages } = await renderWeeklyReview(data, language, now.slice(0, 16).replace('T', ' ') + ' UTC');
    await db.updateTable('weekly_reviews').set({ status: 'done', pdf, pages, created_at: now }).where('unit_id', '=', unit.id).where('week', '=', week).where('language', '=', language).execute();
    return { pdf, made: true };
  } catch (err) {
    // Let the claim go at once, so the next tick or request tries again.
    await db.deleteFrom('weekly_reviews').where('unit_id', '=', unit.id).where('week', '=', week).where('language', '=', language).where('status', '=', 'generating').execute();
    throw err;
  }
}

/** The units that get a weekly review: every active zone and the city. */
export function reviewUnits(ctx: Pick<AppContext, 'city'>): Unit[] {
  return ctx.city.units.filter((u) => u.status === 'active' && (u.kind === 'zone' || u.kind === 'commissionerate'));
}

/** One tick of the Monday job: makes the last whole week's reviews that no instance has made yet; how many it made. */
export async function runWeeklyReviews(ctx: ReviewContext, only: { units?: readonly string[]; languages?: readonly ReviewLanguage[] } = {}): Promise<number> {
  const local = localHour(new Date(ctx.now()).toISOString(), ctx.config.timeZone);
  const weekday = (new Date(`${local.slice(0, 10)}T00:00:00Z`).getUTCDay() + 6) % 7;
  // From Monday 06:00 on (and any later day, for a server that was down on Monday).
  if (weekday === 0 && Number(local.slice(11, 13)) < MONDAY_HOUR) return 0;
  const week = lastWholeWeek(ctx.now(), ctx.config.timeZone);
  let made = 0;
  for (const unit of reviewUnits(ctx).filter((u) => !only.units || only.units.includes(u.id))) {
    for (const language of only.languages ?? REVIEW_LANGUAGES) {
      const r = await ensureReview(ctx, unit, week, language);
      if (r?.made) {
        made += 1;
        await appendAudit(ctx.store.db, { ticketId: null, actorUserId: null, action: 'analytics.review_generated', details: { unit: unit.id, week, language, scheduled: true }, at: new Date(ctx.now()).toISOString() });
      }
    }
  }
  return made;
}

const REVIEW_TICK_MS = 10 * 60_000;

/** Runs the Monday job every ten minutes in a running server; returns a stop function. */
export function startWeeklyReviewJob(ctx: ReviewContext, onError: (err: unknown) => void): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    runWeeklyReviews(ctx).then(
      () => {
        running = false;
      },
      (err: unknown) => {
        running = false;
        onError(err);
      },
    );
  };
  const timer = setInterval(tick, REVIEW_TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** A review on demand (GET /api/analytics/review): the officer's unit or one below, a zone, the city or a station; audited. */
export async function reviewOnDemand(ctx: ReviewContext, actor: Actor, q: { unit?: string | undefined; week?: string | undefined; language: ReviewLanguage }) {
  const { unit } = resolveUnit(ctx, actor, q.unit);
  const week = q.week ?? lastWholeWeek(ctx.now(), ctx.config.timeZone);
  if (Number.isNaN(Date.parse(`${week}T00:00:00Z`)) || new Date(`${week}T00:00:00Z`).getUTCDay() !== 1) {
    throw new AppError('VALIDATION_FAILED', 'week: the Monday that starts the week, YYYY-MM-DD');
  }
  if (week > lastWholeWeek(ctx.now(), ctx.config.timeZone)) throw new AppError('VALIDATION_FAILED', 'week: a week that has ended (a review covers Monday to Sunday)');
  let r = await ensureReview(ctx, unit, week, q.language);
  // Another instance is making it now: it takes seconds, so wait for it briefly rather than fail.
  for (let i = 0; !r && i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    r = await ensureReview(ctx, unit, week, q.language);
  }
  if (!r) throw new AppError('CONFLICT', 'The review is being made by another server; ask again in a minute');
  await appendAudit(ctx.store.db, { ticketId: null, actorUserId: actor.userId, action: 'analytics.review_generated', details: { unit: unit.id, week, language: q.language, made: r.made }, at: new Date(ctx.now()).toISOString() });
  return { pdf: r.pdf, filename: `chowki-review-${unit.id}-${week}-${q.language}.pdf` };
}
