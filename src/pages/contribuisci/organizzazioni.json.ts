/** /contribuisci/organizzazioni.json: [id, name] of every organisation, by name, for the form's choice of organisation. */
import type { APIRoute } from 'astro';
import { organizationsById } from '../../directory.ts';

export const GET: APIRoute = async () => {
  const organizations = [...(await organizationsById()).values()]
    .map((entry): [string, string] => [entry.id, entry.data.name])
    .sort((a, b) => a[1].localeCompare(b[1], 'it'));
  return new Response(JSON.stringify(organizations), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
