/**
 * sitemap.xml (sitemaps.org 0.9) and robots.txt. The page list is the one Astro built (every route,
 * paginated category pages included: see src/integrations/publish.ts), so no route is listed by hand
 * and none can be forgotten. A sitemap holds at most 50,000 URLs: beyond that, sitemap.xml becomes a
 * sitemap index of sitemap-1.xml, sitemap-2.xml, …
 */

import { pathWithoutLocale } from '../../i18n/locale.ts';

export const SITEMAP_LIMIT = 50_000;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The HTML pages among Astro's built pathnames, as absolute URLs, in a stable order; the 404 pages (/404/, /en/404/) and data files left out. */
export function pageUrls(pathnames: Iterable<string>, site: string | URL): string[] {
  const pages = new Set<string>();
  // Astro's pathnames are already URL paths: joined to the site's origin, not parsed one by one.
  const base = new URL('/', site).href.slice(0, -1);
  for (const raw of pathnames) {
    const path = `/${raw.replace(/^\/+/, '')}`;
    // Endpoints (search-records.json, the .ics files, the exports) have an extension; pages end in "/".
    if (/\.[a-z0-9]+$/i.test(path) || /^\/404\/?$/.test(pathWithoutLocale(path))) continue;
    pages.add(base + (path.endsWith('/') ? path : `${path}/`));
  }
  return [...pages].sort();
}

function urlset(urls: string[]): string {
  const items = urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</urlset>\n`;
}

/** The sitemap files to write: { 'sitemap.xml': … } alone, or an index and its parts beyond SITEMAP_LIMIT URLs. */
export function sitemapFiles(urls: string[], site: string | URL, limit: number = SITEMAP_LIMIT): Record<string, string> {
  if (urls.length <= limit) return { 'sitemap.xml': urlset(urls) };
  const files: Record<string, string> = {};
  const parts: string[] = [];
  for (let i = 0; i * limit < urls.length; i++) {
    const name = `sitemap-${i + 1}.xml`;
    files[name] = urlset(urls.slice(i * limit, (i + 1) * limit));
    parts.push(`<sitemap><loc>${escapeXml(new URL(`/${name}`, site).href)}</loc></sitemap>`);
  }
  files['sitemap.xml'] = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join('\n')}\n</sitemapindex>\n`;
  return files;
}

/** robots.txt: everything may be crawled; the sitemap is named by its absolute URL. */
export function robotsTxt(site: string | URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
}
