/**
 * Failed inbound items (GET /api/intake/failed), for the control room and the administrator: messages
 * that reached Chowki but could not become tickets, newest first, with the channel, when, why (the
 * server's technical reason, for the administrator) and the start of the message with personal data
 * masked. Retry sends one through again; Discard asks why and keeps it stored but never processed.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { QuarantinedItem, QuarantineList } from '../../api/types.js';
import { INTAKE_ROLES, useDesk } from '../../components/desk-shell.js';
import { ErrorNote } from '../../components/error-note.js';
import { useI18n } from '../../i18n/i18n.js';

export function IntakeScreen() {
  const { t, tp, formatNumber } = useI18n();
  const { officer } = useDesk();
  const allowed = INTAKE_ROLES.includes(officer.role);
  const [data, setData] = useState<QuarantineList>();
  const [error, setError] = useState<unknown>();
  const [announcement, setAnnouncement] = useState('');
  const generation = useRef(0);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const d = await api.failedItems();
      if (mine !== generation.current) return;
      setData(d);
      setError(undefined);
    } catch (err) {
      if (mine === generation.current) setError(err);
    }
  }, []);

  useEffect(() => {
    if (allowed) void load();
  }, [allowed, load]);

  if (!allowed) {
    return (
      <div className="intake-screen">
        <h1>{t('intake.title')}</h1>
        <p className="form-error">{t('error.FORBIDDEN')}</p>
      </div>
    );
  }

  return (
    <div className="intake-screen">
      <div className="queue-top">
        <h1>{t('intake.title')}</h1>
        {data ? (
          <span className="muted" data-testid="intake-total">
            {tp('intake.total', data.total)}
          </span>
        ) : null}
        <button type="button" className="button small" onClick={() => void load()}>
          {t('track.refresh')}
        </button>
      </div>
      <p className="lead">{t('intake.intro')}</p>
      <p className="visually-hidden" aria-live="polite" data-testid="intake-announcer">
        {announcement}
      </p>
      {error ? <ErrorNote error={error} /> : null}
      {!data && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {data && data.items.length === 0 ? <p className="empty">{t('intake.empty')}</p> : null}
      {data && data.items.length < data.total ? (
        <p className="muted">{t('intake.shown', { shown: formatNumber(data.items.length), total: formatNumber(data.total) })}</p>
      ) : null}
      {data && data.items.length > 0 ? (
        <ol className="intake-list" data-testid="intake-list">
          {data.items.map((item) => (
            <FailedItem
              key={item.id}
              item={item}
              onDone={(message) => {
                setAnnouncement(message);
                void load();
              }}
            />
          ))}
        </ol>
      ) : null}
    </div>
  );
}

function FailedItem({ item, onDone }: { item: QuarantinedItem; onDone: (message: string) => void }) {
  const { t, label, formatDateTime } = useI18n();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [discarding, setDiscarding] = useState(false);
  const [reason, setReason] = useState('');
  const reasonRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (discarding) reasonRef.current?.focus();
  }, [discarding]);

  const retry = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await api.retryFailed(item.id);
      onDone(
        r.status === 'failed'
          ? t('intake.failedAgain', { id: String(item.id) })
          : r.reference
            ? t('intake.retried', { id: String(item.id), reference: r.reference })
            : t('intake.retriedNoTicket', { id: String(item.id) }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const discard = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.discardFailed(item.id, reason.trim());
      onDone(t('intake.discarded', { id: String(item.id) }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="intake-item" data-item={String(item.id)}>
      <h2 id={`${id}-h`}>
        {t('intake.item', { id: String(item.id) })} <span className="channel-tag">{label('channel', item.channel)}</span>
      </h2>
      <dl className="facts compact">
        <div>
          <dt>{t('intake.received')}</dt>
          <dd>
            <time dateTime={item.receivedAt}>{formatDateTime(item.receivedAt)}</time>
          </dd>
        </div>
        {item.failedAt ? (
          <div>
            <dt>{t('intake.failedAt')}</dt>
            <dd>
              <time dateTime={item.failedAt}>{formatDateTime(item.failedAt)}</time>
            </dd>
          </div>
        ) : null}
      </dl>
      <h3>{t('intake.preview')}</h3>
      {item.preview ? <p className="intake-preview">{item.preview}</p> : <p className="muted">{t('intake.noPreview')}</p>}
      <h3>{t('intake.reason')}</h3>
      {/* The server's diagnosis, in English: for the administrator, labelled so, and marked as English for screen readers. */}
      <p className="intake-reason" title={t('intake.technical')}>
        <code lang="en">{item.reason}</code>
      </p>
      <div className="inline-actions">
        <button type="button" className="button primary" disabled={busy} aria-describedby={`${id}-h`} onClick={() => void retry()}>
          {t('intake.retry')}
        </button>
        {!discarding ? (
          <button type="button" className="button" disabled={busy} aria-describedby={`${id}-h`} onClick={() => setDiscarding(true)}>
            {t('intake.discard')}
          </button>
        ) : null}
      </div>
      {discarding ? (
        <form className="intake-discard" onSubmit={(e) => void discard(e)} aria-label={t('intake.discardConfirm', { id: String(item.id) })}>
          <div className="field">
            <label htmlFor={`${id}-r`}>{t('intake.discardReason')}</label>
            <input id={`${id}-r`} ref={reasonRef} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} required />
          </div>
          <div className="inline-actions">
            <button type="submit" className="button primary" disabled={busy || !reason.trim()}>
              {t('intake.discardConfirm', { id: String(item.id) })}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setDiscarding(false);
                setReason('');
              }}
            >
              {t('intake.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {error ? <ErrorNote error={error} /> : null}
    </li>
  );
}
