/** Dates as plain "YYYY-MM-DD" strings, formatted for readers in the page's language (Italian by default). */
import { currentLocale } from '../i18n/locale.ts';
import type { Locale } from '../i18n/types.ts';

const ITALIAN_MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS = { it: ITALIAN_MONTHS, en: ENGLISH_MONTHS };

/** "2025-03-01" → "1 marzo 2025" (no time zone involved). */
export function formatDate(isoDate: string, locale: Locale = currentLocale()): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[locale][month - 1]} ${year}`;
}

/** The Italian name of a month, 1–12. */
export function monthName(month: number, locale: Locale = currentLocale()): string {
  return MONTHS[locale][month - 1];
}

/** Today's date as "YYYY-MM-DD" in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** True when the date is more than `months` months before today. */
export function isOlderThanMonths(isoDate: string, months: number, today: string = todayIso()): boolean {
  const [y, m, d] = today.split('-').map(Number);
  const limit = new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
  return isoDate < limit;
}

/** A year, month or day for reading: "2022", "maggio 2022", "14 maggio 2022". */
export function formatPartialDate(partial: string): string {
  const [year, month, day] = partial.split('-').map(Number);
  if (!month) return String(year);
  return day ? formatDate(partial) : `${MONTHS[currentLocale()][month - 1]} ${year}`;
}

/**
 * A year, month or day as Italian says "of" it: "2022" → "del 2022", "2022-05" → "di maggio 2022",
 * "2022-05-14" → "del 14 maggio 2022", "2022-05-08" → "dell’8 maggio 2022", "2022-05-01" → "del 1º maggio 2022".
 */
export function ofPartialDate(partial: string): string {
  if (currentLocale() !== 'it') return formatPartialDate(partial);
  const [year, month, day] = partial.split('-').map(Number);
  if (!month) return `del ${year}`;
  if (!day) return `di ${formatPartialDate(partial)}`;
  if (day === 1) return `del 1º ${ITALIAN_MONTHS[month - 1]} ${year}`;
  return `${day === 8 || day === 11 ? 'dell’' : 'del '}${formatPartialDate(partial)}`;
}
