import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvField, csvHeader, csvLine, dataPackage, organizationRows, serviceRows, TABLES, taxonomyRows, type Row, type TableName } from '../../src/lib/hsds/tabular.ts';
import { hsdsOrganization, hsdsService } from '../../src/lib/hsds/service.ts';
import { allTaxonomies, allTaxonomyTerms } from '../../src/lib/hsds/taxonomy.ts';
import { allFixtureResources, fixtureOrganization, testUrl } from '../support/hsds-fixtures.ts';

/** Every fixture entry, organisation and taxonomy as CSV text per table, as scripts/build-hsds.ts writes them. */
function fixtureTables(): Map<TableName, string> {
  const text = new Map((Object.keys(TABLES) as TableName[]).map((table) => [table, csvHeader(table)]));
  const add = (rows: Partial<Record<TableName, Row[]>>) => {
    for (const [table, list] of Object.entries(rows) as [TableName, Row[]][]) for (const row of list) text.set(table, text.get(table)! + csvLine(table, row));
  };
  const resources = allFixtureResources();
  add(taxonomyRows(allTaxonomies(testUrl), allTaxonomyTerms(testUrl)));
  for (const id of new Set(resources.map((r) => r.data.organization))) add(organizationRows(hsdsOrganization(fixtureOrganization(id), testUrl)));
  for (const resource of resources) add(serviceRows(hsdsService(resource, fixtureOrganization(resource.data.organization), testUrl)));
  return text;
}

describe('HSDS tabular form', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, and leaves unknown cells empty', () => {
    expect(csvField('Via Roma 1')).toBe('Via Roma 1');
    expect(csvField('martedì, giovedì')).toBe('"martedì, giovedì"');
    expect(csvField('il "coro"')).toBe('"il ""coro"""');
    expect(csvField('riga\nriga')).toBe('"riga\nriga"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0)).toBe('0');
  });

  it('every row of every fixture table parses back, with the same values, and no field of an HSDS object is left out of its table', () => {
    const resources = allFixtureResources();
    for (const resource of resources) {
      const rows = serviceRows(hsdsService(resource, fixtureOrganization(resource.data.organization), testUrl));
      for (const [table, list] of Object.entries(rows) as [TableName, Row[]][]) {
        const columns = TABLES[table].columns.map((c) => c.name as string);
        for (const row of list) {
          const scalars = Object.entries(row).filter(([, value]) => typeof value !== 'object');
          for (const [field] of scalars) expect(columns, `${table}.${field}`).toContain(field);
          const [parsed] = parse(csvHeader(table) + csvLine(table, row), { columns: true }) as Record<string, string>[];
          for (const [field, value] of scalars) expect(parsed[field], `${table}.${field}`).toBe(String(value));
        }
      }
    }
  });

  it('the data package describes each CSV file’s columns, and every foreign key points at a row that exists', () => {
    const pkg = dataPackage({ title: 't', description: 'd', homepage: testUrl('index.json') }) as {
      resources: { name: TableName; path: string; schema: { fields: { name: string }[]; foreignKeys?: { fields: string; reference: { resource: TableName } }[] } }[];
    };
    const tables = fixtureTables();
    const parsed = new Map([...tables].map(([table, text]) => [table, parse(text, { columns: true }) as Record<string, string>[]]));
    expect(pkg.resources.map((r) => r.name).sort()).toEqual(Object.keys(TABLES).sort());
    for (const resource of pkg.resources) {
      expect(resource.path).toBe(TABLES[resource.name].path);
      expect(resource.schema.fields.map((f) => f.name).join(',') + '\r\n').toBe(csvHeader(resource.name));
      const rows = parsed.get(resource.name)!;
      expect(new Set(rows.map((row) => row.id)).size, `${resource.name} ids are unique`).toBe(rows.length);
      for (const key of resource.schema.foreignKeys ?? []) {
        const targets = new Set(parsed.get(key.reference.resource)!.map((row) => row.id));
        for (const row of rows) if (row[key.fields]) expect(targets.has(row[key.fields]), `${resource.name}.${key.fields} → ${key.reference.resource}`).toBe(true);
      }
    }
    expect(parsed.get('service')).toHaveLength(allFixtureResources().length);
    expect(parsed.get('schedule')!.find((row) => row.byday === 'TU,TH')).toMatchObject({ freq: 'WEEKLY', opens_at: '09:30:00', closes_at: '10:30:00' });
  });
});
