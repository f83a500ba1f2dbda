/**
 * What the public thinks, on the leadership screen (issue 16): the citizens' ratings of closed tickets
 * (mean, how many of each score, by day), the sentiment of their messages (this period against the one
 * before, and by day), the praise that named an officer; and what to take to a meeting: the tickets as
 * CSV or GeoJSON without personal data, and the weekly review as a PDF in English or Marathi. Every
 * figure is a table (the tables are the accessible form of the figures).
 */
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { praiseSchema } from '../../../../src/analytics/analytics.schema.js';
import { Panel } from '../../components/desk-bits.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { Link } from '../../router.js';
import type { Figures } from './leadership.types.js';

type Praise = z.infer<typeof praiseSchema>;

const SENTIMENTS = ['praise', 'anger', 'fear', 'neutral'] as const;
/** Those who read officers' praise: the SHO, the DCP, the city (as the server allows). */
const PRAISE_ROLES = ['sho', 'dcp', 'control_room', 'commissioner'];
/** Those who may export and take the weekly review (as the server allows). */
const EXPORT_ROLES = ['sho', 'dcp', 'control_room', 'commissioner', 'admin'];

function query(p: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v) q.set(k, v);
  return q.toString();
}

/** The Monday that starts the last whole week (in IST), as the server defaults the review to. */
function lastWholeWeek(): string {
  const today = new Date(Date.now() + 330 * 60_000);
  const weekday = (today.getUTCDay() + 6) % 7;
  return new Date(today.getTime() - (weekday + 7) * 86_400_000).toISOString().slice(0, 10);
}

export function PublicVoice({ figures, unit, from, to, role }: { figures: Figures; unit: string | undefined; from: string; to: string; role: string }) {
  const { t, formatNumber, locale } = useI18n();
  // Days and weeks are calendar days (YYYY-MM-DD): read in the page's language, never as the raw ISO day.
  const calendarDay = (day: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  const [praise, setPraise] = useState<Praise>();
  const s = figures.summary.satisfaction;
  const before = figures.previous.satisfaction;
  const mean = (m: number | null) => (m === null ? '—' : formatNumber(m, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const canPraise = PRAISE_ROLES.includes(role);

  useEffect(() => {
    if (!canPraise) return;
    const ac = new AbortController();
    fetch(`/api/analytics/praise?${query({ unit, from, to })}`, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal: ac.signal })
      .then((r) => (r.ok ? (r.json() as Promise<Praise>) : undefined))
      .then(setPraise, () => undefined);
    return () => ac.abort();
  }, [unit, from, to, canPraise]);

  const sentimentRows = SENTIMENTS.map((k) => {
    const found = figures.bySentiment.find((x) => x.key === k);
    return { key: k, opened: found?.opened ?? 0, previous: found?.previous ?? 0 };
  });
  const ratedDays = figures.byDay.filter((d) => d.rated > 0);
  const base = query({ unit, from, to });
  const week = lastWholeWeek();

  return (
    <>
      <Panel id="lead-satisfaction" title={t('leadership.satisfaction')}>
        <p data-testid="leadership.satisfaction">
          {s.rated > 0 ? t('leadership.ratingOf', { mean: mean(s.mean), max: 5, n: formatNumber(s.rated) }) : t('leadership.noRatings')}{' '}
          {before.rated > 0 ? <span className="muted small">({t('leadership.ratingBefore', { mean: mean(before.mean), n: formatNumber(before.rated) })})</span> : null}
        </p>
        <div className="lead-grid">
          <table className="lead-table">
            <caption className="visually-hidden">{t('leadership.ratingDistribution')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('leadership.score')}</th>
                <th scope="col">{t('leadership.thisPeriod')}</th>
                <th scope="col">{t('leadership.previousPeriod')}</th>
              </tr>
            </thead>
            <tbody>
              {s.distribution.map((n, i) => (
                <tr key={i}>
                  <th scope="row">{t(`leadership.score.${i + 1}` as MessageKey)}</th>
                  <td>{formatNumber(n)}</td>
                  <td>{formatNumber(before.distribution[i] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {ratedDays.length > 0 ? (
            <div className="table-scroll">
              <table className="lead-table">
                <caption className="visually-hidden">{t('leadership.ratingByDay')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('leadership.day')}</th>
                    <th scope="col">{t('leadership.rated')}</th>
                    <th scope="col">{t('leadership.ratingMean')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ratedDays.map((d) => (
                    <tr key={d.day}>
                      <th scope="row">{calendarDay(d.day)}</th>
                      <td>{formatNumber(d.rated)}</td>
                      <td>{mean(d.ratingMean)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
      </Panel>

      <Panel id="lead-sentiment" title={t('leadership.sentiment')}>
        <div className="lead-grid">
          <table className="lead-table">
            <thead>
              <tr>
                <th scope="col">{t('leadership.sentiment')}</th>
                <th scope="col">{t('leadership.thisPeriod')}</th>
                <th scope="col">{t('leadership.previousPeriod')}</th>
              </tr>
            </thead>
            <tbody>
              {sentimentRows.map((r) => (
                <tr key={r.key} data-testid={`sentiment-${r.key}`}>
                  <th scope="row">{t(`leadership.sentiment.${r.key}`)}</th>
                  <td>{formatNumber(r.opened)}</td>
                  <td>{formatNumber(r.previous)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <details className="chart-table">
            <summary>{t('leadership.sentimentByDay')}</summary>
            <div className="table-scroll">
              <table className="lead-table">
                <thead>
                  <tr>
                    <th scope="col">{t('leadership.day')}</th>
                    {SENTIMENTS.map((k) => (
                      <th scope="col" key={k}>
                        {t(`leadership.sentiment.${k}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {figures.sentimentByDay.map((d) => (
                    <tr key={d.day}>
                      <th scope="row">{calendarDay(d.day)}</th>
                      {SENTIMENTS.map((k) => (
                        <td key={k}>{formatNumber(d[k])}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </div>
        <p className="muted small">{t('leadership.sentimentMethod')}</p>
      </Panel>

      {canPraise ? (
        <Panel id="lead-praise" title={t('leadership.praise')}>
          {praise && praise.praise.length > 0 ? (
            <ul className="lead-praise">
              {praise.praise.map((p) => (
                <li key={p.id} data-testid="officer-praise">
                  <strong>{p.officer.name}</strong> · <Link href={`/desk/tickets/${p.ticketId}`}>{p.reference}</Link>
                  <blockquote>{p.excerpt}</blockquote>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('leadership.noPraise')}</p>
          )}
        </Panel>
      ) : null}

      {EXPORT_ROLES.includes(role) ? (
      <Panel id="lead-exports" title={t('leadership.exports')}>
        <p className="muted small">{t('leadership.exportNote')}</p>
        <ul className="lead-downloads">
          <li>
            <a href={`/api/analytics/export?${base}&format=csv`} download>
              {t('leadership.exportCsv')}
            </a>
          </li>
          <li>
            <a href={`/api/analytics/export?${base}&format=geojson`} download>
              {t('leadership.exportGeojson')}
            </a>
          </li>
          <li>
            <a href={`/api/analytics/review?${query({ unit, week, language: 'en' })}`} download>
              {t('leadership.reviewEn', { week: calendarDay(week) })}
            </a>
          </li>
          <li>
            <a href={`/api/analytics/review?${query({ unit, week, language: 'mr' })}`} download>
              {t('leadership.reviewMr', { week: calendarDay(week) })}
            </a>
          </li>
        </ul>
      </Panel>
      ) : null}
    </>
  );
}
