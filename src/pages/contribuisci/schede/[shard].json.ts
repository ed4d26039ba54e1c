/**
 * /contribuisci/schede/<shard>.json: the checked front matter, description and file path of the
 * resources in one shard (src/lib/shards.ts), so that the form can start from an entry
 * (/contribuisci/?da=<id>) and tell whether an id is taken, fetching one small file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allResources } from '../../../directory.ts';
import { repositoryPath } from '../../../lib/contribute/paths.ts';
import type { StoredEntry } from '../../../lib/contribute/stored.ts';
import { groupByShard } from '../../../lib/shards.ts';

export const getStaticPaths = (async () => {
  const resources = await allResources();
  const stored = resources.map((entry) => ({
    id: entry.id,
    value: { id: entry.id, path: repositoryPath(entry.filePath ?? `${entry.id}.md`), data: entry.data, body: (entry.body ?? '').trim() } satisfies StoredEntry,
  }));
  return [...groupByShard(stored)].map(([shard, items]) => ({ params: { shard }, props: { items } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: Record<string, StoredEntry> }> = ({ props }) =>
  new Response(JSON.stringify(props.items), { headers: { 'content-type': 'application/json; charset=utf-8' } });
