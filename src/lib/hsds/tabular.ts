/**
 * The tabular form of HSDS 3.0: one CSV file per table (the file names of the HSDS tabular schema,
 * e.g. services.csv, service_at_location.csv) and a Frictionless `datapackage.json` that describes
 * them, with primary and foreign keys. Only the columns we fill are written; a cell we do not know
 * is empty. CSV is RFC 4180: UTF-8, comma-separated, CRLF line ends, fields quoted when needed.
 */
import type { HsdsOrganization, HsdsService, HsdsTaxonomy, HsdsTaxonomyTerm } from './types.ts';
import { needsCsvQuotes, quoteCsv } from '../csv.ts';

type FieldType = 'string' | 'number' | 'integer' | 'date' | 'time';
interface Column {
  name: string;
  type?: FieldType;
  format?: 'uuid' | 'uri' | 'email';
  required?: boolean;
}

const id: Column = { name: 'id', format: 'uuid', required: true };
const ref = (name: string): Column => ({ name, format: 'uuid' });

/** The tables we publish, in the HSDS tabular schema's order, with their CSV file names. */
export const TABLES = {
  organization: { path: 'organizations.csv', columns: [id, { name: 'name', required: true }, { name: 'description', required: true }, { name: 'email', format: 'email' }, { name: 'website', format: 'uri' }] },
  service: {
    path: 'services.csv',
    columns: [
      id,
      ref('organization_id'),
      { name: 'name', required: true },
      { name: 'alternate_name' },
      { name: 'description' },
      { name: 'url', format: 'uri' },
      { name: 'email', format: 'email' },
      { name: 'status', required: true },
      { name: 'application_process' },
      { name: 'fees_description' },
      { name: 'eligibility_description' },
      { name: 'assured_date', type: 'date' },
    ],
  },
  attribute: { path: 'attributes.csv', columns: [id, ref('link_id'), ref('taxonomy_term_id'), { name: 'link_type' }, { name: 'link_entity' }] },
  service_at_location: { path: 'service_at_location.csv', columns: [id, ref('service_id'), ref('location_id')] },
  location: {
    path: 'locations.csv',
    columns: [id, { name: 'location_type', required: true }, { name: 'url', format: 'uri' }, { name: 'name' }, { name: 'description' }, { name: 'latitude', type: 'number' }, { name: 'longitude', type: 'number' }],
  },
  phone: { path: 'phones.csv', columns: [id, ref('service_id'), ref('organization_id'), { name: 'number', required: true }] },
  address: {
    path: 'addresses.csv',
    columns: [
      id,
      ref('location_id'),
      { name: 'address_1', required: true },
      { name: 'city', required: true },
      { name: 'region' },
      { name: 'state_province', required: true },
      { name: 'postal_code', required: true },
      { name: 'country', required: true },
      { name: 'address_type', required: true },
    ],
  },
  schedule: {
    path: 'schedules.csv',
    columns: [
      id,
      ref('service_id'),
      { name: 'valid_from', type: 'date' },
      { name: 'valid_to', type: 'date' },
      { name: 'freq' },
      { name: 'interval', type: 'number' },
      { name: 'byday' },
      { name: 'opens_at', type: 'time' },
      { name: 'closes_at', type: 'time' },
      { name: 'description' },
      { name: 'notes' },
    ],
  },
  language: { path: 'languages.csv', columns: [id, ref('service_id'), { name: 'name' }, { name: 'code' }] },
  accessibility: { path: 'accessibility.csv', columns: [id, ref('location_id'), { name: 'description' }] },
  taxonomy_term: {
    path: 'taxonomy_terms.csv',
    columns: [id, { name: 'code' }, { name: 'name', required: true }, { name: 'description', required: true }, { name: 'taxonomy' }, { name: 'language' }, ref('taxonomy_id'), { name: 'term_uri', format: 'uri' }],
  },
  cost_option: { path: 'cost_options.csv', columns: [id, ref('service_id'), { name: 'currency' }, { name: 'amount', type: 'number' }, { name: 'amount_description' }] },
  taxonomy: { path: 'taxonomies.csv', columns: [id, { name: 'name', required: true }, { name: 'description', required: true }, { name: 'uri', format: 'uri' }] },
} as const satisfies Record<string, { path: string; columns: readonly Column[] }>;

