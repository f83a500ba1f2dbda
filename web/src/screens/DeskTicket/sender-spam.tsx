/**
 * A flood from one client: closes every open ticket of this ticket's sender on the officer's desk as spam
 * (POST /api/tickets/:id/spam-sender), each recorded in its own audit trail. It asks once more first.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { BulkAnswer } from '../../api/types.js';
import { ErrorNote } from '../../components/error-note.js';
import { useI18n } from '../../i18n/i18n.js';

export function SenderSpamForm({ ticketId, onDone }: { ticketId: number; onDone: () => void }) {
  const { t, tp } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const [sure, setSure] = useState(false);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<BulkAnswer>();
  const [error, setError] = useState<unknown>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!sure) {
      setSure(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      setAnswer(await api.spamSender(ticketId, reason.trim() || undefined));
      setSure(false);
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="action-block" onSubmit={(e) => void submit(e)}>
      <p className="muted small-text">{t('sender.hint')}</p>
      <label htmlFor={`${id}-reason`}>{t('sender.reason')}</label>
      <input id={`${id}-reason`} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="button danger" disabled={busy}>
          {t(sure ? 'sender.confirm' : 'sender.button')}
        </button>
        {sure ? (
          <button type="button" className="button" onClick={() => setSure(false)}>
            {t('sender.cancel')}
          </button>
        ) : null}
      </div>
      {answer ? (
        <p className="form-ok" role="status" data-testid="sender-result">
          {tp('sender.done', answer.done)}
        </p>
      ) : null}
      {error ? <ErrorNote error={error} /> : null}
    </form>
  );
}
