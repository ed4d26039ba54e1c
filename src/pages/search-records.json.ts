// Build-time hand-over to scripts/build-search-index.ts (the second half of `npm run build`), which
// turns this file into the Pagefind bundles and the map data, then deletes it from the output.
import type { APIRoute } from 'astro';
import { allResources, listed, organizationsById } from '../directory.ts';
import { mapPoints, searchRecord } from '../lib/search/records.ts';

export const GET: APIRoute = async () => {
  const [resources, organizations] = await Promise.all([allResources(), organizationsById()]);
  const entries = listed(resources);
  const records = entries.map((entry) => {
    const organization = organizations.get(entry.data.organization)?.data;
    return searchRecord(entry.id, entry.data, entry.body ?? '', organization && { name: organization.name, type: organization.type });
  });
  const points = entries.flatMap((entry) => mapPoints(entry.id, entry.data));
  return new Response(JSON.stringify({ records, points }));
};
