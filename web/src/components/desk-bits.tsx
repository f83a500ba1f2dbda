/** Small pieces the desk screens share: the SLA badge, the `?` shortcut help, live refetching, key handling. */
import { useEffect, useRef, type ReactNode } from 'react';
import { isOpenStatus, type DeskTicket, type TicketEvent } from '../api/types.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { useDesk } from './desk-shell.js';

/** "Breached" in red once the running SLA clock has passed, else when it falls due. */
export function SlaBadge({ ticket, now }: { ticket: Pick<DeskTicket, 'breached' | 'slaDueAt' | 'firstResponseAt' | 'status'>; now: number }) {
  const { t, formatRelative, formatDateTime } = useI18n();
  // A resolved or closed ticket has no running clock.
  if (!isOpenStatus(ticket.status)) return null;
  if (ticket.breached) {
    return (
      <span className="badge sla sla-breached" data-testid="sla-breached" title={ticket.slaDueAt ? formatDateTime(ticket.slaDueAt) : undefined}>
        {t('sla.breached')}
      </span>
    );
  }
  if (!ticket.slaDueAt) return null;
  return (
    <span className="badge sla sla-due" title={formatDateTime(ticket.slaDueAt)}>
      {t(ticket.firstResponseAt ? 'sla.resolveDue' : 'sla.replyDue', { when: formatRelative(ticket.slaDueAt, now) })}
    </span>
  );
}

/** True when a key press comes from a field the officer types in: shortcuts stay out of the way. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Refetches (debounced) on every ticket event and after a reconnect: the server's answer is the truth.
 * A channel.silent event changes no ticket: the silence alarm (silence-alarm.tsx) shows it instead.
 */
export function useLiveRefetch(load: () => void, accept: (ticketId: number, type: TicketEventType) => boolean = () => true, delayMs = 200): void {
  const { subscribe } = useDesk();
  const loadRef = useRef(load);
  const acceptRef = useRef(accept);
  loadRef.current = load;
  acceptRef.current = accept;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe((e) => {
      if (e !== 'reconnected' && (e.type === 'channel.silent' || !acceptRef.current(e.ticketId, e.type))) return;
      clearTimeout(timer);
      timer = setTimeout(() => loadRef.current(), delayMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [subscribe, delayMs]);
}

type TicketEventType = TicketEvent['type'];

export interface Shortcut {
  keys: string;
  label: MessageKey;
}

/** The `?` overlay: a modal dialog listing the screen's keys; Esc or the button closes it. */
export function ShortcutHelp({ open, onClose, shortcuts }: { open: boolean; onClose: () => void; shortcuts: readonly Shortcut[] }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={onClose} data-testid="shortcut-help">
      <h2 id="help-title">{t('keys.title')}</h2>
      <dl className="keys">
        {shortcuts.map((s) => (
          <div key={s.keys}>
            <dt>
              {s.keys.split(' ').map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{t(s.label)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </dialog>
  );
}

/** A titled panel section. */
export function Panel({ id, title, className, children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className={`panel ${className ?? ''}`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
