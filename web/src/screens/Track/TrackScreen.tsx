/** A citizen follows a report: its status and station, never personal data. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../../api/client.js';
import type { PublicReportStatus } from '../../api/types.js';
import { StatusBadge } from '../../components/badges.js';
import { PublicLayout } from '../../components/public-layout.js';
import { useI18n } from '../../i18n/i18n.js';

export function TrackScreen({ reference, token }: { reference: string; token: string | null }) {
  const { t, label, formatDateTime, lang } = useI18n();
  const [report, setReport] = useState<PublicReportStatus>();
  const [error, setError] = useState<'notFound' | 'network' | 'noToken'>();
  const [loading, setLoading] = useState(true);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      if (!token) {
        setError('noToken');
        setLoading(false);
        return;
      }
      setLoading(true);
      try {
        setReport(await api.trackReport(reference, token, signal));
        setError(undefined);
      } catch (err) {
        if (signal?.aborted) return;
        setError(err instanceof ApiError && (err.status === 404 || err.status === 400 || err.status === 403) ? 'notFound' : 'network');
      } finally {
        if (!signal?.aborted) setLoading(false);
      }
    },
    [reference, token],
  );

  useEffect(() => {
    const ac = new AbortController();
    void load(ac.signal);
    return () => ac.abort();
  }, [load]);

  return (
    <PublicLayout>
      <h1>{t('track.title', { reference })}</h1>
      {error === 'noToken' ? <p className="form-error">{t('track.noToken')}</p> : null}
      {error === 'notFound' ? <p className="form-error">{t('track.notFound')}</p> : null}
      {error === 'network' ? (
        <p className="form-error">
          {t('common.networkError')}{' '}
          <button type="button" className="button link" onClick={() => void load()}>
            {t('common.retry')}
          </button>
        </p>
      ) : null}
      {loading && !report ? <p aria-live="polite">{t('common.loading')}</p> : null}
      {report ? (
        <section className="card track" aria-live="polite" data-testid="track-status">
          <dl className="facts">
            <div>
              <dt>{t('track.status')}</dt>
              <dd>
                <StatusBadge status={report.status} />
              </dd>
            </div>
            <div>
              <dt>{t('track.station')}</dt>
              <dd>
                {report.station ? (
                  <>
                    <span className="station-name">{lang === 'en' ? report.station.name : report.station.nameLocal}</span>
                    {report.station.xHandle ? <span className="muted"> · {t('track.onX', { handle: report.station.xHandle })}</span> : null}
                  </>
                ) : (
                  t('track.noStation')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('track.category')}</dt>
              <dd>{label('category', report.category)}</dd>
            </div>
            <div>
              <dt>{t('track.received')}</dt>
              <dd>
                <time dateTime={report.createdAt}>{formatDateTime(report.createdAt)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('track.updated')}</dt>
              <dd>
                <time dateTime={report.updatedAt}>{formatDateTime(report.updatedAt)}</time>
              </dd>
            </div>
            {report.outcome ? (
              <div>
                <dt>{t('track.outcome')}</dt>
                <dd>{report.outcome}</dd>
              </div>
            ) : null}
          </dl>
          <button type="button" className="button" onClick={() => void load()} disabled={loading}>
            {t('track.refresh')}
          </button>
        </section>
      ) : null}
    </PublicLayout>
  );
}
