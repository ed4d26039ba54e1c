// Build-time hand-over to scripts/write-pages.ts (run by `npm run build` after Astro), which writes every
// entry's page and every comune's page in each language from the template pages (src/lib/render/page-template.ts)
// and deletes this file. Empty when Astro renders those pages itself (npm run dev, or SEGNAVIA_PAGES=astro).
import type { APIRoute } from 'astro';
import { allResources, firstPlacePages, listed, organizationsById, placeTree } from '../directory.ts';
import { pagesAfterAstro } from '../lib/render/page-template.ts';
import type { PageInputs } from '../lib/render/page-inputs.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!pagesAfterAstro()) return new Response(JSON.stringify({ site: site?.href, entries: [], organizations: {}, comuni: [] } satisfies PageInputs));
  const [resources, organizations] = await Promise.all([allResources(), organizationsById()]);
  const placePages = firstPlacePages(resources);
  const inputs: PageInputs = {
    site: site?.href,
    entries: resources.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body, filePath: entry.filePath, placeHref: placePages.get(entry.id) })),
    organizations: Object.fromEntries([...organizations.values()].map((organization) => [organization.id, organization.data])),
    comuni: placeTree(listed(resources)).flatMap((region) =>
      region.provinces.flatMap((province) =>
        province.comuni.map((comune) => ({ region: { name: region.name, slug: region.slug }, province: { name: province.name, slug: province.slug }, comune })),
      ),
    ),
  };
  return new Response(JSON.stringify(inputs));
};
