/** The shape of an entry in /contribuisci/schede/<shard>.json, written at build time and read by the form. */
import type { Resource } from '../../schema/resource.ts';
import { fetchFromShard } from '../shards.ts';
import type { Contribution } from './check.ts';
import { emptyOrganizationForm, resourceToForm } from './form.ts';
import { repositoryPath } from './paths.ts';

export interface StoredEntry {
  id: string;
  /** The repository path of the file, e.g. "content/resources/lombardia/x.md". */
  path: string;
  /** The front matter as the site reads it (checked by the schema, defaults filled in). */
  data: Resource;
  /** The Markdown description. */
  body: string;
  /** The whole file as written, so that an update keeps what it does not change byte for byte. */
  text: string;
}

/** What the shard file holds for a built entry (`filePath` as Astro records it), given its file's text. */
export function storedEntry(entry: { id: string; filePath?: string; data: Resource; body?: string }, text: string): StoredEntry {
  return { id: entry.id, path: repositoryPath(entry.filePath ?? `${entry.id}.md`), data: entry.data, body: (entry.body ?? '').trim(), text };
}

/**
 * The form for updating a stored entry: every field prefilled, the verification included (the person
 * changes its date when they have checked the facts), so that sending it unchanged gives back the same file.
 */
export function contributionFrom(stored: StoredEntry): Contribution {
  return {
    resource: resourceToForm(stored.id, stored.data, stored.body),
    newOrganization: false,
    organization: emptyOrganizationForm(),
    updating: stored.path,
    source: { text: stored.text, data: stored.data },
  };
}

/** An entry's data from its shard file, or undefined when no entry has this id. */
export function fetchStoredEntry(id: string, base = '/'): Promise<StoredEntry | undefined> {
  return fetchFromShard<StoredEntry>(`${base.replace(/\/?$/, '/')}contribuisci/schede/`, id);
}
