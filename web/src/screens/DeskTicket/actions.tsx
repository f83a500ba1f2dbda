/**
 * The officer's actions on a ticket, each a small form that says what went wrong in the UI's language
 * (the error's code, translated: i18n/errors.ts): assign, status with an outcome, reply (canned texts in
 * three languages), note, correction, transfer, merge.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { api, newClientKey } from '../../api/client.js';
import { allowedTransitions, OUTCOMES, SETTABLE_STATUSES, type CannedReplies, type DeskTicket, type Roster, type SettableStatus, type SimilarTicket, type Unit } from '../../api/types.js';
import { PriorityBadge } from '../../components/badges.js';
import { ErrorNote } from '../../components/error-note.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link } from '../../router.js';
import { CATEGORIES, PRIORITIES } from '../DeskQueue/queue.js';

function isSettable(s: string): s is SettableStatus {
  return SETTABLE_STATUSES.some((x) => x === s);
}

type Run = (what: () => Promise<unknown>, done: string) => Promise<boolean>;

/** Runs an action and reports its result or what went wrong; true when it succeeded. */
function useAction(onDone: () => void): { run: Run; status: ReactNode; busy: boolean } {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: true; text: string } | { ok: false; error: unknown }>();
  const run: Run = async (what, done) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await what();
      setMessage({ ok: true, text: done });
      onDone();
      return true;
    } catch (err) {
      setMessage({ ok: false, error: err });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const status = message ? (
    message.ok ? (
      <p className="form-ok" role="status">
        {message.text}
      </p>
    ) : (
      <ErrorNote error={message.error} />
    )
  ) : null;
  return { run, status, busy };
}

export function AssignForm({ ticket, roster, onDone }: { ticket: DeskTicket; roster: Roster | undefined; onDone: () => void }) {
  const { t, tp } = useI18n();
  const { run, status, busy } = useAction(onDone);
  const [pick, setPick] = useState('');
  const id = useId();
  const officers = roster?.station === ticket.station ? roster.officers : [];
  return (
    <div className="action-block">
      <p>
        {t('ticket.assignee')}: <strong data-testid="ticket-assignee">{ticket.assigneeName ?? t('desk.unassigned')}</strong>
      </p>
      <div className="inline-actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => void run(() => api.assign(ticket.id, 'me'), t('ticket.assignedToYou'))}>
          {t('ticket.assignMe')}
        </button>
        {officers.length > 0 ? (
          <>
            <label htmlFor={`${id}-o`} className="visually-hidden">
              {t('ticket.assignTo')}
            </label>
            <select id={`${id}-o`} value={pick} onChange={(e) => setPick(e.target.value)} className="compact-select">
              <option value="">{t('ticket.assignTo')}</option>
              {officers.map((o) => (
                <option key={o.id} value={String(o.id)}>
                  {o.name} · {o.onDuty ? t('roster.onDuty') : t('roster.offDuty')} · {tp('roster.open', o.openTickets)}
                </option>
              ))}
            </select>
            <button type="button" className="button" disabled={busy || !pick} onClick={() => void run(() => api.assign(ticket.id, Number(pick)), t('ticket.assigned'))}>
              {t('ticket.assign')}
            </button>
          </>
        ) : null}
        {ticket.assigneeId !== null ? (
          <button type="button" className="button" disabled={busy} onClick={() => void run(() => api.assign(ticket.id, null), t('ticket.unassigned'))}>
            {t('ticket.unassign')}
          </button>
        ) : null}
      </div>
      {status}
    </div>
  );
}

