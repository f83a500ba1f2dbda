/**
 * What calls an officer's attention on a long shift: a new p1 and a breach (`ticket.escalated`, the SLA
 * tick's escalation) each play their own tone (generated with Web Audio: nothing to download) and raise a
 * browser notification, each switchable per officer. The switches live in this browser's localStorage
 * (per user: keyed by the login), which is enough for a desk PC or phone that one officer uses per shift.
 * Unread items stay in an "attention" strip of the desk shell (kept in sessionStorage, so a reload keeps
 * them) until the ticket is opened or the item dismissed, and the unread p1 count is in the tab's title.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { isOpenStatus, type DeskEvent } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';

export type AlertKind = 'p1' | 'breach';

export interface AlertPrefs {
  p1Sound: boolean;
  p1Notify: boolean;
  breachSound: boolean;
  breachNotify: boolean;
}

const DEFAULT_PREFS: AlertPrefs = { p1Sound: true, p1Notify: true, breachSound: true, breachNotify: true };

export interface AttentionItem {
  kind: AlertKind;
  ticketId: number;
  reference: string;
  at: string;
}

const prefsKey = (userId: number) => `chowki.alerts.${userId}`;
const ATTENTION_KEY = 'chowki.attention';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** The officer's alert switches; every one on until switched off. */
export function readAlertPrefs(userId: number): AlertPrefs {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(prefsKey(userId)) ?? 'null');
    if (!isRecord(v)) return DEFAULT_PREFS;
    const pick = (k: keyof AlertPrefs) => (typeof v[k] === 'boolean' ? v[k] : DEFAULT_PREFS[k]);
    return { p1Sound: pick('p1Sound'), p1Notify: pick('p1Notify'), breachSound: pick('breachSound'), breachNotify: pick('breachNotify') };
  } catch {
    return DEFAULT_PREFS;
  }
}

function writeAlertPrefs(userId: number, prefs: AlertPrefs): void {
  try {
    localStorage.setItem(prefsKey(userId), JSON.stringify(prefs));
  } catch {
    // Storage blocked: the switch holds for this page only.
  }
}

function readAttention(): AttentionItem[] {
  try {
    const v: unknown = JSON.parse(sessionStorage.getItem(ATTENTION_KEY) ?? '[]');
    if (!Array.isArray(v)) return [];
    return v.flatMap((x: unknown) =>
      isRecord(x) && (x.kind === 'p1' || x.kind === 'breach') && typeof x.ticketId === 'number' && typeof x.reference === 'string' && typeof x.at === 'string'
        ? [{ kind: x.kind, ticketId: x.ticketId, reference: x.reference, at: x.at }]
        : [],
    );
  } catch {
    return [];
  }
}

let audio: AudioContext | undefined;

/**
 * The two tones: a p1 is two rising beeps, a breach three low pulses, so that an officer across the room
 * knows which without looking. A browser that blocks audio before the page was touched stays silent.
 */
export function playAlertTone(kind: AlertKind): void {
  try {
    audio ??= new AudioContext();
    const ctx = audio;
    void ctx.resume().catch(() => undefined);
    const notes = kind === 'p1' ? [880, 1320] : [392, 392, 392];
    const length = kind === 'p1' ? 0.18 : 0.22;
    notes.forEach((hz, i) => {
      const start = ctx.currentTime + i * (length + 0.08);
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = kind === 'p1' ? 'sine' : 'square';
      osc.frequency.value = hz;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + length + 0.02);
    });
  } catch {
    // No Web Audio here: the strip and the title still say it.
  }
}

function notify(title: string, body: string, tag: string): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  try {
    new Notification(title, { body, tag });
  } catch {
    // Some browsers allow notifications only from a service worker; the strip still says it.
  }
}

