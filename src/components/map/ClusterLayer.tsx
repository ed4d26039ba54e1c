/** Clusters and markers drawn with Leaflet from a supercluster index of the current results. */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import Supercluster from 'supercluster';
import { loadMapPoints, readScopeCatalog, type SearchResults } from '../../client/map-points.ts';
import { toFeatures, type PointProperties } from '../../lib/search/clusters.ts';
import { t } from '../../i18n/index.ts';
import { urls } from '../../lib/urls.ts';

// Every marker is a 44×44 target (the dot of a single point is drawn smaller inside it, in CSS).
function clusterIcon(count: number): L.DivIcon {
  const size = count < 100 ? 44 : count < 1000 ? 50 : 56;
  return L.divIcon({ html: `<span>${count}</span>`, className: 'map-cluster', iconSize: [size, size] });
}

const pointIcon = L.divIcon({ html: '<span></span>', className: 'map-point', iconSize: [44, 44] });

/**
 * The room a fitted view leaves at the map's edges, so that no marker (44 px, centred on its point) lies
 * under the zoom buttons (top left: 44 px wide, 10 px from the edge) or the credits line (bottom right),
 * where it could not be tapped: 10 + 44 + 22 + 4 px on the left, a marker's half and the credits' line below.
 */
const FIT_PADDING: L.FitBoundsOptions = { paddingTopLeft: [80, 26], paddingBottomRight: [26, 48] };

function popupContent(properties: PointProperties): HTMLElement {
  const box = document.createElement('div');
  const title = document.createElement('p');
  title.className = 'map-popup-title';
  title.textContent = properties.name;
  const link = document.createElement('a');
  link.href = urls.resource(properties.slug);
  link.textContent = t('openEntry');
  box.append(title, link);
  return box;
}

export function ClusterLayer() {
  const map = useMap();

  useEffect(() => {
    const layer = L.layerGroup().addTo(map);
    const panel = document.getElementById('mappa');
    let index: Supercluster<PointProperties> | undefined;
    let cancelled = false;

    const draw = () => {
      if (!index) return;
      const bounds = map.getBounds();
      const clusters = index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], Math.round(map.getZoom()));
      layer.clearLayers();
      for (const feature of clusters) {
        const [lon, lat] = feature.geometry.coordinates;
        const properties = feature.properties as PointProperties & { cluster?: boolean; point_count?: number; cluster_id?: number };
        if (properties.cluster) {
          const count = properties.point_count ?? 0;
          const marker = L.marker([lat, lon], { icon: clusterIcon(count), title: t('clusterLabel')(count), alt: t('clusterLabel')(count) });
          marker.on('click', () => map.setView([lat, lon], Math.min(index!.getClusterExpansionZoom(properties.cluster_id!), 18)));
          layer.addLayer(marker);
        } else {
          const marker = L.marker([lat, lon], { icon: pointIcon, title: properties.name, alt: properties.name });
          marker.bindPopup(() => popupContent(properties));
          layer.addLayer(marker);
        }
      }
    };

    const show = async ({ ids, scopes, bundles }: SearchResults) => {
      panel?.setAttribute('data-markers-state', 'loading');
      const { points, byResult } = await loadMapPoints(scopes, bundles);
      if (cancelled) return;
      // Each result's points, found through its entry id (an entry shows once, whichever bundles found it).
      const wanted = ids ? new Set(ids.flatMap((id) => byResult.get(id) ?? [])) : undefined;
      const selected = wanted ? points.filter((p) => wanted.has(p)) : points;
      index = new Supercluster<PointProperties>({ radius: 60, maxZoom: 16 }).load(toFeatures(selected));
      // The view fits what is shown — the results, or every point on the map of everything — clear of the controls.
      if (selected.length) {
        const bounds = L.latLngBounds(selected.map((p) => [p.lat, p.lon] as [number, number]));
        map.fitBounds(bounds, { maxZoom: 13, ...FIT_PADDING, animate: false });
      }
      draw();
      window.__segnaviaTimings = { ...window.__segnaviaTimings, markersShown: performance.now() };
      panel?.setAttribute('data-markers-state', 'ready');
    };

    const onResults = (event: Event) => void show((event as CustomEvent<SearchResults>).detail);
    map.on('moveend', draw);
    window.addEventListener('segnavia:results', onResults);
    void show(window.__segnaviaResults ?? { ids: null, scopes: Object.keys(readScopeCatalog().scopes) });
    return () => {
      cancelled = true;
      map.off('moveend', draw);
      window.removeEventListener('segnavia:results', onResults);
      layer.remove();
    };
  }, [map]);

  return null;
}
