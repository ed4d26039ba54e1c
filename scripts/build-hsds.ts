/**
 * The HSDS 3.0 export, a step of `npm run build` after `astro build`: reads the entries and
 * organisations that Astro handed over (<out>/page-inputs.json, from src/pages/page-inputs.json.ts)
 * and writes the static HSDS API under <out>/dati/hsds/ with the functions of src/lib/hsds/.
 *
 * One service at a time: each is written to its own file, added to the whole-directory NDJSON and
 * to the CSV tables (written in 64 kB chunks) as it is made, so memory holds the entries and one page
 * of list items. `npm run build` runs it once the search index or the pages, whichever ends first, are
 * written, beside the other (scripts/build.sh).
 *
 *   node scripts/build-hsds.ts [outDir]     (default: $SEGNAVIA_OUT_DIR or dist)
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { rootDocument, openApi } from '../src/lib/hsds/api.ts';
import { HSDS_BASE, hsdsPaths } from '../src/lib/hsds/mapping.ts';
import { page, pageCount, paginate, PAGE_SIZE } from '../src/lib/hsds/pages.ts';
import { hsdsOrganization, hsdsService, serviceListItem, type OrganizationRecord, type ResourceRecord } from '../src/lib/hsds/service.ts';
import { csvHeader, csvLine, dataPackage, organizationRows, serviceRows, TABLES, taxonomyRows, type Row, type TableName } from '../src/lib/hsds/tabular.ts';
import { allTaxonomies, allTaxonomyTerms, type HsdsUrl } from '../src/lib/hsds/taxonomy.ts';
import { dataLicence } from '../src/config.ts';
import { HANDOVER_FILE, type PageInputs } from '../src/lib/render/page-inputs.ts';

/** Items per list page; SEGNAVIA_HSDS_PAGE_SIZE changes it (the build test uses 2, so that a small directory has several pages). */
const pageSize = Number(process.env.SEGNAVIA_HSDS_PAGE_SIZE) || PAGE_SIZE;

const TITLE = 'Segnavia: risorse della comunità per la prescrizione sociale (HSDS 3.0)';
const DESCRIPTION = 'The Segnavia directory of community resources for social prescribing in Italy, as Open Referral HSDS 3.0. Texts are in Italian.';

