// The comuni that have entries ("Rho (MI)"), suggested by the search's comune filter; fetched when
// the field is first used.
import type { APIRoute } from 'astro';
import { allResources, listed } from '../../directory.ts';
import { comuneOption } from '../../lib/contribute/comuni.ts';
import { compareItalian } from '../../lib/collate.ts';

export const GET: APIRoute = async () => {
  const names = new Set(listed(await allResources()).flatMap((entry) => entry.data.locations.map((place) => comuneOption({ name: place.comune, province: place.province }))));
  return new Response(JSON.stringify([...names].sort((a, b) => compareItalian(a, b))));
};
