/**
 * Numbers as each language writes them: "1.234" and "1,5" in Italian, "1,234" and "1.5" in English.
 * One Intl.NumberFormat per language and style, made once: Number.prototype.toLocaleString builds a
 * new formatter at every call, which in the coverage tables (a few thousand numbers per language)
 * took 1.3 s of a 10,000-entry build in a CPU profile.
 */
import type { Locale } from './types.ts';

const TAGS: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

const whole = new Map<Locale, Intl.NumberFormat>();
const oneDecimal = new Map<Locale, Intl.NumberFormat>();

function formatter(cache: Map<Locale, Intl.NumberFormat>, locale: Locale, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(locale);
  if (!format) cache.set(locale, (format = new Intl.NumberFormat(TAGS[locale], options)));
  return format;
}

/** A count as the language writes it: 12.345 (it), 12,345 (en). */
export function formatCount(n: number, locale: Locale): string {
  return formatter(whole, locale).format(n);
}

/** A number with exactly one decimal, as the language writes it: 2,5 (it), 2.5 (en). */
export function formatOneDecimal(n: number, locale: Locale): string {
  return formatter(oneDecimal, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}
