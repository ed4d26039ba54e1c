// Build-time hand-over to the steps of `npm run build` after Astro (scripts/build.sh), which deletes it when
// they are done: scripts/write-pages.ts writes every entry's, organisation's and comune's page in each
// language from the template pages (src/lib/render/page-template.ts); build-search-index.ts makes the
// search records, build-hsds.ts the HSDS files and write-calendars.ts the .ics files. One file for all
// of them: each file that Astro writes costs its one busy core the building, encoding and copying of the
// text, and the later steps run beside one another on both cores. Without pages after Astro (npm run dev,
// or SEGNAVIA_PAGES=astro) there are no comuni to hand over; the entries still go, for the other steps.
import type { APIRoute } from 'astro';
import { allResources, firstPlacePages, listed, organizationsById, placeTree } from '../directory.ts';
import { pagesAfterAstro } from '../lib/render/page-template.ts';
import type { PageInputs } from '../lib/render/page-inputs.ts';

export const GET: APIRoute = async ({ site }) => {
  const [resources, organizations] = await Promise.all([allResources(), organizationsById()]);
  const pages = pagesAfterAstro();
  const placePages = pages ? firstPlacePages(resources) : new Map<string, string>();
  const inputs: PageInputs = {
    site: site?.href,
    entries: resources.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body, filePath: entry.filePath, placeHref: placePages.get(entry.id) })),
    organizations: Object.fromEntries([...organizations.values()].map((organization) => [organization.id, organization.data])),
    comuni: !pages ? [] : placeTree(listed(resources)).flatMap((region) =>
      region.provinces.flatMap((province) =>
        province.comuni.map((comune) => ({ region: { name: region.name, slug: region.slug }, province: { name: province.name, slug: province.slug }, comune })),
      ),
    ),
  };
  return new Response(JSON.stringify(inputs));
};
