/**
 * The second half of `npm run build`: makes the search records (src/lib/search/records.ts) of the
 * entries that `astro build` handed over (<out>/page-inputs.json, from src/pages/page-inputs.json.ts)
 * and writes them to <out>/search-records.jsonl, one per line, with an index of the lines and the map
 * points in <out>/search-records-index.json (--records); turns them into one Pagefind bundle per
 * region plus one for online resources (<out>/pagefind/<scope>/, see src/lib/search/scopes.ts) and
 * the map data of each (<out>/data/punti/<scope>.json), keyed to each bundle's result ids; then the
 * national bundle of every entry (<out>/pagefind/italia/, or italia-1, italia-2… in parts), for
 * searches of all of Italy.
 *
 * It runs after Astro has exited, so the two never hold memory at the same time, and one bundle at
 * a time. Pagefind holds a whole index while writing it, about 125 MB per 1,000 entries, so the
 * national bundle is written in parts of at most NATIONAL_PART_MAX entries, each by a fresh
 * Pagefind process. Each bundle is given its records by a worker thread that reads only those
 * (src/lib/search/record-lines.ts) and exits once the bundle is written, so that no process holds
 * every record while Pagefind runs. `npm run build` (scripts/build.sh) runs the records and the two passes one after the
 * other, while the pages are written beside them at a lower priority (docs/benchmarks.md).
 *
 *   node scripts/build-search-index.ts [--records | --regions | --national] [outDir]
 *     (all three by default; outDir: $SEGNAVIA_OUT_DIR or dist)
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { onWorker } from '../src/lib/on-worker.ts';
import * as pagefind from 'pagefind';
import { searchData, type MapPoint, type SearchRecord } from '../src/lib/search/records.ts';
import { entryPageInputs, HANDOVER_FILE, type PageInputs } from '../src/lib/render/page-inputs.ts';
import { decodeMapData, encodeMapData, nationalExceptions, nationalIdsPath, resultPoints, type DecodedPoint, type EncodedMapData, type NationalIds } from '../src/lib/search/map-data.ts';
import { fragmentUrls, readFragmentUrls } from '../src/lib/search/fragments.ts';
import { metaPageIds } from '../src/lib/search/pagefind-meta.ts';
import { entryIdOfUrl } from '../src/lib/search/card.ts';
import { encodeLines, readLines, type LineSpan } from '../src/lib/search/record-lines.ts';
import { bundlePath, mapDataPath, NATIONAL_SCOPE, PAGEFIND_RUNTIME, nationalBundles, nationalPartOf, nationalParts, scopesOfEntry } from '../src/lib/search/scopes.ts';

/** The search records, one JSON record per line (record-lines.ts). */
export const RECORDS_FILE = 'search-records.jsonl';
/** Where each record's line is, with what the passes need to know of it without reading it, and the map points. */
export const RECORDS_INDEX_FILE = 'search-records-index.json';

/** One record as the index describes it. */
interface IndexedRecord extends LineSpan {
  url: string;
  /** The bundles it goes into (scopesOfEntry of its regions). */
  scopes: string[];
}

interface RecordsIndex {
  records: IndexedRecord[];
  points: MapPoint[];
}
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

/** The entry id of a record's URL (records carry no id field: see card.ts). */
const entryId = (record: { url: string }): string => entryIdOfUrl(record.url) ?? record.url;

/** Records grouped by bundle: an entry with places in two regions goes into both. */
function groupByScope(records: IndexedRecord[]): Map<string, IndexedRecord[]> {
  const groups = new Map<string, IndexedRecord[]>();
  for (const record of records) {
    for (const scope of record.scopes) {
      const group = groups.get(scope);
      if (group) group.push(record);
      else groups.set(scope, [record]);
    }
  }
  return groups;
}

