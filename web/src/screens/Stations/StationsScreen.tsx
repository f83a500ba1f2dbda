/** Find your station: every station with its X account, by zone, and the map of their areas. */
import { useId, useMemo, useState } from 'react';
import type { Unit } from '../../api/types.js';
import { JurisdictionMap } from '../../components/lazy-map.js';
import { PublicLayout } from '../../components/public-layout.js';
import { useForce } from '../../components/use-force.js';
import { useI18n } from '../../i18n/i18n.js';

function xUrl(handle: string): string {
  return `https://x.com/${encodeURIComponent(handle.replace(/^@/, ''))}`;
}

export function StationsScreen() {
  const { t, lang, formatNumber } = useI18n();
  const { data, error, retry } = useForce();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const searchId = useId();

  const name = (u: Unit) => (lang === 'en' ? u.nameEn : u.nameLocal);

  const groups = useMemo(() => {
    if (!data) return [];
    const units = data.units.units;
    const q = query.trim().toLowerCase();
    const zones = units.filter((u) => u.kind === 'zone');
    return zones
      .map((zone) => ({
        zone,
        stations: units
          .filter((u) => u.kind === 'station' && u.parent === zone.id && u.status === 'active')
          .filter((u) => !q || u.nameEn.toLowerCase().includes(q) || u.nameLocal.includes(q) || (u.xHandle ?? '').toLowerCase().includes(q))
          .sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
      }))
      .filter((g) => g.stations.length > 0);
  }, [data, query]);

  const city = data?.units.units.find((u) => u.kind === 'commissionerate');
  const special = data?.units.units.filter((u) => u.kind === 'special' && u.status === 'active') ?? [];
  const stationCount = groups.reduce((n, g) => n + g.stations.length, 0);

  return (
    <PublicLayout wide>
      <h1>{t('stations.title')}</h1>
      <p className="lead">{t('stations.intro')}</p>
      {error ? (
        <p className="form-error">
          {t('common.networkError')}{' '}
          <button type="button" className="button link" onClick={retry}>
            {t('common.retry')}
          </button>
        </p>
      ) : null}
      {!data && !error ? <p>{t('common.loading')}</p> : null}
      {data ? (
        <div className="stations-layout">
          <div className="stations-list">
            {city ? (
              <p className="city-office card">
                <strong>{t('stations.cityOffice')}</strong> · {name(city)}
                {city.xHandle ? (
                  <>
                    {' · '}
                    <a href={xUrl(city.xHandle)} rel="noopener noreferrer">
                      {city.xHandle}
                    </a>
                  </>
                ) : null}
              </p>
            ) : null}
            <div className="field">
              <label htmlFor={searchId}>{t('stations.search')}</label>
              <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
            </div>
            <p className="muted" aria-live="polite">
              {stationCount > 0 ? t('stations.count', { count: formatNumber(stationCount) }) : t('stations.none')}
            </p>
            {groups.map(({ zone, stations }) => (
              <section key={zone.id} className="zone" aria-labelledby={`zone-${zone.id}`}>
                <h2 id={`zone-${zone.id}`}>{name(zone)}</h2>
                <ul className="station-list">
                  {stations.map((s) => (
                    <li key={s.id} className={picked === s.id ? 'picked' : undefined}>
                      <button type="button" className="station-pick" onClick={() => setPicked(picked === s.id ? null : s.id)} aria-pressed={picked === s.id}>
                        {name(s)}
                        {lang === 'en' ? (
                          <span className="muted" lang="mr">
                            {' '}
                            {s.nameLocal}
                          </span>
                        ) : null}
                      </button>
                      {s.xHandle ? (
                        <a className="handle" href={xUrl(s.xHandle)} rel="noopener noreferrer">
                          {s.xHandle}
                        </a>
                      ) : (
                        <span className="muted">{t('stations.noHandle')}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            {special.length > 0 ? (
              <section className="zone" aria-labelledby="zone-special">
                <h2 id="zone-special">{t('stations.special')}</h2>
                <ul className="station-list">
                  {special.map((s) => (
                    <li key={s.id}>
                      <span>{name(s)}</span>
                      {s.xHandle ? <a href={xUrl(s.xHandle)}>{s.xHandle}</a> : <span className="muted">{t('stations.noHandle')}</span>}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </div>
          <section className="stations-map" aria-labelledby="map-title">
            <h2 id="map-title">{t('stations.map')}</h2>
            <JurisdictionMap jurisdictions={data.jurisdictions} units={data.units.units} highlight={picked} height={560} />
          </section>
        </div>
      ) : null}
    </PublicLayout>
  );
}
