/**
 * Writes every entry's page, in every language, a step of `npm run build` after `astro build`
 * (scripts/build.sh). Astro renders one template page per language (/risorse/<TEMPLATE_ID>/ and
 * /en/risorse/<TEMPLATE_ID>/: layout, scripts, styles, Content-Security-Policy) and hands the entries over
 * (<out>/entry-pages.json, src/pages/entry-pages.json.ts); this fills the template for each entry with the
 * same functions Astro uses in `npm run dev` (src/lib/render/entry-page.ts), on every core, then deletes
 * the templates and the hand-over. Astro's own per-page work was most of a 50,000-entry build.
 *
 *   node scripts/write-entry-pages.ts [outDir]     (default: $SEGNAVIA_OUT_DIR or dist)
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderLocale } from '../src/i18n/render-locale.ts';
import { locales } from '../src/i18n/languages.ts';
import { pathInLocale } from '../src/i18n/locale.ts';
import type { Locale } from '../src/i18n/types.ts';
import { todayIso } from '../src/lib/dates.ts';
import { breadcrumbsHtml } from '../src/lib/render/breadcrumbs-html.ts';
import { entryPageParts } from '../src/lib/render/entry-page.ts';
import { entryPageInputs, HANDOVER_FILE, type EntryPagesHandover } from '../src/lib/render/entry-pages-handover.ts';
import { fillTemplate, parseTemplate, TEMPLATE_ID, type PageTemplate } from '../src/lib/render/page-template.ts';

const TEMPLATE_PATH = `/risorse/${TEMPLATE_ID}/`;

interface Job {
  outDir: string;
  /** This worker writes every `stride`-th entry from `first`. */
  first: number;
  stride: number;
}

const templateFile = (outDir: string, locale: Locale) => join(outDir, pathInLocale(TEMPLATE_PATH, locale), 'index.html');

/** Writes the pages of a share of the entries; returns how many pages it wrote. */
function writeShare({ outDir, first, stride }: Job): number {
  const handover = JSON.parse(readFileSync(join(outDir, HANDOVER_FILE), 'utf8')) as EntryPagesHandover;
  const inputs = entryPageInputs(handover);
  const site = handover.site;
  if (!site) throw new Error('Nessun "site" in astro.config: le pagine delle schede non hanno un indirizzo.');
  const templates = new Map<Locale, PageTemplate>(locales.map((locale) => [locale, parseTemplate(readFileSync(templateFile(outDir, locale), 'utf8'), TEMPLATE_PATH)]));
  const today = todayIso();
  let written = 0;
  for (let index = first; index < inputs.length; index += stride) {
    const input = inputs[index];
    const path = `/risorse/${input.id}/`;
    for (const locale of locales) {
      const page = renderLocale.run(locale, () => {
        const parts = entryPageParts(input, site, today);
        return fillTemplate(templates.get(locale)!, {
          path,
          title: parts.title,
          description: parts.description,
          jsonLd: parts.jsonLd,
          body: breadcrumbsHtml(parts.breadcrumbs).value + parts.article.value,
        });
      });
      const folder = join(outDir, pathInLocale(path, locale));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.html'), page);
      written++;
    }
  }
  return written;
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? process.env.SEGNAVIA_OUT_DIR ?? 'dist');
  const started = performance.now();
  if (!existsSync(templateFile(outDir, locales[0]))) {
    // Astro rendered the entry pages itself (SEGNAVIA_ENTRY_PAGES=astro): only the hand-over is left to remove.
    await rm(join(outDir, HANDOVER_FILE), { force: true });
    return;
  }
  const handover = JSON.parse(readFileSync(join(outDir, HANDOVER_FILE), 'utf8')) as EntryPagesHandover;
  const count = handover.entries.length;
  // One worker per core, but none for a handful of pages (starting one costs about as much as 50 pages).
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(count / 500)));
  const results = await Promise.all(
    Array.from({ length: workers }, (_, first) =>
      new Promise<number>((done, fail) => {
        const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { outDir, first, stride: workers } satisfies Job });
        worker.once('message', done);
        worker.once('error', fail);
        worker.once('exit', (code) => code !== 0 && fail(new Error(`Il processo che scrive le pagine delle schede è uscito con il codice ${code}.`)));
      }),
    ),
  );
  for (const locale of locales) await rm(join(outDir, pathInLocale(TEMPLATE_PATH, locale)), { recursive: true, force: true });
  await rm(join(outDir, HANDOVER_FILE), { force: true });
  const pages = results.reduce((sum, n) => sum + n, 0);
  console.log(`pagine delle schede: ${pages} in ${((performance.now() - started) / 1000).toFixed(1)} s (${workers} processi)`);
}

if (isMainThread) await main();
else parentPort!.postMessage(writeShare(workerData as Job));
