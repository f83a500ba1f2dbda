/** The frame of the citizen-facing pages: name, navigation, language, the 112 reminder. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { Link, useLocation } from '../router.js';
import { LanguageSwitch } from './language-switch.js';

export function PublicLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const current = (href: string) => (pathname === href || (href === '/report' && pathname === '/') ? 'page' : undefined);
  return (
    <div className="public">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="public-header">
        <div className="public-header-inner">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              च
            </span>
            <span>
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <nav aria-label={t('nav.main')} className="public-nav">
            <Link href="/report" aria-current={current('/report')}>
              {t('nav.report')}
            </Link>
            <Link href="/stations" aria-current={current('/stations')}>
              {t('nav.stations')}
            </Link>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <div className="emergency-bar">
        <a href="tel:112">{t('common.emergency')}</a>
      </div>
      <main id="main" className={wide ? 'public-main wide' : 'public-main'} tabIndex={-1}>
        {children}
      </main>
      <footer className="public-footer">
        <Link href="/desk">{t('nav.desk')}</Link>
      </footer>
    </div>
  );
}
