/**
 * Station jurisdictions on a Leaflet map. With no tile server configured (the default) it draws the
 * polygons and station names on a plain background, so it works offline; set CHOWKI_TILE_URL at build
 * time (see vite.config.ts) to put tiles underneath.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { Component, useEffect, useRef, type ComponentProps, type ReactNode } from 'react';
import type { JurisdictionCollection, Unit } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';

export interface MapPoint {
  lat: number;
  lon: number;
  label: string;
}

function readMeta(name: string): string {
  const v = document.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() ?? '';
  return v.startsWith('%') ? '' : v;
}

/** The tile URL template configured for this deployment, or '' for none. */
export function configuredTileUrl(): string {
  return readMeta('chowki-tile-url');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function LeafletMap({
  jurisdictions,
  units,
  highlight,
  point,
  height = 420,
  className,
  onPick,
}: {
  jurisdictions: JurisdictionCollection;
  units: readonly Unit[];
  /** A station to emphasise (the ticket's, or the one a citizen picked). */
  highlight?: string | null;
  /** A place to pin, e.g. where a ticket happened. */
  point?: MapPoint | null;
  height?: number;
  className?: string;
  /** Called with the point a user taps or clicks on the map (find your station). */
  onPick?: (lat: number, lon: number) => void;
}) {
  const { t, lang } = useI18n();
  const el = useRef<HTMLDivElement>(null);
  // The latest callback, without rebuilding the map when the parent renders again.
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const tileUrl = configuredTileUrl();
    const map = L.map(node, {
      zoomSnap: 0.25,
      attributionControl: tileUrl !== '',
      preferCanvas: false,
      scrollWheelZoom: false,
      zoomControl: false,
    });
    // Leaflet's own control titles its buttons in English; the page's language names them instead.
    L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: readMeta('chowki-tile-attribution') }).addTo(map);
    }
    // Set the view before adding layers, so that every layer renders at once against a sized map.
    const all = L.geoJSON(jurisdictions);
    const highlighted = highlight ? jurisdictions.features.find((f) => f.properties.station === highlight) : undefined;
    if (point) {
      map.setView([point.lat, point.lon], 14);
    } else if (highlighted) {
      map.fitBounds(L.geoJSON(highlighted).getBounds(), { padding: [16, 16] });
    } else if (all.getLayers().length > 0) {
      map.fitBounds(all.getBounds(), { padding: [8, 8] });
    } else {
      map.setView([21.1458, 79.0882], 12);
    }

    const byId = new Map(units.map((u) => [u.id, u]));
    L.geoJSON(jurisdictions, {
      interactive: false,
      style: (feature) => {
        const station = typeof feature?.properties?.station === 'string' ? feature.properties.station : '';
        const on = highlight != null && station === highlight;
        return {
          className: on ? 'jurisdiction jurisdiction-highlight' : 'jurisdiction',
          color: on ? '#1d4ed8' : '#64748b',
          weight: on ? 2.5 : 1,
          fillColor: on ? '#3b82f6' : '#cbd5e1',
          fillOpacity: on ? 0.25 : tileUrl ? 0.08 : 0.35,
        };
      },
    }).addTo(map);

    const labels: Array<{ el: HTMLElement; first: boolean }> = [];
    for (const f of jurisdictions.features) {
      const u = byId.get(f.properties.station);
      if (!u || u.lat === null || u.lon === null) continue;
      const name = lang === 'en' ? u.nameEn : u.nameLocal;
      const marker = L.marker([u.lat, u.lon], {
        interactive: false,
        keyboard: false,
        icon: L.divIcon({
          className: u.id === highlight ? 'station-label station-label-highlight' : 'station-label',
          html: `<span>${escapeHtml(name)}</span>`,
          iconSize: undefined,
        }),
      }).addTo(map);
      const el = marker.getElement();
      if (el) labels.push({ el, first: u.id === highlight });
    }
    // The city centre packs many small stations: show the names that fit, the highlighted one first.
    labels.sort((a, b) => Number(b.first) - Number(a.first));
    const declutter = () => {
      const placed: DOMRect[] = [];
      for (const { el } of labels) {
        el.style.visibility = 'visible';
        const r = (el.firstElementChild ?? el).getBoundingClientRect();
        const clash = placed.some((p) => r.left < p.right + 2 && r.right + 2 > p.left && r.top < p.bottom && r.bottom > p.top);
        if (clash) el.style.visibility = 'hidden';
        else placed.push(r);
      }
    };
    declutter();
    map.on('zoomend', declutter);
    map.on('click', (e: L.LeafletMouseEvent) => pick.current?.(e.latlng.lat, e.latlng.lng));

    if (point) {
      L.circleMarker([point.lat, point.lon], {
        radius: 8,
        color: '#b91c1c',
        weight: 3,
        fillColor: '#ef4444',
        fillOpacity: 0.9,
        className: 'place-marker',
        interactive: false,
      }).addTo(map);
    }
    return () => {
      map.remove();
    };
  }, [jurisdictions, units, highlight, point?.lat, point?.lon, lang]);

  return (
    <figure className={`map-figure ${className ?? ''}`} role="group" aria-label={t('map.label')}>
      <div ref={el} className="map" style={{ height }} data-testid="jurisdiction-map" />
      {configuredTileUrl() ? null : <figcaption className="map-caption">{t('map.plain')}</figcaption>}
    </figure>
  );
}

/** A map that fails (a bad polygon, a browser quirk) must never take the desk down with it. */
class MapErrorBoundary extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error('map failed', error);
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function JurisdictionMap(props: ComponentProps<typeof LeafletMap>) {
  return (
    <MapErrorBoundary fallback={<p className="muted map-failed">—</p>}>
      <LeafletMap {...props} />
    </MapErrorBoundary>
  );
}
