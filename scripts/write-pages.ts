/**
 * Writes the page of every entry, organisation and comune, in every language, a step of `npm run build` after
 * `astro build` (scripts/build.sh). Astro renders one template page of each kind per language
 * (src/lib/render/page-template.ts: layout, scripts, styles, Content-Security-Policy) and hands the
 * entries over (<out>/page-inputs.json, src/pages/page-inputs.json.ts); this fills the templates with the
 * same functions Astro uses in `npm run dev` (src/lib/render/entry-page.ts, organization-page.ts, comune-page.ts), on every
 * core (on one in `npm run build`, where the search index has the other: SEGNAVIA_PAGE_WORKERS), then deletes
 * the templates (scripts/build.sh deletes the hand-over, which other steps read too). Astro's own per-page work
 * was most of a 50,000-entry build. The first worker also writes the entries' JSON shard files
 * (src/lib/render/shard-files.ts: the shortlist's sheet items, the form's stored entries), which Astro's
 * routes leave to it in `npm run build`.
 *
 *   node scripts/write-pages.ts [outDir]     (default: $SEGNAVIA_OUT_DIR or dist)
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderLocale } from '../src/i18n/render-locale.ts';
import { locales } from '../src/i18n/languages.ts';
import { pathInLocale } from '../src/i18n/locale.ts';
import type { Locale } from '../src/i18n/types.ts';
import { todayIso } from '../src/lib/dates.ts';
import { onWorker } from '../src/lib/on-worker.ts';
import { breadcrumbsHtml } from '../src/lib/render/breadcrumbs-html.ts';
import { entryPageParts } from '../src/lib/render/entry-page.ts';
import { comunePageParts } from '../src/lib/render/comune-page.ts';
import { organizationPageParts } from '../src/lib/render/organization-page.ts';
import { entryPageInputs, HANDOVER_FILE, pagePaths, type PageInputs, type PageKind as Kind } from '../src/lib/render/page-inputs.ts';
import { shardFiles } from '../src/lib/render/shard-files.ts';
import { fillTemplate, parseTemplate, TEMPLATE_ID, TEMPLATE_PATHS, type PageParts, type PageTemplate } from '../src/lib/render/page-template.ts';

/** What a worker wrote: pages, and JSON data files. */
interface Written {
  pages: number;
  data: number;
}

interface Job {
  outDir: string;
  /** This worker writes every `stride`-th page from `first`. */
  first: number;
  stride: number;
}

const templateFile = (outDir: string, kind: Kind, locale: Locale) => join(outDir, pathInLocale(TEMPLATE_PATHS[kind], locale), 'index.html');

/** The pages to write, in a fixed order: each is its Italian path (pagePaths, as the sitemap lists it) and how to make its parts. */
function pagesOf(inputs: PageInputs): { kind: Kind; path: string; parts: () => PageParts }[] {
  const site = inputs.site;
  if (!site) throw new Error('Nessun "site" in astro.config: le pagine non hanno un indirizzo.');
  const today = todayIso();
  const paths = pagePaths(inputs);
  const entries = entryPageInputs(inputs);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const byOrganization = Map.groupBy(entries, (entry) => entry.data.organization);
  const organizations = Object.entries(inputs.organizations);
  return [
    ...entries.map((entry, i) => ({ kind: 'entry' as const, path: paths.entry[i], parts: () => entryPageParts(entry, site, today) })),
    ...organizations.map(([id, data], i) => ({ kind: 'organization' as const, path: paths.organization[i], parts: () => organizationPageParts({ id, data }, byOrganization.get(id) ?? [], site) })),
    ...inputs.comuni.map((place, i) => ({ kind: 'comune' as const, path: paths.comune[i], parts: () => comunePageParts(place, place.comune.ids.flatMap((id) => byId.get(id) ?? [])) })),
  ];
}

