/** Checks on the last-verified date: not in the future, and not older than a year (a warning). */
import { isOlderThanMonths } from '../dates.ts';
import { lineOf } from './schema.ts';
import type { Entry, Problem } from './types.ts';

/** After this many months without a check an entry is stale. */
export const STALE_AFTER_MONTHS = 12;

/** The date as "YYYY-MM-DD", whether YAML read it as a date or a string; undefined when it is neither. */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined;
}

/** A verified date after today is an error; one more than 12 months before today is a warning. */
export function verifiedDateProblems(entry: Entry, today: string): Problem[] {
  const verified = entry.data.verified;
  const date = verified && typeof verified === 'object' ? isoDate((verified as Record<string, unknown>).date) : undefined;
  if (!date) return [];
  const where = { file: entry.file, field: 'verified.date', line: lineOf(entry, ['verified', 'date']), rule: 'verified' };
  if (date > today) {
    return [{ ...where, severity: 'error', message: `La data di verifica ${date} è nel futuro (oggi è ${today}): scrivi il giorno in cui hai controllato davvero le informazioni.` }];
  }
  if (isOlderThanMonths(date, STALE_AFTER_MONTHS, today)) {
    return [{ ...where, severity: 'warning', message: `Informazioni verificate l’ultima volta il ${date}, più di ${STALE_AFTER_MONTHS} mesi fa: ricontrollale (telefono, sito o email dell’organizzazione) e aggiorna verified.date.` }];
  }
  return [];
}
