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
  /** Per point: Pagefind result id (to intersect with search results), entry id, name, position, category. */
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
