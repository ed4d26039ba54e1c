/**
 * Writes JSON Schemas of the entry format, from the same Zod schemas the site builds with, to
 * public/schema/resource.schema.json and public/schema/organization.schema.json:
 *
 *   PATH=$PWD/node_modules/.bin:$PATH node scripts/json-schema.ts
 *
 * Editors can then check entries while they are written. In an organisation file, a first line
 *   # yaml-language-server: $schema=../../public/schema/organization.schema.json
 * gives completion and checks in VS Code (Red Hat's YAML extension), Neovim and others using
 * yaml-language-server; or map the schema to content/organizations/*.yaml in the editor's settings
 * ("yaml.schemas"). Resource front matter lives inside Markdown, where YAML tools do not look, so the
 * resource schema serves other tools (forms, imports, external validators) against the parsed front
 * matter. Checks that JSON Schema cannot express (refinements, comuni, duplicates) stay in
 * `npm run validate`. A unit test fails when these files fall behind the Zod schemas.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { organizationSchema, resourceSchema } from '../src/schema/index.ts';

/** Where the schemas are published (the path under the site's root). */
export const SCHEMA_BASE = 'https://segnavia.example.org/schema/';

const OUTPUT_DIR = new URL('../public/schema/', import.meta.url);

/** JSON Schema for a value YAML may read as a date: a "YYYY-MM-DD" string. */
const DATE = { type: 'string', format: 'date' } as const;

/** A date known to the year, month or day ("2022", "2022-05", "2022-05-14"); YAML may read a bare year as a number. */
function partialDate(pattern: RegExp): Record<string, unknown> {
  return { anyOf: [{ type: 'string', pattern: pattern.source }, { type: 'integer', minimum: 1000, maximum: 9999 }] };
}

/** Dates: z.date and our preprocessed date fields (a transform, unrepresentable as input) become date strings. */
function override(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: Record<string, unknown> }): void {
  const def = ctx.zodSchema._zod.def as { type: string; in?: z.core.$ZodType };
  const preprocessed = def.type === 'pipe' && def.in?._zod.def.type === 'transform';
  if (def.type !== 'date' && !preprocessed) return;
  for (const key of Object.keys(ctx.jsonSchema)) if (key !== 'description') delete ctx.jsonSchema[key];
  const out = (def as { out?: z.core.$ZodType }).out?._zod.def as { format?: string; checks?: { _zod: { def: { pattern?: RegExp } } }[] } | undefined;
  const pattern = out?.format === 'date' ? undefined : out?.checks?.map((check) => check._zod.def.pattern).find(Boolean);
  if (!pattern) Object.assign(ctx.jsonSchema, DATE);
  else Object.assign(ctx.jsonSchema, partialDate(pattern));
}

/** The JSON Schema of one Zod schema, with an id and a title. */
function toJsonSchema(schema: z.ZodType, name: string, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return { $schema, $id: `${SCHEMA_BASE}${name}.schema.json`, title, ...rest };
}

/** Both schemas, keyed by file name. */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  return {
    'resource.schema.json': toJsonSchema(resourceSchema, 'resource', 'Segnavia: scheda di una risorsa (intestazione del file .md)'),
    'organization.schema.json': toJsonSchema(organizationSchema, 'organization', 'Segnavia: organizzazione (file .yaml)'),
  };
}

/** The text written to each file (stable, so the committed files can be compared). */
export function serialiseSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Writes the schemas into public/schema/. */
function main(): void {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const [file, schema] of Object.entries(jsonSchemas())) {
    writeFileSync(new URL(file, OUTPUT_DIR), serialiseSchema(schema));
    console.log(`public/schema/${file}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
