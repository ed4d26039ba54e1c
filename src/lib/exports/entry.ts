/** What every export reads: an entry's id and its checked data, as the collections give them. */
import type { Resource } from '../../schema/resource.ts';
import { urls } from '../urls.ts';

/** One resource as the collections hand it over (a CollectionEntry<'resources'> fits). */
export interface ExportEntry {
  id: string;
  data: Resource;
}

/** The absolute URL of an entry's page, from the site's address (astro.config `site`). */
export function entryPageUrl(id: string, site: string | URL): string {
  return new URL(urls.resource(id), site).href;
}
