/**
 * The whole state of a search lives in the URL, so a search can be bookmarked, shared and
 * navigated with the back button: /cerca/?q=coro&categoria=musica-canto&costo=gratuito&vicino=45.53,9.04,Rho&ordine=distanza&pagina=2&mappa=1
 */
import { FACETS, type Facet } from './facets.ts';
import { formatOneDecimal } from '../../i18n/numbers.ts';
import type { Locale } from '../../i18n/types.ts';

export type Sort = 'pertinenza' | 'distanza' | 'nome';

export interface Near {
  lat: number;
  lon: number;
  /** What the person chose: "la tua posizione" or a comune's name. */
  label: string;
}

/** South-west and north-east corners of the map view that limits the list ("cerca in quest'area"). */
export interface Area {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface SearchState {
  q: string;
  filters: Partial<Record<Facet, string[]>>;
  near?: Near;
  area?: Area;
  sort: Sort;
  page: number;
  map: boolean;
}

export const emptyState = (): SearchState => ({ q: '', filters: {}, sort: 'pertinenza', page: 1, map: false });

const SORTS: Sort[] = ['pertinenza', 'distanza', 'nome'];
const MAX_VALUES = 50;

function finite(...values: number[]): boolean {
  return values.every((value) => Number.isFinite(value));
}

/** Reads a state from URL parameters; anything malformed is ignored rather than trusted. */
export function parseState(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').slice(0, 200);
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet).filter((v) => v.length > 0 && v.length <= 80))].slice(0, MAX_VALUES);
    if (values.length) state.filters[facet] = values;
  }
  const near = params.get('vicino')?.split(',');
  if (near && near.length >= 2) {
    const [lat, lon] = [Number(near[0]), Number(near[1])];
    if (finite(lat, lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) state.near = { lat, lon, label: near.slice(2).join(',').slice(0, 80) };
  }
  const area = params.get('area')?.split(',').map(Number);
  if (area && area.length === 4 && finite(...area)) state.area = { south: area[0], west: area[1], north: area[2], east: area[3] };
  const sort = params.get('ordine') as Sort | null;
  if (sort && SORTS.includes(sort)) state.sort = sort;
  if (state.sort === 'distanza' && !state.near) state.sort = 'pertinenza';
  const page = Number(params.get('pagina'));
  if (Number.isInteger(page) && page > 1 && page < 10_000) state.page = page;
  state.map = params.get('mappa') === '1';
  return state;
}

/** Writes a state as URL parameters, leaving out defaults so links stay short. */
export function serializeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  if (state.near) params.set('vicino', [state.near.lat.toFixed(4), state.near.lon.toFixed(4), state.near.label].filter(Boolean).join(','));
  if (state.area) params.set('area', [state.area.south, state.area.west, state.area.north, state.area.east].map((n) => n.toFixed(4)).join(','));
  if (state.sort !== 'pertinenza') params.set('ordine', state.sort);
  if (state.page > 1) params.set('pagina', String(state.page));
  if (state.map) params.set('mappa', '1');
  return params;
}

/** True when the state asks for something: words, a filter or a place. */
export function hasQuery(state: SearchState): boolean {
  return Boolean(state.q.trim()) || Object.keys(state.filters).length > 0 || Boolean(state.near) || Boolean(state.area);
}

/** How many filter values are chosen (each ticked box, the province and the comune count one), for the filters button. */
export function activeFilterCount(state: Pick<SearchState, 'filters'>): number {
  return Object.values(state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
}

/** Pagefind's filter object: any of the chosen values within a facet, all facets together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, values]) => values && values.length > 0)
      .map(([facet, values]) => [facet, { any: values as string[] }]),
  );
}

/** True when a point lies inside an area. */
export function inArea(area: Area, lat: number, lon: number): boolean {
  return lat >= area.south && lat <= area.north && lon >= area.west && lon <= area.east;
}

/** "850 m", "1,2 km" ("1.2 km" in English), "35 km". */
export function formatDistance(km: number, locale: Locale = 'it'): string {
  if (km < 1) return `${Math.max(10, Math.round((km * 1000) / 10) * 10)} m`;
  if (km < 10) return `${formatOneDecimal(km, locale)} km`;
  return `${Math.round(km)} km`;
}
