// One row per listed entry and place, for spreadsheets (src/lib/exports/csv.ts); described on /dati/.
import type { APIRoute } from 'astro';
import { allResources, organizationsById } from '../../directory.ts';
import { directoryCsv } from '../../lib/exports/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const [resources, organizations] = await Promise.all([allResources(), organizationsById()]);
  return new Response(directoryCsv(resources, site!, (id) => organizations.get(id)?.data.name));
};
