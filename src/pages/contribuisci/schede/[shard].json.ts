/**
 * /contribuisci/schede/<shard>.json: the checked front matter, description, file text and path of the
 * resources in one shard (src/lib/shards.ts), so that the form can start from an entry
 * (/contribuisci/?da=<id>) and tell whether an id is taken, fetching one small file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allResources } from '../../../directory.ts';
import { storedEntry, type StoredEntry } from '../../../lib/contribute/stored.ts';
import { groupByShard } from '../../../lib/shards.ts';

export const getStaticPaths = (async () => {
  const resources = await allResources();
  // Read one after the other: tens of thousands of files opened at once would run out of file handles.
  const stored = resources.map((entry) => ({ id: entry.id, value: storedEntry(entry, entry.filePath ? readFileSync(resolve(entry.filePath), 'utf8') : '') }));
  return [...groupByShard(stored)].map(([shard, items]) => ({ params: { shard }, props: { items } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: Record<string, StoredEntry> }> = ({ props }) =>
  new Response(JSON.stringify(props.items), { headers: { 'content-type': 'application/json; charset=utf-8' } });
