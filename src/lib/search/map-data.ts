/**
 * The map data the browser downloads: one compact, cacheable JSON with only what markers and
 * cards need, in columns (gzip packs repeated shapes well). Coordinates are integers in 1e-4
 * degrees (about 11 m, finer than any "approssimativa" position).
 */
import type { MapPoint } from './records.ts';

export interface EncodedMapData {
  v: 1;
  /** Category keys, referenced by index from `cat`. */
  categories: string[];
  /** Per point: Pagefind result id in its own bundle (to intersect with search results), entry id, name, position, category. */
  ids: string[];
  slugs: string[];
  names: string[];
  lat: number[];
  lon: number[];
  cat: number[];
}

export interface DecodedPoint {
  resultId: string;
  slug: string;
  name: string;
  lat: number;
  lon: number;
  category: string;
}

const SCALE = 1e4;

/** Packs points, with the Pagefind result id of each point's entry (entry id → result id). */
export function encodeMapData(points: MapPoint[], resultIds: Map<string, string>): EncodedMapData {
  const categories = [...new Set(points.map((p) => p.category))].sort();
  return {
    v: 1,
    categories,
    ids: points.map((p) => resultIds.get(p.id) ?? ''),
    slugs: points.map((p) => p.id),
    names: points.map((p) => p.name),
    lat: points.map((p) => Math.round(p.lat * SCALE)),
    lon: points.map((p) => Math.round(p.lon * SCALE)),
    cat: points.map((p) => categories.indexOf(p.category)),
  };
}

/** Unpacks the map data into points. */
export function decodeMapData(data: EncodedMapData): DecodedPoint[] {
  return data.ids.map((resultId, i) => ({
    resultId,
    slug: data.slugs[i],
    name: data.names[i],
    lat: data.lat[i] / SCALE,
    lon: data.lon[i] / SCALE,
    category: data.categories[data.cat[i]],
  }));
}

/**
 * The national bundle's result ids that the regions' map data would not lead to their own entry
 * (result id → entry id), written by the build at this path. Pagefind names a result by the
 * shortest prefix of its page hash that is unique in its index, so in the national index a few
 * are longer than in a region's.
 */
export const nationalIdsPath = '/data/punti/italia-ids.json';

export interface NationalIds {
  v: 1;
  ids: Record<string, string>;
}

/** The entry id of each result id the map data name, then the exceptions (result id → entry id) on top. */
export function entryOfResult(points: DecodedPoint[], exceptions: Record<string, string> = {}): Map<string, string> {
  const entries = new Map(points.map((point) => [point.resultId, point.slug]));
  for (const [resultId, entry] of Object.entries(exceptions)) entries.set(resultId, entry);
  return entries;
}

/**
 * Map points by the result ids of the bundle searched, joined through our entry ids: result id →
 * entry id (entryOfResult) → every point of that entry, whichever region's map data it came from.
 */
export function resultPoints(points: DecodedPoint[], exceptions?: Record<string, string>): Map<string, DecodedPoint[]> {
  const byEntry = new Map<string, DecodedPoint[]>();
  for (const point of points) {
    const list = byEntry.get(point.slug);
    if (list) list.push(point);
    else byEntry.set(point.slug, [point]);
  }
  const byResult = new Map<string, DecodedPoint[]>();
  for (const [resultId, entry] of entryOfResult(points, exceptions)) {
    const list = byEntry.get(entry);
    if (list) byResult.set(resultId, list);
  }
  return byResult;
}

/** The exceptions for a national bundle (entry id → its national result id), against the regions' points. */
export function nationalExceptions(regional: DecodedPoint[], national: Map<string, string>): Record<string, string> {
  const resolved = entryOfResult(regional);
  const exceptions: Record<string, string> = {};
  for (const [entry, resultId] of national) if (resolved.get(resultId) !== entry) exceptions[resultId] = entry;
  return exceptions;
}
