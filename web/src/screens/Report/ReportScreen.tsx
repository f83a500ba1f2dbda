/**
 * The public report page: a citizen says what happened (and optionally who they are and where),
 * and gets a reference and a link to follow it. Built for a phone first.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { uploadReportPhoto } from './report-photo.js';
import { ApiError, api } from '../../api/client.js';
import type { MessageKey } from '../../i18n/en.js';
import { describeError } from '../../i18n/errors.js';
import { useI18n } from '../../i18n/i18n.js';
import { PublicLayout } from '../../components/public-layout.js';
import { Link, navigate, useLocation } from '../../router.js';

type Field = 'text' | 'name' | 'phone';
type FieldErrors = Partial<Record<Field, string>>;
type Geo = { state: 'off' } | { state: 'locating' } | { state: 'on'; lat: number; lon: number; accuracy: number } | { state: 'failed'; key: MessageKey };

const PHONE = /^\+?[0-9 -]{6,20}$/;

function newClientId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Where the tracking page lives in this app, whatever base the server put in the URL. */
function localTrackingPath(trackingUrl: string): string {
  const url = new URL(trackingUrl, window.location.origin);
  return url.origin === window.location.origin ? url.pathname + url.search : url.toString();
}

/** The station a citizen chose on "Find your station" (?station=<id>), named in the page's language. */
function usePresetStation(): { id: string; nameEn: string; nameLocal: string } | null {
  const { search } = useLocation();
  const id = search.get('station');
  const [unit, setUnit] = useState<{ id: string; nameEn: string; nameLocal: string } | null>(null);
  useEffect(() => {
    if (!id) {
      setUnit(null);
      return;
    }
    const ac = new AbortController();
    api.listUnits(ac.signal).then(
      (list) => {
        const u = list.units.find((x) => x.id === id && x.kind === 'station' && x.status === 'active');
        setUnit(u ? { id: u.id, nameEn: u.nameEn, nameLocal: u.nameLocal } : null);
      },
      // Without the list the report still goes out; the place in its words routes it.
      () => setUnit(null),
    );
    return () => ac.abort();
  }, [id]);
  return unit;
}

