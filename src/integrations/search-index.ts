/**
 * After the pages are built, indexes every resource with Pagefind's Node API (custom records from
 * the collection data, Italian stemming) into <out>/pagefind/, and writes the compact map data to
 * <out>/data/punti.json, keyed to Pagefind's result ids so the map shows exactly the results.
 */
import type { AstroIntegration } from 'astro';
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { MapPoint, SearchRecord } from '../lib/search/records.ts';
import { encodeMapData } from '../lib/search/map-data.ts';
import { readFragmentUrls } from '../lib/search/fragments.ts';

export const RECORDS_FILE = 'search-records.json';
const BATCH = 500;

export function searchIndex(): AstroIntegration {
  return {
    name: 'segnavia:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const recordsPath = join(outDir, RECORDS_FILE);
        const { records, points } = JSON.parse(await readFile(recordsPath, 'utf8')) as { records: SearchRecord[]; points: MapPoint[] };
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'it' });
        if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
        // Records go to the Pagefind process in batches: one at a time, the round trips dominated.
        for (let start = 0; start < records.length; start += BATCH) {
          const batch = records.slice(start, start + BATCH);
          const responses = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
          responses.forEach((response, i) => {
            if (response.errors.length) throw new Error(`Pagefind, ${batch[i].url}: ${response.errors.join(', ')}`);
          });
        }
        const indexed = performance.now();
        const bundle = join(outDir, 'pagefind');
        await index.writeFiles({ outputPath: bundle });
        await pagefind.close();
        const written = performance.now();
        const fragmentIds = await readFragmentUrls(bundle);
        await mkdir(join(outDir, 'data'), { recursive: true });
        await writeFile(join(outDir, 'data/punti.json'), JSON.stringify(encodeMapData(points, fragmentIds)));
        await rm(recordsPath);
        const ms = (from: number, to: number) => Math.round(to - from);
        logger.info(
          `${records.length} risorse indicizzate e ${points.length} punti sulla mappa in ${ms(started, performance.now())} ms ` +
            `(record ${ms(started, indexed)} ms, scrittura ${ms(indexed, written)} ms, mappa ${ms(written, performance.now())} ms)`,
        );
      },
    },
  };
}
