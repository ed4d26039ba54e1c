// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { validateContent } from './src/integrations/validate-content.ts';
import { cspDirectives } from './src/config.ts';
import { publish } from './src/integrations/publish.ts';
import { contentStoreAtRuntime } from './src/integrations/content-store-at-runtime.ts';
import { modulePreloads } from './src/integrations/module-preloads.ts';
import { defaultLocale, locales } from './src/i18n/languages.ts';

export default defineConfig({
  site: process.env.SEGNAVIA_SITE ?? 'https://segnavia.example.org',
  // The search index is built after Astro exits: scripts/build-search-index.ts (npm run build).
  integrations: [validateContent(), react(), publish(), contentStoreAtRuntime(), modulePreloads()],
  // The English edition (issue 12): every page is built again under /en/ from the same template (the
  // fallback to Italian, rendered in place); src/middleware.ts renders it in English (src/i18n/).
  // The languages are listed once, in src/i18n/languages.ts.
  i18n: {
    locales,
    defaultLocale,
    fallback: Object.fromEntries(locales.filter((code) => code !== defaultLocale).map((code) => [code, defaultLocale])),
    routing: { prefixDefaultLocale: false, fallbackType: 'rewrite' },
  },
  // Astro writes a Content-Security-Policy <meta> on every page, with hashes for its own scripts
  // and styles; nothing is loaded from other sites. The hosts' _headers carry the rest (src/lib/http-headers.ts).
  security: {
    csp: {
      directives: cspDirectives(),
    },
  },
  // Pages are rendered a few at a time so that file writes overlap with rendering (measured: docs/benchmarks.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  markdown: { syntaxHighlight: false },
  // npm run dev reloads pages when content changes; the benchmark's generated directories (110,000+
  // files after a 50,000-entry run) and the tests' build outputs would swamp the file watcher, which then
  // misses those changes (seen: tests/build/dev-reload.test.ts failed with bench-results/ present).
  vite: { server: { watch: { ignored: ['**/bench-results/**', '**/tests/.output/**', '**/dist/**'] } } },
  // Tests and benchmarks build other content folders side by side (see src/lib/content-dir.ts).
  outDir: process.env.SEGNAVIA_OUT_DIR ?? './dist',
  cacheDir: process.env.SEGNAVIA_CACHE_DIR ?? './node_modules/.astro',
});
