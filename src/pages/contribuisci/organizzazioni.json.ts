/** /contribuisci/organizzazioni.json: [id, name] of every organisation, by name, for the form's choice of organisation. */
import type { APIRoute } from 'astro';
import { organizationsById } from '../../directory.ts';
import { compareItalian } from '../../lib/collate.ts';

export const GET: APIRoute = async () => {
  const organizations = [...(await organizationsById()).values()]
    .map((entry): [string, string] => [entry.id, entry.data.name])
    .sort((a, b) => compareItalian(a[1], b[1]));
  return new Response(JSON.stringify(organizations), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
