/**
 * The map itself (loaded only in the browser, when shown): react-leaflet draws the map and tiles; clusters and markers are drawn
 * imperatively from a supercluster index, only for what is in view, so tens of thousands of
 * points stay smooth. It shows exactly the current results (the `segnavia:results` event from the
 * search script); the list next to it is always the keyboard and screen-reader equivalent.
 */
import { useEffect, useState } from 'react';
import { AttributionControl, MapContainer, TileLayer, ZoomControl } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { t } from '../../i18n/index.ts';
import { ClusterLayer } from './ClusterLayer.tsx';

export interface TileConfig {
  url: string;
  attribution: string;
  maxZoom: number;
}

interface Props {
  tiles: TileConfig;
}

const ITALY_CENTER: [number, number] = [42.3, 12.6];

export default function MapView({ tiles }: Props) {
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    document.getElementById('mappa')?.setAttribute('data-markers-state', 'loading');
  }, []);

  const searchThisArea = () => {
    if (!map) return;
    const bounds = map.getBounds();
    const area = { south: bounds.getSouth(), west: bounds.getWest(), north: bounds.getNorth(), east: bounds.getEast() };
    window.dispatchEvent(new CustomEvent('segnavia:area', { detail: area }));
  };

  return (
    <div className="results-map">
      {tilesFailed && (
        <p className="notice" role="status">
          {t('mapTilesFailed')}
        </p>
      )}
      {/* Leaflet's own controls speak English ("Zoom in", its "A JavaScript library…" credit): ours speak Italian. */}
      <MapContainer ref={setMap} center={ITALY_CENTER} zoom={6} className="map-canvas" aria-label={t('mapLabel')} preferCanvas={false} zoomControl={false} attributionControl={false}>
        <ZoomControl position="topleft" zoomInTitle={t('mapZoomIn')} zoomOutTitle={t('mapZoomOut')} />
        <AttributionControl position="bottomright" prefix={false} />
        <TileLayer url={tiles.url} attribution={tiles.attribution} maxZoom={tiles.maxZoom} eventHandlers={{ tileerror: () => setTilesFailed(true) }} />
        <ClusterLayer />
      </MapContainer>
      <p className="map-actions">
        <button type="button" onClick={searchThisArea} disabled={!map}>
          {t('searchThisArea')}
        </button>
        <span className="muted">{t('mapListEquivalent')}</span>
      </p>
    </div>
  );
}
