/** The shape of an entry in /contribuisci/schede/<shard>.json, written at build time and read by the form. */
import type { Resource } from '../../schema/resource.ts';
import { fetchFromShard } from '../shards.ts';

export interface StoredEntry {
  id: string;
  /** The repository path of the file, e.g. "content/resources/lombardia/x.md". */
  path: string;
  /** The front matter as the site reads it (checked by the schema, defaults filled in). */
  data: Resource;
  /** The Markdown description. */
  body: string;
}

/** An entry's data from its shard file, or undefined when no entry has this id. */
export function fetchStoredEntry(id: string, base = '/'): Promise<StoredEntry | undefined> {
  return fetchFromShard<StoredEntry>(`${base.replace(/\/?$/, '/')}contribuisci/schede/`, id);
}
