/**
 * /lista/voci/<id>.json: the sheet facts of one resource (src/lib/shortlist/sheet.ts), for the
 * shortlist page. One small file per entry, so the page downloads only what is on the list
 * (a few hundred bytes each) however large the directory grows. Closed entries have one too,
 * marked, so that an old list or link can say they closed instead of failing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allResources, type ResourceEntry } from '../../../directory.ts';
import { sheetItem } from '../../../lib/shortlist/sheet.ts';

export const getStaticPaths = (async () => {
  const resources = await allResources();
  return resources.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ResourceEntry }> = ({ props }) =>
  new Response(JSON.stringify(sheetItem(props.entry.id, props.entry.data)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
