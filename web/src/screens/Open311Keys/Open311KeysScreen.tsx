/**
 * The administrator's Open311 API keys (issue 13; GET, POST /api/admin/open311-keys and POST …/:id/revoke):
 * the keys issued to civic apps, newest first, who issued them and who revoked them; a form that issues a
 * key and shows it once (the server keeps only its hash); and a revoke that asks first. Both are audited
 * on the server. A list of cards rather than a table, so a phone never scrolls sideways.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { IssuedOpen311Key, Open311Key } from '../../api/types.js';
import { useDesk } from '../../components/desk-shell.js';
import { ErrorNote } from '../../components/error-note.js';
import { useI18n } from '../../i18n/i18n.js';

export function Open311KeysScreen() {
  const { t } = useI18n();
  const { officer } = useDesk();
  const allowed = officer.role === 'admin';
  const [keys, setKeys] = useState<Open311Key[]>();
  const [error, setError] = useState<unknown>();
  const [issued, setIssued] = useState<IssuedOpen311Key>();
  const [announcement, setAnnouncement] = useState('');

  const load = useCallback(async () => {
    try {
      setKeys((await api.open311Keys()).keys);
      setError(undefined);
    } catch (err) {
      setError(err);
    }
  }, []);

  useEffect(() => {
    if (allowed) void load();
  }, [allowed, load]);

  if (!allowed) {
    return (
      <div className="keys-screen">
        <h1>{t('open311.title')}</h1>
        <p className="form-error">{t('error.FORBIDDEN')}</p>
      </div>
    );
  }

  return (
    <div className="keys-screen">
      <h1>{t('open311.title')}</h1>
      <p className="lead">{t('open311.intro')}</p>
      <p className="visually-hidden" aria-live="polite" data-testid="keys-announcer">
        {announcement}
      </p>
      <IssueForm
        onIssued={(key) => {
          setIssued(key);
          setAnnouncement(t('open311.announce.issued', { label: key.label }));
          void load();
        }}
      />
      {issued ? <IssuedKey issued={issued} onDone={() => setIssued(undefined)} /> : null}
      <h2>{t('open311.list')}</h2>
      {error ? <ErrorNote error={error} /> : null}
      {!keys && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {keys && keys.length === 0 ? <p className="empty">{t('open311.empty')}</p> : null}
      {keys && keys.length > 0 ? (
        <ul className="keys-list" data-testid="keys-list">
          {keys.map((k) => (
            <KeyItem
              key={k.id}
              item={k}
              onRevoked={() => {
                setAnnouncement(t('open311.announce.revoked', { label: k.label }));
                void load();
              }}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function IssueForm({ onIssued }: { onIssued: (key: IssuedOpen311Key) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [label, setLabel] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const input = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (label.trim().length < 2) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    setInvalid(false);
    setBusy(true);
    setError(undefined);
    try {
      onIssued(await api.issueOpen311Key(label.trim()));
      setLabel('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="keys-issue" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('open311.issueTitle')}</h2>
      <div className={invalid ? 'field invalid' : 'field'}>
        <label htmlFor={`${id}-label`}>{t('open311.label')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('open311.labelHint')}
        </p>
        <input
          id={`${id}-label`}
          ref={input}
          value={label}
          maxLength={200}
          autoComplete="off"
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(e) => setLabel(e.target.value)}
        />
        {invalid ? (
          <p id={`${id}-error`} className="error">
            {t('open311.labelError')}
          </p>
        ) : null}
      </div>
      {error ? <ErrorNote error={error} /> : null}
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {t('open311.issue')}
        </button>
      </div>
    </form>
  );
}

/** The new key, once: the server keeps only its hash. */
function IssuedKey({ issued, onDone }: { issued: IssuedOpen311Key; onDone: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no'>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [issued.id]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.key);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };

  return (
    <section className="keys-issued" aria-labelledby={`${id}-h`} data-testid="issued-key">
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('open311.issuedTitle', { label: issued.label })}
      </h2>
      <p className="keys-warning">{t('open311.issuedWarning')}</p>
      <label htmlFor={`${id}-key`} className="visually-hidden">
        {t('open311.keyLabel', { label: issued.label })}
      </label>
      <input id={`${id}-key`} className="keys-secret" readOnly value={issued.key} onFocus={(e) => e.target.select()} data-testid="issued-key-text" />
      <div className="keys-actions">
        <button type="button" className="button small" onClick={() => void copy()}>
          {t('open311.copy')}
        </button>
        <button type="button" className="button small" onClick={onDone}>
          {t('open311.done')}
        </button>
        <span role="status" className="muted">
          {copied === 'yes' ? t('open311.copied') : copied === 'no' ? t('open311.copyFailed') : ''}
        </span>
      </div>
    </section>
  );
}

function KeyItem({ item, onRevoked }: { item: Open311Key; onRevoked: () => void }) {
  const { t, formatDateTime } = useI18n();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const revoke = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.revokeOpen311Key(item.id);
      setConfirming(false);
      onRevoked();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const date = (at: string) => formatDateTime(at);
  return (
    <li className={`keys-item ${item.revokedAt ? 'revoked' : ''}`} data-key={String(item.id)} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{item.label}</h3>
      <p className="keys-facts">
        {item.createdBy ? t('open311.issuedBy', { date: date(item.createdAt), name: item.createdBy }) : t('open311.issuedAt', { date: date(item.createdAt) })}
      </p>
      <p className="keys-facts" data-testid="key-state">
        {item.revokedAt ? (
          item.revokedBy ? (
            t('open311.revokedBy', { date: date(item.revokedAt), name: item.revokedBy })
          ) : (
            t('open311.revokedAt', { date: date(item.revokedAt) })
          )
        ) : (
          <strong className="keys-active">{t('open311.active')}</strong>
        )}
      </p>
      {error ? <ErrorNote error={error} /> : null}
      {!item.revokedAt && !confirming ? (
        <button type="button" className="button small" aria-label={t('open311.revokeLabel', { label: item.label })} onClick={() => setConfirming(true)}>
          {t('open311.revoke')}
        </button>
      ) : null}
      {!item.revokedAt && confirming ? (
        <div className="keys-confirm" role="group" aria-labelledby={`${id}-q`}>
          <p id={`${id}-q`}>{t('open311.confirm', { label: item.label })}</p>
          <div className="keys-actions">
            <button type="button" ref={confirmRef} className="button small danger" disabled={busy} onClick={() => void revoke()}>
              {t('open311.confirmYes')}
            </button>
            <button type="button" className="button small" onClick={() => setConfirming(false)}>
              {t('open311.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
