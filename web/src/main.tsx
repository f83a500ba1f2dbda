/**
 * The web app: public pages (report, track, stations, the awareness kit) and the desk, routed in the
 * browser. Only the report form is in the first script: every other area is its own chunk, loaded when
 * its path is opened, so a citizen's phone never downloads the desk (or the map, or the QR encoder) to
 * send a report. The strings of each language are chunks too (web/src/i18n/i18n.tsx): only the page's
 * language is fetched.
 */
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider, initialLanguage, loadDictionary, useI18n, type UiLanguage } from './i18n/i18n.js';
import { Link, useLocation } from './router.js';
import { PublicLayout } from './components/public-layout.js';
import { ReportScreen } from './screens/Report/ReportScreen.js';
import './styles.css';

const TrackScreen = lazy(() => import('./screens/Track/TrackScreen.js').then((m) => ({ default: m.TrackScreen })));
const StationsScreen = lazy(() => import('./screens/Stations/StationsScreen.js').then((m) => ({ default: m.StationsScreen })));
const KitScreen = lazy(() => import('./screens/Kit/KitScreen.js').then((m) => ({ default: m.KitScreen })));
const PosterScreen = lazy(() => import('./screens/Kit/PosterScreen.js').then((m) => ({ default: m.PosterScreen })));
const DeskApp = lazy(() => import('./desk-app.js').then((m) => ({ default: m.DeskApp })));
const AlertScreen = lazy(() => import('./screens/Alert/AlertScreen.js').then((m) => ({ default: m.AlertScreen })));

/** The desk's paths (desk-app.tsx routes each): anything else under /desk is a 404 without loading the desk. */
const DESK_PATH = /^\/desk(?:\/(?:login|overview|leadership|intake|roster|community|open311-keys|tickets\/\d+))?$/;

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

function Loading() {
  const { t } = useI18n();
  return (
    <p className="route-loading" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

function Routes() {
  const { pathname, search } = useLocation();
  const path = pathname.replace(/\/+$/, '') || '/';

  if (path === '/' || path === '/report') return <ReportScreen />;
  if (path === '/stations') return <StationsScreen />;
  if (path === '/stations/kit') return <KitScreen />;
  const poster = /^\/stations\/([^/]+)\/poster$/.exec(path);
  if (poster?.[1]) return <PosterScreen station={decodeURIComponent(poster[1])} size={search.get('size') === 'a3' ? 'a3' : 'a4'} />;
  const track = /^\/track\/([^/]+)$/.exec(path);
  if (track?.[1]) return <TrackScreen key={track[1]} reference={decodeURIComponent(track[1])} token={search.get('token')} />;
  const alert = /^\/alerts\/(\d{1,12})$/.exec(path);
  if (alert?.[1]) return <AlertScreen key={alert[1]} id={alert[1]} />;
  if (DESK_PATH.test(path)) return <DeskApp path={path} />;
  return <NotFound />;
}

function App() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes />
    </Suspense>
  );
}

/**
 * The first render waits for the strings of the language the page opens in (their own chunk, fetched
 * beside this script); when they cannot be fetched, English is tried before giving up.
 */
async function start(root: HTMLElement): Promise<void> {
  const wanted = initialLanguage();
  let lang: UiLanguage = wanted;
  try {
    await loadDictionary(wanted);
  } catch {
    lang = 'en';
    await loadDictionary('en');
  }
  createRoot(root).render(
    <StrictMode>
      <I18nProvider lang={lang}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) {
  start(root).catch(() => {
    root.textContent = 'Chowki could not load. Check your connection and reload the page. To report an emergency, call 112.';
  });
}