/** Writes the JSON shard files of every entry, one at a time; returns how many. */
function writeShardFiles(outDir: string, inputs: PageInputs): number {
  const folders = new Set<string>();
  let written = 0;
  for (const file of shardFiles(inputs.entries, locales)) {
    const folder = join(outDir, dirname(file.path));
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(join(outDir, file.path), file.text);
    written++;
  }
  return written;
}

/** Writes a share of the pages (and, the first worker, the shard files); returns how many pages and data files it wrote. */
function writeShare({ outDir, first, stride }: Job): Written {
  const inputs = JSON.parse(readFileSync(join(outDir, HANDOVER_FILE), 'utf8')) as PageInputs;
  const pages = pagesOf(inputs);
  const templates = new Map<string, PageTemplate>();
  const template = (kind: Kind, locale: Locale) => {
    const key = `${kind}:${locale}`;
    let parsed = templates.get(key);
    if (!parsed) templates.set(key, (parsed = parseTemplate(readFileSync(templateFile(outDir, kind, locale), 'utf8'), TEMPLATE_PATHS[kind])));
    return parsed;
  };
  // Each page's folder is made alone once its parent exists: a recursive mkdir per page was 5% of the time.
  const made = new Set<string>();
  const makeFolder = (folder: string) => {
    const parent = dirname(folder);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  };
  let written = 0;
  for (let index = first; index < pages.length; index += stride) {
    const page = pages[index];
    for (const locale of locales) {
      const html = renderLocale.run(locale, () => {
        const parts = page.parts();
        return fillTemplate(template(page.kind, locale), {
          path: page.path,
          title: parts.title,
          description: parts.description,
          jsonLd: parts.jsonLd,
          body: breadcrumbsHtml(parts.breadcrumbs).value + parts.article.value,
        });
      });
      const folder = join(outDir, pathInLocale(page.path, locale));
      makeFolder(folder);
      writeFileSync(join(folder, 'index.html'), html);
      written++;
    }
  }
  return { pages: written, data: first === 0 ? writeShardFiles(outDir, inputs) : 0 };
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? process.env.SEGNAVIA_OUT_DIR ?? 'dist');
  const started = performance.now();
  // Astro rendered the pages itself (SEGNAVIA_PAGES=astro): nothing to do.
  if (!existsSync(templateFile(outDir, 'entry', locales[0]))) return;
  // Each worker reads the hand-over itself, so its size stands for the work: one worker per core, but one
  // more only per ~1,000 entries, organisations and comuni (about 1.2 MB of hand-over: 2 MB for the 1,670 of
  // 1,000 entries), since starting one costs about as much as 500 pages.
  // SEGNAVIA_PAGE_WORKERS caps them: `npm run build` gives the pages one core and the search index the other.
  const cores = Number(process.env.SEGNAVIA_PAGE_WORKERS) || availableParallelism();
  const workers = Math.max(1, Math.min(cores, Math.ceil(statSync(join(outDir, HANDOVER_FILE)).size / 1_200_000)));
  const results = await Promise.all(
    Array.from({ length: workers }, (_, first) =>
      onWorker<Written>(fileURLToPath(import.meta.url), { outDir, first, stride: workers } satisfies Job, (code) => `Il processo che scrive le pagine è uscito con il codice ${code}.`),
    ),
  );
  // Each template's folder goes, from its first /_modello/ down (the comune's is /luoghi/_modello/_modello/_modello/).
  for (const path of Object.values(TEMPLATE_PATHS)) {
    const top = path.slice(0, path.indexOf(`/${TEMPLATE_ID}/`) + TEMPLATE_ID.length + 2);
    for (const locale of locales) await rm(join(outDir, pathInLocale(top, locale)), { recursive: true, force: true });
  }
  const pages = results.reduce((sum, n) => sum + n.pages, 0);
  const data = results.reduce((sum, n) => sum + n.data, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[segnavia:pages] ${pages} pagine (schede, organizzazioni e comuni, ${locales.length} lingue) e ${data} file di dati per la lista e il modulo in ${seconds} s con ${workers} processi`);
}

if (isMainThread) await main();
else parentPort!.postMessage(writeShare(workerData as Job));
