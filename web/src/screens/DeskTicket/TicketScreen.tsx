/**
 * One ticket as the desk works it: the conversation across channels, the citizen's earlier tickets, the
 * place on the map, why triage and routing decided, the audit trail, SLA deadlines, and every action.
 * All of it comes from one answer, GET /api/desk/tickets/:id (the ticket's one read model).
 * A ticket another station now owns is shown read-only. Keys: a take, r reply, i note, s status, n / p the
 * next and previous ticket of the queue the officer came from, Esc back to that queue (filters, scroll and
 * all), ? help.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.js';
import type { Roster, TicketView } from '../../api/types.js';
import { PriorityBadge, StatusBadge } from '../../components/badges.js';
import { isTyping, Panel, ShortcutHelp, SlaBadge, useLiveRefetch, type Shortcut } from '../../components/desk-bits.js';
import { useDesk } from '../../components/desk-shell.js';
import { useErrorText } from '../../components/error-note.js';
import { JurisdictionMap } from '../../components/lazy-map.js';
import { useForce } from '../../components/use-force.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link, navigate, useLocation } from '../../router.js';
import { AssignForm, CorrectionForm, MergePanel, NoteForm, ReplyForm, StatusForm, TransferForm } from './actions.js';
import { describeAudit } from './audit.js';
import { SenderSpamForm } from './sender-spam.js';
import { EVIDENCE_ROLES } from '../../../../src/media/media.model.js';
import { Attachments } from './attachments.js';
import { DeliveryLine } from './delivery-line.js';
import { keepQueuePlace, neighbourTicket, queueHref, readQueuePlace } from '../DeskQueue/queue-place.js';

const TICKET_SHORTCUTS: readonly Shortcut[] = [
  { keys: 'a', label: 'keys.assignMe' },
  { keys: 'r', label: 'keys.reply' },
  { keys: 'i', label: 'keys.note' },
  { keys: 's', label: 'keys.status' },
  { keys: 'n p', label: 'keys.nextPrevious' },
  { keys: 'Esc', label: 'keys.back' },
  { keys: '?', label: 'keys.help' },
];

/** Opens another ticket of the queue, which then shows it as the selected row. */
function goToTicket(to: number, go = true): void {
  const place = readQueuePlace();
  if (place) keepQueuePlace({ search: place.search, selectedId: to });
  if (go) navigate(`/desk/tickets/${to}`);
}

