// Every ISTAT comune with a centroid, compact: [name, province, lat, lon]. Fetched only when a
// person types a comune to search near it (and by the contribution form's suggestions).
import type { APIRoute } from 'astro';
import { loadComuniIndex } from '../../lib/comuni.ts';

export const GET: APIRoute = async () => {
  const { all } = await loadComuniIndex();
  const rows = all.filter((c) => c.lat !== undefined && c.lon !== undefined).map((c) => [c.name, c.province, c.lat, c.lon]);
  return new Response(JSON.stringify(rows));
};
