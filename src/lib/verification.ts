/**
 * What an entry's `verified` and `sources[].date` mean, in one place (issue 14): an entry is
 * *confirmed* when someone heard it from the organisation or saw it (telefono, email, visita,
 * organizzazione), on `verified.date`; otherwise it was *compiled from public documents* on
 * `verified.date`, and what it says is as old as its newest source. Staleness counts from the
 * confirmation or, without one, from the newest source. The entry page, the cards, the printed sheet,
 * the validator and the coordinators' health pages all ask this module. Pure: no Node, no Astro.
 */
import type { VerificationMethod } from '../schema/vocabularies.ts';

/** After this many months an entry's information is stale. */
export const STALE_AFTER_MONTHS = 12;
/** An entry is "due" when it turns stale within this many days. */
export const DUE_WITHIN_DAYS = 60;

/** Methods by which someone heard it from the organisation or saw it for themselves. */
export const CONFIRMING_METHODS: readonly VerificationMethod[] = ['telefono', 'email', 'visita', 'organizzazione'];

/** The fields this module reads (a checked resource has them all). */
export interface VerificationFields {
  verified: { date: string; by: string; method: VerificationMethod };
  sources: readonly { date?: string }[];
}

/** How an entry's information was checked. */
export type Verification =
  | { kind: 'confirmed'; date: string; by: string; method: VerificationMethod }
  | {
      kind: 'compiled';
      /** When the entry was compiled from its sources. */
      date: string;
      by: string;
      method: VerificationMethod;
      /** The newest source's date as written ("2022", "2022-05", "2022-05-14"), when any source has one. */
      newestSource?: string;
      /** True when some sources have no date (then the newest dated one may not be the newest). */
      someUndated: boolean;
    };

/** fresh: younger than 12 months; due: turns 12 months old within 60 days; stale: older; unknown: no date to count from. */
export type Freshness = 'fresh' | 'due' | 'stale' | 'unknown';

/** True when the method means someone heard it from the organisation or saw it. */
export function isConfirmingMethod(method: string | undefined): boolean {
  return (CONFIRMING_METHODS as readonly string[]).includes(method ?? '');
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The last day a year, month or day can mean ("2022" → "2022-12-31", "2022-02" → "2022-02-28"). */
export function lastDayOf(partial: string): string {
  const [year, month, day] = partial.split('-').map(Number);
  if (day) return partial;
  const m = month || 12;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** The newest of the sources' dates, as written; undefined when no source has a (well-formed) date. */
export function newestSourceDate(sources: readonly { date?: unknown }[]): string | undefined {
  let newest: string | undefined;
  for (const source of sources) {
    const date = typeof source.date === 'number' ? String(source.date) : source.date;
    if (typeof date !== 'string' || !PARTIAL_DATE.test(date)) continue;
    if (!newest || lastDayOf(date) > lastDayOf(newest)) newest = date;
  }
  return newest;
}

/** Confirmed or compiled, with the dates that say so. */
export function verificationOf(entry: VerificationFields): Verification {
  const { date, by, method } = entry.verified;
  if (isConfirmingMethod(method)) return { kind: 'confirmed', date, by, method };
  const newestSource = newestSourceDate(entry.sources);
  const someUndated = entry.sources.some((source) => !source.date);
  return newestSource ? { kind: 'compiled', date, by, method, newestSource, someUndated } : { kind: 'compiled', date, by, method, someUndated };
}

/**
 * The day staleness counts from: the confirmation, or the newest source (a year or month counts from
 * its last day, so "2022" is not called older than it may be). Undefined when compiled from undated sources.
 */
export function ageDate(verification: Verification): string | undefined {
  if (verification.kind === 'confirmed') return verification.date;
  return verification.newestSource ? lastDayOf(verification.newestSource) : undefined;
}

/** The date `months` months before `today` (both "YYYY-MM-DD", UTC). */
function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
}

/** The date `days` days after `today`. */
function daysAfter(today: string, days: number): string {
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** How old a date is against the 12-month rule: stale, due within 60 days, or fresh. */
export function freshnessOfDate(date: string, today: string): Exclude<Freshness, 'unknown'> {
  if (date < monthsBefore(today, STALE_AFTER_MONTHS)) return 'stale';
  if (date < monthsBefore(daysAfter(today, DUE_WITHIN_DAYS), STALE_AFTER_MONTHS)) return 'due';
  return 'fresh';
}

/**
 * Stale, due, fresh or unknown. A compiled entry whose sources have no date is unknown, unless it was
 * compiled so long ago that its sources are stale anyway (they cannot be newer than the compiling).
 */
export function freshnessOf(verification: Verification, today: string): Freshness {
  const from = ageDate(verification);
  if (from) return freshnessOfDate(from, today);
  const bound = freshnessOfDate(verification.date, today);
  return bound === 'fresh' ? 'unknown' : bound;
}

/** The day an entry turns (or turned) stale, when its age is known: 12 months after ageDate. */
export function staleFrom(verification: Verification): string | undefined {
  const from = ageDate(verification);
  if (!from) return undefined;
  const [y, m, d] = from.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + STALE_AFTER_MONTHS, d)).toISOString().slice(0, 10);
}
