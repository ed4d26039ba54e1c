/**
 * /contribuisci/schede/<shard>.json: the checked front matter, description, file text and path of the
 * resources in one shard (src/lib/shards.ts), so that the form can start from an entry
 * (/contribuisci/?da=<id>) and tell whether an id is taken, fetching one small file.
 * In `npm run build` scripts/write-pages.ts writes these files after Astro (src/lib/render/shard-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allResources } from '../../../directory.ts';
import type { StoredEntry } from '../../../lib/contribute/stored.ts';
import { shardJson, storedShards } from '../../../lib/render/shard-files.ts';
import { pagesAfterAstro } from '../../../lib/render/page-template.ts';

export const getStaticPaths = (async () => {
  if (pagesAfterAstro()) return [];
  const shards = storedShards(await allResources());
  return [...shards].map(([shard, items]) => ({ params: { shard }, props: { items } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: Record<string, StoredEntry> }> = ({ props }) =>
  new Response(shardJson(props.items), { headers: { 'content-type': 'application/json; charset=utf-8' } });
