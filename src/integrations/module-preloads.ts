/**
 * Once Astro has written the pages, adds to each page that runs module scripts a modulepreload link
 * for every chunk those scripts import statically (src/lib/render/module-preloads.ts). The template
 * pages that scripts/write-pages.ts fills in afterwards get them too, so every entry page has them.
 * Measured in docs/benchmarks.md (the search page on a phone network).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleScripts, modulePreloadsReady, staticClosure, withModulePreloads } from '../lib/render/module-preloads.ts';

/** The HTML file Astro wrote for a page's pathname ("cerca/" → cerca/index.html, "404" → 404.html). */
function htmlFileOf(outDir: string, pathname: string): string | undefined {
  const bare = pathname.replace(/\/$/, '');
  return [join(outDir, bare, 'index.html'), join(outDir, `${bare}.html`)].find((file) => existsSync(file));
}

export function modulePreloads(): AstroIntegration {
  return {
    name: 'segnavia-module-preloads',
    hooks: {
      'astro:build:done': async ({ pages, dir, logger }) => {
        await modulePreloadsReady;
        const outDir = fileURLToPath(dir);
        const code = new Map<string, string | undefined>();
        const read = (path: string) => {
          if (!code.has(path)) {
            const file = join(outDir, path);
            code.set(path, path.startsWith('/_astro/') && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
          }
          return code.get(path);
        };
        let changed = 0;
        for (const { pathname } of pages) {
          if (/\.(json|xml|txt|csv|geojson|ics)$/.test(pathname)) continue;
          const file = htmlFileOf(outDir, pathname);
          if (!file) continue;
          const html = readFileSync(file, 'utf8');
          const scripts = moduleScripts(html);
          if (!scripts.length) continue;
          const next = withModulePreloads(html, staticClosure(scripts, read));
          if (next === html) continue;
          writeFileSync(file, next);
          changed++;
        }
        logger.info(`modulepreload aggiunti a ${changed} pagine`);
      },
    },
  };
}
