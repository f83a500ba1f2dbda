/**
 * The desk's frame: checks the session, holds the one live connection to /api/events for every desk
 * screen, and shows who is logged in, for which unit, and whether the queue is live.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, api, followDeskEvents, type DeskStreamState } from '../api/client.js';
import type { DeskEvent, Officer, Role } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, navigate, useLocation } from '../router.js';
import { LanguageSwitch } from './language-switch.js';
import { useForce } from './use-force.js';

/** Who sees which desk screens: the overview is the desk of the units above stations. */
const OVERVIEW_ROLES: readonly Role[] = ['dcp', 'control_room', 'commissioner'];
const ROSTER_ROLES: readonly Role[] = ['operator', 'sho', 'dcp', 'admin'];

type Listener = (event: DeskEvent | 'reconnected') => void;

interface DeskContextValue {
  officer: Officer;
  stream: DeskStreamState;
  /** Desk events for this officer; 'reconnected' means some may have been missed: refetch. */
  subscribe: (listener: Listener) => () => void;
  unitName: (id: string | null) => string;
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
  const force = useForce();

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
    return followDeskEvents({
      onEvent: (e) => listeners.current.forEach((l) => l(e)),
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
    <DeskContext.Provider value={{ officer, stream, subscribe, unitName }}>
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
            {ROSTER_ROLES.includes(officer.role) ? (
              <Link href="/desk/roster" aria-current={pathname === '/desk/roster' ? 'page' : undefined}>
                {t('desk.roster')}
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
          <LanguageSwitch />
          <button type="button" className="button small" onClick={() => void logOut()}>
            {t('desk.logout')}
          </button>
        </header>
        <main id="main" className="desk-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </DeskContext.Provider>
  );
}