/** A file written in large chunks: text is gathered and written once 64 kB have piled up (one system call, not one per row). */
class BufferedFile {
  #fd: number;
  #parts: string[] = [];
  #length = 0;
  constructor(path: string, first = '') {
    this.#fd = openSync(path, 'w');
    if (first) this.add(first);
  }
  add(text: string): void {
    this.#parts.push(text);
    this.#length += text.length;
    if (this.#length >= 65_536) this.flush();
  }
  flush(): void {
    if (this.#parts.length) writeSync(this.#fd, this.#parts.join(''));
    this.#parts = [];
    this.#length = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.#fd);
  }
}

export async function buildHsds(outDir: string, log: (line: string) => void = console.log): Promise<void> {
  const started = performance.now();
  const inputs = JSON.parse(await readFile(join(outDir, HANDOVER_FILE), 'utf8')) as PageInputs;
  const { site } = inputs;
  const resources: ResourceRecord[] = inputs.entries.map(({ id, data }) => ({ id, data }));
  const organizations: OrganizationRecord[] = Object.entries(inputs.organizations).map(([id, data]) => ({ id, data }));
  if (!site) throw new Error('HSDS: the site’s address is not set (site in astro.config.mjs, or SEGNAVIA_SITE)');
  const base = new URL(HSDS_BASE, site);
  const url: HsdsUrl = (path) => new URL(path, base).href;
  const root = join(outDir, HSDS_BASE);
  await rm(root, { recursive: true, force: true });
  for (const folder of ['services/pages', 'organizations/pages', 'taxonomies/pages', 'taxonomy_terms/pages', 'tabular']) {
    await mkdir(join(root, folder), { recursive: true });
  }

  // Plain synchronous writes: measured faster than promises for many small files, and nothing else waits.
  const writeJson = (path: string, value: unknown) => writeFileSync(join(root, path), JSON.stringify(value));

  const tables = new Map((Object.keys(TABLES) as TableName[]).map((table) => [table, new BufferedFile(join(root, hsdsPaths.table(table)), csvHeader(table))]));
  const addRows = (rows: Partial<Record<TableName, Row[]>>) => {
    for (const [table, list] of Object.entries(rows) as [TableName, Row[]][]) {
      for (const row of list) tables.get(table)!.add(csvLine(table, row));
    }
  };

  // Taxonomies and their terms: a file each, one page each.
  const taxonomies = allTaxonomies(url);
  const terms = allTaxonomyTerms(url);
  for (const taxonomy of taxonomies) writeJson(hsdsPaths.taxonomy(taxonomy.id), taxonomy);
  for (const term of terms) writeJson(hsdsPaths.taxonomyTerm(term.id), term);
  for (const list of paginate(taxonomies, pageSize)) writeJson(hsdsPaths.taxonomiesPage(list.page_number), list);
  for (const list of paginate(terms, pageSize)) writeJson(hsdsPaths.taxonomyTermsPage(list.page_number), list);
  addRows(taxonomyRows(taxonomies, terms));

  // Organisations.
  const organizationById = new Map(organizations.map((organization) => [organization.id, organization]));
  const hsdsOrganizations = organizations.map((organization) => hsdsOrganization(organization, url));
  for (const organization of hsdsOrganizations) {
    writeJson(hsdsPaths.organization(organization.id), organization);
    addRows(organizationRows(organization));
  }
  for (const list of paginate(
    hsdsOrganizations.map(({ phones: _p, attributes: _a, ...fields }) => fields),
    pageSize,
  )) {
    writeJson(hsdsPaths.organizationsPage(list.page_number), list);
  }

  // Services, one at a time; list pages as they fill.
  const all = new BufferedFile(join(root, hsdsPaths.allServices()));
  const total = resources.length;
  let items: Record<string, unknown>[] = [];
  let pageNumber = 0;
  for (const resource of resources) {
    const service = hsdsService(resource, organizationById.get(resource.data.organization), url);
    const json = JSON.stringify(service);
    writeFileSync(join(root, hsdsPaths.service(service.id)), json);
    all.add(`${json}\n`);
    addRows(serviceRows(service));
    items.push(serviceListItem(service));
    if (items.length === pageSize) {
      pageNumber += 1;
      writeJson(hsdsPaths.servicesPage(pageNumber), page(items, pageNumber, total, pageSize));
      items = [];
    }
  }
  if (items.length > 0 || total === 0) {
    pageNumber += 1;
    writeJson(hsdsPaths.servicesPage(pageNumber), page(items, pageNumber, total, pageSize));
  }
  if (pageNumber !== pageCount(total, pageSize)) throw new Error(`HSDS: wrote ${pageNumber} pages of services, expected ${pageCount(total, pageSize)}`);

  writeJson(hsdsPaths.root(), rootDocument(url));
  writeJson(hsdsPaths.openapi(), openApi(url, { title: TITLE, description: DESCRIPTION, license: { name: dataLicence.name, url: dataLicence.url } }));
  writeJson(hsdsPaths.dataPackage(), dataPackage({ title: TITLE, description: DESCRIPTION, homepage: url(hsdsPaths.root()), license: { name: dataLicence.name, path: dataLicence.url, title: dataLicence.title } }));
  all.close();
  for (const file of tables.values()) file.close();
  log(`[segnavia:hsds] ${total} services, ${organizations.length} organisations, ${terms.length} taxonomy terms in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const outDir = resolve(process.argv[2] ?? process.env.SEGNAVIA_OUT_DIR ?? 'dist');
  await buildHsds(outDir);
}
