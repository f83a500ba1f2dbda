/**
 * The desk's frame: checks the session, holds the one live connection to /api/events for every desk
 * screen, and shows who is logged in, for which unit, and whether the queue is live. It keeps the
 * channels that went silent (channel.silent, sent to the city's desk) until the officer dismisses them,
 * so the alarm survives a move between the queue, the overview and a ticket.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, api, followDeskEvents, type DeskStreamState } from '../api/client.js';
import type { DeskEvent, Officer, Role } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, navigate, useLocation } from '../router.js';
import { AlertSettings, AttentionStrip, useDeskAlerts, type DeskAlerts } from './desk-alerts.js';
import { LanguageSwitch } from './language-switch.js';
import { useForce } from './use-force.js';

/** Who sees which desk screens: the overview is the desk of the units above stations. */
const OVERVIEW_ROLES: readonly Role[] = ['dcp', 'control_room', 'commissioner'];
const ROSTER_ROLES: readonly Role[] = ['operator', 'sho', 'dcp', 'admin'];
/** An SHO answers for their station's figures and reads the praise of its officers there. */
const LEADERSHIP_ROLES: readonly Role[] = ['sho', ...OVERVIEW_ROLES];
/** Who looks after failed inbound items (the server's QUARANTINE_ROLES, src/intake/quarantine.service.ts). */
export const INTAKE_ROLES: readonly Role[] = ['control_room', 'admin'];
/** Whose desk raises the silence alarm: the city's watch over its channels. */
export const SILENCE_ROLES: readonly Role[] = ['control_room', 'commissioner'];

type Listener = (event: DeskEvent | 'reconnected') => void;

/** A channel gone quiet, as its latest channel.silent event said. */
export type SilentChannel = Extract<DeskEvent, { type: 'channel.silent' }>;

interface DeskContextValue {
  officer: Officer;
  stream: DeskStreamState;
  /** Desk events for this officer; 'reconnected' means some may have been missed: refetch. */
  subscribe: (listener: Listener) => () => void;
  unitName: (id: string | null) => string;
  /** Channels that went silent and are not dismissed yet (only on the control room's and Commissioner's desks). */
  silentChannels: readonly SilentChannel[];
  dismissSilence: (channel: string) => void;
}

const DeskContext = createContext<DeskContextValue | null>(null);

export function useDesk(): DeskContextValue {
  const v = useContext(DeskContext);
  if (!v) throw new Error('useDesk needs a DeskShell above it');
  return v;
}

