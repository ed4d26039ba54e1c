import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { resourceSchema } from '../src/schema/resource.ts';
import { placesGeoJson } from '../src/lib/exports/geojson.ts';
import { directoryCsv } from '../src/lib/exports/csv.ts';
import { entryCalendar, hasCalendar } from '../src/lib/exports/ical.ts';
import { pageUrls, sitemapFiles } from '../src/lib/exports/sitemap.ts';
const root = process.argv[2];
const entries: { id: string; data: any }[] = [];
for (const region of readdirSync(join(root, 'resources'))) for (const file of readdirSync(join(root, 'resources', region))) {
  const { data } = matter(readFileSync(join(root, 'resources', region, file), 'utf8'));
  entries.push({ id: file.slice(0, -3), data: resourceSchema.parse(data) });
}
const site = 'https://segnavia.example.org';
const time = (label: string, fn: () => unknown) => { fn(); const t0 = performance.now(); let out; for (let i = 0; i < 5; i++) out = fn(); const ms = (performance.now() - t0) / 5; console.log(`${label}: ${ms.toFixed(1)} ms`); return out; };
console.log(`${entries.length} entries`);
time('GeoJSON (stringify)', () => JSON.stringify(placesGeoJson(entries, site)));
time('CSV', () => directoryCsv(entries, site));
time('calendars (all entries, stringify hand-over)', () => { const c: Record<string, string> = {}; for (const e of entries) { const s = entryCalendar(e, site); if (s) c[e.id] = s; } return JSON.stringify(c); });
time('hasCalendar on every entry page', () => entries.filter((e) => hasCalendar(e.data)).length);
time('sitemap (2,000 paths)', () => sitemapFiles(pageUrls(entries.flatMap((e) => [`risorse/${e.id}/`, `organizzazioni/${e.id}/`]), site), site));
