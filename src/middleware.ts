/**
 * Every page is rendered in the language of its path (src/i18n/render-locale.ts): the English pages are the
 * Italian templates rendered again at /en/… (astro.config i18n fallback, rewrite), and Astro.originPathname
 * is the /en/ path they are rendered for. The body is read here so that the whole page is rendered while
 * the language is set.
 */
import { defineMiddleware } from 'astro:middleware';
import { localeOfPath } from './i18n/locale.ts';
import { renderLocale } from './i18n/render-locale.ts';

export const onRequest = defineMiddleware((context, next) =>
  renderLocale.run(localeOfPath(context.originPathname), async () => {
    const response = await next();
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
    return new Response(await response.text(), response);
  }),
);
