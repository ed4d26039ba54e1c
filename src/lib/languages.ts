/** Language names in the page's language (or the one given) for ISO 639 codes, with the code itself as a fallback. */
import { currentLocale } from '../i18n/locale.ts';
import type { Locale } from '../i18n/types.ts';

const displayNames: Partial<Record<Locale, Intl.DisplayNames>> = {};

/** "en" → "inglese" on an Italian page, "English" on an English one. */
export function languageName(code: string, locale: Locale = currentLocale()): string {
  try {
    return (displayNames[locale] ??= new Intl.DisplayNames([locale], { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}
