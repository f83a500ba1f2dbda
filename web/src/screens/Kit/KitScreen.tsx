/**
 * The awareness kit's city page: every station's X account by zone, with the city's and the special
 * units', at its own address to share, and laid out for print (A4) so a force can pin it up.
 */
import type { Unit } from '../../api/types.js';
import { PublicLayout } from '../../components/public-layout.js';
import { useForce } from '../../components/use-force.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link } from '../../router.js';
import '../../components/public-pages.css';
import './kit.css';

function xUrl(handle: string): string {
  return `https://x.com/${encodeURIComponent(handle.replace(/^@/, ''))}`;
}

export function KitScreen() {
  const { t, lang } = useI18n();
  const { data, error, retry } = useForce();
  const name = (u: Unit) => (lang === 'en' ? u.nameEn : u.nameLocal);
  const units = data?.units.units ?? [];
  const city = units.find((u) => u.kind === 'commissionerate');
  const zones = units.filter((u) => u.kind === 'zone');
  const stationsOf = (zone: string) =>
    units.filter((u) => u.kind === 'station' && u.status === 'active' && u.parent === zone).sort((a, b) => a.nameEn.localeCompare(b.nameEn));
  const special = units.filter((u) => u.kind === 'special' && u.status === 'active');

  const account = (u: Unit) =>
    u.xHandle ? (
      <a className="handle" href={xUrl(u.xHandle)} rel="noopener noreferrer">
        {u.xHandle}
      </a>
    ) : (
      <span className="muted">{t('stations.noHandle')}</span>
    );

  return (
    <PublicLayout>
      <div className="kit-page">
        <h1>{t('kit.title')}</h1>
        <p className="lead">{t('kit.intro')}</p>
        <p className="kit-toolbar no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('kit.print')}
          </button>
        </p>
        {error ? (
          <p className="form-error">
            {t('common.networkError')}{' '}
            <button type="button" className="button link" onClick={retry}>
              {t('common.retry')}
            </button>
          </p>
        ) : null}
        {!data && !error ? <p>{t('common.loading')}</p> : null}
        {city ? (
          <p className="city-office card">
            <strong>{t('stations.cityOffice')}</strong> · {name(city)} · {account(city)}
          </p>
        ) : null}
        {zones.map((zone) => (
          <section key={zone.id} className="kit-zone" aria-labelledby={`kit-${zone.id}`}>
            <h2 id={`kit-${zone.id}`}>{name(zone)}</h2>
            <ul className="kit-list" data-testid="kit-stations">
              {stationsOf(zone.id).map((s) => (
                <li key={s.id}>
                  <span>
                    {name(s)}{' '}
                    <Link className="no-print small" href={`/stations/${encodeURIComponent(s.id)}/poster`} aria-label={`${t('kit.poster')}: ${name(s)}`}>
                      ({t('kit.poster')})
                    </Link>
                  </span>
                  {account(s)}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {special.length > 0 ? (
          <section className="kit-zone" aria-labelledby="kit-special">
            <h2 id="kit-special">{t('stations.special')}</h2>
            <ul className="kit-list">
              {special.map((s) => (
                <li key={s.id}>
                  <span>{name(s)}</span>
                  {account(s)}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p className="callout">{t('report.emergencyNote')}</p>
      </div>
    </PublicLayout>
  );
}