export type TableName = keyof typeof TABLES;
/** A row: an HSDS object whose scalar fields are the table's columns (others are ignored). */
export type Row = object;

/** Foreign keys: which column of which table points at which table's id. */
const FOREIGN_KEYS: Partial<Record<TableName, [string, TableName][]>> = {
  service: [['organization_id', 'organization']],
  service_at_location: [['service_id', 'service'], ['location_id', 'location']],
  phone: [['service_id', 'service'], ['organization_id', 'organization']],
  address: [['location_id', 'location']],
  schedule: [['service_id', 'service']],
  language: [['service_id', 'service']],
  accessibility: [['location_id', 'location']],
  cost_option: [['service_id', 'service']],
  attribute: [['taxonomy_term_id', 'taxonomy_term']],
  taxonomy_term: [['taxonomy_id', 'taxonomy']],
};

/** One CSV field: quoted when it holds a comma, a quote or a line break; empty when unknown. */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return needsCsvQuotes(text, ',') ? quoteCsv(text) : text;
}

/** One CSV line of a table, with its CRLF. */
export function csvLine(table: TableName, row: Row): string {
  return TABLES[table].columns.map((column) => csvField((row as Record<string, unknown>)[column.name])).join(',') + '\r\n';
}

/** The header line of a table. */
export function csvHeader(table: TableName): string {
  return TABLES[table].columns.map((column) => column.name).join(',') + '\r\n';
}

/**
 * The rows a service adds to each table: the service, its places, addresses, accessibility,
 * phones, schedules, languages, cost options and attributes. Its organisation and the taxonomy terms
 * are tables of their own, written once (organizationRows, taxonomyRows).
 */
export function serviceRows(service: HsdsService): Partial<Record<TableName, Row[]>> {
  const { phones = [], schedules, service_at_locations: places = [], languages, cost_options: costs, attributes, organization: _o, ...fields } = service;
  const locations = places.map((place) => place.location);
  return {
    service: [fields],
    attribute: attributes.map(({ taxonomy_term: _t, ...attribute }) => attribute),
    service_at_location: places.map(({ location: _l, ...link }) => link),
    location: locations.map(({ addresses: _a, accessibility: _x, ...location }) => location),
    phone: phones,
    address: locations.flatMap((location) => location.addresses ?? []),
    schedule: schedules,
    language: languages,
    accessibility: locations.flatMap((location) => location.accessibility ?? []),
    cost_option: costs,
  };
}

/** The rows an organisation adds: itself, its phone and the attribute of its type. */
export function organizationRows(organization: HsdsOrganization): Partial<Record<TableName, Row[]>> {
  const { phones = [], attributes = [], ...fields } = organization;
  return { organization: [fields], phone: phones, attribute: attributes.map(({ taxonomy_term: _t, ...attribute }) => attribute) };
}

/** The rows of the taxonomies and their terms. */
export function taxonomyRows(taxonomies: HsdsTaxonomy[], terms: HsdsTaxonomyTerm[]): Partial<Record<TableName, Row[]>> {
  return { taxonomy: taxonomies, taxonomy_term: terms };
}

/** The Frictionless data package that describes the CSV files (HSDS tabular form). */
export function dataPackage(options: { title: string; description: string; homepage: string; license?: { name: string; path: string; title: string } }): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'segnavia-hsds',
    title: options.title,
    description: options.description,
    homepage: options.homepage,
    ...(options.license && { licenses: [options.license] }),
    resources: (Object.keys(TABLES) as TableName[]).map((table) => ({
      name: table,
      path: TABLES[table].path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: TABLES[table].columns.map((column: Column) => ({
          name: column.name,
          type: column.type ?? 'string',
          ...(column.format && { format: column.format }),
          ...(column.required && { constraints: { required: true, ...(column.name === 'id' && { unique: true }) } }),
        })),
        primaryKey: 'id',
        ...(FOREIGN_KEYS[table] && {
          foreignKeys: FOREIGN_KEYS[table]!.map(([field, target]) => ({ fields: field, reference: { resource: target, fields: 'id' } })),
        }),
      },
    })),
  };
}