/** The result id of every record of a written bundle (given by URL, in the order they were added), keyed by entry id. */
async function resultIds(bundle: string, urls: string[]): Promise<Map<string, string>> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const metas = Object.values(entry.languages);
  if (metas.length === 1) {
    const ids = metaPageIds(await readFile(join(bundle, `pagefind.${metas[0].hash}.pf_meta`)));
    if (ids.length === urls.length && (await sampleMatches(bundle, urls, ids))) {
      return new Map(urls.map((url, i) => [entryId({ url }), ids[i]]));
    }
  }
  // The page order was not the record order: read every fragment back (slower, always right).
  console.warn(`[segnavia:search-index] ${bundle}: pages not in record order, reading every fragment back`);
  const byUrl = await readFragmentUrls(bundle);
  return new Map(urls.flatMap((url) => (byUrl.has(url) ? [[entryId({ url }), byUrl.get(url)!] as [string, string]] : [])));
}

/** Checks evenly spread records against the fragments their ids name. */
async function sampleMatches(bundle: string, urls: string[], ids: string[]): Promise<boolean> {
  const step = Math.max(1, Math.floor(urls.length / 25));
  for (let i = 0; i < urls.length; i += step) {
    const file = `${ids[i]}.pf_fragment`;
    const pairs = fragmentUrls(file, await readFile(join(bundle, 'fragment', file)).catch(() => new Uint8Array()));
    if (!pairs.some(([url, id]) => url === urls[i] && id === ids[i])) return false;
  }
  return true;
}

/** Writes one bundle. Returns entry id → result id. */
async function indexScope(outDir: string, scope: string, records: SearchRecord[], written?: ReadonlyMap<string, string>): Promise<Map<string, string>> {
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
  const urls = records.map((record) => record.url);
  const bundle = join(outDir, bundlePath(scope));
  const bundleFiles = await index.getFiles();
  if (bundleFiles.errors.length) throw new Error(`Pagefind, ${scope}: ${bundleFiles.errors.join(', ')}`);
  await index.deleteIndex();
  writeBundle(bundle, bundleFiles.files, written);
  return resultIds(bundle, urls);
}

/**
 * Writes a bundle's files one after another, without the interfaces the search page does not use.
 * Pagefind's own writeFiles creates its one-file-per-page fragments from many threads at once in one
 * folder. Where many files were deleted a few minutes before (the previous build's output), creating a
 * file on ext4 is slow and holds the folder's lock, and the waiting threads spin on both cores: at
 * 50,000 entries, right after deleting a build's output, the regions' pass took 52.2 s with
 * 37.9 s of system time in Pagefind, and 38.2 and 39.1 s with 4.0 and 3.8 s written from here. The files are the same, byte for byte.
 *
 * A national part's fragment that a region's bundle already holds with the same name and the same bytes
 * (nearly all: a fragment is named by its content's hash) is a hard link to it rather than a new file:
 * creating files is what costs after a deletion. At 50,000 entries, right after deleting a build's output,
 * the national pass took 61.8 s written in full and 50.2 s with links (its own system time 14.4 → 2.9 s),
 * and the index folders hold 94.8 MB instead of 148.1 MB on disk.
 */
function writeBundle(bundle: string, files: { path: string; content: Uint8Array }[], written: ReadonlyMap<string, string> = new Map()): void {
  const made = new Set<string>();
  for (const file of files) {
    if (UNUSED_FILES.includes(file.path)) continue;
    const target = join(bundle, file.path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const same = written.get(file.path);
    if (!(same && readFileSync(same).equals(file.content) && linked(same, target))) writeFileSync(target, file.content);
  }
}

/** Makes `target` a second name of `existing`; false where the file system has no hard links. */
function linked(existing: string, target: string): boolean {
  try {
    linkSync(existing, target);
    return true;
  } catch {
    return false;
  }
}

/** The fragments of the regions' bundles already written, by their path in a bundle ("fragment/it_….pf_fragment"). */
function regionalFragments(outDir: string): Map<string, string> {
  const found = new Map<string, string>();
  const root = join(outDir, 'pagefind');
  for (const scope of readdirSync(root, { withFileTypes: true })) {
    if (!scope.isDirectory() || scope.name.startsWith(NATIONAL_SCOPE)) continue;
    const folder = join(root, scope.name, 'fragment');
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) if (!found.has(`fragment/${name}`)) found.set(`fragment/${name}`, join(folder, name));
  }
  return found;
}

