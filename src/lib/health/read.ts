/**
 * The resources of a content folder for the health report, read by the validator's own reader and
 * checked by the schema, so `npm run report` needs no build. Files that do not pass the schema are
 * counted and left out (`npm run validate` says what is wrong with them). Node only.
 */
import { resourceSchema, type Resource } from '../../schema/resource.ts';
import { findContentFiles, isEntry, parseResource, readEntries } from '../validate/read.ts';

/** A valid resource of the folder, whole (the health figures need part of it, the coverage another). */
export interface ReadResource {
  id: string;
  data: Resource;
}

/** The valid resources of the folder, and the files left out because they are invalid. */
export async function readHealthEntries(contentDir: string, root: string = process.cwd()): Promise<{ entries: ReadResource[]; invalid: string[] }> {
  const files = await findContentFiles(contentDir, root);
  const entries: ReadResource[] = [];
  const invalid: string[] = [];
  for (const result of await readEntries(files.resources, parseResource)) {
    if (!isEntry(result)) {
      invalid.push(result.file);
      continue;
    }
    const parsed = resourceSchema.safeParse(result.data);
    if (parsed.success) entries.push({ id: result.id, data: parsed.data });
    else invalid.push(result.file);
  }
  return { entries, invalid };
}
