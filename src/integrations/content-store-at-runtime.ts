/**
 * In `astro build`, the pages read the content collections from Astro's data store file
 * (<cacheDir>/data-store.json) when they start, instead of from a copy of it bundled into the build.
 *
 * Astro turns that file into a module (`astro:data-layer-content`) whose source is the whole file as
 * one string literal. At 50,000 entries the file is 80 MB: in the benchmark's build logs (npm run bench)
 * Vite's bundling took 11 s with that module and 5.8 s without it. Compiling such a module took Node
 * 14.7 s, most of it in the kernel, where readFile and JSON.parse of the same file take 1.7 s (timed by
 * hand once, not by a script in the repository). The module this leaves is a few lines that read the
 * file Astro has just written, in the same build, on the same machine.
 *
 * If Astro renames its module this does nothing and the build works as before, only slower. If the
 * file cannot be read, the build stops: Astro would otherwise build every page from an empty store.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's id for its data store module, once resolved (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';
/** Astro's name for the data store file in its cache folder (single-file collection storage, the default). */
export const DATA_STORE_FILE = 'data-store.json';

/** The module's source: the file parsed when the pages first ask for the content. */
export function dataStoreModule(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `let data;`,
    `try { data = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')); }`,
    `catch (error) { console.error('[segnavia] Non riesco a leggere i contenuti (${DATA_STORE_FILE}):', error); process.exit(1); }`,
    `export default data;`,
  ].join('\n');
}

export function contentStoreAtRuntime(): AstroIntegration {
  return {
    name: 'segnavia-content-store-at-runtime',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // Only the single-file store (the default) is one module; a chunked one ("chunked" or { chunkSize }) is left as it is.
        const storage = config.experimental?.collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'segnavia-content-store-at-runtime',
                apply: 'build',
                transform: {
                  // The filter spares the other modules a call; the handler checks the id all the same.
                  filter: { id: new RegExp(`^${DATA_STORE_MODULE_ID}$`) },
                  handler: (_code: string, id: string) => (id === DATA_STORE_MODULE_ID ? { code: dataStoreModule(file), map: null } : undefined),
                },
              },
            ],
          },
        });
      },
    },
  };
}
