/**
 * A shortlist carried in a URL: /lista/?l=id1,id2,id3. Only ids travel (no names, no note), so the
 * link holds nothing personal and opens the same list in any browser, with no server involved.
 */
import { cleanIds, MAX_ID_LENGTH, MAX_ITEMS, type CleanedIds } from './ids.ts';
import { urls } from '../urls.ts';

/** The path of the shortlist page. */
export const SHORTLIST_PATH = urls.shortlist();

/** The query parameter that holds the ids. */
export const LIST_PARAM = 'l';

/** Longer parameters are cut before parsing: a forwarded link can be anything. */
export const MAX_PARAM_LENGTH = MAX_ITEMS * (MAX_ID_LENGTH + 1);

/** The path and query of a list: "/lista/?l=a,b,c" ("/lista/" when empty). */
export function listPath(ids: readonly string[]): string {
  return ids.length ? `${SHORTLIST_PATH}?${LIST_PARAM}=${ids.join(',')}` : SHORTLIST_PATH;
}

/** The absolute URL of a list on a site: origin is "https://segnavia.example.org" or location.origin. */
export function listUrl(origin: string, ids: readonly string[]): string {
  return origin.replace(/\/+$/, '') + listPath(ids);
}

/** A list read from a URL: `shared` is false when the URL carries no list at all. */
export interface DecodedList extends CleanedIds {
  shared: boolean;
  /** True when the parameter was longer than MAX_PARAM_LENGTH and was cut. */
  truncated: boolean;
}

/**
 * Reads the list from a query string ("?l=a,b" or a URLSearchParams). Tolerant of what messaging
 * apps and people do to links: commas encoded as %2C, spaces, dots or semicolons between ids,
 * upper case. Anything that is not an id is counted and dropped; nothing throws.
 */
export function decodeList(search: string | URLSearchParams): DecodedList {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    params = new URLSearchParams();
  }
  const raw = params.get(LIST_PARAM);
  if (raw === null) return { shared: false, truncated: false, ids: [], invalid: 0, duplicates: 0, overflow: 0 };
  const truncated = raw.length > MAX_PARAM_LENGTH;
  const text = truncated ? raw.slice(0, MAX_PARAM_LENGTH) : raw;
  const parts = text
    .toLowerCase()
    .split(/[\s,;.]+/)
    .filter(Boolean);
  // The last part of a cut parameter may be half an id: drop it rather than guess.
  if (truncated && parts.length) parts.pop();
  return { shared: true, truncated, ...cleanIds(parts) };
}
