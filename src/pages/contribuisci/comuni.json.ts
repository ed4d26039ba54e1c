/**
 * /contribuisci/comuni.json: the ISTAT comuni in the form's compact shape (see src/lib/contribute/comuni.ts),
 * fetched by the contribution form only when it needs suggestions or place checks.
 */
import type { APIRoute } from 'astro';
import data from '../../data/comuni.json';
import type { ComuniData } from '../../lib/comuni.ts';
import { compactComuni } from '../../lib/contribute/comuni.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(compactComuni(data as unknown as ComuniData)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