export function TicketScreen({ id }: { id: number }) {
  const i18n = useI18n();
  const { t, label, locale, formatDateTime, formatNumber, formatRelative } = i18n;
  const errorText = useErrorText();
  const { unitName, officer } = useDesk();
  const { search } = useLocation();
  const force = useForce();
  const [view, setView] = useState<TicketView>();
  const [roster, setRoster] = useState<Roster>();
  const [error, setError] = useState<'notFound' | 'network'>();
  const [help, setHelp] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [now, setNow] = useState(Date.now());
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const statusRef = useRef<HTMLSelectElement>(null);
  const generation = useRef(0);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const v = await api.deskTicket(id);
      if (mine !== generation.current) return;
      setView(v);
      setNow(Date.now());
      setError(undefined);
    } catch (err) {
      if (mine !== generation.current) return;
      setError(err instanceof ApiError && (err.status === 404 || err.status === 403 || err.status === 400) ? 'notFound' : 'network');
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  useLiveRefetch(() => void load(), (ticketId) => ticketId === id || view?.messages.some((m) => m.ticketId === ticketId) === true);

  // The roster of the ticket's own station (names for the audit trail, officers to assign); none when unplaced.
  const rosterStation = view?.ticket.station ?? null;
  useEffect(() => {
    if (!rosterStation) return;
    const ac = new AbortController();
    api.roster(rosterStation, ac.signal).then(setRoster, () => undefined);
    return () => ac.abort();
  }, [rosterStation]);

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(tick);
  }, []);

  const canAct = view?.access === 'act' && view.ticket.mergedIntoId === null;
  const nextId = neighbourTicket(id, 1);
  const previousId = neighbourTicket(id, -1);

  // Arriving from the queue with r or s: go straight to the reply or the status.
  const wanted = search.get('do');
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (focused || !canAct) return;
    if (wanted === 'reply') replyRef.current?.focus();
    else if (wanted === 'status') statusRef.current?.focus();
    else return;
    setFocused(true);
  }, [wanted, canAct, focused, view]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      if (isTyping(e.target)) {
        // Esc leaves the text box first; a second Esc goes back to the queue.
        if (e.key === 'Escape' && e.target instanceof HTMLElement) e.target.blur();
        return;
      }
      if (document.querySelector('dialog[open]')) return;
      if (e.key === '?') {
        e.preventDefault();
        setHelp(true);
      } else if (e.key === 'Escape' || e.key === 'u') {
        navigate(queueHref());
      } else if (e.key === 'n' || e.key === 'p') {
        e.preventDefault();
        const to = neighbourTicket(id, e.key === 'n' ? 1 : -1);
        if (to === undefined) {
          setAnnouncement(t(e.key === 'n' ? 'ticket.noNext' : 'ticket.noPrevious'));
          return;
        }
        goToTicket(to);
      } else if (canAct && e.key === 'r') {
        e.preventDefault();
        replyRef.current?.focus();
      } else if (canAct && e.key === 'i') {
        e.preventDefault();
        noteRef.current?.focus();
      } else if (canAct && e.key === 's') {
        e.preventDefault();
        statusRef.current?.focus();
      } else if (canAct && e.key === 'a') {
        e.preventDefault();
        api.assign(id, 'me').then(
          () => {
            setAnnouncement(t('ticket.assignedToYou'));
            void load();
          },
          (err: unknown) => setAnnouncement(errorText(err)),
        );
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canAct, id, load, t, errorText]);

  if (error === 'notFound') {
    return (
      <div className="ticket-screen">
        <Link href={queueHref()} className="back">
          ← {t('ticket.back')}
        </Link>
        <p className="form-error">{t('ticket.notFound')}</p>
      </div>
    );
  }
  if (error === 'network' && !view) {
    return (
      <p className="form-error">
        {t('common.networkError')}{' '}
        <button type="button" className="button link" onClick={() => void load()}>
          {t('common.retry')}
        </button>
      </p>
    );
  }
  if (!view) return <p className="muted">{t('common.loading')}</p>;

  const ticket = view.ticket;
  const place = ticket.place;
  const point = place.lat !== null && place.lon !== null ? { lat: place.lat, lon: place.lon, label: place.name ?? '' } : null;
  const units = force.data?.units.units ?? [];
  const channels = [...new Set(view.messages.filter((m) => m.direction === 'in').map((m) => m.channel))];
  const officers = new Map((roster?.officers ?? []).map((o) => [o.id, o.name]));
  const auditNames = { unitName, officerName: (officerId: number) => officers.get(officerId) };

  return (
    <article className="ticket-screen" aria-labelledby="ticket-title">
      <div className="ticket-top">
        <Link href={queueHref()} className="back">
          ← {t('ticket.back')}
        </Link>
        <nav className="ticket-steps" aria-label={t('ticket.steps')}>
          {previousId !== undefined ? (
            <Link href={`/desk/tickets/${previousId}`} onClick={() => goToTicket(previousId, false)} aria-keyshortcuts="p">
              ‹ {t('ticket.previous')}
            </Link>
          ) : null}
          {nextId !== undefined ? (
            <Link href={`/desk/tickets/${nextId}`} onClick={() => goToTicket(nextId, false)} aria-keyshortcuts="n">
              {t('ticket.next')} ›
            </Link>
          ) : null}
        </nav>
        <button type="button" className="button small help-button" onClick={() => setHelp(true)} aria-keyshortcuts="?">
          {t('keys.button')}
        </button>
      </div>
      <header className="ticket-header">
        <div className="ticket-title-row">
          <PriorityBadge priority={ticket.priority} />
          <h1 id="ticket-title">{ticket.reference}</h1>
          <StatusBadge status={ticket.status} />
          <SlaBadge ticket={ticket} now={now} />
        </div>
        <p className="ticket-meta">
          <span data-testid="ticket-category">{label('category', ticket.category)}</span>
          <span>{label('priority', ticket.priority)}</span>
          <span data-testid="ticket-station">
            {t('ticket.station')}: {ticket.station ? unitName(ticket.station) : t('desk.noStation')}
          </span>
          {ticket.zone ? (
            <span>
              {t('ticket.zone')}: {unitName(ticket.zone)}
            </span>
          ) : null}
          <span>
            {t('ticket.assignee')}: {ticket.assigneeName ?? t('desk.unassigned')}
          </span>
          <span>
            {t('ticket.created')}: <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt)}</time>
          </span>
        </p>
        {view.access === 'read' ? (
          <p className="callout" data-testid="read-only">
            {t('ticket.readOnly', { station: ticket.station ? unitName(ticket.station) : '—' })}
          </p>
        ) : null}
        {ticket.mergedIntoId !== null ? (
          <p className="callout info">
            {t('ticket.mergedNotice')} <Link href={`/desk/tickets/${ticket.mergedIntoId}`}>{t('ticket.openMerged')}</Link>
          </p>
        ) : null}
        {view.flags.includes('reply_failed') ? (
          <p className="callout" role="alert" data-testid="reply-failed-callout">
            {t('delivery.alert')}
          </p>
        ) : null}
        {ticket.breached ? (
          <p className="callout" role="status" data-testid="breach-callout">
            {t('sla.breachedLong', { when: ticket.slaDueAt ? formatDateTime(ticket.slaDueAt) : '—' })}
            {ticket.escalationLevel > 0 ? ` ${t(ticket.escalationLevel === 1 ? 'sla.escalated1' : 'sla.escalated2')}` : ''}
          </p>
        ) : null}
      </header>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      <div className="ticket-grid">
        <div className="ticket-main">
          <Panel id="conv" title={t('ticket.conversation')} className="panel-conversation">
            {channels.length > 1 ? <p className="muted">{t('ticket.channels', { channels: channels.map((c) => label('channel', c)).join(', ') })}</p> : null}
            <ol className="messages" data-testid="messages">
              {view.messages.map((m) => (
                <li key={m.id} className={`message message-${m.direction === 'in' ? 'in' : m.direction === 'note' ? 'note' : 'out'}`}>
                  <div className="message-head">
                    <strong>
                      {m.direction === 'note' ? `${t('ticket.noteBy')} · ${m.author ?? t('ticket.system')}` : m.direction === 'in' ? (m.author ?? t('ticket.incoming')) : (m.author ?? t('ticket.outgoing'))}
                    </strong>
                    <span className="muted">
                      {m.direction === 'note' ? t('ticket.internal') : label('channel', m.channel)}
                      {m.visibility ? ` · ${t(m.visibility === 'public' ? 'ticket.public' : 'ticket.private')}` : ''}
                      {m.ticketId !== ticket.id ? ` · ${m.reference}` : ''} · <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
                    </span>
                  </div>
                  <p className="message-text">{m.text}</p>
                  <Attachments items={m.attachments} reference={m.reference} />
                  {m.delivery ? (
                    <DeliveryLine
                      ticketId={m.ticketId}
                      delivery={m.delivery}
                      canRetry={canAct && m.ticketId === ticket.id}
                      onRetried={() => {
                        setAnnouncement(t('delivery.retried'));
                        void load();
                      }}
                      onError={(err) => setAnnouncement(errorText(err))}
                    />
                  ) : null}
                </li>
              ))}
            </ol>
          </Panel>

          {canAct ? (
            <>
              <Panel id="reply" title={t('ticket.reply')} className="panel-reply">
                <ReplyForm ticket={ticket} textRef={replyRef} onDone={() => void load()} />
              </Panel>
              <Panel id="note" title={t('ticket.note')} className="panel-note">
                <NoteForm ticket={ticket} textRef={noteRef} onDone={() => void load()} />
              </Panel>
            </>
          ) : null}

          <Panel id="audit" title={t('ticket.audit')} className="panel-audit">
            {EVIDENCE_ROLES.some((r) => r === officer.role) ? (
              <p>
                <a className="button small" href={`/api/tickets/${ticket.id}/evidence`} download data-testid="evidence-export">
                  {t('evidence.download')}
                </a>
              </p>
            ) : null}
            <p className="muted small-text">{t('ticket.timesIst')}</p>
            <ol className="audit" data-testid="audit">
              {view.audit.map((a) => {
                const { sentence, reason } = describeAudit(a, i18n, auditNames);
                return (
                  <li key={a.id} data-action={a.action}>
                    <time dateTime={a.createdAt}>{formatDateTime(a.createdAt)}</time>
                    <span className="audit-sentence">{sentence}</span>
                    {reason ? <span className="audit-reason muted">{t('audit.reason', { reason })}</span> : null}
                  </li>
                );
              })}
            </ol>
          </Panel>
        </div>

        <aside className="ticket-side">
          {canAct ? (
            <Panel id="work" title={t('ticket.work')} className="panel-work">
              <AssignForm ticket={ticket} roster={roster} onDone={() => void load()} />
              <h3>{t('ticket.changeStatus')}</h3>
              <StatusForm ticket={ticket} selectRef={statusRef} onDone={() => void load()} />
            </Panel>
          ) : null}

          <Panel id="sla" title={t('sla.title')} className="panel-sla">
            <dl className="facts compact">
              <div>
                <dt>{t('sla.firstResponse')}</dt>
                <dd>
                  {ticket.firstResponseAt ? (
                    <>
                      {t('sla.answered')} <time dateTime={ticket.firstResponseAt}>{formatDateTime(ticket.firstResponseAt)}</time>
                    </>
                  ) : ticket.firstResponseDueAt ? (
                    <>
                      {t('sla.dueBy')} <time dateTime={ticket.firstResponseDueAt}>{formatDateTime(ticket.firstResponseDueAt)}</time> ({formatRelative(ticket.firstResponseDueAt, now)})
                    </>
                  ) : (
                    '—'
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('sla.resolve')}</dt>
                <dd>
                  {ticket.resolveDueAt ? (
                    <>
                      {t('sla.dueBy')} <time dateTime={ticket.resolveDueAt}>{formatDateTime(ticket.resolveDueAt)}</time>
                    </>
                  ) : (
                    '—'
                  )}
                </dd>
              </div>
              {view.outcome ? (
                <div>
                  <dt>{t('ticket.outcome')}</dt>
                  <dd data-testid="outcome">{label('outcome', view.outcome)}</dd>
                </div>
              ) : null}
            </dl>
          </Panel>

          <Panel id="place" title={t('ticket.place')} className="panel-place">
            {place.name ? (
              <p>
                <strong>{place.name}</strong>
                <br />
                <span className="muted">
                  {t(place.method === 'pin' ? 'ticket.method.pin' : place.method === 'handle' ? 'ticket.method.handle' : 'ticket.method.gazetteer', {
                    confidence: formatNumber(place.confidence, { style: 'percent', maximumFractionDigits: 0 }),
                  })}
                </span>
              </p>
            ) : (
              <p className="muted">{t('ticket.noPlace')}</p>
            )}
            {force.data ? <JurisdictionMap jurisdictions={force.data.jurisdictions} units={units} highlight={ticket.station} point={point} height={240} /> : null}
          </Panel>

          <Panel id="why" title={t('ticket.reasons')} className="panel-why">
            {/* In words first; the engines' own notes (technical, English) one click away, as in the audit trail. */}
            <p data-testid="why-triage">
              {t('ticket.why.triage', { category: label('category', ticket.category), priority: label('priority', ticket.priority), language: languageName(ticket.language, locale) })}
            </p>
            <p data-testid="why-routing">
              {ticket.station ? t('ticket.why.station', { station: unitName(ticket.station), placePanel: t('ticket.place') }) : t('ticket.why.noStation')}
            </p>
            <details className="why-raw">
              <summary>{t('ticket.why.raw')}</summary>
              <h3>{t('ticket.triage')}</h3>
              <ul className="reasons" lang="en">
                {view.reasons.triage.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
              <h3>{t('ticket.routing')}</h3>
              <ul className="reasons" lang="en">
                {view.reasons.routing.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </details>
          </Panel>

          <Panel id="contact" title={t('ticket.contact')} className="panel-contact">
            <dl className="facts compact">
              <div>
                <dt>{t('ticket.channel')}</dt>
                <dd>{label('channel', ticket.channel)}</dd>
              </div>
              <div>
                <dt>{t('ticket.language')}</dt>
                <dd>{languageName(ticket.language, locale)}</dd>
              </div>
              {view.contact ? (
                <>
                  <div>
                    <dt>{t('ticket.name')}</dt>
                    <dd>{view.contact.name ?? <span className="muted">{t('ticket.noName')}</span>}</dd>
                  </div>
                  <div>
                    <dt>{t('ticket.phone')}</dt>
                    <dd data-testid="contact-phone">
                      {view.contact.phone ? (
                        view.contact.masked ? (
                          <span>{view.contact.phone}</span>
                        ) : (
                          <a href={`tel:${view.contact.phone}`}>{view.contact.phone}</a>
                        )
                      ) : (
                        <span className="muted">{t('ticket.noPhone')}</span>
                      )}
                    </dd>
                  </div>
                </>
              ) : null}
            </dl>
            <CitizenTickets title={t('ticket.earlier')} empty={t('ticket.noEarlier')} items={view.earlier} testId="earlier" />
            {view.later.length > 0 ? <CitizenTickets title={t('ticket.later')} empty="" items={view.later} testId="later" /> : null}
          </Panel>

          {canAct ? (
            <>
              <Panel id="correct" title={t('ticket.correct')} className="panel-correct">
                <CorrectionForm ticket={ticket} units={units} onDone={() => void load()} />
              </Panel>
              <Panel id="transfer" title={t('ticket.transfer')} className="panel-transfer">
                <TransferForm ticket={ticket} units={units} onDone={() => void load()} />
              </Panel>
              <Panel id="merge" title={t('ticket.merge')} className="panel-merge">
                <MergePanel ticket={ticket} onDone={() => void load()} />
              </Panel>
              <Panel id="flood" title={t('sender.title')} className="panel-merge">
                <SenderSpamForm ticketId={ticket.id} onDone={() => void load()} />
              </Panel>
            </>
          ) : null}
        </aside>
      </div>
      <ShortcutHelp open={help} onClose={() => setHelp(false)} shortcuts={TICKET_SHORTCUTS} />
    </article>
  );
}

/** A language code ("hi-Latn") as the UI's language names it ("Hindi (Latin)", "हिन्दी (लैटिन)"), by Intl. */
function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A citizen's other tickets in time order, across channels (earlier, or later, than this one). */
function CitizenTickets({ title, empty, items, testId }: { title: string; empty: string; items: TicketView['earlier']; testId: string }) {
  const { t, label, formatDateTime } = useI18n();
  return (
    <>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ol className="earlier" data-testid={testId}>
          {items.map((e) => (
            <li key={e.id}>
              <Link href={`/desk/tickets/${e.id}`} className="reference-small">
                {e.reference}
              </Link>{' '}
              <span className="muted">
                {label('channel', e.channel)} · {label('category', e.category)} · {label('status', e.status)}
                {e.outcome ? ` (${label('outcome', e.outcome)})` : ''} · <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
                {e.phone ? (
                  <>
                    {' · '}
                    {t('ticket.phone')} <span data-testid="citizen-phone">{e.phone}</span>
                  </>
                ) : null}
              </span>
              <br />
              <span className="earlier-summary">{e.summary}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
