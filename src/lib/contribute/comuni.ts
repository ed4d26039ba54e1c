/**
 * The ISTAT comuni for the form, in a compact shape built at build time (/contribuisci/comuni.json)
 * and fetched only when the form needs it: names grouped by province, and each seat's coordinates as
 * offsets from the province's centre in ten-thousandths of a degree (the same 4 decimals as
 * src/data/comuni.json, so a position taken from here is exactly "the centre of the comune").
 */
import { createComuniIndex, nameKey, type Comune, type ComuniData, type ComuniIndex } from '../comuni.ts';
import type { LocationForm } from './form.ts';
import { compareItalian } from '../collate.ts';

/** The compact data: provinces as in src/data/comuni.json; comuni by province, [name, dLat, dLon] or just the name. */
export interface CompactComuni {
  provinces: ComuniData['provinces'];
  comuni: Record<string, (string | [name: string, dLat: number, dLon: number])[]>;
}

const SCALE = 1e4;

/** The compact form of the full data. */
export function compactComuni(data: ComuniData): CompactComuni {
  const comuni: CompactComuni['comuni'] = {};
  for (const [, name, province, lat, lon] of data.comuni) {
    const centre = data.provinces[province];
    const list = (comuni[province] ??= []);
    if (lat === undefined || lon === undefined || !centre) list.push(name);
    else list.push([name, Math.round((lat - centre[2]) * SCALE), Math.round((lon - centre[3]) * SCALE)]);
  }
  return { provinces: data.provinces, comuni };
}

/** Back to the rows that src/lib/comuni.ts indexes (ISTAT codes are not needed by the form). */
export function expandComuni(compact: CompactComuni): ComuniData {
  const rows: ComuniData['comuni'] = [];
  for (const [province, list] of Object.entries(compact.comuni)) {
    const centre = compact.provinces[province];
    for (const item of list) {
      if (typeof item === 'string') rows.push(['', item, province]);
      else rows.push(['', item[0], province, round4(centre[2] + item[1] / SCALE), round4(centre[3] + item[2] / SCALE)]);
    }
  }
  return { provinces: compact.provinces, comuni: rows };
}

function round4(value: number): number {
  return Math.round(value * SCALE) / SCALE;
}

/** The comuni lookups over the compact data. */
export function indexCompactComuni(compact: CompactComuni): ComuniIndex {
  return createComuniIndex(expandComuni(compact));
}

/** "Rho (MI)": how a comune is offered among the suggestions. */
export function comuneOption(comune: Pick<Comune, 'name' | 'province'>): string {
  return `${comune.name} (${comune.province})`;
}

/** Reads "Rho (MI)" back into its name and province. */
export function parseComuneOption(value: string): { name: string; province: string } | undefined {
  const match = /^(.+?)\s*\(([A-Za-z]{2})\)\s*$/.exec(value);
  return match ? { name: match[1].trim(), province: match[2].toUpperCase() } : undefined;
}

/** Up to `limit` comuni whose name starts with what was typed (then those containing it), for the suggestions list. */
export function comuneSuggestions(index: ComuniIndex, typed: string, limit = 12): Comune[] {
  const key = nameKey(parseComuneOption(typed)?.name ?? typed);
  if (key.length < 2) return [];
  const starts: Comune[] = [];
  const contains: Comune[] = [];
  for (const comune of index.all) {
    const own = nameKey(comune.name);
    if (own.startsWith(key)) starts.push(comune);
    else if (contains.length < limit && own.includes(key)) contains.push(comune);
  }
  const byName = (a: Comune, b: Comune) => a.name.length - b.name.length || compareItalian(a.name, b.name);
  return [...starts.sort(byName), ...contains].slice(0, limit);
}

/** "45.5287" for a coordinate, as a field shows it. */
function coordinate(value: number): string {
  return String(round4(value));
}

/**
 * A place after its comune field changed. A chosen suggestion ("Rho (MI)") or a name that only one
 * comune has also sets the province; and when the position is still empty, or was the centre of the
 * comune chosen before, it becomes the centre of the new one, marked approssimativa.
 */
export function withComune(location: LocationForm, typed: string, index: ComuniIndex | undefined): LocationForm {
  const option = parseComuneOption(typed);
  const next: LocationForm = option ? { ...location, comune: option.name, province: option.province } : { ...location, comune: typed };
  if (!index) return next;
  const homonyms = index.findByName(next.comune);
  const found = option ? index.find(option.name, option.province) : homonyms.length === 1 ? homonyms[0] : index.find(next.comune, location.province.trim().toUpperCase());
  if (!found) return next;
  next.comune = found.name;
  next.province = found.province;
  if (found.lat === undefined || found.lon === undefined) return next;
  const previous = index.find(location.comune, location.province.trim().toUpperCase());
  const blank = location.lat.trim() === '' && location.lon.trim() === '';
  const wasCentre =
    location.position === 'approssimativa' && previous?.lat !== undefined && previous.lon !== undefined && Number(location.lat) === previous.lat && Number(location.lon) === previous.lon;
  if (blank || wasCentre) {
    next.lat = coordinate(found.lat);
    next.lon = coordinate(found.lon);
    next.position = 'approssimativa';
  }
  return next;
}

/** A point picked on the map: the fields get its coordinates, and the position is the exact one. */
export function withPoint(location: LocationForm, lat: number, lon: number): LocationForm {
  return { ...location, lat: String(Math.round(lat * 1e5) / 1e5), lon: String(Math.round(lon * 1e5) / 1e5), position: 'esatta' };
}
