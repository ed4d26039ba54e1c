/** The compact map data of each search bundle, fetched once per page and shared by the search script and the map island. */
import { decodeMapData, type DecodedPoint, type EncodedMapData } from '../lib/search/map-data.ts';
import { pointsByResult } from '../lib/search/results.ts';
import { mapDataPath, mapScopes, type ScopeCatalog } from '../lib/search/scopes.ts';

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
    /** The decoded points of each set of bundles asked for (the search script and the map island ask for the same). */
    __segnaviaMapPoints?: Map<string, Promise<MapPoints>>;
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

/** One bundle's map data, fetched once (the browser also caches it between visits). */
function loadScope(scope: string): Promise<DecodedPoint[]> {
  const cache = (window.__segnaviaMapData ??= new Map());
  let part = cache.get(scope);
  if (!part) {
    part = fetch(mapDataPath(scope))
      .then((response) => (response.ok ? (response.json() as Promise<EncodedMapData>) : undefined))
      .then((data) => (data ? decodeMapData(data) : []));
    cache.set(scope, part);
  }
  return part;
}

/** The map data of the given bundles (those that have any: see mapScopes), joined and grouped once per set of bundles. */
export function loadMapPoints(scopes: string[]): Promise<MapPoints> {
  const joined = (window.__segnaviaMapPoints ??= new Map());
  const key = scopes.join(' ');
  let points = joined.get(key);
  if (!points) {
    points = Promise.all(mapScopes(scopes).map(loadScope)).then((parts) => {
      const all = parts.flat();
      window.__segnaviaTimings = { ...window.__segnaviaTimings, mapDataLoaded: performance.now() };
      return { points: all, byResult: pointsByResult(all) };
    });
    joined.set(key, points);
  }
  return points;
}
