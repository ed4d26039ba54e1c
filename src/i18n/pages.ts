/**
 * The dictionary of built pages (never imported by the browser's bundles): every language's interface and
 * page strings, loaded once when the build starts. Astro templates and the build-time libraries import `t`
 * from here: it finds the strings only pages use (it-pages.ts and its translations) and every interface
 * string (index.ts), in the language of the page being rendered (render-locale.ts).
 */
import { addDictionary, currentLocale, t as interfaceString, type Dictionary as InterfaceDictionary } from './index.ts';
import { languages, locales } from './languages.ts';
import itPages, { type PageDictionary } from './it-pages.ts';
import type { Locale } from './types.ts';

export { currentLocale, label, hint, fill, pathInLocale } from './index.ts';
export type { Locale } from './types.ts';
export type { PageDictionary } from './it-pages.ts';

const pageDictionaries = {} as Record<Locale, PageDictionary>;
await Promise.all(
  locales.map(async (locale) => {
    const [strings, pageStrings] = await Promise.all([languages[locale].strings(), languages[locale].pageStrings()]);
    addDictionary(locale, strings.default);
    pageDictionaries[locale] = pageStrings.default;
  }),
);

type Key = keyof PageDictionary | keyof InterfaceDictionary;
type Value<K extends Key> = K extends keyof PageDictionary ? PageDictionary[K] : K extends keyof InterfaceDictionary ? InterfaceDictionary[K] : never;

/** The string for a key, from the pages' strings or the interface's, in a locale (by default the page's), falling back to Italian. */
export function t<K extends Key>(key: K, locale: Locale = currentLocale()): Value<K> {
  if (key in itPages) return (pageDictionaries[locale][key as keyof PageDictionary] ?? itPages[key as keyof PageDictionary]) as Value<K>;
  return interfaceString(key as keyof InterfaceDictionary, locale) as Value<K>;
}

/** Every key of the page dictionary, for the tests. */
export const pageStringKeys = Object.keys(itPages) as (keyof PageDictionary)[];
