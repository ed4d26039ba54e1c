/**
 * Content collections, wired to the entry format in src/schema/. Resource files live in
 * content/resources/<region>/<id>.md and organisations in content/organizations/<id>.yaml;
 * the file name (without folders and extension) is the id.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { organizationSchema, resourceSchema } from './schema/index.ts';
import { idFromPath } from './lib/ids.ts';
import { contentDir } from './lib/content-dir.ts';

const resources = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${contentDir()}/resources`, generateId: ({ entry }) => idFromPath(entry) }),
  schema: resourceSchema,
});

const organizations = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${contentDir()}/organizations`, generateId: ({ entry }) => idFromPath(entry) }),
  schema: organizationSchema,
});

export const collections = { resources, organizations };
