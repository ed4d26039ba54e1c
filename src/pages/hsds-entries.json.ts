// Build-time hand-over to scripts/build-hsds.ts (run by `npm run build` after Astro), which turns
// this file into the HSDS 3.0 files under /dati/hsds/ and then deletes it from the output. The
// entries go over as the collections give them (checked, defaults applied), so nothing re-parses
// the content files; the HSDS objects are made after Astro has exited, so the two never hold
// memory at the same time, and Astro renders one route instead of one per HSDS file.
import type { APIRoute } from 'astro';
import { allResources, organizationsById } from '../directory.ts';

export const GET: APIRoute = async ({ site }) => {
  const [resources, organizations] = await Promise.all([allResources(), organizationsById()]);
  return new Response(
    JSON.stringify({
      site: site?.href,
      resources: resources.map((entry) => ({ id: entry.id, data: entry.data })),
      organizations: [...organizations.values()].map((entry) => ({ id: entry.id, data: entry.data })),
    }),
  );
};
