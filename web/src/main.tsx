/** The web app: public pages (report, track, stations) and the desk, routed in the browser. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DeskShell } from './components/desk-shell.js';
import { I18nProvider } from './i18n/i18n.js';
import { useLocation } from './router.js';
import { LoginScreen } from './screens/DeskLogin/LoginScreen.js';
import { QueueScreen } from './screens/DeskQueue/QueueScreen.js';
import { TicketScreen } from './screens/DeskTicket/TicketScreen.js';
import { IntakeScreen } from './screens/Intake/IntakeScreen.js';
import { OverviewScreen } from './screens/Overview/OverviewScreen.js';
import { RosterScreen } from './screens/Roster/RosterScreen.js';
import { ReportScreen } from './screens/Report/ReportScreen.js';
import { StationsScreen } from './screens/Stations/StationsScreen.js';
import { KitScreen } from './screens/Kit/KitScreen.js';
import { PosterScreen } from './screens/Kit/PosterScreen.js';
import { TrackScreen } from './screens/Track/TrackScreen.js';
import { PublicLayout } from './components/public-layout.js';
import { Link } from './router.js';
import { useI18n } from './i18n/i18n.js';
import './styles.css';

function NotFound() {
  const { t } = useI18n();
  return (
    <PublicLayout>
      <h1>404</h1>
      <p>
        <Link href="/">{t('nav.report')}</Link>
      </p>
    </PublicLayout>
  );
}

function App() {
  const { pathname, search } = useLocation();
  const path = pathname.replace(/\/+$/, '') || '/';

  if (path === '/' || path === '/report') return <ReportScreen />;
  if (path === '/stations') return <StationsScreen />;
  if (path === '/stations/kit') return <KitScreen />;
  const poster = /^\/stations\/([^/]+)\/poster$/.exec(path);
  if (poster?.[1]) return <PosterScreen station={decodeURIComponent(poster[1])} size={search.get('size') === 'a3' ? 'a3' : 'a4'} />;
  const track = /^\/track\/([^/]+)$/.exec(path);
  if (track?.[1]) return <TrackScreen key={track[1]} reference={decodeURIComponent(track[1])} token={search.get('token')} />;
  if (path === '/desk/login') return <LoginScreen />;
  if (path === '/desk') {
    return (
      <DeskShell>
        <QueueScreen />
      </DeskShell>
    );
  }
  if (path === '/desk/overview') {
    return (
      <DeskShell>
        <OverviewScreen />
      </DeskShell>
    );
  }
  if (path === '/desk/intake') {
    return (
      <DeskShell>
        <IntakeScreen />
      </DeskShell>
    );
  }
  if (path === '/desk/roster') {
    return (
      <DeskShell>
        <RosterScreen />
      </DeskShell>
    );
  }
  const ticket = /^\/desk\/tickets\/(\d+)$/.exec(path);
  if (ticket?.[1]) {
    return (
      <DeskShell>
        <TicketScreen key={ticket[1]} id={Number(ticket[1])} />
      </DeskShell>
    );
  }
  return <NotFound />;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
}