export function DeskShell({ children }: { children: ReactNode }) {
  const { t, label, lang } = useI18n();
  const { pathname } = useLocation();
  const [officer, setOfficer] = useState<Officer>();
  const [failed, setFailed] = useState(false);
  const [stream, setStream] = useState<DeskStreamState>('connecting');
  const listeners = useRef(new Set<Listener>());
  const [silentChannels, setSilentChannels] = useState<SilentChannel[]>([]);
  const force = useForce();
  const alertsRef = useRef<DeskAlerts>(undefined);

  useEffect(() => {
    const ac = new AbortController();
    api.me(ac.signal).then(
      (r) => setOfficer(r.user),
      (err: unknown) => {
        if (ac.signal.aborted) return;
        if (err instanceof ApiError && err.status === 401) {
          navigate(`/desk/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`, { replace: true });
        } else {
          setFailed(true);
        }
      },
    );
    return () => ac.abort();
  }, []);

  useEffect(() => {
    if (!officer) return;
    const watchesChannels = SILENCE_ROLES.includes(officer.role);
    return followDeskEvents({
      onEvent: (e) => {
        // A channel's newest silence replaces its older one: one strip per channel.
        if (e.type === 'channel.silent' && watchesChannels) setSilentChannels((list) => [...list.filter((c) => c.channel !== e.channel), e]);
        alertsRef.current?.onEvent(e);
        listeners.current.forEach((l) => l(e));
      },
      onState: setStream,
      onReconnect: () => listeners.current.forEach((l) => l('reconnected')),
    });
  }, [officer]);

  const subscribe = useCallback((l: Listener) => {
    listeners.current.add(l);
    return () => {
      listeners.current.delete(l);
    };
  }, []);

  const unitName = useCallback(
    (id: string | null) => {
      if (!id) return '';
      const u = force.data?.units.units.find((x) => x.id === id);
      if (!u) return id;
      return lang === 'en' ? u.nameEn : u.nameLocal;
    },
    [force.data, lang],
  );

  const dismissSilence = useCallback((channel: string) => setSilentChannels((list) => list.filter((c) => c.channel !== channel)), []);

  const logOut = async () => {
    await api.logOut().catch(() => undefined);
    navigate('/desk/login', { replace: true });
  };

  if (failed) {
    return (
      <main className="desk-message">
        <p className="form-error">{t('common.networkError')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('common.retry')}
        </button>
      </main>
    );
  }
  if (!officer) return <p className="desk-message">{t('common.loading')}</p>;

  return (
    <DeskAlertsHost userId={officer.userId} pathname={pathname} alertsRef={alertsRef}>
      {(alerts) => (
        <DeskContext.Provider value={{ officer, stream, subscribe, unitName, silentChannels, dismissSilence }}>
          <div className="desk">
            <a className="skip-link" href="#main">
              {t('app.skip')}
            </a>
            <header className="desk-header">
              <Link href="/desk" className="brand compact">
                <span className="brand-mark" aria-hidden="true">
                  च
                </span>
                <span className="brand-name">{t('app.name')}</span>
              </Link>
              <nav aria-label={t('desk.nav')} className="desk-nav">
                <Link href="/desk" aria-current={pathname === '/desk' ? 'page' : undefined}>
                  {t('desk.queue')}
                </Link>
                {OVERVIEW_ROLES.includes(officer.role) ? (
                  <Link href="/desk/overview" aria-current={pathname === '/desk/overview' ? 'page' : undefined}>
                    {t('desk.overview')}
                  </Link>
                ) : null}
                {LEADERSHIP_ROLES.includes(officer.role) ? (
                  <Link href="/desk/leadership" aria-current={pathname === '/desk/leadership' ? 'page' : undefined}>
                    {t('desk.leadership')}
                  </Link>
                ) : null}
                {ROSTER_ROLES.includes(officer.role) ? (
                  <Link href="/desk/roster" aria-current={pathname === '/desk/roster' ? 'page' : undefined}>
                    {t('desk.roster')}
                  </Link>
                ) : null}
                {officer.role !== 'admin' ? (
                  <Link href="/desk/community" aria-current={pathname === '/desk/community' ? 'page' : undefined}>
                    {t('community.nav')}
                  </Link>
                ) : null}
                {INTAKE_ROLES.includes(officer.role) ? (
                  <Link href="/desk/intake" aria-current={pathname === '/desk/intake' ? 'page' : undefined}>
                    {t('desk.intake')}
                  </Link>
                ) : null}
                {officer.role === 'admin' ? (
                  <Link href="/desk/open311-keys" aria-current={pathname === '/desk/open311-keys' ? 'page' : undefined}>
                    {t('open311.nav')}
                  </Link>
                ) : null}
              </nav>
              <span className={`stream stream-${stream}`} data-testid="stream-state" role="status">
                <span className="dot" aria-hidden="true" />
                {stream === 'live' ? t('desk.live') : stream === 'connecting' ? t('desk.connecting') : t('desk.reconnecting')}
              </span>
              <span className="officer">
                <span className="officer-name">{officer.displayName}</span>
                <span className="officer-unit">
                  {label('role', officer.role)} · {unitName(officer.unitId)}
                </span>
              </span>
              <AlertSettings alerts={alerts} />
              <LanguageSwitch />
              <button type="button" className="button small" onClick={() => void logOut()}>
                {t('desk.logout')}
              </button>
            </header>
            <main id="main" className="desk-main" tabIndex={-1}>
              <AttentionStrip alerts={alerts} />
              {children}
            </main>
          </div>
        </DeskContext.Provider>
      )}
    </DeskAlertsHost>
  );
}

/** Holds the alerts once the officer is known (their switches are theirs), and lends them to the event stream. */
function DeskAlertsHost({
  userId,
  pathname,
  alertsRef,
  children,
}: {
  userId: number;
  pathname: string;
  alertsRef: { current: DeskAlerts | undefined };
  children: (alerts: DeskAlerts) => ReactNode;
}) {
  const alerts = useDeskAlerts(userId, pathname);
  alertsRef.current = alerts;
  return children(alerts);
}