/** The shell's alert state: the officer's switches, the unread items, and the event handler that feeds them. */
export function useDeskAlerts(userId: number, pathname: string) {
  const { t } = useI18n();
  const [prefs, setPrefsState] = useState<AlertPrefs>(() => readAlertPrefs(userId));
  const [items, setItems] = useState<AttentionItem[]>(readAttention);
  const prefsRef = useRef(prefs);
  prefsRef.current = prefs;
  // Priorities this page has seen, so that a ticket raised to p1 alerts once and a known p1 never again.
  const priorities = useRef(new Map<number, string>());

  const setPrefs = useCallback(
    (patch: Partial<AlertPrefs>) => {
      setPrefsState((p) => {
        const next = { ...p, ...patch };
        writeAlertPrefs(userId, next);
        return next;
      });
      if ((patch.p1Notify || patch.breachNotify) && typeof Notification !== 'undefined' && Notification.permission === 'default') {
        void Notification.requestPermission().catch(() => undefined);
      }
    },
    [userId],
  );

  useEffect(() => {
    try {
      sessionStorage.setItem(ATTENTION_KEY, JSON.stringify(items));
    } catch {
      // Not kept across a reload; still shown.
    }
  }, [items]);

  // Opening the ticket reads its alerts.
  const open = /^\/desk\/tickets\/(\d+)$/.exec(pathname)?.[1];
  useEffect(() => {
    if (open) setItems((list) => (list.some((x) => x.ticketId === Number(open)) ? list.filter((x) => x.ticketId !== Number(open)) : list));
  }, [open]);

  const raise = useCallback(
    (kind: AlertKind, ticketId: number, reference: string, at: string) => {
      setItems((list) => [{ kind, ticketId, reference, at }, ...list.filter((x) => !(x.ticketId === ticketId && x.kind === kind))].slice(0, 50));
      const p = prefsRef.current;
      if (kind === 'p1' ? p.p1Sound : p.breachSound) playAlertTone(kind);
      if (kind === 'p1' ? p.p1Notify : p.breachNotify) {
        notify(t(kind === 'p1' ? 'alerts.notify.p1Title' : 'alerts.notify.breachTitle'), t(kind === 'p1' ? 'alerts.item.p1' : 'alerts.item.breach', { reference }), `${kind}-${ticketId}`);
      }
    },
    [t],
  );

  const onEvent = useCallback(
    (e: DeskEvent) => {
      if (e.type === 'channel.silent') return;
      if (e.type === 'ticket.escalated') {
        raise('breach', e.ticketId, e.ticket?.reference ?? `#${e.ticketId}`, e.at);
        return;
      }
      const summary = e.ticket;
      if (!summary) return;
      const before = priorities.current.get(e.ticketId);
      priorities.current.set(e.ticketId, summary.priority);
      // A new p1, or one raised to p1 since this page last heard of it.
      const raised = e.type === 'ticket.created' || (before !== undefined && before !== 'p1');
      if (summary.priority === 'p1' && isOpenStatus(summary.status) && raised) raise('p1', e.ticketId, summary.reference, e.at);
    },
    [raise],
  );

  const dismiss = useCallback((ticketId: number, kind: AlertKind) => setItems((list) => list.filter((x) => !(x.ticketId === ticketId && x.kind === kind))), []);
  const dismissAll = useCallback(() => setItems([]), []);

  const unreadP1 = items.filter((x) => x.kind === 'p1').length;
  useEffect(() => {
    document.title = unreadP1 > 0 ? t('alerts.title', { count: unreadP1, name: t('app.name') }) : t('app.name');
  }, [unreadP1, t]);

  return { prefs, setPrefs, items, onEvent, dismiss, dismissAll };
}

export type DeskAlerts = ReturnType<typeof useDeskAlerts>;

/** The attention strip: what arrived or breached and is not read yet, above every desk screen. */
export function AttentionStrip({ alerts }: { alerts: DeskAlerts }) {
  const { t, formatDateTime } = useI18n();
  if (alerts.items.length === 0) return null;
  return (
    <section className="attention" aria-labelledby="attention-title" data-testid="attention">
      <div className="attention-head">
        <h2 id="attention-title">{t('alerts.strip', { count: alerts.items.length })}</h2>
        <button type="button" className="button small" onClick={alerts.dismissAll}>
          {t('alerts.dismissAll')}
        </button>
      </div>
      <ul>
        {alerts.items.map((x) => (
          <li key={`${x.kind}-${x.ticketId}`} className={`attention-item attention-${x.kind}`} data-kind={x.kind} data-reference={x.reference}>
            <Link href={`/desk/tickets/${x.ticketId}`}>{t(x.kind === 'p1' ? 'alerts.item.p1' : 'alerts.item.breach', { reference: x.reference })}</Link>
            <span className="muted small-text">{formatDateTime(x.at)}</span>
            <button type="button" className="button small" aria-label={t('alerts.dismissLabel', { reference: x.reference })} onClick={() => alerts.dismiss(x.ticketId, x.kind)}>
              {t('alerts.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The officer's switches for the tones and notifications, folded in the header. */
export function AlertSettings({ alerts }: { alerts: DeskAlerts }) {
  const { t } = useI18n();
  const blocked = typeof Notification !== 'undefined' && Notification.permission === 'denied';
  const row = (key: keyof AlertPrefs, label: 'alerts.p1Sound' | 'alerts.p1Notify' | 'alerts.breachSound' | 'alerts.breachNotify') => (
    <label className="check">
      <input type="checkbox" checked={alerts.prefs[key]} onChange={(e) => alerts.setPrefs({ [key]: e.target.checked })} />
      {t(label)}
    </label>
  );
  return (
    <details className="alert-settings" data-testid="alert-settings">
      <summary>{t('alerts.settings')}</summary>
      <div className="alert-settings-body">
        {row('p1Sound', 'alerts.p1Sound')}
        {row('p1Notify', 'alerts.p1Notify')}
        {row('breachSound', 'alerts.breachSound')}
        {row('breachNotify', 'alerts.breachNotify')}
        <p className="small-text">{t(blocked ? 'alerts.blocked' : 'alerts.stored')}</p>
        <div className="inline-actions">
          <button type="button" className="button small" onClick={() => playAlertTone('p1')}>
            {t('alerts.testP1')}
          </button>
          <button type="button" className="button small" onClick={() => playAlertTone('breach')}>
            {t('alerts.testBreach')}
          </button>
        </div>
      </div>
    </details>
  );
}
