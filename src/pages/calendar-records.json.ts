// Build-time hand-over to scripts/write-calendars.ts (a step of `npm run build`), which writes each
// calendar to /dati/calendario/<id>.ics and deletes this file. One route instead of one per entry:
// at 1,000 entries the per-route cost of some 770 small .ics routes was about 8 % of Astro's page
// generation, for files whose content is computed here anyway (src/lib/exports/ical.ts).
import type { APIRoute } from 'astro';
import { allResources } from '../directory.ts';
import { entryCalendar } from '../lib/exports/ical.ts';

export const GET: APIRoute = async ({ site }) => {
  const calendars: Record<string, string> = {};
  for (const entry of await allResources()) {
    const ics = entryCalendar(entry, site!);
    if (ics) calendars[entry.id] = ics;
  }
  return new Response(JSON.stringify(calendars));
};
