/**
 * Orders and pages search results. Pagefind gives the ids of every match at once, ranked by
 * relevance; distance, name order and the map-area limit use the map data's coordinates and
 * names, so no result's fragment is fetched until its card is shown.
 */
import { distanceKm } from '../geo.ts';
import type { DecodedPoint } from './map-data.ts';
import { inArea, type SearchState } from './state.ts';
import { compareItalian } from '../collate.ts';

export const PAGE_SIZE = 10;

/** The distance from a place to the nearest location of a result, or undefined (online only). */
export function nearestKm(points: DecodedPoint[] | undefined, near: { lat: number; lon: number }): number | undefined {
  if (!points?.length) return undefined;
  return Math.min(...points.map((p) => distanceKm(near, p)));
}

export interface RankedResult {
  id: string;
  distanceKm?: number;
}

/** Applies the area limit and the chosen order to Pagefind's ranked ids. */
export function rankResults(ids: string[], state: Pick<SearchState, 'near' | 'area' | 'sort'>, byResult?: Map<string, DecodedPoint[]>): RankedResult[] {
  let ranked: RankedResult[] = ids.map((id) => ({
    id,
    distanceKm: state.near && byResult ? nearestKm(byResult.get(id), state.near) : undefined,
  }));
  if (state.area && byResult) {
    const area = state.area;
    ranked = ranked.filter((r) => byResult.get(r.id)?.some((p) => inArea(area, p.lat, p.lon)));
  }
  if (state.sort === 'distanza' && state.near) {
    ranked = [...ranked].sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  } else if (state.sort === 'nome' && byResult) {
    const name = (r: RankedResult) => byResult.get(r.id)?.[0]?.name ?? '';
    ranked = [...ranked].sort((a, b) => compareItalian(name(a), name(b)));
  }
  return ranked;
}

/** The results of one page, and how many pages there are. */
export function pageOf<T>(items: T[], page: number, size = PAGE_SIZE): { items: T[]; pages: number; page: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * size, current * size), pages, page: current };
}
