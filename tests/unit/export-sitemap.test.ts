/** sitemap.xml from the pages Astro built, split past 50,000 URLs, and robots.txt pointing to it. */
import { describe, expect, it } from 'vitest';
import { pageUrls, robotsTxt, sitemapFiles } from '../../src/lib/exports/sitemap.ts';

const SITE = 'https://segnavia.example.org';

describe('sitemap', () => {
  it('lists the built pages as absolute URLs, leaving out the 404 page and data files', () => {
    const urls = pageUrls(['', 'risorse/coro/', '/cerca/', '404', 'search-records.json', 'dati/segnavia.csv', 'dati/calendario/coro.ics', 'categorie/movimento/2'], SITE);
    expect(urls).toEqual([`${SITE}/`, `${SITE}/categorie/movimento/2/`, `${SITE}/cerca/`, `${SITE}/risorse/coro/`]);
  });

  it('lists the English pages too, leaving out the English 404 page', () => {
    const urls = pageUrls(['/en/', '/en/risorse/coro/', '/en/404/', '/en/404', '/'], SITE);
    expect(urls).toEqual([`${SITE}/`, `${SITE}/en/`, `${SITE}/en/risorse/coro/`]);
  });

  it('writes one urlset with escaped URLs', () => {
    const { 'sitemap.xml': xml, ...rest } = sitemapFiles([`${SITE}/a/`, `${SITE}/b&c/`], SITE);
    expect(rest).toEqual({});
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml.match(/<loc>/g)).toHaveLength(2);
    expect(xml).toContain(`<loc>${SITE}/b&amp;c/</loc>`);
  });

  it('becomes an index of parts beyond the limit, every URL in exactly one part', () => {
    const urls = Array.from({ length: 5 }, (_, i) => `${SITE}/p${i}/`);
    const files = sitemapFiles(urls, SITE, 2);
    expect(Object.keys(files).sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    expect(files['sitemap.xml']).toContain('<sitemapindex');
    expect(files['sitemap.xml']).toContain(`<loc>${SITE}/sitemap-3.xml</loc>`);
    const listed = ['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml'].flatMap((name) => [...files[name].matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    expect(listed).toEqual(urls);
  });

  it('robots.txt allows everything and names the sitemap by its absolute URL', () => {
    expect(robotsTxt(SITE)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
  });
});
