/**
 * Checks on where a resource is: the comune is a real ISTAT comune in the stated province, and the
 * coordinates are in Italy, not swapped, and near that comune (or inside its province when the comune
 * has no centroid).
 */
import { PROVINCE_PATTERN } from '../../schema/location.ts';
import type { Comune, ComuniIndex } from '../comuni.ts';
import { distanceKm, isInsideItaly } from '../geo.ts';
import { lineOf } from './schema.ts';
import type { Entry, Problem, Severity } from './types.ts';

/** How far from the comune's seat a place may be, in km. */
export const COMUNE_MAX_KM = 25;

/** Comuni whose territory reaches further than COMUNE_MAX_KM from the seat (Ostia is 26 km from central Rome). */
export const WIDE_COMUNI_KM: Readonly<Record<string, number>> = {
  'Roma|RM': 40,
  'Sassari|SS': 40,
  'Monreale|PA': 40,
  'Venezia|VE': 30,
};

/** The fields of one location this check reads; anything else is the schema's business. */
interface Place {
  comune?: string;
  province?: string;
  lat?: number;
  lon?: number;
}

/** The location's fields, when they have the right types. */
function readPlace(value: unknown): Place {
  const l = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  return { comune: text(l.comune), province: text(l.province), lat: number(l.lat), lon: number(l.lon) };
}

/** The maximum distance from a comune's seat. */
export function maxDistanceKm(comune: Comune): number {
  return WIDE_COMUNI_KM[`${comune.name}|${comune.province}`] ?? COMUNE_MAX_KM;
}

/** "Rho (MI)", "Samone (TO) o Samone (TN)". */
function listComuni(comuni: readonly Comune[]): string {
  return comuni.map((c) => `«${c.name}» (${c.province})`).join(' o ');
}

/** Problems with the comune and province of one place; returns the comune when it is right. */
export function comuneProblems(place: Place, comuni: ComuniIndex): { comune?: Comune; problems: { key: 'comune' | 'province'; severity: Severity; message: string }[] } {
  const { comune: name, province } = place;
  if (!name || !province || !PROVINCE_PATTERN.test(province)) return { problems: [] };
  const found = comuni.find(name, province);
  if (found) {
    if (found.name === name) return { comune: found, problems: [] };
    return { comune: found, problems: [{ key: 'comune', severity: 'warning', message: `Scrivi il nome del comune come nell’elenco ISTAT: «${found.name}» (non «${name}»), così la scheda finisce nella pagina giusta.` }] };
  }
  const elsewhere = comuni.findByName(name);
  if (elsewhere.length > 0) {
    const where = elsewhere.map((c) => c.province).join(' o ');
    const unknownProvince = comuni.province(province) ? '' : ` (la sigla «${province}» non è una provincia italiana)`;
    return { problems: [{ key: 'province', severity: 'error', message: `${elsewhere[0].name} è in provincia di ${where}, non ${province}${unknownProvince}: correggi la provincia, oppure il comune se è un altro.` }] };
  }
  if (!comuni.province(province)) {
    return { problems: [{ key: 'province', severity: 'error', message: `La provincia «${province}» non esiste: usa la sigla di due lettere della provincia o città metropolitana, es. «MI», «RM», «TO».` }] };
  }
  const suggestions = comuni.suggest(name, { province, limit: 3 });
  const hint = suggestions.length > 0 ? ` Forse intendevi ${listComuni(suggestions)}?` : '';
  return {
    problems: [
      {
        key: 'comune',
        severity: 'error',
        message: `Il comune «${name}» non è nell’elenco ISTAT dei comuni italiani: controlla come è scritto.${hint} Se è una frazione o un quartiere, scrivi qui il comune a cui appartiene e metti la frazione nell’indirizzo.`,
      },
    ],
  };
}

/** Problems with the coordinates of one place, given its (verified) comune. */
export function coordinateProblems(place: Place, comune: Comune | undefined, comuni: ComuniIndex): string[] {
  const { lat, lon } = place;
  if (lat === undefined || lon === undefined) return [];
  if (!isInsideItaly(lat, lon)) {
    if (isInsideItaly(lon, lat)) {
      return [`Latitudine e longitudine sembrano scambiate (lat ${lat}, lon ${lon}): in Italia la latitudine è tra 35 e 47 e la longitudine tra 6 e 19. Scambia i due numeri.`];
    }
    return [`Le coordinate (lat ${lat}, lon ${lon}) sono fuori dall’Italia: ricopiale dalla mappa (per esempio openstreetmap.org) con il punto per i decimali, es. lat 45.4642 e lon 9.19.`];
  }
  if (!comune) return [];
  const point = { lat, lon };
  if (comune.lat !== undefined && comune.lon !== undefined) {
    const km = distanceKm(point, { lat: comune.lat, lon: comune.lon });
    if (km <= maxDistanceKm(comune)) return [];
    return [`Le coordinate sono a ${Math.round(km)} km dal centro di ${comune.name} (${comune.province}): controlla lat e lon (forse c’è un errore di battitura) oppure il comune.`];
  }
  const area = comuni.province(comune.province);
  if (!area) return [];
  const km = distanceKm(point, area);
  if (km <= area.radiusKm) return [];
  return [`Le coordinate sono fuori dalla provincia di ${area.name} (a ${Math.round(km)} km dal suo centro), dove si trova ${comune.name}: controlla lat e lon oppure il comune.`];
}

/** Every place problem of a resource, with the field and line of each. */
export function placeProblems(entry: Entry, comuni: ComuniIndex): Problem[] {
  const locations = Array.isArray(entry.data.locations) ? entry.data.locations : [];
  return locations.flatMap((value, index): Problem[] => {
    const place = readPlace(value);
    const { comune, problems } = comuneProblems(place, comuni);
    const named = problems.map((p): Problem => {
      const path = ['locations', index, p.key];
      return { file: entry.file, field: path.join('.'), line: lineOf(entry, path), severity: p.severity, rule: 'comune', message: p.message };
    });
    const coordinates = coordinateProblems(place, comune, comuni).map((message): Problem => {
      const path = ['locations', index, 'lat'];
      return { file: entry.file, field: path.join('.'), line: lineOf(entry, path), severity: 'error', rule: 'coordinates', message };
    });
    return [...named, ...coordinates];
  });
}