export function ReportScreen() {
  const i18n = useI18n();
  const { t } = i18n;
  const preset = usePresetStation();
  const ids = { text: useId(), name: useId(), phone: useId(), textHint: useId(), phoneHint: useId(), geo: useId() };
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [geo, setGeo] = useState<Geo>({ state: 'off' });
  const [photos, setPhotos] = useState<Array<{ id: string; name: string; pin: { lat: number; lon: number } | null }>>([]);
  const [photoStatus, setPhotoStatus] = useState<{ key: MessageKey; name?: string; error?: boolean }>();
  const photoPin = photos.find((p) => p.pin)?.pin ?? null;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [sending, setSending] = useState(false);
  const [receipt, setReceipt] = useState<{ reference: string | null; trackingPath: string | null; processing?: boolean }>();
  // One key per report being written: a double tap or a retry after a lost answer opens one ticket.
  const clientId = useRef(newClientId());
  const refs = { text: useRef<HTMLTextAreaElement>(null), name: useRef<HTMLInputElement>(null), phone: useRef<HTMLInputElement>(null) };
  const doneHeading = useRef<HTMLHeadingElement>(null);

  const validate = (): FieldErrors => {
    const e: FieldErrors = {};
    if (text.trim().length < 3) e.text = t('report.text.errorShort');
    if (phone.trim() && !PHONE.test(phone.trim())) e.phone = t('report.phone.error');
    return e;
  };

  const focusFirst = (e: FieldErrors) => {
    const first = (['text', 'name', 'phone'] as const).find((f) => e[f]);
    if (first) refs[first].current?.focus();
  };

  const toggleLocation = (on: boolean) => {
    if (!on) {
      setGeo({ state: 'off' });
      return;
    }
    if (!('geolocation' in navigator)) {
      setGeo({ state: 'failed', key: 'report.location.unsupported' });
      return;
    }
    setGeo({ state: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (pos) => setGeo({ state: 'on', lat: pos.coords.latitude, lon: pos.coords.longitude, accuracy: Math.round(pos.coords.accuracy) }),
      () => setGeo({ state: 'failed', key: 'report.location.failed' }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  const addPhoto = async (file: File | undefined) => {
    if (!file) return;
    if (photos.length >= 3) {
      setPhotoStatus({ key: 'report.photo.max', error: true });
      return;
    }
    setPhotoStatus({ key: 'report.photo.uploading' });
    const r = await uploadReportPhoto(file);
    if (typeof r === 'string') {
      setPhotoStatus({ key: r === 'tooLarge' ? 'report.photo.tooLarge' : r === 'notPhoto' ? 'report.photo.notPhoto' : 'report.photo.failed', error: true });
      return;
    }
    setPhotos((list) => (list.some((p) => p.id === r.photo) ? list : [...list, { id: r.photo, name: file.name, pin: r.pin }]));
    setPhotoStatus({ key: 'report.photo.added', name: file.name });
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (sending) return;
    const e = validate();
    setErrors(e);
    setFormError(undefined);
    if (Object.keys(e).length > 0) {
      setFormError(t('report.fixErrors'));
      focusFirst(e);
      return;
    }
    setSending(true);
    try {
      const r = await api.submitReport({
        text: text.trim(),
        clientId: clientId.current,
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        ...(geo.state === 'on' ? { lat: geo.lat, lon: geo.lon } : photoPin ? { lat: photoPin.lat, lon: photoPin.lon } : {}),
        ...(photos.length > 0 ? { photos: photos.map((p) => p.id) } : {}),
        ...(preset ? { station: preset.id } : {}),
      });
      // 202: received but not yet a ticket (the server is processing it); 200: sent before, reference only.
      setReceipt(
        'status' in r
          ? { reference: null, trackingPath: null, processing: true }
          : 'duplicate' in r
            ? { reference: r.reference, trackingPath: null }
            : { reference: r.reference, trackingPath: localTrackingPath(r.trackingUrl) },
      );
      requestAnimationFrame(() => doneHeading.current?.focus());
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) {
        const fe: FieldErrors = {};
        for (const f of err.fields) {
          const field = f.field.replace(/^body\./, '');
          if (field === 'text') fe.text = t('report.text.errorShort');
          else if (field === 'phone') fe.phone = t('report.phone.error');
          else if (field === 'name') fe.name = describeError(err, i18n).text;
        }
        setErrors(fe);
        // Never the server's English on a Hindi or Marathi page: its code and fields, translated.
        setFormError(Object.keys(fe).length > 0 ? t('report.fixErrors') : describeError(err, i18n).text);
        focusFirst(fe);
      } else if (err instanceof ApiError && err.status === 409 && err.code === 'REPORT_REPEATED') {
        const reference = typeof err.details === 'object' && err.details !== null && 'reference' in err.details ? err.details.reference : null;
        setFormError(typeof reference === 'string' ? t('report.repeated', { reference }) : t('report.repeatedNoReference'));
      } else if (err instanceof ApiError && err.status === 429) {
        setFormError(t('report.rateLimited'));
      } else {
        setFormError(t('report.failed'));
      }
    } finally {
      setSending(false);
    }
  };

  const reset = () => {
    setText('');
    setName('');
    setPhone('');
    setGeo({ state: 'off' });
    setErrors({});
    setFormError(undefined);
    setReceipt(undefined);
    clientId.current = newClientId();
    setPhotos([]);
    setPhotoStatus(undefined);
  };

  if (receipt) {
    return (
      <PublicLayout>
        <section className="card receipt" aria-labelledby="receipt-title">
          <h1 id="receipt-title" ref={doneHeading} tabIndex={-1}>
            {t('report.done.title')}
          </h1>
          {receipt.reference ? (
            <>
              <p className="muted">{t('report.done.reference')}</p>
              <p className="reference" data-testid="reference">
                {receipt.reference}
              </p>
            </>
          ) : null}
          {receipt.trackingPath ? (
            <>
              <p>{t('report.done.keep')}</p>
              <p>
                <a className="button primary" href={receipt.trackingPath} data-testid="tracking-link">
                  {t('report.done.track')}
                </a>
              </p>
              <p className="tracking-url">
                <code>{new URL(receipt.trackingPath, window.location.origin).toString()}</code>
              </p>
            </>
          ) : (
            <p>{t(receipt.processing ? 'report.done.processing' : 'report.done.duplicate')}</p>
          )}
          <p>
            <button type="button" className="button link" onClick={reset}>
              {t('report.done.another')}
            </button>
          </p>
        </section>
      </PublicLayout>
    );
  }

  const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || undefined;

  return (
    <PublicLayout>
      <h1>{t('report.title')}</h1>
      <p className="lead">{t('report.intro')}</p>
      <p className="callout">{t('report.emergencyNote')}</p>
      {preset ? (
        <p className="callout info" data-testid="preset-station">
          {t('report.station.preset', { station: i18n.lang === 'en' ? preset.nameEn : preset.nameLocal })}{' '}
          <button type="button" className="button link" onClick={() => navigate('/report', { replace: true })}>
            {t('report.station.clear')}
          </button>
        </p>
      ) : null}
      <form className="card form" onSubmit={submit} noValidate aria-describedby={formError ? 'form-error' : undefined}>
        <div role="alert" id="form-error" className={formError ? 'form-error' : 'visually-hidden'}>
          {formError ?? ''}
        </div>

        <div className={errors.text ? 'field invalid' : 'field'}>
          <label htmlFor={ids.text}>{t('report.text.label')}</label>
          <p id={ids.textHint} className="hint">
            {t('report.text.hint')}
          </p>
          <textarea
            id={ids.text}
            ref={refs.text}
            name="text"
            rows={5}
            maxLength={5000}
            required
            aria-required="true"
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={describedBy(ids.textHint, errors.text && `${ids.text}-error`)}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          {errors.text ? (
            <p id={`${ids.text}-error`} className="error">
              {errors.text}
            </p>
          ) : null}
        </div>

        <div className="field checkbox-field">
          <input
            id={ids.geo}
            type="checkbox"
            checked={geo.state === 'on' || geo.state === 'locating'}
            onChange={(e) => toggleLocation(e.target.checked)}
            aria-describedby={`${ids.geo}-hint ${ids.geo}-status`}
          />
          <div>
            <label htmlFor={ids.geo}>{t('report.location.label')}</label>
            <p id={`${ids.geo}-hint`} className="hint">
              {t('report.location.hint')}
            </p>
            <p id={`${ids.geo}-status`} className={geo.state === 'failed' ? 'error' : 'hint strong'} aria-live="polite">
              {geo.state === 'locating'
                ? t('report.location.locating')
                : geo.state === 'on'
                  ? t('report.location.added', { accuracy: geo.accuracy })
                  : geo.state === 'failed'
                    ? t(geo.key)
                    : ''}
            </p>
          </div>
        </div>

        <div className="field">
          <label htmlFor={`${ids.geo}-photo`}>
            {t('report.photo.label')} <span className="optional">({t('report.optional')})</span>
          </label>
          <p id={`${ids.geo}-photo-hint`} className="hint">
            {t('report.photo.hint')}
          </p>
          <input
            id={`${ids.geo}-photo`}
            type="file"
            accept="image/jpeg,image/png"
            aria-describedby={`${ids.geo}-photo-hint ${ids.geo}-photo-status`}
            onChange={(e) => {
              void addPhoto(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <p id={`${ids.geo}-photo-status`} className={photoStatus?.error ? 'error' : 'hint strong'} aria-live="polite">
            {photoStatus ? t(photoStatus.key, { name: photoStatus.name ?? '' }) : ''}
          </p>
          {photos.length > 0 ? (
            <ul className="report-photos" data-testid="report-photos">
              {photos.map((p) => (
                <li key={p.id}>
                  {p.name}{' '}
                  <button type="button" className="button link" onClick={() => setPhotos((list) => list.filter((x) => x.id !== p.id))}>
                    {t('report.photo.remove', { name: p.name })}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {photoPin && geo.state !== 'on' ? (
            <p className="hint" data-testid="photo-pin">
              {t('report.photo.pin', { lat: photoPin.lat.toFixed(5), lon: photoPin.lon.toFixed(5) })}
            </p>
          ) : null}
        </div>

        <div className="field-row">
          <div className={errors.name ? 'field invalid' : 'field'}>
            <label htmlFor={ids.name}>
              {t('report.name.label')} <span className="optional">({t('report.optional')})</span>
            </label>
            <input
              id={ids.name}
              ref={refs.name}
              name="name"
              autoComplete="name"
              maxLength={200}
              value={name}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? `${ids.name}-error` : undefined}
              onChange={(e) => setName(e.target.value)}
            />
            {errors.name ? (
              <p id={`${ids.name}-error`} className="error">
                {errors.name}
              </p>
            ) : null}
          </div>
          <div className={errors.phone ? 'field invalid' : 'field'}>
            <label htmlFor={ids.phone}>
              {t('report.phone.label')} <span className="optional">({t('report.optional')})</span>
            </label>
            <p id={ids.phoneHint} className="hint">
              {t('report.phone.hint')}
            </p>
            <input
              id={ids.phone}
              ref={refs.phone}
              name="phone"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              maxLength={20}
              value={phone}
              aria-invalid={errors.phone ? true : undefined}
              aria-describedby={describedBy(ids.phoneHint, errors.phone && `${ids.phone}-error`)}
              onChange={(e) => setPhone(e.target.value)}
            />
            {errors.phone ? (
              <p id={`${ids.phone}-error`} className="error">
                {errors.phone}
              </p>
            ) : null}
          </div>
        </div>

        <p className="hint">{t('report.privacy')}</p>
        <button type="submit" className="button primary block" disabled={sending} aria-busy={sending}>
          {sending ? t('report.sending') : t('report.submit')}
        </button>
      </form>
      <p className="after-form">
        <Link href="/stations">{t('nav.stations')}</Link>
      </p>
    </PublicLayout>
  );
}