export function StatusForm({ ticket, selectRef, onDone }: { ticket: DeskTicket; selectRef: RefObject<HTMLSelectElement | null>; onDone: () => void }) {
  const { t, label } = useI18n();
  const { run, status, busy } = useAction(onDone);
  const allowed = allowedTransitions(ticket.status);
  const [to, setTo] = useState<string>('');
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const id = useId();
  const needsOutcome = to === 'resolved' || to === 'closed';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!isSettable(to)) return;
    const o = OUTCOMES.find((x) => x === outcome);
    const ok = await run(() => api.setStatus(ticket.id, to, o, reason.trim() || undefined), t('ticket.statusChanged', { status: label('status', to) }));
    if (ok) {
      setTo('');
      setOutcome('');
      setReason('');
    }
  };
  if (allowed.length === 0) return <p className="muted">{t('ticket.final')}</p>;
  return (
    <form className="action-block form-grid" onSubmit={(e) => void submit(e)} aria-label={t('ticket.changeStatus')}>
      <div className="field">
        <label htmlFor={`${id}-s`}>{t('ticket.newStatus')}</label>
        <select id={`${id}-s`} ref={selectRef} value={to} onChange={(e) => setTo(e.target.value)} required>
          <option value="">—</option>
          {allowed.map((s) => (
            <option key={s} value={s}>
              {label('status', s)}
            </option>
          ))}
        </select>
      </div>
      {needsOutcome ? (
        <div className="field">
          <label htmlFor={`${id}-o`}>{t('ticket.outcome')}</label>
          <select id={`${id}-o`} value={outcome} onChange={(e) => setOutcome(e.target.value)} required>
            <option value="">—</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {label('outcome', o)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-r`}>
          {t('ticket.reason')} <span className="optional">({t('report.optional')})</span>
        </label>
        <input id={`${id}-r`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy || !to || (needsOutcome && !outcome)}>
          {t('ticket.saveStatus')}
        </button>
      </div>
      {status}
    </form>
  );
}

const LANGS = ['en', 'hi', 'mr'] as const;
const LANG_NAMES: Record<(typeof LANGS)[number], string> = { en: 'English', hi: 'हिन्दी', mr: 'मराठी' };

export function ReplyForm({ ticket, textRef, onDone }: { ticket: DeskTicket; textRef: RefObject<HTMLTextAreaElement | null>; onDone: () => void }) {
  const { t, label } = useI18n();
  const { run, status, busy } = useAction(onDone);
  const webOnly = ticket.channel === 'web';
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<'public' | 'private'>(webOnly ? 'public' : 'private');
  const [canned, setCanned] = useState<CannedReplies>();
  const [lang, setLang] = useState<(typeof LANGS)[number]>('en');
  // One key per reply being written: a retry after a lost answer posts nothing twice.
  const key = useRef(newClientKey());
  const id = useId();

  useEffect(() => {
    const ac = new AbortController();
    api.cannedReplies(ticket.id, ac.signal).then(
      (c) => {
        setCanned(c);
        setLang(c.suggestedLanguage);
      },
      () => undefined,
    );
    return () => ac.abort();
  }, [ticket.id, ticket.station]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = text.trim();
    if (!body) return;
    const ok = await run(() => api.reply(ticket.id, body, visibility, key.current), t(visibility === 'public' ? 'ticket.sentPublic' : 'ticket.sentPrivate'));
    if (ok) {
      setText('');
      key.current = newClientKey();
    }
  };

  return (
    <form className="action-block" onSubmit={(e) => void submit(e)} aria-label={t('ticket.reply')}>
      {canned ? (
        <div className="canned">
          <div className="canned-head">
            <span className="canned-title" id={`${id}-c`}>
              {t('ticket.canned')}
            </span>
            <div className="lang-switch small" role="group" aria-label={t('ticket.cannedLanguage')}>
              {LANGS.map((l) => (
                <button key={l} type="button" lang={l} className={lang === l ? 'active' : ''} aria-pressed={lang === l} onClick={() => setLang(l)}>
                  {LANG_NAMES[l]}
                </button>
              ))}
            </div>
          </div>
          <ul className="canned-list" aria-labelledby={`${id}-c`}>
            {canned.replies.map((r) => (
              <li key={r.id}>
                <button type="button" className="button small" data-canned={r.id} onClick={() => setText(r.texts[lang])}>
                  {label('canned', r.id) === r.id ? r.title : label('canned', r.id)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-t`}>{t('ticket.replyText')}</label>
        <textarea id={`${id}-t`} ref={textRef} value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} rows={4} lang={lang} />
      </div>
      <fieldset className="visibility">
        <legend>{t('ticket.visibility')}</legend>
        <label>
          <input type="radio" name={`${id}-v`} value="public" checked={visibility === 'public'} onChange={() => setVisibility('public')} />{' '}
          {t('ticket.public')}
        </label>
        <label>
          <input type="radio" name={`${id}-v`} value="private" checked={visibility === 'private'} disabled={webOnly} onChange={() => setVisibility('private')} />{' '}
          {t('ticket.private')}
        </label>
        <p className="hint">{webOnly ? t('ticket.webReplyHint') : t('ticket.publicHint')}</p>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy || !text.trim()}>
          {t('ticket.send')}
        </button>
      </div>
      {status}
    </form>
  );
}

