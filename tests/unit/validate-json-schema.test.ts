import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, serialiseSchema } from '../../scripts/json-schema.ts';
import { categories } from '../../src/schema/index.ts';

const schemas = jsonSchemas();
const resource = schemas['resource.schema.json'] as {
  $id: string;
  title: string;
  required: string[];
  additionalProperties: boolean;
  properties: Record<string, { enum?: string[]; properties?: Record<string, unknown> }>;
};

describe('JSON Schemas of the entry format', () => {
  it('list the required fields and the category vocabulary', () => {
    expect(resource.$id).toMatch(/\/schema\/resource\.schema\.json$/);
    expect(resource.title).toBeTruthy();
    expect(resource.required).toEqual(expect.arrayContaining(['name', 'summary', 'category', 'needs', 'audiences', 'organization', 'schedule', 'cost', 'joining', 'contacts', 'status', 'verified', 'sources']));
    expect(resource.required).not.toContain('locations');
    expect(resource.properties.category.enum).toEqual(Object.keys(categories));
    expect(resource.additionalProperties).toBe(false);
  });

  it('turn dates into date strings', () => {
    expect(resource.properties.verified.properties?.date).toMatchObject({ type: 'string', format: 'date' });
  });

  it.each(Object.keys(schemas))('public/schema/%s is up to date with the Zod schema', (file) => {
    const committed = readFileSync(new URL(`../../public/schema/${file}`, import.meta.url), 'utf8');
    expect(committed, 'run: node scripts/json-schema.ts').toBe(serialiseSchema(schemas[file]));
  });
});
