/** The compact map data of each search bundle, fetched once per page and shared by the search script and the map island. */
import { decodeMapData, type DecodedPoint, type EncodedMapData } from '../lib/search/map-data.ts';
import { pointsByResult } from '../lib/search/results.ts';
import { mapDataPath, type ScopeCatalog } from '../lib/search/scopes.ts';

export interface MapPoints {
  points: DecodedPoint[];
  byResult: Map<string, DecodedPoint[]>;
}

export interface SearchTimings {
  mapDataLoaded?: number;
  markersShown?: number;
}

declare global {
  interface Window {
    /** Map data by bundle, as it arrives. */
    __segnaviaMapData?: Map<string, Promise<DecodedPoint[]>>;
    /** The ids of the current results (null: show everything) and the bundles they come from, for the map island. */
    __segnaviaResults?: { ids: string[] | null; scopes: string[] };
    /** Timings read by the benchmark (scripts/bench/browser.ts). */
    __segnaviaTimings?: SearchTimings;
  }
}

/** The bundles of the search index, written into the search page at build time (see scopes.ts). */
export function readScopeCatalog(): ScopeCatalog {
  const json = document.querySelector<HTMLElement>('[data-ambiti]')?.dataset.ambiti;
  return json ? (JSON.parse(json) as ScopeCatalog) : { scopes: {}, provinces: {} };
}

/** Loads the map data of the given bundles (each file once: the browser also caches them between visits). */
export async function loadMapPoints(scopes: string[]): Promise<MapPoints> {
  const cache = (window.__segnaviaMapData ??= new Map());
  const parts = await Promise.all(
    scopes.map((scope) => {
      let part = cache.get(scope);
      if (!part) {
        part = fetch(mapDataPath(scope))
          .then((response) => (response.ok ? (response.json() as Promise<EncodedMapData>) : undefined))
          .then((data) => (data ? decodeMapData(data) : []));
        cache.set(scope, part);
      }
      return part;
    }),
  );
  const points = parts.flat();
  window.__segnaviaTimings = { ...window.__segnaviaTimings, mapDataLoaded: performance.now() };
  return { points, byResult: pointsByResult(points) };
}
