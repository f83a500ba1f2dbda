/** One ticket: its conversation, why triage and routing decided what they did, the audit trail, the place. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../../api/client.js';
import type { AuditEntry, TicketDetail } from '../../api/types.js';
import { PriorityBadge, StatusBadge } from '../../components/badges.js';
import { useDesk } from '../../components/desk-shell.js';
import { JurisdictionMap } from '../../components/lazy-map.js';
import { useForce } from '../../components/use-force.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link, navigate } from '../../router.js';

function auditDetails(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details !== 'object') return String(details);
  const entries = Object.entries(details).filter(([k]) => k !== 'reasons');
  return entries.map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(' · ');
}

export function TicketScreen({ id }: { id: number }) {
  const { t, label, formatDateTime, formatNumber } = useI18n();
  const { subscribe, unitName } = useDesk();
  const force = useForce();
  const [ticket, setTicket] = useState<TicketDetail>();
  const [error, setError] = useState<'notFound' | 'network'>();

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setTicket(await api.getTicket(id, signal));
        setError(undefined);
      } catch (err) {
        if (signal?.aborted) return;
        setError(err instanceof ApiError && (err.status === 404 || err.status === 403 || err.status === 400) ? 'notFound' : 'network');
      }
    },
    [id],
  );

  useEffect(() => {
    const ac = new AbortController();
    void load(ac.signal);
    return () => ac.abort();
  }, [load]);

  useEffect(
    () =>
      subscribe((e) => {
        if (e === 'reconnected' || e.ticketId === id) void load();
      }),
    [subscribe, load, id],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target;
      if (target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (e.key === 'Escape' || e.key === 'u') navigate('/desk');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (error === 'notFound') {
    return (
      <div className="ticket-screen">
        <Link href="/desk" className="back">
          ← {t('ticket.back')}
        </Link>
        <p className="form-error">{t('ticket.notFound')}</p>
      </div>
    );
  }
  if (error === 'network' && !ticket) {
    return (
      <p className="form-error">
        {t('common.networkError')}{' '}
        <button type="button" className="button link" onClick={() => void load()}>
          {t('common.retry')}
        </button>
      </p>
    );
  }
  if (!ticket) return <p className="muted">{t('common.loading')}</p>;

  const place = ticket.place;
  const point = place.lat !== null && place.lon !== null ? { lat: place.lat, lon: place.lon, label: place.name ?? '' } : null;

  return (
    <article className="ticket-screen" aria-labelledby="ticket-title">
      <Link href="/desk" className="back">
        ← {t('ticket.back')}
      </Link>
      <header className="ticket-header">
        <div className="ticket-title-row">
          <PriorityBadge priority={ticket.priority} />
          <h1 id="ticket-title">{ticket.reference}</h1>
          <StatusBadge status={ticket.status} />
        </div>
        <p className="ticket-meta">
          <span>{label('category', ticket.category)}</span>
          <span>{label('priority', ticket.priority)}</span>
          <span>
            {t('ticket.station')}: {ticket.station ? unitName(ticket.station) : t('desk.noStation')}
          </span>
          {ticket.zone ? (
            <span>
              {t('ticket.zone')}: {unitName(ticket.zone)}
            </span>
          ) : null}
          <span>
            {t('ticket.created')}: <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt)}</time>
          </span>
        </p>
        {ticket.access === 'read' ? <p className="callout">{t('ticket.readOnly')}</p> : null}
      </header>

      <div className="ticket-grid">
        <div className="ticket-main">
          <section aria-labelledby="conv-title" className="panel panel-conversation">
            <h2 id="conv-title">{t('ticket.conversation')}</h2>
            <ol className="messages">
              {ticket.messages.map((m) => (
                <li key={m.id} className={`message message-${m.direction === 'in' ? 'in' : 'out'}`}>
                  <div className="message-head">
                    <strong>{m.direction === 'in' ? (m.author ?? t('ticket.incoming')) : (m.author ?? t('ticket.outgoing'))}</strong>
                    <span className="muted">
                      {label('channel', m.channel)} · <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
                    </span>
                  </div>
                  <p className="message-text">{m.text}</p>
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="audit-title" className="panel panel-audit">
            <h2 id="audit-title">{t('ticket.audit')}</h2>
            <ol className="audit">
              {ticket.audit.map((a: AuditEntry) => (
                <li key={a.id}>
                  <time dateTime={a.createdAt}>{formatDateTime(a.createdAt)}</time>
                  <span className="audit-action">{a.action}</span>
                  <span className="audit-actor">{a.actor}</span>
                  <span className="audit-details muted">{auditDetails(a.details)}</span>
                </li>
              ))}
            </ol>
          </section>
        </div>

        <aside className="ticket-side">
          <section aria-labelledby="place-title" className="panel panel-place">
            <h2 id="place-title">{t('ticket.place')}</h2>
            {place.name ? (
              <p>
                <strong>{place.name}</strong>
                <br />
                <span className="muted">
                  {t('ticket.method', { method: place.method, confidence: formatNumber(place.confidence, { style: 'percent', maximumFractionDigits: 0 }) })}
                </span>
              </p>
            ) : (
              <p className="muted">{t('ticket.noPlace')}</p>
            )}
            {force.data ? (
              <JurisdictionMap jurisdictions={force.data.jurisdictions} units={force.data.units.units} highlight={ticket.station} point={point} height={260} />
            ) : null}
          </section>

          <section aria-labelledby="why-title" className="panel panel-why">
            <h2 id="why-title">{t('ticket.reasons')}</h2>
            <h3>{t('ticket.triage')}</h3>
            <ul className="reasons">
              {ticket.reasons.triage.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
            <h3>{t('ticket.routing')}</h3>
            <ul className="reasons">
              {ticket.reasons.routing.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="contact-title" className="panel panel-contact">
            <h2 id="contact-title">{t('ticket.contact')}</h2>
            <dl className="facts compact">
              <div>
                <dt>{t('ticket.channel')}</dt>
                <dd>{label('channel', ticket.channel)}</dd>
              </div>
              <div>
                <dt>{t('ticket.language')}</dt>
                <dd>{ticket.language}</dd>
              </div>
              {ticket.contact ? (
                <>
                  <div>
                    <dt>{t('ticket.name')}</dt>
                    <dd>{ticket.contact.name ?? <span className="muted">{t('ticket.noName')}</span>}</dd>
                  </div>
                  <div>
                    <dt>{t('ticket.phone')}</dt>
                    <dd>{ticket.contact.phone ? <a href={`tel:${ticket.contact.phone}`}>{ticket.contact.phone}</a> : <span className="muted">{t('ticket.noPhone')}</span>}</dd>
                  </div>
                </>
              ) : null}
            </dl>
          </section>
        </aside>
      </div>
    </article>
  );
}
