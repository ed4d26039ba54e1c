/**
 * /contribuisci/schede/<id>.json: one resource's checked front matter, description and file path, so
 * that the form can start from it (/contribuisci/?da=<id>). One small file per entry rather than one
 * file of all entries: the form loads only the entry it updates, however large the directory grows.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allResources, type ResourceEntry } from '../../../directory.ts';
import { repositoryPath } from '../../../lib/contribute/paths.ts';
import type { StoredEntry } from '../../../lib/contribute/stored.ts';

export const getStaticPaths = (async () => {
  const resources = await allResources();
  return resources.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ResourceEntry }> = ({ props }) => {
  const { entry } = props;
  const stored: StoredEntry = { id: entry.id, path: repositoryPath(entry.filePath ?? `${entry.id}.md`), data: entry.data, body: (entry.body ?? '').trim() };
  return new Response(JSON.stringify(stored), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
