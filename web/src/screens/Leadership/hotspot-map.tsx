/**
 * The hotspot map: hexagons of about 1 km shaded by the number of tickets opened in them, over the
 * station jurisdictions. Like the other maps it needs no tile server (it draws on a plain background
 * unless CHOWKI_TILE_URL is set), so it works offline. Loaded on its own, with Leaflet.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import type { JurisdictionCollection } from '../../api/types.js';
import { configuredTileUrl } from '../../components/jurisdiction-map.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Hotspots } from './leadership.types.js';

/** Half the width of a hexagon of the server's grid (HEX_SIZE_M = 500 m, centre to corner). */
const SIZE_M = 500;

function hexagon(lat: number, lon: number): Array<[number, number]> {
  const dLat = SIZE_M / 110_540;
  const dLon = SIZE_M / (111_320 * Math.cos((lat * Math.PI) / 180));
  return Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 180) * (60 * i - 30);
    return [lat + dLat * Math.sin(a), lon + dLon * Math.cos(a)];
  });
}

export function HotspotMap({ jurisdictions, hotspots, height = 380 }: { jurisdictions: JurisdictionCollection | null; hotspots: Hotspots; height?: number }) {
  const { t, label, formatNumber } = useI18n();
  const el = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const tileUrl = configuredTileUrl();
    const map = L.map(node, { zoomSnap: 0.25, attributionControl: tileUrl !== '', scrollWheelZoom: false, zoomControl: false });
    L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
    if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(map);
    const shapes = jurisdictions ? L.geoJSON(jurisdictions, { interactive: false, style: { color: '#64748b', weight: 1, fillColor: '#e2e8f0', fillOpacity: tileUrl ? 0.05 : 0.35 } }) : null;
    const max = Math.max(1, ...hotspots.cells.map((c) => c.count));
    const hexes = L.featureGroup(
      hotspots.cells.map((c) =>
        L.polygon(hexagon(c.lat, c.lon), {
          color: '#9a3412',
          weight: 1,
          fillColor: '#ea580c',
          fillOpacity: 0.15 + 0.75 * (c.count / max),
          className: 'hotspot',
        }).bindTooltip(`${formatNumber(c.count)} · ${label('category', c.top)}`),
      ),
    );
    if (hotspots.cells.length > 0) map.fitBounds(hexes.getBounds(), { padding: [12, 12], maxZoom: 14 });
    else if (shapes && shapes.getLayers().length > 0) map.fitBounds(shapes.getBounds(), { padding: [8, 8] });
    else map.setView([21.1458, 79.0882], 12);
    shapes?.addTo(map);
    hexes.addTo(map);
    return () => {
      map.remove();
    };
  }, [jurisdictions, hotspots, label, formatNumber, t]);

  return (
    <figure className="map-figure" role="group" aria-label={t('leadership.map')}>
      <div ref={el} className="map" style={{ height }} data-testid="hotspot-map" />
      {configuredTileUrl() ? null : <figcaption className="map-caption">{t('map.plain')}</figcaption>}
    </figure>
  );
}
