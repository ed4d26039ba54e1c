/**
 * The coverage map: one marker per province at the centroid of its comuni, its size by active entries
 * and its colour (and, for a province with none, a dashed hollow ring) by coverage level. Every marker
 * is a 44×44 box with the province's figures as its tooltip; a tap opens a link to the province. The
 * table of provinces is the keyboard and screen-reader equivalent, so the markers stay out of the tab order.
 */
import { useEffect, useState } from 'react';
import { AttributionControl, MapContainer, TileLayer, ZoomControl, useMap } from 'react-leaflet';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { t } from '../../i18n/index.ts';
import type { TileConfig } from '../map/MapView.tsx';
import type { CoverageMarker } from '../../lib/coverage/map.ts';

interface Props {
  tiles: TileConfig;
  markers: CoverageMarker[];
}

const ITALY: L.LatLngBoundsExpression = [
  [36.6, 6.6],
  [47.1, 18.5],
];

function popupContent(marker: CoverageMarker): HTMLElement {
  const box = document.createElement('div');
  const title = document.createElement('p');
  title.className = 'map-popup-title';
  title.textContent = marker.label;
  box.append(title);
  if (marker.href) {
    const link = document.createElement('a');
    link.href = marker.href;
    link.textContent = t('coverageOpenProvince');
    box.append(link);
  }
  return box;
}

function Markers({ markers }: { markers: CoverageMarker[] }) {
  const map = useMap();
  useEffect(() => {
    const layer = L.layerGroup().addTo(map);
    // Smaller markers last, so a big neighbour never covers them.
    for (const item of [...markers].sort((a, b) => b.size - a.size)) {
      const icon = L.divIcon({ html: `<span class="coverage-level-${item.level}"></span>`, className: `coverage-marker coverage-size-${item.size}`, iconSize: [44, 44] });
      // Not in the tab order: 107 overlapping stops would bury the page, and the table below holds the
      // same figures with links. A pointer or a tap still opens the province.
      const marker = L.marker([item.lat, item.lon], { icon, title: item.label, keyboard: false, riseOnHover: true });
      marker.bindPopup(() => popupContent(item));
      // Leaflet's close button says "Close popup": ours speaks Italian.
      marker.on('popupopen', (event) => event.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t('coverageClosePopup')));
      layer.addLayer(marker);
      const element = marker.getElement();
      if (element) {
        element.dataset.provincia = item.sigla;
        element.dataset.attive = String(item.total);
        element.setAttribute('aria-hidden', 'true');
      }
    }
    document.getElementById('mappa-copertura')?.setAttribute('data-markers-state', 'ready');
    return () => {
      layer.remove();
    };
  }, [map, markers]);
  return null;
}

export default function CoverageMapView({ tiles, markers }: Props) {
  const [tilesFailed, setTilesFailed] = useState(false);
  return (
    <div className="coverage-map">
      {tilesFailed && (
        <p className="notice" role="status">
          {t('coverageMapTilesFailed')}
        </p>
      )}
      <MapContainer bounds={ITALY} className="map-canvas coverage-map-canvas" aria-label={t('coverageMapLabel')} zoomControl={false} attributionControl={false} zoomSnap={0.5}>
        <ZoomControl position="topleft" zoomInTitle={t('mapZoomIn')} zoomOutTitle={t('mapZoomOut')} />
        <AttributionControl position="bottomright" prefix={false} />
        <TileLayer url={tiles.url} attribution={tiles.attribution} maxZoom={tiles.maxZoom} eventHandlers={{ tileerror: () => setTilesFailed(true) }} />
        <Markers markers={markers} />
      </MapContainer>
    </div>
  );
}
