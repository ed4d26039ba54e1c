/**
 * The second half of `npm run build`: turns the search records that `astro build` wrote
 * (<out>/search-records.json, from src/pages/search-records.json.ts) into one Pagefind bundle per
 * region plus one for online resources (<out>/pagefind/<scope>/, see src/lib/search/scopes.ts) and
 * the map data of each (<out>/data/punti/<scope>.json), keyed to Pagefind's result ids.
 *
 * It runs after Astro has exited, so the two never hold memory at the same time, and one bundle at
 * a time, so Pagefind holds one region's index at most (docs/benchmarks.md).
 *
 *   node scripts/build-search-index.ts [outDir]     (default: $SEGNAVIA_OUT_DIR or dist)
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { MapPoint, SearchRecord } from '../src/lib/search/records.ts';
import { encodeMapData } from '../src/lib/search/map-data.ts';
import { fragmentUrls, readFragmentUrls } from '../src/lib/search/fragments.ts';
import { metaPageIds } from '../src/lib/search/pagefind-meta.ts';
import { bundlePath, mapDataPath, scopesOfEntry } from '../src/lib/search/scopes.ts';

export const RECORDS_FILE = 'search-records.json';
const BATCH = 500;
/** Pagefind writes its ready-made interfaces into every bundle; the search page uses only its API. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];

/** Records grouped by bundle: an entry with places in two regions goes into both. */
function groupByScope(records: SearchRecord[]): Map<string, SearchRecord[]> {
  const groups = new Map<string, SearchRecord[]>();
  for (const record of records) {
    for (const scope of scopesOfEntry(record.filters.regione ?? [])) {
      const group = groups.get(scope);
      if (group) group.push(record);
      else groups.set(scope, [record]);
    }
  }
  return groups;
}

/** The result id of every record of a written bundle, keyed by entry id. */
async function resultIds(bundle: string, records: SearchRecord[]): Promise<Map<string, string>> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const metas = Object.values(entry.languages);
  if (metas.length === 1) {
    const ids = metaPageIds(await readFile(join(bundle, `pagefind.${metas[0].hash}.pf_meta`)));
    if (ids.length === records.length && (await sampleMatches(bundle, records, ids))) {
      return new Map(records.map((record, i) => [record.meta.id, ids[i]]));
    }
  }
  // The page order was not the record order: read every fragment back (slower, always right).
  console.warn(`[segnavia:search-index] ${bundle}: pages not in record order, reading every fragment back`);
  const byUrl = await readFragmentUrls(bundle);
  return new Map(records.flatMap((record) => (byUrl.has(record.url) ? [[record.meta.id, byUrl.get(record.url)!] as [string, string]] : [])));
}

/** Checks evenly spread records against the fragments their ids name. */
async function sampleMatches(bundle: string, records: SearchRecord[], ids: string[]): Promise<boolean> {
  const step = Math.max(1, Math.floor(records.length / 25));
  for (let i = 0; i < records.length; i += step) {
    const file = `${ids[i]}.pf_fragment`;
    const pairs = fragmentUrls(file, await readFile(join(bundle, 'fragment', file)).catch(() => new Uint8Array()));
    if (!pairs.some(([url, id]) => url === records[i].url && id === ids[i])) return false;
  }
  return true;
}

async function indexScope(outDir: string, scope: string, records: SearchRecord[]): Promise<Map<string, string>> {
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
  const bundle = join(outDir, bundlePath(scope));
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length) throw new Error(`Pagefind, ${scope}: ${written.errors.join(', ')}`);
  await index.deleteIndex();
  await Promise.all(UNUSED_FILES.map((name) => rm(join(bundle, name), { force: true })));
  return resultIds(bundle, records);
}

export async function buildSearchIndex(outDir: string, log: (line: string) => void = console.log): Promise<void> {
  const started = performance.now();
  const recordsPath = join(outDir, RECORDS_FILE);
  const { records, points } = JSON.parse(await readFile(recordsPath, 'utf8')) as { records: SearchRecord[]; points: MapPoint[] };
  await rm(join(outDir, 'pagefind'), { recursive: true, force: true });
  await rm(join(outDir, 'data/punti'), { recursive: true, force: true });
  await mkdir(join(outDir, 'data/punti'), { recursive: true });
  const groups = groupByScope(records);
  const pointsByScope = Map.groupBy(points, (point) => point.scope);
  try {
    for (const [scope, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      const ids = await indexScope(outDir, scope, group);
      const scopePoints = pointsByScope.get(scope) ?? [];
      if (scopePoints.length) await writeFile(join(outDir, mapDataPath(scope)), JSON.stringify(encodeMapData(scopePoints, ids)));
    }
  } finally {
    await pagefind.close();
  }
  await rm(recordsPath);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`[segnavia:search-index] ${records.length} risorse indicizzate in ${groups.size} indici e ${points.length} punti sulla mappa in ${seconds} s`);
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const outDir = resolve(process.argv[2] ?? process.env.SEGNAVIA_OUT_DIR ?? 'dist');
  await buildSearchIndex(outDir);
}
