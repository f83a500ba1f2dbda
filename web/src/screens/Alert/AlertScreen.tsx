/**
 * An alert to the public as its X post links to it (`/alerts/:id`): what it is about, its text in the
 * reader's language (else another of the three), the stations it was sent for and when. Nothing about
 * who received it; a cancelled alert is gone.
 */
import { useEffect, useState } from 'react';
import { PublicLayout } from '../../components/public-layout.js';
import { useI18n } from '../../i18n/i18n.js';
import type { PublicAlert } from '../../../../src/community/community.schema.js';
import '../../components/public-pages.css';

async function fetchAlert(id: string): Promise<PublicAlert | 'notFound'> {
  const res = await fetch(`/api/public/alerts/${encodeURIComponent(id)}`, { headers: { accept: 'application/json' } });
  if (res.status === 404 || res.status === 400) return 'notFound';
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  // The route's response schema (publicAlertSchema) is what the server sends.
  return (await res.json()) as PublicAlert;
}

export function AlertScreen({ id }: { id: string }) {
  const { t, lang, formatDateTime } = useI18n();
  const [alert, setAlert] = useState<PublicAlert | 'notFound' | 'network'>();

  useEffect(() => {
    let live = true;
    fetchAlert(id).then(
      (a) => live && setAlert(a),
      () => live && setAlert('network'),
    );
    return () => {
      live = false;
    };
  }, [id]);

  if (alert === undefined) {
    return (
      <PublicLayout>
        <p aria-live="polite">{t('common.loading')}</p>
      </PublicLayout>
    );
  }
  if (alert === 'notFound' || alert === 'network') {
    return (
      <PublicLayout>
        <h1>{t('alert.title')}</h1>
        <p role="alert">{alert === 'notFound' ? t('alert.notFound') : t('common.networkError')}</p>
      </PublicLayout>
    );
  }
  const order = lang === 'en' ? (['en', 'hi', 'mr'] as const) : lang === 'hi' ? (['hi', 'mr', 'en'] as const) : (['mr', 'hi', 'en'] as const);
  const shown = order.find((l) => alert.texts[l]);
  const stations = alert.stations.map((s) => (lang === 'en' ? s.nameEn : s.nameLocal)).join(', ');
  return (
    <PublicLayout>
      <h1>
        {t('alert.title')}: {t(`community.alert.kind.${alert.kind}`)}
      </h1>
      {shown ? (
        <p className="alert-text" lang={shown}>
          {alert.texts[shown]}
        </p>
      ) : null}
      <p>{t('alert.for', { stations })}</p>
      <p className="muted">{t('alert.sent', { at: formatDateTime(alert.sentAt) })}</p>
      <p>
        <strong>{t('alert.call')}</strong>
      </p>
    </PublicLayout>
  );
}
