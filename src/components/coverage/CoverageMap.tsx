/**
 * The coverage map island (/coordinamento/copertura/): nothing heavy on the server; Leaflet and the
 * map code load in the browser only when the map scrolls into view (client:visible). The table of
 * provinces on the same page holds the same numbers, for keyboards, screen readers and no JavaScript.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { loadPageLanguage, t } from '../../i18n/index.ts';
import type { TileConfig } from '../map/MapView.tsx';
import type { CoverageMarker } from '../../lib/coverage/map.ts';

// The island hydrates in the page's language: an English page fetches its strings before the first render.
await loadPageLanguage();

const CoverageMapView = lazy(() => import('./CoverageMapView.tsx'));

interface Props {
  tiles: TileConfig;
  markers: CoverageMarker[];
}

export default function CoverageMap({ tiles, markers }: Props) {
  const [inBrowser, setInBrowser] = useState(false);
  useEffect(() => setInBrowser(true), []);
  const loading = <p className="muted">{t('mapLoading')}</p>;
  return inBrowser ? (
    <Suspense fallback={loading}>
      <CoverageMapView tiles={tiles} markers={markers} />
    </Suspense>
  ) : (
    loading
  );
}
