// Build-time hand-over to scripts/write-entry-pages.ts (run by `npm run build` after Astro), which writes
// every entry's page in both languages from the template pages /risorse/<TEMPLATE_ID>/ and deletes this
// file. The entries go over as the collections give them (checked, defaults applied), with what the
// pages link to: the organisation and the comune page of the first place. Empty when Astro renders the
// entry pages itself (npm run dev, or SEGNAVIA_ENTRY_PAGES=astro).
import type { APIRoute } from 'astro';
import { allResources, firstPlacePages, organizationsById } from '../directory.ts';
import { entryPagesAfterAstro } from '../lib/render/page-template.ts';
import type { EntryPagesHandover } from '../lib/render/entry-pages-handover.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!entryPagesAfterAstro()) return new Response(JSON.stringify({ site: site?.href, entries: [], organizations: {} } satisfies EntryPagesHandover));
  const [resources, organizations] = await Promise.all([allResources(), organizationsById()]);
  const placePages = firstPlacePages(resources);
  const handover: EntryPagesHandover = {
    site: site?.href,
    entries: resources.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body, filePath: entry.filePath, placeHref: placePages.get(entry.id) })),
    organizations: Object.fromEntries([...organizations.values()].map((organization) => [organization.id, organization.data])),
  };
  return new Response(JSON.stringify(handover));
};