/**
 * The regions' bundles are written by this many worker threads, each with a Pagefind process of its
 * own (one process works on one core, even given several indexes at once). In `npm run build` the
 * pages are written beside this pass, and the national bundle waits for it (docs/benchmarks.md).
 * The largest region's bundle (Lombardy: 8,087 of 50,000 entries) holds half as many entries as a
 * national part, so two at once stay below a part's memory.
 */
const REGION_WORKERS = 2;

/** What a worker of the regions' pass is given: where its regions' records are, and their map points. */
interface RegionsJob {
  outDir: string;
  scopes: [string, LineSpan[]][];
  points: MapPoint[];
}

/** The records at these spans of the records file. */
const recordsAt = (outDir: string, spans: LineSpan[]): SearchRecord[] => readLines<SearchRecord>(join(outDir, RECORDS_FILE), spans);

/** Splits the regions into `count` shares of about the same number of records, largest first. */
export function shareRegions<T>(scopes: [string, T[]][], count: number): [string, T[]][][] {
  const shares = Array.from({ length: Math.max(1, Math.min(count, scopes.length)) }, () => ({ size: 0, scopes: [] as [string, T[]][] }));
  for (const scope of [...scopes].sort(([, a], [, b]) => b.length - a.length)) {
    const lightest = shares.reduce((min, share) => (share.size < min.size ? share : min));
    lightest.scopes.push(scope);
    lightest.size += scope[1].length;
  }
  return shares.map((share) => share.scopes);
}

/** Writes the bundle and map data of each given region in turn (on a worker thread); returns each region's entry id → result id. */
async function indexRegions({ outDir, scopes, points }: RegionsJob): Promise<[string, [string, string][]][]> {
  const pointsByScope = Map.groupBy(points, (point) => point.scope);
  const written: [string, [string, string][]][] = [];
  try {
    for (const [scope, spans] of scopes) {
      const ids = await indexScope(outDir, scope, recordsAt(outDir, spans));
      written.push([scope, [...ids]]);
      const scopePoints = pointsByScope.get(scope) ?? [];
      if (scopePoints.length) await writeFile(join(outDir, mapDataPath(scope)), JSON.stringify(encodeMapData(scopePoints, ids)));
    }
  } finally {
    await pagefind.close();
  }
  return written;
}

/** Runs indexRegions on a worker thread. */
function indexRegionsOnWorker(job: RegionsJob): Promise<[string, [string, string][]][]> {
  return onWorker(fileURLToPath(import.meta.url), { regions: job }, (code) => `search index worker exited with code ${code}`);
}

/**
 * Writes the search records and map points of the entries Astro handed over, for the two passes below.
 * A process of its own in `npm run build` (scripts/build.sh), so that the hand-over, parsed here, holds
 * no memory while Pagefind runs. Making them here rather than in an Astro route keeps that work off
 * Astro's one busy core: in a CPU profile of Astro at 50,000 entries, the route that made them took 4.8 s.
 */
