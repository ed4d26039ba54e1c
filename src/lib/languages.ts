/** Language names in the page's language (or the one given) for ISO 639 codes, with the code itself as a fallback. */
import { currentLocale } from '../i18n/locale.ts';
import type { Locale } from '../i18n/types.ts';

const displayNames: Partial<Record<Locale, Intl.DisplayNames>> = {};
/** Names already looked up, by locale and code: Intl.DisplayNames.of took 5% of writing the entry pages. */
const known = new Map<string, string>();

function lookUp(code: string, locale: Locale): string {
  try {
    return (displayNames[locale] ??= new Intl.DisplayNames([locale], { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "en" → "inglese" on an Italian page, "English" on an English one. */
export function languageName(code: string, locale: Locale = currentLocale()): string {
  const key = `${locale}:${code}`;
  let name = known.get(key);
  if (name === undefined) known.set(key, (name = lookUp(code, locale)));
  return name;
}
