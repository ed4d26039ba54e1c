/**
 * Writes sitemap.xml (src/lib/exports/sitemap.ts) when Astro has built the pages: Astro hands over
 * the list of every page it built, so the sitemap can neither miss a route nor list one that does not
 * exist. (@astrojs/sitemap does the same from the same hook; this is a dozen lines and one
 * dependency less, and keeps the 50,000-URL split and the 404 rule in a unit-tested function.)
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { pageUrls, sitemapFiles } from '../lib/exports/sitemap.ts';
import { locales } from '../i18n/languages.ts';
import { pathInLocale } from '../i18n/locale.ts';
import { HANDOVER_FILE, pagePaths, type PageInputs, type PageKind } from '../lib/render/page-inputs.ts';
import { TEMPLATE_PATHS } from '../lib/render/page-template.ts';

/** The built pages' paths, with each template standing for the pages written from it (read from the hand-over). */
function withPagesAfterAstro(paths: string[], outDir: string): string[] {
  if (!paths.includes(TEMPLATE_PATHS.entry)) return paths;
  const written = pagePaths(JSON.parse(readFileSync(join(outDir, HANDOVER_FILE), 'utf8')) as PageInputs);
  const kindOf = new Map<string, PageKind>(Object.entries(TEMPLATE_PATHS).map(([kind, path]): [string, PageKind] => [path, kind as PageKind]));
  return paths.flatMap((path) => {
    const kind = kindOf.get(path);
    return kind ? written[kind] : [path];
  });
}

export function publish(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'segnavia-publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ pages, dir, logger }) => {
        if (!site) {
          logger.warn('Nessun "site" in astro.config: sitemap.xml non scritto.');
          return;
        }
        const started = performance.now();
        const out = fileURLToPath(dir);
        // Astro lists the Italian pages; every one is also built in the other languages (/en/…, astro.config i18n).
        // The templates stand for the entry, organisation and comune pages, which scripts/write-pages.ts writes next.
        const italian = withPagesAfterAstro(pages.map((page) => `/${page.pathname.replace(/^\/+/, '')}`), out);
        const pathnames = italian.flatMap((path) => locales.map((locale) => pathInLocale(path, locale)));
        const urls = pageUrls(pathnames, site);
        const files = sitemapFiles(urls, site);
        for (const [name, xml] of Object.entries(files)) writeFileSync(join(out, name), xml);
        // Read by the benchmark (scripts/bench/route-times.ts): the sitemap is no route, so Astro times it nowhere.
        logger.info(`sitemap: ${urls.length} URLs in ${Object.keys(files).length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
