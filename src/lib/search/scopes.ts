/**
 * The search index is split by region: one Pagefind bundle per region (an entry with places in two
 * regions is in both) and one for online-only resources. A search within a place loads only the
 * bundles that can hold its results. A search for all of Italy opens a national bundle instead
 * (NATIONAL_SCOPE), which holds every entry once: only it pays for Pagefind's list of all pages
 * (about 300 KB at 50,000 entries, docs/benchmarks.md), which no search within a place loads.
 */
import { distanceKm, type Point } from '../geo.ts';
import type { Area, SearchState } from './state.ts';

/**
 * Pagefind's runtime module, the same file in every bundle, copied once to this address by
 * scripts/build-search-index.ts: the search page imports it from here for every bundle (each
 * instance gets its bundle as basePath), so its head can preload it before the page's script runs.
 */
export const PAGEFIND_RUNTIME = 'pagefind/pagefind.js';

/** The bundle of resources that have no place (regione facet value "online"). */
export const ONLINE_SCOPE = 'online';

/**
 * The national bundle: every listed entry once, which a search for all of Italy opens instead of
 * the regions'. Its list of pages is no longer than the regions' lists together, but a word's index
 * chunk is fetched once instead of once per region (about twenty), and so is Pagefind's start-up.
 * Its result ids are its own (Pagefind lengthens a few in a bigger index): the browser joins them
 * to the map data through our entry ids (map-data.ts, nationalIdsPath).
 */
export const NATIONAL_SCOPE = 'italia';

/**
 * Entries per part of the national bundle. Pagefind holds a whole index in memory while writing
 * it, about 125 MB per 1,000 entries (mostly per page, not per word), so a larger directory gets
 * its national bundle in parts of at most this many entries, written one after the other and
 * merged by the browser: 1 part up to 20,000 entries, 3 at 50,000 (about 2 GB each).
 */
export const NATIONAL_PART_MAX = 20_000;

/** How many parts the national bundle of this many entries has. */
export function nationalParts(entries: number): number {
  return Math.max(1, Math.ceil(entries / NATIONAL_PART_MAX));
}

/** The national bundle's names: "italia", or "italia-1", "italia-2"… when it is in parts. */
export function nationalBundles(parts: number): string[] {
  return parts <= 1 ? [NATIONAL_SCOPE] : Array.from({ length: parts }, (_, i) => `${NATIONAL_SCOPE}-${i + 1}`);
}

/** Whether a bundle is (part of) the national one. */
export const isNational = (bundle: string) => bundle === NATIONAL_SCOPE || bundle.startsWith(`${NATIONAL_SCOPE}-`);

/**
 * Which part of the national bundle each entry goes into: in order, about equal parts, except that
 * entries with the same key stay together. The key is the start of an entry's Pagefind id as the
 * regions' bundles gave it (the shortest id Pagefind gives): two entries whose ids start alike in
 * two parts would get the same result id there, while within one part Pagefind lengthens them.
 */
export function nationalPartOf(keys: string[], parts: number): number[] {
  const size = Math.ceil(keys.length / parts) || 1;
  const partOfKey = new Map<string, number>();
  return keys.map((key, i) => {
    const part = partOfKey.get(key) ?? Math.min(parts - 1, Math.floor(i / size));
    partOfKey.set(key, part);
    return part;
  });
}

/** A "near" position brings in every region with an entry within this distance. */
export const NEAR_SCOPE_KM = 30;

export type Bounds = Area;

/** What the search page knows about the bundles; built with the page, so it costs no request. */
export interface ScopeCatalog {
  /** Bundle key (region slug or "online") → number of entries in it. */
  scopes: Record<string, number>;
  /** Province sigla → its region's bundle and the bounds of its entries' places. */
  provinces: Record<string, { scope: string; bounds: Bounds }>;
  /** How many parts the national bundle has (nationalParts of the listed entries; 1 when absent). */
  national?: number;
}

/** Where a bundle lives in the built site. */
export const bundlePath = (scope: string) => `/pagefind/${scope}/`;

/** Where the map data of a bundle lives in the built site. */
export const mapDataPath = (scope: string) => `/data/punti/${scope}.json`;

/**
 * The bundles among these that have map data: every region's, never the online one (online
 * resources have no place, so the build writes no points for them and there is nothing to fetch).
 */
export function mapScopes(scopes: string[]): string[] {
  return scopes.filter((scope) => scope !== ONLINE_SCOPE);
}

/** How many entries the bundles hold (an entry in two regions counts twice). */
export function entriesIn(scopes: string[], catalog: ScopeCatalog): number {
  return scopes.reduce((sum, scope) => sum + (catalog.scopes[scope] ?? 0), 0);
}

/** The bundles an entry is indexed in, from its regione facet values (region slugs or "online"). */
export function scopesOfEntry(regions: string[]): string[] {
  return regions.length ? [...new Set(regions)] : [ONLINE_SCOPE];
}

