/**
 * Shortlist ids: the same shape as entry ids (file names), checked again here because lists come
 * from places we do not control — a link someone forwarded, or what an older version stored.
 */

/** Entry ids: lowercase letters, digits and single hyphens (as ID_PATTERN in src/schema/fields.ts). */
export const SHORTLIST_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id accepted; real ids are file names of a few words. */
export const MAX_ID_LENGTH = 100;

/** A list is for a person to act on: a few resources, never hundreds. */
export const MAX_ITEMS = 30;

/** What cleaning a list removed, so that the page can say so. */
export interface CleanedIds {
  /** Valid, distinct ids in their first order, at most MAX_ITEMS. */
  ids: string[];
  /** Values that were not ids (wrong characters, too long, not text). */
  invalid: number;
  /** Repeats of an id already in the list. */
  duplicates: number;
  /** Valid ids beyond MAX_ITEMS, dropped from the end. */
  overflow: number;
}

/** True for a value that can be an entry id. */
export function isShortlistId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && SHORTLIST_ID_PATTERN.test(value);
}

/** Keeps valid ids once each, in order, up to `max`; counts what it dropped. */
export function cleanIds(values: readonly unknown[], max: number = MAX_ITEMS): CleanedIds {
  const seen = new Set<string>();
  const result: CleanedIds = { ids: [], invalid: 0, duplicates: 0, overflow: 0 };
  for (const value of values) {
    if (!isShortlistId(value)) result.invalid += 1;
    else if (seen.has(value)) result.duplicates += 1;
    else {
      seen.add(value);
      if (result.ids.length < max) result.ids.push(value);
      else result.overflow += 1;
    }
  }
  return result;
}
