/** The compact map data of each search bundle, fetched once per page and shared by the search script and the map island. */
import { decodeMapData, nationalIdsPath, resultPoints, type DecodedPoint, type EncodedMapData, type NationalIds } from '../lib/search/map-data.ts';
import { isNational, mapDataPath, mapScopes, type ScopeCatalog } from '../lib/search/scopes.ts';

export interface MapPoints {
  points: DecodedPoint[];
  /** The points of each result id of the bundles searched, joined through entry ids (resultPoints). */
  byResult: Map<string, DecodedPoint[]>;
}

/** What the search script tells the map island: result ids (null: everything), regions, bundles searched. */
export interface SearchResults {
  ids: string[] | null;
  scopes: string[];
  bundles?: string[];
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
    /** The ids of the current results (null: show everything), the regions they come from and the bundles searched, for the map island. */
    __segnaviaResults?: SearchResults;
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

/** The national bundle's result ids that the regions' map data do not name (see map-data.ts), fetched once. */
let nationalIds: Promise<Record<string, string>> | undefined;
function loadNationalIds(): Promise<Record<string, string>> {
  nationalIds ??= fetch(nationalIdsPath)
    .then((response) => (response.ok ? (response.json() as Promise<NationalIds>) : undefined))
    .then((data) => data?.ids ?? {});
  return nationalIds;
}

/**
 * The map data of the given regions (those that have any: see mapScopes), joined and grouped once
 * per set of regions and bundles searched: results of the national bundle find their points through
 * our entry ids, with its own ids where they differ from the regions'.
 */
export function loadMapPoints(scopes: string[], bundles: string[] = scopes): Promise<MapPoints> {
  const joined = (window.__segnaviaMapPoints ??= new Map());
  const national = bundles.some(isNational);
  const key = `${scopes.join(' ')}${national ? ' +national' : ''}`;
  let points = joined.get(key);
  if (!points) {
    points = Promise.all([Promise.all(mapScopes(scopes).map(loadScope)), national ? loadNationalIds() : undefined]).then(([parts, exceptions]) => {
      const all = parts.flat();
      window.__segnaviaTimings = { ...window.__segnaviaTimings, mapDataLoaded: performance.now() };
      return { points: all, byResult: resultPoints(all, exceptions) };
    });
    joined.set(key, points);
  }
  return points;
}
