/** The shape of /contribuisci/schede/<id>.json, written at build time and read by the form. */
import type { Resource } from '../../schema/resource.ts';

export interface StoredEntry {
  id: string;
  /** The repository path of the file, e.g. "content/resources/lombardia/x.md". */
  path: string;
  /** The front matter as the site reads it (checked by the schema, defaults filled in). */
  data: Resource;
  /** The Markdown description. */
  body: string;
}

/** The address of an entry's data, from the site's base URL. */
export function storedEntryUrl(id: string, base = '/'): string {
  return `${base.replace(/\/?$/, '/')}contribuisci/schede/${encodeURIComponent(id)}.json`;
}