/** One place of an entry, as the catalog needs it. */
export interface ScopedPlace {
  scope: string;
  province: string;
  lat: number;
  lon: number;
}

/** Builds the catalog from every listed entry's bundles and places. */
export function buildScopeCatalog(entries: { scopes: string[]; places: ScopedPlace[] }[]): ScopeCatalog {
  const catalog: ScopeCatalog = { scopes: {}, provinces: {} };
  for (const entry of entries) {
    for (const scope of entry.scopes) catalog.scopes[scope] = (catalog.scopes[scope] ?? 0) + 1;
    for (const place of entry.places) {
      const known = catalog.provinces[place.province];
      if (!known) {
        catalog.provinces[place.province] = { scope: place.scope, bounds: { south: place.lat, west: place.lon, north: place.lat, east: place.lon } };
        continue;
      }
      const b = known.bounds;
      known.bounds = {
        south: Math.min(b.south, place.lat),
        west: Math.min(b.west, place.lon),
        north: Math.max(b.north, place.lat),
        east: Math.max(b.east, place.lon),
      };
    }
  }
  catalog.scopes = Object.fromEntries(Object.entries(catalog.scopes).sort(([a], [b]) => a.localeCompare(b)));
  catalog.national = nationalParts(entries.length);
  return catalog;
}

/** Distance from a point to the nearest point of a rectangle (0 inside it). */
export function distanceToBoundsKm(point: Point, bounds: Bounds): number {
  const lat = Math.min(Math.max(point.lat, bounds.south), bounds.north);
  const lon = Math.min(Math.max(point.lon, bounds.west), bounds.east);
  return distanceKm(point, { lat, lon });
}

const intersects = (a: Bounds, b: Bounds) => a.south <= b.north && a.north >= b.south && a.west <= b.east && a.east >= b.west;

/** "Rho (MI)" → "MI". */
export function provinceOfComuneOption(option: string): string | undefined {
  return /\(([A-Za-z]{2})\)\s*$/.exec(option)?.[1]?.toUpperCase();
}

/**
 * The bundles a search needs, in catalog order. Places named by filters decide (the filters
 * themselves then keep exactly the matching entries); otherwise the map area or a "near" position
 * picks the regions around it (online resources are near everyone); otherwise all of Italy.
 */
export function scopesForState(state: Pick<SearchState, 'filters' | 'near' | 'area'>, catalog: ScopeCatalog): string[] {
  const all = Object.keys(catalog.scopes);
  const keep = (wanted: Set<string>) => all.filter((scope) => wanted.has(scope));
  const provinceScope = (sigla: string | undefined) => (sigla ? catalog.provinces[sigla]?.scope : undefined);
  const { regione = [], provincia = [], comune = [] } = state.filters;
  if (regione.length || provincia.length || comune.length) {
    const named = [...regione, ...provincia.map(provinceScope), ...comune.map((option) => provinceScope(provinceOfComuneOption(option)))];
    // A comune typed without its province cannot be placed: search everywhere, the filter still applies.
    if (named.includes(undefined)) return all;
    return keep(new Set(named as string[]));
  }
  const provinces = Object.values(catalog.provinces);
  if (state.area) {
    const area = state.area;
    return keep(new Set(provinces.filter((p) => intersects(p.bounds, area)).map((p) => p.scope)));
  }
  if (state.near) {
    const near = state.near;
    const around = provinces.filter((p) => distanceToBoundsKm(near, p.bounds) <= NEAR_SCOPE_KM).map((p) => p.scope);
    // Nothing within reach (a remote place, or a position abroad): the nearest results anywhere.
    if (!around.length) return all;
    return keep(new Set([...around, ONLINE_SCOPE]));
  }
  return all;
}

/**
 * The bundles to open for a search over these regions' bundles: the national one (its parts) when
 * they are all of them (and there is more than one), otherwise the regions' own.
 */
export function searchBundles(scopes: string[], catalog: ScopeCatalog): string[] {
  const all = Object.keys(catalog.scopes);
  const wanted = new Set(scopes);
  return all.length > 1 && all.every((scope) => wanted.has(scope)) ? nationalBundles(catalog.national ?? 1) : scopes;
}

/**
 * The bundle Pagefind starts from (the others are merged into it): the national bundle when that
 * is the one opened. Otherwise the online bundle: it is small and always the same, so its runtime
 * and WebAssembly are downloaded once whatever the place; it joins every search, and its entries
 * drop out wherever a place filter or the map area applies.
 */
export function primaryScope(scopes: string[], catalog: ScopeCatalog): string | undefined {
  const national = scopes.find(isNational);
  if (national) return national;
  if (ONLINE_SCOPE in catalog.scopes) return ONLINE_SCOPE;
  return scopes[0] ?? Object.keys(catalog.scopes)[0];
}
