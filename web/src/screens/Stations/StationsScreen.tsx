/**
 * Find your station: type a place (any script or spelling: the same place resolution as reports), tap
 * the map or share your location, and get the station, its zone and account and a button to report to
 * it; below, every station with its X account by zone, and the map of their areas.
 */
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/client.js';
import type { LocateAnswer, Unit } from '../../api/types.js';
import { JurisdictionMap } from '../../components/lazy-map.js';
import { PublicLayout } from '../../components/public-layout.js';
import { useForce } from '../../components/use-force.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link } from '../../router.js';
import '../../components/public-pages.css';

type Finding =
  | { state: 'idle' }
  | { state: 'busy'; key: 'common.loading' | 'stations.find.locating' }
  | { state: 'found'; answer: LocateAnswer; point: { lat: number; lon: number } | null; q: string | null }
  | { state: 'failed'; key: 'common.networkError' | 'stations.find.failed' };

function xUrl(handle: string): string {
  return `https://x.com/${encodeURIComponent(handle.replace(/^@/, ''))}`;
}

/** A number as a link dials it: digits and the leading + only. */
function telUrl(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** WhatsApp's click-to-chat link takes the international number's digits alone. */
function whatsappUrl(number: string): string {
  return `https://wa.me/${number.replace(/[^0-9]/g, '')}`;
}

function telegramUrl(username: string): string {
  return `https://t.me/${encodeURIComponent(username.replace(/^@/, ''))}`;
}

/**
 * How to reach the station found: its own phone and chats when the force lists them, never guessed;
 * otherwise the force's own WhatsApp and Telegram (the channels Chowki listens on), its X account and 112.
 */
function StationContacts({ answer }: { answer: LocateAnswer }) {
  const { t } = useI18n();
  const station = answer.station;
  if (!station) return null;
  const { phone, whatsapp, telegram } = station.contacts;
  const force = answer.force;
  if (phone || whatsapp || telegram) {
    return (
      <div data-testid="station-contacts">
        <h3>{t('stations.contact.title')}</h3>
        <dl className="facts compact">
          {phone ? (
            <div>
              <dt>{t('stations.contact.phone')}</dt>
              <dd>
                <a href={telUrl(phone)}>{phone}</a>
              </dd>
            </div>
          ) : null}
          {whatsapp ? (
            <div>
              <dt>{t('stations.contact.whatsapp')}</dt>
              <dd>
                <a href={whatsappUrl(whatsapp)} rel="noopener noreferrer">
                  {whatsapp}
                </a>
              </dd>
            </div>
          ) : null}
          {telegram ? (
            <div>
              <dt>{t('stations.contact.telegram')}</dt>
              <dd>
                <a href={telegramUrl(telegram)} rel="noopener noreferrer">
                  {telegram}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      </div>
    );
  }
  return (
    <div data-testid="station-contacts">
      <h3>{t('stations.contact.title')}</h3>
      <p>{t('stations.contact.none')}</p>
      <ul className="contact-list">
        {force.whatsapp ? (
          <li>
            {t('stations.contact.cityWhatsapp')}:{' '}
            <a href={whatsappUrl(force.whatsapp)} rel="noopener noreferrer">
              {force.whatsapp}
            </a>
          </li>
        ) : null}
        {force.telegram ? (
          <li>
            {t('stations.contact.cityTelegram')}:{' '}
            <a href={telegramUrl(force.telegram)} rel="noopener noreferrer">
              {force.telegram}
            </a>
          </li>
        ) : null}
        {force.xHandle ? (
          <li>
            {t('stations.contact.cityX')}:{' '}
            <a href={xUrl(force.xHandle)} rel="noopener noreferrer">
              {force.xHandle}
            </a>
          </li>
        ) : null}
        {!force.whatsapp && !force.telegram && !force.xHandle ? (
          <li>
            <a href={`tel:${force.emergency}`}>{t('common.emergency')}</a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

export function StationsScreen() {
  const { t, tp, lang, formatNumber } = useI18n();
  const { data, error, retry } = useForce();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const searchId = useId();
  const findId = useId();
  const [place, setPlace] = useState('');
  const [finding, setFinding] = useState<Finding>({ state: 'idle' });
  const resultRef = useRef<HTMLDivElement>(null);

  const find = async (where: { q: string } | { lat: number; lon: number }) => {
    setFinding({ state: 'busy', key: 'common.loading' });
    try {
      const answer = await api.locate(where);
      setFinding({ state: 'found', answer, point: 'q' in where ? null : where, q: 'q' in where ? where.q : null });
      setPicked(answer.station?.id ?? null);
    } catch (err) {
      setFinding({ state: 'failed', key: err instanceof ApiError && err.status === 0 ? 'common.networkError' : 'stations.find.failed' });
    }
  };
  const submitPlace = (e: FormEvent) => {
    e.preventDefault();
    if (place.trim().length >= 2) void find({ q: place.trim() });
  };
  const useMyLocation = () => {
    if (!('geolocation' in navigator)) {
      setFinding({ state: 'failed', key: 'stations.find.failed' });
      return;
    }
    setFinding({ state: 'busy', key: 'stations.find.locating' });
    navigator.geolocation.getCurrentPosition(
      (pos) => void find({ lat: pos.coords.latitude, lon: pos.coords.longitude }),
      () => setFinding({ state: 'failed', key: 'stations.find.failed' }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

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
  // A station without a known point has no area on the map: said plainly, never guessed.
  const withoutArea = useMemo(() => {
    if (!data) return [];
    const areas = new Set(data.jurisdictions.features.map((f) => f.properties.station));
    return data.units.units.filter((u) => u.kind === 'station' && u.status === 'active' && !areas.has(u.id));
  }, [data]);
  const found = finding.state === 'found' ? finding : null;
  const foundStation = found?.answer.station ?? null;

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
      <form className="card form find-station" onSubmit={submitPlace} role="search">
        <div className="field">
          <label htmlFor={findId}>{t('stations.find.label')}</label>
          <p id={`${findId}-hint`} className="hint">
            {t('stations.find.hint')}
          </p>
          <input id={findId} type="search" value={place} onChange={(e) => setPlace(e.target.value)} autoComplete="off" aria-describedby={`${findId}-hint`} />
        </div>
        <div className="find-actions">
          <button type="submit" className="button primary">
            {t('stations.find.submit')}
          </button>
          <button type="button" className="button" onClick={useMyLocation}>
            {t('stations.find.mine')}
          </button>
        </div>
        <p className="hint">{t('stations.find.tapMap')}</p>
      </form>
      <div ref={resultRef} aria-live="polite" data-testid="find-result">
        {finding.state === 'busy' ? <p>{t(finding.key)}</p> : null}
        {finding.state === 'failed' ? <p className="form-error">{t(finding.key)}</p> : null}
        {found && !foundStation ? (
          <p className="form-error">{found.q ? t('stations.find.none', { q: found.q }) : t('stations.find.outside')}</p>
        ) : null}
        {found && foundStation ? (
          <section className="card station-result" aria-labelledby="result-title">
            <h2 id="result-title">
              {t('stations.result.title')}: {lang === 'en' ? foundStation.name : foundStation.nameLocal}
            </h2>
            <dl className="facts compact">
              {foundStation.zone ? (
                <div>
                  <dt>{t('kit.zone')}</dt>
                  <dd>{lang === 'en' ? foundStation.zone.name : foundStation.zone.nameLocal}</dd>
                </div>
              ) : null}
              <div>
                <dt>X</dt>
                <dd>
                  {foundStation.xHandle ? (
                    <a href={xUrl(foundStation.xHandle)} rel="noopener noreferrer">
                      {foundStation.xHandle}
                    </a>
                  ) : (
                    t('stations.noHandle')
                  )}
                </dd>
              </div>
              <div>
                <dt>112</dt>
                <dd>
                  <a href="tel:112">{t('common.emergency')}</a>
                </dd>
              </div>
            </dl>
            <StationContacts answer={found.answer} />
            <p className="muted small">
              {found.answer.place.method === 'pin'
                ? t('stations.result.byPin')
                : found.answer.place.method === 'handle'
                  ? t('stations.result.byHandle')
                  : t('stations.result.byPlace', { place: found.answer.place.name ?? '' })}
              {' · '}
              <strong>{found.answer.sure ? t('stations.result.sure') : t('stations.result.likely')}</strong>
            </p>
            <p className="find-actions">
              <Link className="button primary" href={`/report?station=${encodeURIComponent(foundStation.id)}`}>
                {t('stations.result.report')}
              </Link>
              <Link className="button" href={`/stations/${encodeURIComponent(foundStation.id)}/poster`}>
                {t('stations.result.poster')}
              </Link>
            </p>
          </section>
        ) : null}
      </div>
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
            <p>
              <Link href="/stations/kit">{t('stations.kit')}</Link>
            </p>
            <div className="field">
              <label htmlFor={searchId}>{t('stations.search')}</label>
              <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
            </div>
            <p className="muted" aria-live="polite">
              {stationCount > 0 ? tp('stations.count', stationCount) : t('stations.none')}
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
            <JurisdictionMap
              jurisdictions={data.jurisdictions}
              units={data.units.units}
              highlight={picked}
              point={found?.point ? { ...found.point, label: t('stations.result.byPin') } : null}
              height={560}
              onPick={(lat, lon) => void find({ lat, lon })}
            />
            {withoutArea.length > 0 ? (
              <p className="muted small" data-testid="no-area">
                {t('stations.noArea', { stations: withoutArea.map((u) => name(u)).join(', ') })}
              </p>
            ) : null}
          </section>
        </div>
      ) : null}
    </PublicLayout>
  );
}