export function NoteForm({ ticket, textRef, onDone }: { ticket: DeskTicket; textRef: RefObject<HTMLTextAreaElement | null>; onDone: () => void }) {
  const { t } = useI18n();
  const { run, status, busy } = useAction(onDone);
  const [text, setText] = useState('');
  const id = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    if (await run(() => api.note(ticket.id, text.trim()), t('ticket.noteAdded'))) setText('');
  };
  return (
    <form className="action-block" onSubmit={(e) => void submit(e)} aria-label={t('ticket.note')}>
      <div className="field">
        <label htmlFor={`${id}-n`}>{t('ticket.noteText')}</label>
        <textarea id={`${id}-n`} ref={textRef} value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} rows={3} />
        <p className="hint">{t('ticket.noteHint')}</p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy || !text.trim()}>
          {t('ticket.addNote')}
        </button>
      </div>
      {status}
    </form>
  );
}

function stationsOf(units: readonly Unit[]): Unit[] {
  return units.filter((u) => (u.kind === 'station' || u.kind === 'special') && u.status === 'active').sort((a, b) => a.nameEn.localeCompare(b.nameEn));
}

function StationOptions({ units }: { units: readonly Unit[] }) {
  const { lang } = useI18n();
  return (
    <>
      {stationsOf(units).map((u) => (
        <option key={u.id} value={u.id}>
          {lang === 'en' ? u.nameEn : u.nameLocal}
        </option>
      ))}
    </>
  );
}

