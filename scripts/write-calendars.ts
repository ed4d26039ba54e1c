/**
 * A step of `npm run build`, after Astro: writes the calendar of every entry that has one
 * (src/lib/exports/ical.ts) to /dati/calendario/<id>.ics, from the entries Astro handed over
 * (<out>/page-inputs.json, from src/pages/page-inputs.json.ts).
 *   node scripts/write-calendars.ts [output folder, default SEGNAVIA_OUT_DIR or dist]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { entryCalendar } from '../src/lib/exports/ical.ts';
import { HANDOVER_FILE, type PageInputs } from '../src/lib/render/page-inputs.ts';
import { urls } from '../src/lib/urls.ts';

const started = performance.now();
const out = resolve(process.argv[2] ?? process.env.SEGNAVIA_OUT_DIR ?? 'dist');
const { site, entries } = JSON.parse(readFileSync(join(out, HANDOVER_FILE), 'utf8')) as PageInputs;
if (!site) throw new Error('Calendari: manca l’indirizzo del sito (site in astro.config.mjs, o SEGNAVIA_SITE).');
mkdirSync(join(out, urls.calendar('x').replace(/[^/]+$/, '')), { recursive: true });
let written = 0;
for (const entry of entries) {
  const ics = entryCalendar(entry, site);
  if (!ics) continue;
  writeFileSync(join(out, urls.calendar(entry.id)), ics);
  written++;
}
console.log(`[segnavia:calendars] ${written} calendars written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
