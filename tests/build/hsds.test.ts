// Builds the fixture directory with `npm run build` and checks the HSDS 3.0 files under /dati/hsds/:
// every service validates against the compiled schema with additionalProperties:false everywhere, the
// paged lists add up to the directory, ids are the UUIDv5 of the file ids (so the same in every
// build), and the tabular form matches its data package.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildSite, repoRoot } from '../support/site.ts';
import { hsdsErrors } from '../support/hsds.ts';
import { ids } from '../../src/lib/hsds/ids.ts';
import { HSDS_BASE } from '../../src/lib/hsds/mapping.ts';

const CONTENT = join(repoRoot, 'tests/fixtures/content-valid');
let outDir = '';
let hsds = '';
beforeAll(async () => {
  // Two items a page, so that three services make two pages (one full, one not).
  outDir = await buildSite({ contentDir: CONTENT, name: 'hsds', env: { SEGNAVIA_HSDS_PAGE_SIZE: '2' } });
  hsds = join(outDir, HSDS_BASE);
});

const json = (path: string) => JSON.parse(readFileSync(join(hsds, path), 'utf8'));
const jsonFiles = (folder: string) => readdirSync(join(hsds, folder)).filter((name) => name.endsWith('.json'));
/** The file ids of the fixture resources, read from the folder (not from the build). */
/** Every page of a list, read until the page that says it is the last; checks the page fields on the way. */
function allPages(folder: string): { id: string }[] {
  const contents: { id: string }[] = [];
  const first = json(`${folder}/pages/1.json`);
  for (let n = 1; n <= first.total_pages; n += 1) {
    const page = json(`${folder}/pages/${n}.json`);
    expect(page, `${folder} page ${n}`).toMatchObject({
      total_items: first.total_items,
      total_pages: first.total_pages,
      page_number: n,
      size: page.contents.length,
      first_page: n === 1,
      last_page: n === first.total_pages,
      empty: first.total_items === 0,
    });
    expect(page.size, `${folder} page ${n} size`).toBe(n < first.total_pages ? 2 : first.total_items - 2 * (first.total_pages - 1));
    contents.push(...page.contents);
  }
  expect(existsSync(join(hsds, `${folder}/pages/${first.total_pages + 1}.json`))).toBe(false);
  expect(contents).toHaveLength(first.total_items);
  return contents;
}
const fixtureIds = () => readdirSync(join(CONTENT, 'resources'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => basename(f, '.md'));

describe('HSDS files', () => {
  it('one service file per resource, named by its id, which is the UUIDv5 of the file id (the same in every build)', () => {
    const files = jsonFiles('services');
    expect(files.sort()).toEqual(fixtureIds().map((id) => `${ids.service(id)}.json`).sort());
    // A fixed, known id: python3 -c 'import uuid; print(uuid.uuid5(uuid.UUID("49e3f251-0551-514e-9335-f31c0e6642e2"), "service/gruppo-di-cammino-parco-nord-bresso"))'
    expect(json('services/e953aacf-d2e9-5732-a81a-07c6ed4cdcf8.json').name).toBe('Gruppo di cammino del Parco Nord a Bresso');
    for (const file of files) expect(json(`services/${file}`).id).toBe(basename(file, '.json'));
  });

  it('every service validates against compiled/service.json with additionalProperties:false everywhere', () => {
    for (const file of jsonFiles('services')) expect(hsdsErrors('service', json(`services/${file}`)), file).toEqual([]);
  });

  it('the paged list adds up to the directory, page fields and all, and the whole-directory file holds the same services', () => {
    expect(json('services/pages/1.json').total_pages).toBe(2);
    const listed = allPages('services');
    for (const item of listed) expect(hsdsErrors('service_list', item), item.id).toEqual([]);
    const lines = readFileSync(join(hsds, 'services/all.ndjson'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    const files = jsonFiles('services').map((file) => basename(file, '.json'));
    expect(listed.map((item) => item.id)).toEqual(lines.map((service) => service.id));
    expect(lines.map((service) => service.id).sort()).toEqual(files.sort());
    for (const service of lines) expect(service).toEqual(json(`services/${service.id}.json`));
  });

  it('the root document gives the HSDS version and the address of an OpenAPI file that exists', () => {
    const root = json('index.json');
    expect(Object.keys(root).sort()).toEqual(['openapi_url', 'version']);
    expect(root.version).toBe('3.0');
    const openapiPath = new URL(root.openapi_url).pathname;
    expect(openapiPath).toBe(`${HSDS_BASE}openapi.json`);
    expect(JSON.parse(readFileSync(join(outDir, openapiPath), 'utf8')).openapi).toBe('3.1.0');
  });

  it('taxonomies, terms and organisations are valid, with list pages that hold every file', () => {
    for (const [folder, schema] of [['taxonomies', 'taxonomy'], ['taxonomy_terms', 'taxonomy_term'], ['organizations', 'organization']] as const) {
      const files = jsonFiles(folder);
      for (const file of files) expect(hsdsErrors(schema, json(`${folder}/${file}`)), `${folder}/${file}`).toEqual([]);
      expect(allPages(folder).map((item) => `${item.id}.json`).sort()).toEqual(files.sort());
    }
    expect(jsonFiles('organizations')).toHaveLength(readdirSync(join(CONTENT, 'organizations')).length);
  });

  it('the tabular form: every CSV file the data package names exists with its columns, one service row per resource', () => {
    const pkg = json('tabular/datapackage.json');
    for (const resource of pkg.resources) {
      const text = readFileSync(join(hsds, 'tabular', resource.path), 'utf8');
      const [header] = parse(text, { to: 1 }) as string[][];
      expect(header, resource.path).toEqual(resource.schema.fields.map((field: { name: string }) => field.name));
    }
    const services = parse(readFileSync(join(hsds, 'tabular/services.csv'), 'utf8'), { columns: true }) as { id: string }[];
    expect(services.map((row) => row.id).sort()).toEqual(fixtureIds().map((id) => ids.service(id)).sort());
  });

  it('the hand-over from Astro is not published', () => {
    expect(existsSync(join(outDir, 'hsds-entries.json'))).toBe(false);
  });
});
