/**
 * At build time, the language of each page being rendered, for t() and the links (src/lib/urls.ts): Astro
 * renders a few pages at once, so a plain variable would mix them up; AsyncLocalStorage keeps one value per
 * page render. Set by src/middleware.ts from the page's path. Server-only (node:async_hooks).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { setLocaleSource } from './locale.ts';
import type { Locale } from './types.ts';

export const renderLocale = new AsyncLocalStorage<Locale>();
setLocaleSource(() => renderLocale.getStore());