export async function writeSearchRecords(outDir: string, log: (line: string) => void = console.log): Promise<void> {
  const started = performance.now();
  const { records, points } = searchData(entryPageInputs(JSON.parse(await readFile(join(outDir, HANDOVER_FILE), 'utf8')) as PageInputs));
  const { text, spans } = encodeLines(records);
  await writeFile(join(outDir, RECORDS_FILE), text);
  const indexed = records.map((record, i): IndexedRecord => ({ url: record.url, scopes: scopesOfEntry(record.filters.regione ?? []), ...spans[i] }));
  await writeFile(join(outDir, RECORDS_INDEX_FILE), JSON.stringify({ records: indexed, points } satisfies RecordsIndex));
  log(`[segnavia:search-records] ${records.length} record di ricerca e ${points.length} punti sulla mappa in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Reads the index of the records written by writeSearchRecords (the records themselves are read where they are needed). */
async function readRecordsIndex(outDir: string): Promise<RecordsIndex> {
  return JSON.parse(await readFile(join(outDir, RECORDS_INDEX_FILE), 'utf8')) as RecordsIndex;
}

/** What the regions' pass hands to the national pass: the part of the national bundle of each record, in record order. */
const NATIONAL_PLAN_FILE = 'search-national.json';

/**
 * The regions' bundles and map data (the part of the build that runs beside the open-data
 * exports), and the plan of the national bundle's parts.
 */
export async function buildRegionalIndexes(outDir: string, log: (line: string) => void = console.log): Promise<void> {
  const started = performance.now();
  const { records, points } = await readRecordsIndex(outDir);
  await rm(join(outDir, 'pagefind'), { recursive: true, force: true });
  await rm(join(outDir, 'data/punti'), { recursive: true, force: true });
  await rm(join(outDir, NATIONAL_PLAN_FILE), { force: true });
  await mkdir(join(outDir, 'data/punti'), { recursive: true });
  const groups = groupByScope(records);
  const scopes = [...groups].sort(([a], [b]) => a.localeCompare(b));
  const shares = shareRegions(scopes, REGION_WORKERS).map((share) => {
    const names = new Set(share.map(([scope]) => scope));
    return indexRegionsOnWorker({ outDir, scopes: share, points: points.filter((point) => names.has(point.scope)) });
  });
  const idsByScope = new Map((await Promise.all(shares)).flat());
  // Pagefind's runtime is the same file in every bundle: one copy at a fixed address, which the
  // search page preloads before its script runs, whichever bundles a search then opens.
  if (scopes.length) await copyFile(join(outDir, bundlePath(scopes[0][0]), 'pagefind.js'), join(outDir, PAGEFIND_RUNTIME));
  // An entry in two regions keeps the id of the first in name order, whichever bundle was written first.
  const regionalIds = new Map<string, string>();
  for (const [scope] of scopes) for (const [entry, resultId] of idsByScope.get(scope)!) if (!regionalIds.has(entry)) regionalIds.set(entry, resultId);
  if (groups.size > 1) {
    // The shortest id Pagefind gives a page ("it_" and 7 hex digits) starts every longer one.
    const keys = records.map((record) => (regionalIds.get(entryId(record)) ?? record.url).slice(0, 10));
    await writeFile(join(outDir, NATIONAL_PLAN_FILE), JSON.stringify(nationalPartOf(keys, nationalParts(records.length))));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`[segnavia:search-index] ${records.length} risorse indicizzate in ${groups.size} indici regionali e ${points.length} punti sulla mappa in ${seconds} s`);
}

/**
 * The national bundle (NATIONAL_SCOPE: every listed entry once), after the regions' map data are
 * written; in `npm run build` the pages are written beside it. It is written in parts (nationalParts),
 * each by a fresh Pagefind process, so that one part's memory is all it holds at a time.
 *
 * Pagefind names a result by the shortest prefix of its page hash that is unique in its index, so a
 * few national ids differ from the regions' (6 of 48,520 at 50,000 entries in 3 parts). The browser joins
 * results to map points by our entry id: the regions' map data name the entry of each regional id,
 * and <data/punti/italia-ids.json> (nationalIdsPath) the national ids those would get wrong. Then
 * the records file goes.
 */
export async function buildNationalIndex(outDir: string, log: (line: string) => void = console.log): Promise<void> {
  const started = performance.now();
  const planPath = join(outDir, NATIONAL_PLAN_FILE);
  const plan = JSON.parse(await readFile(planPath, 'utf8').catch(() => 'null')) as number[] | null;
  if (plan) {
    const { records, points } = await readRecordsIndex(outDir);
    if (plan.length !== records.length) throw new Error(`${NATIONAL_PLAN_FILE}: ${plan.length} parts for ${records.length} records`);
    const withPoints = new Set(points.map((point) => point.id));
    points.length = 0;
    const bundles = nationalBundles(nationalParts(records.length));
    const fragments = regionalFragments(outDir);
    // Entry id → national result id, and which bundle gave each result id.
    const ids = new Map<string, string>();
    const bundleOf = new Map<string, string>();
    for (const [part, bundle] of bundles.entries()) {
      const spans = records.filter((_, i) => plan[i] === part);
      for (const [entry, resultId] of await indexNationalPartOnWorker({ outDir, bundle, spans, fragments })) {
        // The check that matters, as the parts are merged in the browser: one result id, one entry.
        if (bundleOf.has(resultId)) throw new Error(`${bundle}: result id ${resultId} (${entry}) is also in ${bundleOf.get(resultId)}`);
        bundleOf.set(resultId, bundle);
        ids.set(entry, resultId);
      }
    }
    const missing = records.filter((record) => !ids.has(entryId(record)));
    if (missing.length) throw new Error(`${NATIONAL_SCOPE}: ${missing.length} entries missing from the national bundle (first: ${missing[0].url})`);
    const regional: DecodedPoint[] = [];
    for (const name of await readdir(join(outDir, 'data/punti'))) {
      // Every region's map data, not the national ids a run before may have left (nationalIdsPath).
      if (name.endsWith('.json') && `/data/punti/${name}` !== nationalIdsPath) regional.push(...decodeMapData(JSON.parse(await readFile(join(outDir, 'data/punti', name), 'utf8')) as EncodedMapData));
    }
    const national = new Map([...ids].filter(([entry]) => withPoints.has(entry)));
    const exceptions = nationalExceptions(regional, national);
    const byResult = resultPoints(regional, exceptions);
    const lost = [...national].filter(([entry, resultId]) => byResult.get(resultId)?.[0]?.slug !== entry);
    if (lost.length) throw new Error(`${NATIONAL_SCOPE}: ${lost.length} results would not find their map points (first: ${lost[0][0]})`);
    await writeFile(join(outDir, nationalIdsPath), JSON.stringify({ v: 1, ids: exceptions } satisfies NationalIds));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      `[segnavia:search-index] indice nazionale: ${records.length} risorse in ${bundles.length} ${bundles.length === 1 ? 'parte' : 'parti'}, ` +
        `${Object.keys(exceptions).length} id diversi da quelli regionali, in ${seconds} s`,
    );
  }
  await rm(planPath, { force: true });
  await rm(join(outDir, RECORDS_FILE));
  await rm(join(outDir, RECORDS_INDEX_FILE));
}

/** What a worker of the national pass is given: its part's bundle, where its records are, and the regions' fragments (regionalFragments). */
interface NationalPartJob {
  outDir: string;
  bundle: string;
  spans: LineSpan[];
  fragments: Map<string, string>;
}

/**
 * Writes one part of the national bundle (on a worker thread, with a Pagefind process of its own: Pagefind
 * holds on to memory it has used, and so would this thread to the records it read). Returns entry id → result id.
 */
async function indexNationalPart({ outDir, bundle, spans, fragments }: NationalPartJob): Promise<[string, string][]> {
  try {
    return [...(await indexScope(outDir, bundle, recordsAt(outDir, spans), fragments))];
  } finally {
    await pagefind.close();
  }
}

function indexNationalPartOnWorker(job: NationalPartJob): Promise<[string, string][]> {
  return onWorker(fileURLToPath(import.meta.url), { nationalPart: job }, (code) => `national search index worker (${job.bundle}) exited with code ${code}`);
}

/** The records and both passes, one after the other. */
export async function buildSearchIndex(outDir: string, log: (line: string) => void = console.log): Promise<void> {
  await writeSearchRecords(outDir, log);
  await buildRegionalIndexes(outDir, log);
  await buildNationalIndex(outDir, log);
}

if (!isMainThread && (workerData as { regions?: RegionsJob })?.regions) {
  parentPort!.postMessage(await indexRegions((workerData as { regions: RegionsJob }).regions));
} else if (!isMainThread && (workerData as { nationalPart?: NationalPartJob })?.nationalPart) {
  parentPort!.postMessage(await indexNationalPart((workerData as { nationalPart: NationalPartJob }).nationalPart));
} else if (isMainThread && import.meta.filename === resolve(process.argv[1] ?? '')) {
  const args = process.argv.slice(2);
  const pass = args[0]?.startsWith('--') ? args.shift() : undefined;
  const outDir = resolve(args[0] ?? process.env.SEGNAVIA_OUT_DIR ?? 'dist');
  if (pass === '--records') await writeSearchRecords(outDir);
  else if (pass === '--regions') await buildRegionalIndexes(outDir);
  else if (pass === '--national') await buildNationalIndex(outDir);
  else if (pass === undefined) await buildSearchIndex(outDir);
  else throw new Error(`unknown option ${pass} (--records, --regions, --national, or none for all three)`);
}
