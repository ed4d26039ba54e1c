/**
 * /lista/voci/<shard>.json: the sheet facts (src/lib/shortlist/sheet.ts) of the resources in one
 * shard (src/lib/shards.ts), for the shortlist page, which fetches only the shards of its entries.
 * Closed entries are included, marked, so that an old list or link can say they closed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allResources } from '../../../directory.ts';
import { sheetItem, type SheetItem } from '../../../lib/shortlist/sheet.ts';
import { groupByShard } from '../../../lib/shards.ts';

export const getStaticPaths = (async () => {
  const resources = await allResources();
  const shards = groupByShard(resources.map((entry) => ({ id: entry.id, value: sheetItem(entry.id, entry.data) })));
  return [...shards].map(([shard, items]) => ({ params: { shard }, props: { items } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: Record<string, SheetItem> }> = ({ props }) =>
  new Response(JSON.stringify(props.items), { headers: { 'content-type': 'application/json; charset=utf-8' } });
