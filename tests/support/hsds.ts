/**
 * Validators for HSDS 3.0 objects, from the schemas in tests/fixtures/hsds-3.0/ (JSON Schema draft
 * 2020-12, formats on), with `additionalProperties: false` forced on every object as the standard's
 * own example check does: a field HSDS does not define fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { repoRoot } from './site.ts';

const SCHEMAS = join(repoRoot, 'tests/fixtures/hsds-3.0');

/** The schema's own annotation keywords (for the tabular form and the documentation). */
const ANNOTATIONS = ['name', 'path', 'datapackage_metadata', 'tabular_required', 'constraints', 'example', 'core', 'datapackage_type'];

/** A copy of a schema in which every object with properties refuses any other property. */
export function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, closed(v)])) : closed(value);
  if ('properties' in copy) copy.additionalProperties = false;
  return copy;
}

function ajv(): Ajv2020 {
  const instance = new Ajv2020({ allErrors: true, strict: true });
  addFormats(instance);
  instance.addVocabulary(ANNOTATIONS);
  return instance;
}

const read = (path: string) => JSON.parse(readFileSync(join(SCHEMAS, path), 'utf8')) as Record<string, unknown>;

export type HsdsSchemaName = 'service' | 'service_list' | 'organization' | 'organization_list' | 'taxonomy' | 'taxonomy_term';

const compiled = new Map<HsdsSchemaName, ValidateFunction>();

/** The validator of one HSDS object type, compiled once. */
export function hsdsValidator(name: HsdsSchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const schema =
      name === 'organization'
        ? (read('compiled/service.json').properties as Record<string, unknown>).organization
        : read(name.startsWith('taxonomy') ? `${name}.json` : `compiled/${name}.json`);
    const instance = ajv();
    // The single-object schemas refer to each other by file name.
    for (const file of ['metadata.json', 'taxonomy.json']) instance.addSchema(closed(read(file)) as object, file);
    validate = instance.compile(closed(schema) as object);
    compiled.set(name, validate);
  }
  return validate;
}

/** The errors of a value against an HSDS schema, one readable line each; [] when valid. */
export function hsdsErrors(name: HsdsSchemaName, value: unknown): string[] {
  const validate = hsdsValidator(name);
  return validate(value) ? [] : (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'} ${error.message}${error.params && 'additionalProperty' in error.params ? `: ${String(error.params.additionalProperty)}` : ''}`);
}

/** The official full service example, which must validate. */
export const officialServiceExample = () => read('service_full.json');
