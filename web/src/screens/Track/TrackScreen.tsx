/**
 * A citizen follows their report with its secret link: status and station, their own words, every
 * public reply of the police, a timeline of what happened, and a form to add to it. The page polls
 * (every 20 s while it is visible, at once when it becomes visible again): simple, and enough for news
 * that comes in minutes, not seconds.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/client.js';
import type { TimelineEntry, TrackingView } from '../../api/types.js';
import { StatusBadge } from '../../components/badges.js';
import { PublicLayout } from '../../components/public-layout.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n, type I18n } from '../../i18n/i18n.js';
import { uploadReportPhoto } from '../Report/report-photo.js';
import { RateReport } from './rate-report.js';
import '../../components/public-pages.css';

const POLL_MS = 20_000;
/** As on the report form: three photos with one addition. */
const MAX_PHOTOS = 3;

function newClientId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

function describeEntry(e: TimelineEntry, i18n: I18n): string {
  const { t, label, lang } = i18n;
  switch (e.kind) {
    case 'received':
      return t('track.event.received');
    case 'status':
      return e.outcome
        ? t('track.event.statusOutcome', { status: label('status', e.status), outcome: label('outcome', e.outcome) })
        : t('track.event.status', { status: label('status', e.status) });
    case 'station':
      return e.station ? t('track.event.station', { station: lang === 'en' ? e.station.name : e.station.nameLocal }) : t('track.event.control');
    case 'merged':
      return t('track.event.merged');
  }
}

