/**
 * The map, loaded only on the pages that show one: Leaflet stays out of the bundle a citizen's phone
 * downloads to send a report.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { useI18n } from '../i18n/i18n.js';

const JurisdictionMapChunk = lazy(() => import('./jurisdiction-map.js').then((m) => ({ default: m.JurisdictionMap })));

export function JurisdictionMap(props: ComponentProps<typeof JurisdictionMapChunk>) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<div className="map map-loading" style={{ height: props.height ?? 420 }} aria-busy="true" aria-label={t('map.label')} role="img" />}>
      <JurisdictionMapChunk {...props} />
    </Suspense>
  );
}
