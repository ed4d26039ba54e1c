/**
 * The documents that describe the static HSDS API: the root document the HSDS API reference asks
 * of `/` (version, openapi_url; no profile, as we follow no published HSDS profile), and an OpenAPI
 * 3.1 description of our files, whose schemas are the HSDS 3.0 ones.
 */
import { HSDS_VERSION, hsdsPaths } from './mapping.ts';
import { PAGE_SIZE } from './pages.ts';
import type { HsdsUrl } from './taxonomy.ts';

const SPEC = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema';

/** The root document, /dati/hsds/index.json. */
export function rootDocument(url: HsdsUrl): { version: string; openapi_url: string } {
  return { version: HSDS_VERSION, openapi_url: url(hsdsPaths.openapi()) };
}

function pageOf(itemSchema: string): Record<string, unknown> {
  return {
    type: 'object',
    required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
    properties: {
      total_items: { type: 'integer' },
      total_pages: { type: 'integer' },
      page_number: { type: 'integer' },
      size: { type: 'integer' },
      first_page: { type: 'boolean' },
      last_page: { type: 'boolean' },
      empty: { type: 'boolean' },
      contents: { type: 'array', items: { $ref: itemSchema } },
    },
  };
}

function get(summary: string, schema: Record<string, unknown>, parameter?: 'id' | 'page'): Record<string, unknown> {
  const parameters = parameter
    ? [{ name: parameter, in: 'path', required: true, schema: parameter === 'id' ? { type: 'string', format: 'uuid' } : { type: 'integer', minimum: 1 } }]
    : undefined;
  return { get: { summary, ...(parameters && { parameters }), responses: { 200: { description: summary, content: { 'application/json': { schema } } } } } };
}

/** The OpenAPI description, /dati/hsds/openapi.json. */
export function openApi(url: HsdsUrl, info: { title: string; description: string; license?: { name: string; url: string } }): Record<string, unknown> {
  const path = (p: string) => `/${p}`;
  return {
    openapi: '3.1.0',
    info: {
      title: info.title,
      version: HSDS_VERSION,
      description: `${info.description} Static files: lists are split into pages of ${PAGE_SIZE} under pages/{page}.json; the API's query parameters are not supported. Times are local Italian time (Europe/Rome).`,
      ...(info.license && { license: info.license }),
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: url('').replace(/\/$/, '') }],
    paths: {
      [path(hsdsPaths.root())]: get('HSDS version and the address of this description.', {
        type: 'object',
        properties: { version: { type: 'string' }, openapi_url: { type: 'string', format: 'uri' } },
      }),
      '/services/pages/{page}.json': get('A page of the services.', pageOf(`${SPEC}/compiled/service_list.json`), 'page'),
      '/services/{id}.json': get('One fully nested service.', { $ref: `${SPEC}/compiled/service.json` }, 'id'),
      [path(hsdsPaths.allServices())]: {
        get: {
          summary: 'Every fully nested service, one per line.',
          responses: { 200: { description: 'NDJSON: one service (compiled/service.json) per line.', content: { 'application/x-ndjson': { schema: { $ref: `${SPEC}/compiled/service.json` } } } } },
        },
      },
      '/organizations/pages/{page}.json': get('A page of the organisations.', pageOf(`${SPEC}/compiled/organization_list.json`), 'page'),
      '/organizations/{id}.json': get('One organisation.', { $ref: `${SPEC}/compiled/organization.json` }, 'id'),
      '/taxonomies/pages/{page}.json': get('A page of the taxonomies.', pageOf(`${SPEC}/taxonomy.json`), 'page'),
      '/taxonomies/{id}.json': get('One taxonomy.', { $ref: `${SPEC}/taxonomy.json` }, 'id'),
      '/taxonomy_terms/pages/{page}.json': get('A page of the taxonomy terms.', pageOf(`${SPEC}/taxonomy_term.json`), 'page'),
      '/taxonomy_terms/{id}.json': get('One taxonomy term.', { $ref: `${SPEC}/taxonomy_term.json` }, 'id'),
    },
  };
}
