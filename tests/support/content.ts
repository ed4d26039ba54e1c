/**
 * The sample content as tests read it: end-to-end tests take their expectations (names, phones,
 * places, counts) from the content files instead of copying them, so that an ordinary content pull
 * request (a renamed entry, a new phone number, one more choir) cannot break CI. See tests/README.md.
 *
 *   const entry = resource('alzheimer-cafe-asst-rhodense');         // by id (throws when it is gone)
 *   const choirs = resources((r) => r.data.category === 'musica-canto');  // by a property
 *   entry.data.name, entry.data.contacts?.phone, entry.region, entry.path
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { repoRoot } from './site.ts';

/** The front matter of a resource, as written (only the fields tests use are typed). */
export interface ResourceData {
  name: string;
  summary?: string;
  category: string;
  organization?: string;
  status?: string;
  locations?: { comune: string; province: string; address?: string; lat?: number; lon?: number }[];
  online?: unknown;
  cost?: { free?: boolean };
  contacts?: { phone?: string; email?: string; website?: string };
  [key: string]: unknown;
}

export interface ContentResource {
  /** The file name without .md: the entry's id and the last part of its address. */
  id: string;
  /** The folder under content/resources/: a region slug, or "online". */
  region: string;
  /** The file, relative to the repository: content/resources/<region>/<id>.md. */
  path: string;
  data: ResourceData;
  body: string;
}

export const contentDir = join(repoRoot, 'content');
let cache: ContentResource[] | undefined;

/** Every resource in content/resources/, sorted by id. */
export function allResources(): ContentResource[] {
  if (cache) return cache;
  const root = join(contentDir, 'resources');
  const found: ContentResource[] = [];
  for (const region of readdirSync(root, { withFileTypes: true })) {
    if (!region.isDirectory()) continue;
    for (const file of readdirSync(join(root, region.name))) {
      if (!file.endsWith('.md')) continue;
      const full = join(root, region.name, file);
      const { data, content } = matter(readFileSync(full, 'utf8'));
      found.push({ id: file.slice(0, -3), region: region.name, path: relative(repoRoot, full), data: data as ResourceData, body: content.trim() });
    }
  }
  cache = found.sort((a, b) => a.id.localeCompare(b.id));
  return cache;
}

/** The resources that match, sorted by id. */
export function resources(where: (resource: ContentResource) => boolean = () => true): ContentResource[] {
  return allResources().filter(where);
}

/** The resource with this id; throws (naming the id) when the content no longer has it. */
export function resource(id: string): ContentResource {
  const found = allResources().find((r) => r.id === id);
  if (!found) throw new Error(`tests/support/content.ts: no resource "${id}" in content/resources/ — pick another with resources(…)`);
  return found;
}

/** The first resource that matches; throws when none does. */
export function firstResource(where: (resource: ContentResource) => boolean, what = 'a matching resource'): ContentResource {
  const found = allResources().find(where);
  if (!found) throw new Error(`tests/support/content.ts: no ${what} in content/resources/`);
  return found;
}

/** An organisation's YAML, by id. */
export function organization(id: string): { id: string; name: string; [key: string]: unknown } {
  const text = readFileSync(join(contentDir, 'organizations', `${id}.yaml`), 'utf8');
  const { data } = matter(`---\n${text}\n---\n`);
  return { id, ...(data as { name: string }) };
}

/** Whether the entry is shown (not closed or suspended). */
export const isActive = (r: ContentResource) => (r.data.status ?? 'attivo') === 'attivo';

/** "Rho (MI)": a location as the pages print it. */
export const placeLine = (location: { comune: string; province: string }) => `${location.comune} (${location.province})`;

/** A date from front matter as YYYY-MM-DD (YAML reads unquoted dates as Date objects). */
export const isoDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
