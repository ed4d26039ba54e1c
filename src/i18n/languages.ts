/**
 * The one list of the site's languages. Adding a language is adding its two dictionary files
 * (`xx.ts` with the interface strings, `xx-pages.ts` with the strings only built pages use), a line
 * here and its code in the Locale type (types.ts). The dictionaries are loaded on demand, so that a
 * page's JavaScript carries only its own language: Italian is bundled (it is the fallback), the others
 * are separate chunks fetched by the pages in that language (see loadPageLanguage in index.ts).
 */
import type { Locale } from './types.ts';
import type { Dictionary } from './it.ts';
import type { PageDictionary } from './it-pages.ts';

export interface Language {
  /** The language's own name, on the language switch. */
  name: string;
  /** The interface strings (the browser's too). */
  strings: () => Promise<{ default: Dictionary }>;
  /** The strings only built pages use. */
  pageStrings: () => Promise<{ default: PageDictionary }>;
}

export const languages: Record<Locale, Language> = {
  it: { name: 'Italiano', strings: () => import('./it.ts'), pageStrings: () => import('./it-pages.ts') },
  en: { name: 'English', strings: () => import('./en.ts'), pageStrings: () => import('./en-pages.ts') },
};

/** The default language, served at `/` with no prefix. */
export const defaultLocale: Locale = 'it';
/** Every language code, the default first. */
export const locales = Object.keys(languages) as Locale[];
