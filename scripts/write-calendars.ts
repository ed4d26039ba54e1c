/**
 * A step of `npm run build`, after Astro: turns <output>/calendar-records.json (from
 * src/pages/calendar-records.json.ts, the calendars computed from the collections) into one file per
 * entry, /dati/calendario/<id>.ics, and deletes the hand-over.
 *   node scripts/write-calendars.ts [output folder, default SEGNAVIA_OUT_DIR or dist]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { urls } from '../src/lib/urls.ts';

export const CALENDARS_FILE = 'calendar-records.json';

const started = performance.now();
const out = resolve(process.argv[2] ?? process.env.SEGNAVIA_OUT_DIR ?? 'dist');
const calendars = JSON.parse(readFileSync(join(out, CALENDARS_FILE), 'utf8')) as Record<string, string>;
mkdirSync(join(out, urls.calendar('x').replace(/[^/]+$/, '')), { recursive: true });
for (const [id, ics] of Object.entries(calendars)) writeFileSync(join(out, urls.calendar(id)), ics);
rmSync(join(out, CALENDARS_FILE));
console.log(`[segnavia:calendars] ${Object.keys(calendars).length} calendars written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
