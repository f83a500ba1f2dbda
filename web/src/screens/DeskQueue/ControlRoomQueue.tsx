/**
 * The control room's own queue, above the city's: tickets no station holds (the place was not found) and
 * escalated ones, most urgent first (GET /api/desk/queue?control=true), live like the queue below it.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { DeskTicket } from '../../api/types.js';
import { PriorityBadge, StatusBadge } from '../../components/badges.js';
import { useLiveRefetch } from '../../components/desk-bits.js';
import { useDesk } from '../../components/desk-shell.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link } from '../../router.js';

export function ControlRoomQueue() {
  const { t, label, formatRelative } = useI18n();
  const { unitName } = useDesk();
  const [items, setItems] = useState<DeskTicket[]>();
  const load = useCallback(async () => {
    try {
      setItems((await api.deskQueue({ control: true, sort: 'priority', limit: 50 })).items);
    } catch {
      // The queue below says when the server cannot be reached; this list keeps what it had.
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  useLiveRefetch(() => void load());
  if (!items) return null;
  return (
    <section className="control-queue" aria-labelledby="control-queue-title" data-testid="control-queue">
      <h2 id="control-queue-title">{t('desk.controlRoom')}</h2>
      {items.length === 0 ? <p className="muted">{t('desk.controlRoomEmpty')}</p> : null}
      <ol className="queue compact">
        {items.map((x) => (
          <li key={x.id} className={`ticket-row p-${x.priority}`} data-reference={x.reference}>
            <Link href={`/desk/tickets/${x.id}`} className="ticket-link">
              <span className="cell-priority">
                <PriorityBadge priority={x.priority} />
              </span>
              <span className="cell-main">
                <span className="row-head">
                  <span className="reference-small">{x.reference}</span>
                  <span className="category">{label('category', x.category)}</span>
                </span>
                <span className="summary">{x.summary}</span>
              </span>
              <span className="cell-place">
                <span>{x.place.name ?? '—'}</span>
                <span className="muted">{x.station ? unitName(x.station) : t('desk.noStation')}</span>
              </span>
              <span className="cell-status">
                <StatusBadge status={x.status} />
              </span>
              <span className="cell-time">
                <time dateTime={x.createdAt}>{formatRelative(x.createdAt)}</time>
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
