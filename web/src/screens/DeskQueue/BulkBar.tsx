/**
 * Work on a selection (x, or a click on a row's box; Shift extends the selection from the last pick):
 * assign, change the status with an outcome, merge into one, mark as spam. The server runs each ticket
 * through its own audited action (POST /api/desk/bulk) and answers per ticket: the bar says how many
 * went through and, for each refused one, why, in the UI's language.
 */
import { useId, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.js';
import { OUTCOMES, SETTABLE_STATUSES, type BulkAnswer, type BulkChange, type DeskTicket, type Outcome, type Roster, type SettableStatus } from '../../api/types.js';
import { useErrorText } from '../../components/error-note.js';
import { useI18n } from '../../i18n/i18n.js';

function isSettable(s: string): s is SettableStatus {
  return SETTABLE_STATUSES.some((x) => x === s);
}
function isOutcome(s: string): s is Outcome {
  return OUTCOMES.some((x) => x === s);
}

export function BulkBar({
  picked,
  items,
  roster,
  myId,
  onDone,
  onClear,
}: {
  picked: ReadonlySet<number>;
  items: readonly DeskTicket[];
  roster: Roster | undefined;
  myId: number;
  onDone: (answer: BulkAnswer) => void;
  onClear: () => void;
}) {
  const { t, tp, label, formatNumber } = useI18n();
  const errorText = useErrorText();
  const id = useId();
  const [assignee, setAssignee] = useState('me');
  const [status, setStatus] = useState<SettableStatus>('acknowledged');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [into, setInto] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<BulkAnswer>();
  const [error, setError] = useState<unknown>();
  const chosen = items.filter((x) => picked.has(x.id));
  // A picked ticket may leave the queue before the answer comes (a colleague closed it): keep its name.
  const references = useRef(new Map<number, string>()).current;
  for (const x of items) references.set(x.id, x.reference);
  const needsOutcome = status === 'resolved' || status === 'closed';
  const mergeTarget = chosen.some((x) => String(x.id) === into) ? Number(into) : chosen[0]?.id;

  const run = async (change: BulkChange) => {
    setBusy(true);
    setError(undefined);
    setAnswer(undefined);
    try {
      const a = await api.bulk([...picked], change);
      setAnswer(a);
      onDone(a);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (picked.size === 0 && !answer) return null;
  return (
    <section className="bulk-bar" aria-labelledby={`${id}-title`} data-testid="bulk-bar">
      <div className="bulk-head">
        <h2 id={`${id}-title`}>{tp('bulk.count', picked.size)}</h2>
        {picked.size > 0 ? (
          <button type="button" className="button small" onClick={onClear}>
            {t('bulk.clear')}
          </button>
        ) : null}
      </div>
      {picked.size > 0 ? (
        <div className="bulk-actions">
          <form
            className="bulk-action"
            onSubmit={(e) => {
              e.preventDefault();
              void run({ action: 'assign', assignee: assignee === 'me' ? 'me' : assignee === 'none' ? null : Number(assignee) });
            }}
          >
            <label className="filter">
              <span>{t('bulk.assignTo')}</span>
              <select value={assignee} onChange={(e) => setAssignee(e.target.value)}>
                <option value="me">{t('desk.filter.me')}</option>
                <option value="none">{t('desk.unassigned')}</option>
                {(roster?.officers ?? [])
                  .filter((o) => o.id !== myId)
                  .map((o) => (
                    <option key={o.id} value={String(o.id)}>
                      {o.name}
                    </option>
                  ))}
              </select>
            </label>
            <button type="submit" className="button small" disabled={busy}>
              {t('bulk.assign')}
            </button>
          </form>
          <form
            className="bulk-action"
            onSubmit={(e) => {
              e.preventDefault();
              void run({ action: 'status', status, ...(needsOutcome && outcome ? { outcome } : {}) });
            }}
          >
            <label className="filter">
              <span>{t('bulk.status')}</span>
              <select value={status} onChange={(e) => isSettable(e.target.value) && setStatus(e.target.value)}>
                {SETTABLE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {label('status', s)}
                  </option>
                ))}
              </select>
            </label>
            {needsOutcome ? (
              <label className="filter">
                <span>{t('bulk.outcome')}</span>
                <select value={outcome} required onChange={(e) => setOutcome(isOutcome(e.target.value) ? e.target.value : '')}>
                  <option value="">—</option>
                  {OUTCOMES.map((o) => (
                    <option key={o} value={o}>
                      {label('outcome', o)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <button type="submit" className="button small" disabled={busy}>
              {t('bulk.applyStatus')}
            </button>
          </form>
          {chosen.length > 1 ? (
            <form
              className="bulk-action"
              onSubmit={(e) => {
                e.preventDefault();
                if (mergeTarget !== undefined) void run({ action: 'merge', into: mergeTarget });
              }}
            >
              <label className="filter">
                <span>{t('bulk.mergeInto')}</span>
                <select value={String(mergeTarget ?? '')} onChange={(e) => setInto(e.target.value)}>
                  {chosen.map((x) => (
                    <option key={x.id} value={String(x.id)}>
                      {x.reference}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="button small" disabled={busy}>
                {t('bulk.merge')}
              </button>
            </form>
          ) : null}
          <div className="bulk-action">
            <button type="button" className="button small danger" disabled={busy} onClick={() => void run({ action: 'spam' })}>
              {t('bulk.spam')}
            </button>
          </div>
        </div>
      ) : null}
      <div role="status" className="bulk-result">
        {answer ? (
          <>
            <p data-testid="bulk-result">{t('bulk.result', { done: formatNumber(answer.done), failed: formatNumber(answer.failed) })}</p>
            {answer.failed > 0 ? (
              <ul className="bulk-failed">
                {answer.results
                  .filter((r) => !r.ok)
                  .map((r) => (
                    <li key={r.ticketId}>
                      {t('bulk.failedItem', {
                        reference: references.get(r.ticketId) ?? `#${r.ticketId}`,
                        error: errorText(new ApiError(409, r.code ?? 'CONFLICT', r.message ?? '')),
                      })}
                    </li>
                  ))}
              </ul>
            ) : null}
          </>
        ) : null}
        {error ? <p className="form-error">{errorText(error)}</p> : null}
      </div>
    </section>
  );
}
