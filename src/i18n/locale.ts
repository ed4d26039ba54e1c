/**
 * The language of the page being made, and the same page's address in another language. Small and free of
 * dictionaries, so that any browser bundle can build links in the page's language (src/lib/urls.ts).
 * Italian pages are at `/…`, the others at `/<code>/…` with the same Italian path segments.
 */
import { defaultLocale, languages } from './languages.ts';
import type { Locale } from './types.ts';

/** Is this a language of the site? */
export function isLocale(code: string | null | undefined): code is Locale {
  return !!code && Object.hasOwn(languages, code);
}

/** In the browser, the page's `<html lang>`; at build time, set by render-locale.ts for each page. */
let localeSource: () => Locale | undefined = () => {
  const lang = globalThis.document?.documentElement.lang;
  return isLocale(lang) ? lang : undefined;
};

/** Where the language of the page being made comes from (render-locale.ts sets it for the build). */
export function setLocaleSource(source: () => Locale | undefined): void {
  localeSource = source;
}

/** The language of the page being made (Italian when nobody says otherwise). */
export function currentLocale(): Locale {
  return localeSource() ?? defaultLocale;
}

/** The language of a page by its path: "/en/risorse/x/" → "en", "/risorse/x/" → "it". */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return first !== defaultLocale && isLocale(first) ? first : defaultLocale;
}

/** A page's path without its language prefix: "/en/risorse/x/" → "/risorse/x/". */
export function pathWithoutLocale(pathname: string): string {
  const locale = localeOfPath(pathname);
  return locale === defaultLocale ? pathname : pathname.slice(locale.length + 1) || '/';
}

/** The same page in a language: ("/risorse/x/", "en") → "/en/risorse/x/"; ("/en/", "it") → "/". */
export function pathInLocale(pathname: string, locale: Locale): string {
  const path = pathWithoutLocale(pathname);
  return locale === defaultLocale ? path : `/${locale}${path}`;
}
