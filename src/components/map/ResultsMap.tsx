/**
 * The results map island. It renders nothing heavy on the server; Leaflet and the map code are
 * imported only in the browser once the island hydrates, which Astro's client:visible does only
 * when the map panel is shown.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { loadPageLanguage, t } from '../../i18n/index.ts';
import type { TileConfig } from './MapView.tsx';

// The island hydrates in the page's language: an English page fetches its strings before the first render.
await loadPageLanguage();

const MapView = lazy(() => import('./MapView.tsx'));

interface Props {
  tiles: TileConfig;
}

export default function ResultsMap({ tiles }: Props) {
  const [inBrowser, setInBrowser] = useState(false);
  useEffect(() => setInBrowser(true), []);
  const loading = <p className="muted">{t('mapLoading')}</p>;
  return inBrowser ? (
    <Suspense fallback={loading}>
      <MapView tiles={tiles} />
    </Suspense>
  ) : (
    loading
  );
}