export function TrackScreen({ reference, token }: { reference: string; token: string | null }) {
  const i18n = useI18n();
  const { t, label, formatDateTime, lang } = i18n;
  const [report, setReport] = useState<TrackingView>();
  const [error, setError] = useState<'notFound' | 'network' | 'noToken'>();
  const [loading, setLoading] = useState(true);
  const addId = useId();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [addState, setAddState] = useState<'done' | 'failed' | 'closed' | 'short'>();
  const clientId = useRef(newClientId());
  const [photos, setPhotos] = useState<Array<{ id: string; name: string }>>([]);
  const [photoStatus, setPhotoStatus] = useState<{ key: MessageKey; name?: string; error?: boolean }>();

  const addPhoto = async (file: File | undefined) => {
    if (!file) return;
    if (photos.length >= MAX_PHOTOS) {
      setPhotoStatus({ key: 'report.photo.max', error: true });
      return;
    }
    setPhotoStatus({ key: 'report.photo.uploading' });
    const r = await uploadReportPhoto(file);
    if (typeof r === 'string') {
      setPhotoStatus({ key: r === 'tooLarge' ? 'report.photo.tooLarge' : r === 'notPhoto' ? 'report.photo.notPhoto' : 'report.photo.failed', error: true });
      return;
    }
    setPhotos((list) => (list.some((p) => p.id === r.photo) ? list : [...list, { id: r.photo, name: file.name }]));
    setPhotoStatus({ key: 'report.photo.added', name: file.name });
    // A photo is enough to add: "write a few words or add a photo" no longer applies.
    setAddState((s) => (s === 'short' ? undefined : s));
  };

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
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void load(ac.signal);
    }, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load(ac.signal);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      ac.abort();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [load]);

  const add = async (ev: FormEvent) => {
    ev.preventDefault();
    if (sending || !token) return;
    if (text.trim().length < 3 && photos.length === 0) {
      setAddState('short');
      return;
    }
    setSending(true);
    setAddState(undefined);
    try {
      await api.addToReport(reference, {
        token,
        text: text.trim(),
        clientId: clientId.current,
        ...(photos.length > 0 ? { photos: photos.map((p) => p.id) } : {}),
      });
      setText('');
      setPhotos([]);
      setPhotoStatus(undefined);
      clientId.current = newClientId();
      setAddState('done');
      await load();
    } catch (err) {
      setAddState(err instanceof ApiError && err.code === 'REPORT_CLOSED' ? 'closed' : 'failed');
      if (err instanceof ApiError && err.code === 'REPORT_CLOSED') await load();
    } finally {
      setSending(false);
    }
  };

  const station = report?.station;
  const replies = report?.messages.filter((m) => m.from === 'police').length ?? 0;

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
        <>
          <section className="card track" data-testid="track-status">
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
                  {station ? (
                    <>
                      <span className="station-name">{lang === 'en' ? station.name : station.nameLocal}</span>
                      {station.xHandle ? <span className="muted"> · {t('track.onX', { handle: station.xHandle })}</span> : null}
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
                  <dd data-testid="track-outcome">{label('outcome', report.outcome)}</dd>
                </div>
              ) : null}
            </dl>
            <p className="muted small">{t('track.live')}</p>
          </section>

          <section className="card" aria-labelledby="conversation-title">
            <h2 id="conversation-title">{t('track.conversation')}</h2>
            <ol className="conversation" data-testid="track-messages" aria-live="polite">
              {report.messages.map((m, i) => (
                <li key={`${m.at}-${i}`} className={m.from === 'police' ? 'message police' : 'message you'}>
                  <p className="message-meta">
                    <strong>{m.from === 'police' ? t('track.police') : t('track.you')}</strong> ·{' '}
                    <time dateTime={m.at}>{formatDateTime(m.at)}</time>
                  </p>
                  {m.text ? <p className="message-text">{m.text}</p> : null}
                  {m.photos > 0 ? <p className="muted small">{t('track.photos', { count: m.photos })}</p> : null}
                </li>
              ))}
            </ol>
            {replies === 0 ? <p className="muted">{t('track.noReplyYet')}</p> : null}
          </section>

          <section className="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t('track.timeline')}</h2>
            <ol className="timeline" data-testid="track-timeline">
              {report.timeline.map((e, i) => (
                <li key={`${e.at}-${i}`}>
                  <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                  <span>{describeEntry(e, i18n)}</span>
                </li>
              ))}
            </ol>
          </section>

          {report.open ? (
            <form className="card form" onSubmit={add} noValidate aria-labelledby="add-title">
              <h2 id="add-title">{t('track.add.title')}</h2>
              <div className={addState === 'short' ? 'field invalid' : 'field'}>
                <label htmlFor={addId}>{t('track.add.label')}</label>
                <textarea
                  id={addId}
                  rows={3}
                  maxLength={5000}
                  value={text}
                  aria-invalid={addState === 'short' ? true : undefined}
                  aria-describedby={`${addId}-status`}
                  onChange={(e) => setText(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${addId}-photo`}>
                  {t('report.photo.label')} <span className="optional">({t('report.optional')})</span>
                </label>
                <p id={`${addId}-photo-hint`} className="hint">
                  {t('report.photo.hint')}
                </p>
                <input
                  id={`${addId}-photo`}
                  type="file"
                  accept="image/jpeg,image/png"
                  aria-describedby={`${addId}-photo-hint ${addId}-photo-status`}
                  onChange={(e) => {
                    void addPhoto(e.target.files?.[0]);
                    e.target.value = '';
                  }}
                />
                <p id={`${addId}-photo-status`} className={photoStatus?.error ? 'error' : 'hint strong'} aria-live="polite">
                  {photoStatus ? t(photoStatus.key, { name: photoStatus.name ?? '' }) : ''}
                </p>
                {photos.length > 0 ? (
                  <ul className="report-photos" data-testid="track-photos">
                    {photos.map((p) => (
                      <li key={p.id}>
                        {p.name}{' '}
                        <button type="button" className="button link" onClick={() => setPhotos((list) => list.filter((x) => x.id !== p.id))}>
                          {t('report.photo.remove', { name: p.name })}
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
              <p id={`${addId}-status`} role="status" className={addState === 'done' ? 'hint strong' : addState ? 'error' : 'visually-hidden'}>
                {addState === 'done'
                  ? t('track.add.done')
                  : addState === 'short'
                    ? t('track.add.needSomething')
                    : addState === 'closed'
                      ? t('track.add.closed')
                      : addState === 'failed'
                        ? t('track.add.failed')
                        : ''}
              </p>
              <button type="submit" className="button primary" disabled={sending}>
                {sending ? t('report.sending') : t('track.add.submit')}
              </button>
            </form>
          ) : (
            <>
              <p className="callout info">{t('track.add.closed')}</p>
              {token ? <RateReport reference={report.reference} token={token} /> : null}
            </>
          )}
        </>
      ) : null}
    </PublicLayout>
  );
}
