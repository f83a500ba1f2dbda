/**
 * A station's poster: its X handle, a QR code to the report form addressed to it, and 112 first, in the
 * page's language, on A4 or A3 (?size=a3). Printing it (or Chromium's "Save as PDF") gives the PDF: the
 * print CSS names the page size (@page), so the PDF comes out A4 or A3 with nothing else on it.
 */
import { PublicLayout } from '../../components/public-layout.js';
import { useForce } from '../../components/use-force.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link } from '../../router.js';
import { QrCode } from './qr-code.js';
import '../../components/public-pages.css';
import './kit.css';

export function PosterScreen({ station, size }: { station: string; size: 'a4' | 'a3' }) {
  const { t, lang } = useI18n();
  const { data, error, retry } = useForce();
  const units = data?.units.units ?? [];
  const unit = units.find((u) => u.id === station && u.kind === 'station' && u.status === 'active');
  const zone = unit ? units.find((u) => u.id === unit.parent) : undefined;
  const reportUrl = new URL(`/report?station=${encodeURIComponent(station)}`, window.location.origin).toString();
  const force = data?.units.name[lang];

  return (
    <PublicLayout>
      <div className="kit-toolbar no-print">
        <span>{t('poster.size')}:</span>
        <Link className={size === 'a4' ? 'button primary small' : 'button small'} href={`/stations/${encodeURIComponent(station)}/poster?size=a4`} aria-current={size === 'a4' ? 'page' : undefined}>
          A4
        </Link>
        <Link className={size === 'a3' ? 'button primary small' : 'button small'} href={`/stations/${encodeURIComponent(station)}/poster?size=a3`} aria-current={size === 'a3' ? 'page' : undefined}>
          A3
        </Link>
        <button type="button" className="button small" onClick={() => window.print()}>
          {t('kit.print')}
        </button>
        <Link href="/stations/kit">{t('stations.kit')}</Link>
      </div>
      {error ? (
        <p className="form-error">
          {t('common.networkError')}{' '}
          <button type="button" className="button link" onClick={retry}>
            {t('common.retry')}
          </button>
        </p>
      ) : null}
      {!data && !error ? <p>{t('common.loading')}</p> : null}
      {data && !unit ? <p className="form-error">{t('poster.notFound')}</p> : null}
      {unit ? (
        <article className={`poster-sheet ${size}`} data-testid="poster" aria-labelledby="poster-station">
          <p className="poster-112">{t('poster.first')}</p>
          <div className="poster-body">
            <p className="poster-kicker">{t('poster.heading')}</p>
            <h1 id="poster-station" className="poster-station">
              {lang === 'en' ? unit.nameEn : unit.nameLocal}
            </h1>
            {zone ? <p className="poster-zone">{lang === 'en' ? zone.nameEn : zone.nameLocal}</p> : null}
            {unit.xHandle ? (
              <p className="poster-on-x">
                {t('poster.onX')} <strong className="poster-handle">{unit.xHandle}</strong>
              </p>
            ) : null}
            <QrCode className="poster-qr" text={reportUrl} label={`${t('poster.scan')}: ${reportUrl}`} />
            <p className="poster-scan">{t('poster.scan')}</p>
            <p className="poster-url">{reportUrl}</p>
          </div>
          {force ? <p className="poster-force">{force}</p> : null}
        </article>
      ) : null}
    </PublicLayout>
  );
}
