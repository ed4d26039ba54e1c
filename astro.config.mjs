// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

export default defineConfig({
  site: process.env.SEGNAVIA_SITE ?? 'https://segnavia.example.org',
  integrations: [react()],
  build: { format: 'directory' },
});
