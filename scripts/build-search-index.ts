/**
 * The second half of `npm run build`: turns the search records that `astro build` wrote
 * (<out>/search-records.json, from src/pages/search-records.json.ts) into one Pagefind bundle per
 * region plus one for online resources (<out>/pagefind/<scope>/, see src/lib/search/scopes.ts) and
 * the map data of each (<out>/data/punti/<scope>.json), keyed to Pagefind's result ids; then the
 * national bundle of every entry (<out>/pagefind/italia/), for searches of all of Italy, whose
 * result ids are the regions' own (checked here), so the regions' map data serve it too.
 *
 * It runs after Astro has exited, so the two never hold memory at the same time, and one bundle at
 * a time (docs/benchmarks.md). The national bundle is the largest: Pagefind holds every record at
 * once while writing it, about 115 MB per 1,000 entries on the bench's records (0.15 GB at 1,000,
 * 1.1–1.3 GB at 10,000), so at 50,000 entries it, not Astro, sets the build's peak memory.
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
import { entryIdOfUrl } from '../src/lib/search/card.ts';
import { bundlePath, mapDataPath, NATIONAL_SCOPE, scopesOfEntry } from '../src/lib/search/scopes.ts';

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

/** The entry id of a record, from its URL (records carry no id field: see card.ts). */
const entryId = (record: SearchRecord): string => entryIdOfUrl(record.url) ?? record.url;

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
      return new Map(records.map((record, i) => [entryId(record), ids[i]]));
    }
  }
  // The page order was not the record order: read every fragment back (slower, always right).
  console.warn(`[segnavia:search-index] ${bundle}: pages not in record order, reading every fragment back`);
  const byUrl = await readFragmentUrls(bundle);
  return new Map(records.flatMap((record) => (byUrl.has(record.url) ? [[entryId(record), byUrl.get(record.url)!] as [string, string]] : [])));
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
  const regionalIds = new Map<string, string>();
  let bundles = groups.size;
  try {
    for (const [scope, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      const ids = await indexScope(outDir, scope, group);
      for (const [id, resultId] of ids) regionalIds.set(id, resultId);
      const scopePoints = pointsByScope.get(scope) ?? [];
      if (scopePoints.length) await writeFile(join(outDir, mapDataPath(scope)), JSON.stringify(encodeMapData(scopePoints, ids)));
    }
    if (groups.size > 1) {
      const ids = await indexScope(outDir, NATIONAL_SCOPE, records);
      bundles++;
      const differ = records.filter((record) => ids.get(entryId(record)) !== regionalIds.get(entryId(record)));
      if (differ.length) {
        throw new Error(`${NATIONAL_SCOPE}: ${differ.length} result ids differ from the regions' (first: ${differ[0].url}); the map data would not match the results of a search of all of Italy`);
      }
    }
  } finally {
    await pagefind.close();
  }
  await rm(recordsPath);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`[segnavia:search-index] ${records.length} risorse indicizzate in ${bundles} indici e ${points.length} punti sulla mappa in ${seconds} s`);
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const outDir = resolve(process.argv[2] ?? process.env.SEGNAVIA_OUT_DIR ?? 'dist');
  await buildSearchIndex(outDir);
}
