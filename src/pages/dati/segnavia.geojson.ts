// The places of every listed entry as GeoJSON (src/lib/exports/geojson.ts); described on /dati/.
import type { APIRoute } from 'astro';
import { allResources } from '../../directory.ts';
import { placesGeoJson } from '../../lib/exports/geojson.ts';

export const GET: APIRoute = async ({ site }) => new Response(JSON.stringify(placesGeoJson(await allResources(), site!)));
