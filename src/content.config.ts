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
import { markdownFiles } from './loaders/markdown-files.ts';
import { reportEditedEntry, withValidationReport } from './integrations/validate-content.ts';
import type { Loader } from 'astro/loaders';

/** A loader whose schema failures are explained by the validator's report (see validate-content.ts). */
function explained(loader: Loader): Loader {
  return { ...loader, load: (context) => withValidationReport(context.logger, () => loader.load(context)) };
}

const resources = defineCollection({
  // Not glob(): it would render every Markdown body at sync time, which the pages never use.
  loader: explained(markdownFiles({ base: `${contentDir()}/resources`, onEdit: reportEditedEntry })),
  schema: resourceSchema,
});

const organizations = defineCollection({
  loader: explained(glob({ pattern: '**/*.yaml', base: `${contentDir()}/organizations`, generateId: ({ entry }) => idFromPath(entry) })),
  schema: organizationSchema,
});

export const collections = { resources, organizations };