export function CorrectionForm({ ticket, units, onDone }: { ticket: DeskTicket; units: readonly Unit[]; onDone: () => void }) {
  const { t, label } = useI18n();
  const { run, status, busy } = useAction(onDone);
  const [category, setCategory] = useState(ticket.category);
  const [priority, setPriority] = useState(ticket.priority);
  const [place, setPlace] = useState('');
  const [reason, setReason] = useState('');
  const id = useId();
  useEffect(() => {
    setCategory(ticket.category);
    setPriority(ticket.priority);
  }, [ticket.category, ticket.priority]);
  const changed = category !== ticket.category || priority !== ticket.priority || place !== '';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!changed) return;
    // The select offers only the taxonomy's codes; finding them again types them for the API.
    const newCategory = category !== ticket.category ? CATEGORIES.find((c) => c === category) : undefined;
    const newPriority = priority !== ticket.priority ? PRIORITIES.find((p) => p === priority) : undefined;
    const body = {
      ...(newCategory ? { category: newCategory } : {}),
      ...(newPriority ? { priority: newPriority } : {}),
      ...(place ? { placeId: place } : {}),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    };
    const ok = await run(() => api.correct(ticket.id, body), t('ticket.corrected'));
    if (ok) {
      setPlace('');
      setReason('');
    }
  };
  return (
    <form className="action-block form-grid" onSubmit={(e) => void submit(e)} aria-label={t('ticket.correct')}>
      <div className="field">
        <label htmlFor={`${id}-c`}>{t('desk.filter.category')}</label>
        <select id={`${id}-c`} value={category} onChange={(e) => setCategory(e.target.value)}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {label('category', c)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-p`}>{t('desk.filter.priority')}</label>
        <select id={`${id}-p`} value={priority} onChange={(e) => setPriority(e.target.value)}>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {label('priority', p)}
            </option>
          ))}
        </select>
      </div>
      <div className="field wide">
        <label htmlFor={`${id}-pl`}>{t('ticket.correctPlace')}</label>
        <select id={`${id}-pl`} value={place} onChange={(e) => setPlace(e.target.value)}>
          <option value="">{t('ticket.placeUnchanged')}</option>
          <StationOptions units={units} />
        </select>
        <p className="hint">{t('ticket.correctHint')}</p>
      </div>
      <div className="field wide">
        <label htmlFor={`${id}-r`}>
          {t('ticket.reason')} <span className="optional">({t('report.optional')})</span>
        </label>
        <input id={`${id}-r`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy || !changed}>
          {t('ticket.saveCorrection')}
        </button>
      </div>
      {status}
    </form>
  );
}

export function TransferForm({ ticket, units, onDone }: { ticket: DeskTicket; units: readonly Unit[]; onDone: () => void }) {
  const { t } = useI18n();
  const { run, status, busy } = useAction(onDone);
  const [station, setStation] = useState('');
  const [reason, setReason] = useState('');
  const id = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!station || reason.trim().length < 3) return;
    await run(() => api.transfer(ticket.id, station, reason.trim()), t('ticket.transferred'));
  };
  return (
    <form className="action-block form-grid" onSubmit={(e) => void submit(e)} aria-label={t('ticket.transfer')}>
      <div className="field">
        <label htmlFor={`${id}-s`}>{t('ticket.transferTo')}</label>
        <select id={`${id}-s`} value={station} onChange={(e) => setStation(e.target.value)} required>
          <option value="">—</option>
          <StationOptions units={units.filter((u) => u.id !== ticket.station)} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-r`}>{t('ticket.transferReason')}</label>
        <input id={`${id}-r`} value={reason} onChange={(e) => setReason(e.target.value)} minLength={3} maxLength={1000} required />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy || !station || reason.trim().length < 3}>
          {t('ticket.transferButton')}
        </button>
      </div>
      {status}
    </form>
  );
}

export function MergePanel({ ticket, onDone }: { ticket: DeskTicket; onDone: () => void }) {
  const { t, label, formatDateTime, formatNumber } = useI18n();
  const { run, status, busy } = useAction(onDone);
  const [items, setItems] = useState<SimilarTicket[]>();
  useEffect(() => {
    const ac = new AbortController();
    api.similar(ticket.id, ac.signal).then(
      (r) => setItems(r.items),
      () => setItems([]),
    );
    return () => ac.abort();
  }, [ticket.id, ticket.updatedAt]);
  if (!items) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="action-block">
      {items.length === 0 ? <p className="muted">{t('ticket.noSimilar')}</p> : null}
      <ul className="similar" data-testid="similar">
        {items.map((s) => (
          <li key={s.id} data-reference={s.reference}>
            <div className="similar-head">
              <PriorityBadge priority={s.priority} />
              <Link href={`/desk/tickets/${s.id}`} className="reference-small">
                {s.reference}
              </Link>
              <span className="muted">
                {label('channel', s.channel)} · {label('category', s.category)} · <time dateTime={s.createdAt}>{formatDateTime(s.createdAt)}</time>
              </span>
              <span className="score" title={t('ticket.score')}>
                {formatNumber(s.score, { maximumFractionDigits: 2 })}
              </span>
            </div>
            <p className="similar-summary">{s.summary}</p>
            <p className="muted small-text">{s.reasons.join(' · ')}</p>
            <div className="inline-actions">
              <button type="button" className="button small" disabled={busy} onClick={() => void run(() => api.merge(s.id, ticket.id, 'duplicate'), t('ticket.mergedIn', { reference: s.reference }))}>
                {t('ticket.mergeHere', { reference: s.reference })}
              </button>
              <button type="button" className="button small" disabled={busy} onClick={() => void run(() => api.merge(ticket.id, s.id, 'duplicate'), t('ticket.mergedInto', { reference: s.reference }))}>
                {t('ticket.mergeInto', { reference: s.reference })}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {status}
    </div>
  );
}
