/**
 * The open-data files of the built sample site, and the site as a CDN would serve it: GeoJSON valid
 * and in Italy, the CSV parsed back to one row per place, every .ics parsed and expanded to its
 * sessions' weekdays, the sitemap listing every entry page, the _headers rules on a page, an asset
 * and a data file (and the CSP header breaking none of Astro's inline scripts), /dati/ accessible at
 * 320 px, and the entry page's calendar link downloading a calendar.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { serve } from '../support/static-server.ts';
import { allResources, isActive, resources } from '../support/content.ts';

const siteDir = inject('siteDir');
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const listed = resources((r) => (r.data.status ?? 'attivo') !== 'chiuso');
const placesOf = (r: (typeof listed)[number]) => r.data.locations?.length ?? 0;
const ITALY = { minLon: 6.6, maxLon: 18.6, minLat: 35.4, maxLat: 47.1 };
const BYDAY = { lun: 1, mar: 2, mer: 3, gio: 4, ven: 5, sab: 6, dom: 0 } as Record<string, number>;

describe('the exports of the built site', () => {
  it('GeoJSON: a FeatureCollection valid against the GeoJSON schema, one point per place of every listed entry, all in Italy', () => {
    const geojson = JSON.parse(read('dati/segnavia.geojson'));
    const schema = JSON.parse(readFileSync('node_modules/geojson-schema/FeatureCollection.json', 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(geojson), JSON.stringify(validate.errors)).toBe(true);
    expect(geojson.features).toHaveLength(listed.reduce((n, r) => n + placesOf(r), 0));
    for (const feature of geojson.features) {
      const [lon, lat] = feature.geometry.coordinates;
      expect(lon >= ITALY.minLon && lon <= ITALY.maxLon && lat >= ITALY.minLat && lat <= ITALY.maxLat, `${feature.properties.id}: ${lon}, ${lat}`).toBe(true);
    }
  });

  it('CSV: parses to one row per place (one per online-only entry) of every listed entry', () => {
    const rows: Record<string, string>[] = parse(read('dati/segnavia.csv'), { delimiter: ';', bom: true, columns: true });
    expect(rows).toHaveLength(listed.reduce((n, r) => n + Math.max(1, placesOf(r)), 0));
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(listed.map((r) => r.id)));
  });

  it('iCalendar: every file parses and its recurrences fall on its sessions’ weekdays', () => {
    const files = readdirSync(join(siteDir, 'dati/calendario'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const entry = allResources().find((r) => `${r.id}.ics` === file)!;
      expect(entry && isActive(entry), file).toBe(true);
      const calendar = new ICAL.Component(ICAL.parse(read(`dati/calendario/${file}`)));
      for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const sessions = (entry.data.schedule as { sessions: { days: string[]; start?: string }[] }).sessions;
      const allowed = new Set(sessions.filter((s) => s.start).flatMap((s) => s.days.map((d) => BYDAY[d])));
      for (const vevent of calendar.getAllSubcomponents('vevent')) {
        const iterator = new ICAL.Event(vevent).iterator();
        for (let i = 0, next = iterator.next(); next && i < 30; i++, next = iterator.next()) {
          const weekday = next.dayOfWeek() - 1; // ical.js: 1 = Sunday
          expect(allowed.has(weekday), `${file}: ${next.toString()}`).toBe(true);
        }
      }
    }
  });

  it('every page’s footer opens /dati/ as "Dati aperti", and /dati/ links each file', () => {
    for (const page of ['index.html', `risorse/${listed[0].id}/index.html`, 'dati/index.html']) expect(read(page), page).toMatch(/<footer[\s\S]*<a href="\/dati\/">Dati aperti<\/a>/);
    const dati = read('dati/index.html');
    for (const href of ['/dati/segnavia.geojson', '/dati/segnavia.csv', '/sitemap.xml', '/schema/resource.schema.json', '/schema/organization.schema.json']) expect(dati).toContain(`href="${href}"`);
    expect(dati).toContain('/dati/hsds/index.json');
    expect(dati).toMatch(/href="\/dati\/calendario\/[a-z0-9-]+\.ics"/);
  });

  it('sitemap.xml lists every entry page, and robots.txt points to it', () => {
    const sitemap = read('sitemap.xml');
    const robots = read('robots.txt');
    const site = robots.match(/^Sitemap: (.+)\/sitemap\.xml$/m)![1];
    for (const entry of allResources()) expect(sitemap, entry.id).toContain(`<loc>${site}/risorse/${entry.id}/</loc>`);
    expect(sitemap).toContain(`<loc>${site}/dati/</loc>`);
    expect(sitemap).not.toContain('404');
  });
});

describe('served with the hosts’ _headers', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  beforeAll(async () => {
    server = await serve(siteDir, { headers: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const entry = listed[0];
  const asset = readdirSync(join(siteDir, '_astro')).find((name) => name.endsWith('.css') || name.endsWith('.js'))!;

  it('a page, an asset and a data file each get their headers', async () => {
    const get = async (path: string) => (await fetch(server.url + path)).headers;
    const security = (h: Headers) => {
      expect(h.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(h.get('strict-transport-security')).toMatch(/^max-age=\d{8}/);
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(h.get('permissions-policy')).toMatch(/^geolocation=\(self\)/);
    };
    const page = await get(`/risorse/${entry.id}/`);
    security(page);
    expect(page.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(page.get('access-control-allow-origin')).toBeNull();
    const hashed = await get(`/_astro/${asset}`);
    security(hashed);
    expect(hashed.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const data = await get('/dati/segnavia.geojson');
    security(data);
    expect(data.get('access-control-allow-origin')).toBe('*');
    expect(data.get('cache-control')).toBe('public, max-age=300, must-revalidate');
  });

  it('the CSP header blocks nothing the pages need (Astro’s inline scripts, the search, the form)', async () => {
    const context = await browser.newContext();
    const blocked: string[] = [];
    for (const path of ['/', `/risorse/${entry.id}/`, '/cerca/?q=coro', '/contribuisci/', '/lista/', '/dati/']) {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) blocked.push(`${path}: ${message.text()}`);
      });
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      await page.close();
    }
    await context.close();
    expect(blocked).toEqual([]);
  });

  it('/dati/ has zero axe violations and no horizontal scrolling at 320 px', async () => {
    // axe is injected as an inline script, which the site's own CSP rightly forbids.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    expect((await page.goto(`${server.url}/dati/`))?.status()).toBe(200);
    const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
    expect(width).toBeLessThanOrEqual(320);
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await context.close();
  });

  it('the entry page’s "Aggiungi al calendario" downloads a calendar that parses', async () => {
    const withCalendar = readdirSync(join(siteDir, 'dati/calendario'))[0].replace(/\.ics$/, '');
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/risorse/${withCalendar}/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Aggiungi al calendario' }).click()]);
    const path = await download.path();
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(allResources().find((r) => r.id === withCalendar)!.data.name);
    await context.close();
  });

  it('an entry without timed sessions has no calendar link', async () => {
    const calendars = new Set(readdirSync(join(siteDir, 'dati/calendario')));
    const without = listed.find((r) => !calendars.has(`${r.id}.ics`));
    if (!without) return;
    const html = read(`risorse/${without.id}/index.html`);
    expect(html).not.toContain('/dati/calendario/');
  });
});
