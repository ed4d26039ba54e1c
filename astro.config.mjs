// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

export default defineConfig({
  site: process.env.SEGNAVIA_SITE ?? 'https://segnavia.example.org',
  integrations: [react()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Tests and benchmarks build other content folders side by side (see src/lib/content-dir.ts).
  outDir: process.env.SEGNAVIA_OUT_DIR ?? './dist',
  cacheDir: process.env.SEGNAVIA_CACHE_DIR ?? './node_modules/.astro',
});
