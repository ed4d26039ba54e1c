// robots.txt: all pages may be crawled; names the sitemap (written by src/integrations/publish.ts).
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/exports/sitemap.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site!));
