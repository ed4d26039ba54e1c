/**
 * The interface strings, in the language of the page: `t(key)` for built pages and the browser's bundles
 * alike. Italian (it.ts) is bundled and is the fallback; another language's dictionary is added when a
 * page in that language needs it (built pages: pages.ts; the browser: loadPageLanguage). Strings only
 * built pages use are found with the `t` of pages.ts.
 */
import it, { type Dictionary } from './it.ts';
import { defaultLocale, languages } from './languages.ts';
import { currentLocale, isLocale } from './locale.ts';
import type { Locale } from './types.ts';

export type { Dictionary } from './it.ts';
export type { Locale, ShapeOf } from './types.ts';
export { fill } from './fill.ts';
export { currentLocale, isLocale, localeOfPath, pathInLocale, pathWithoutLocale, setLocaleSource } from './locale.ts';

const dictionaries: Partial<Record<Locale, Dictionary>> = { it };

/** Makes a language's interface strings available to t(). */
export function addDictionary(locale: Locale, dictionary: Dictionary): void {
  dictionaries[locale] = dictionary;
}

/** The string for a key, in a locale (by default the page's), falling back to Italian. */
export function t<K extends keyof Dictionary>(key: K, locale: Locale = currentLocale()): Dictionary[K] {
  return (dictionaries[locale]?.[key] ?? it[key]) as Dictionary[K];
}

/** The label of a vocabulary term, in a locale (by default the page's). */
export function label(term: { it: string; en: string }, locale: Locale = currentLocale()): string {
  return term[locale];
}

/**
 * In the browser: loads the interface strings of the page's language (`<html lang>`) and makes t() use
 * them. A page in Italian loads nothing more; a page in English fetches en.ts's chunk once.
 */
export async function loadPageLanguage(): Promise<Locale> {
  const lang = typeof document === 'undefined' ? undefined : document.documentElement.lang;
  const locale = isLocale(lang) ? lang : defaultLocale;
  if (!dictionaries[locale]) addDictionary(locale, (await languages[locale].strings()).default);
  return locale;
}

/** The short explanation of a vocabulary term (a category's "Cori, gruppi di canto…"), in a locale (by default the page's). */
export function hint(term: { hint?: string; hint_en?: string }, locale: Locale = currentLocale()): string | undefined {
  return locale === 'it' ? term.hint : (term[`hint_${locale}`] ?? term.hint);
}
