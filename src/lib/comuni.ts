/**
 * The ISTAT comuni and provinces (src/data/comuni.json, built by scripts/build-comuni-data.ts): name
 * matching that forgives case, accents, apostrophes, hyphens and spaces, lookups and suggestions.
 * The data is loaded with a dynamic import so that pages which do not need it do not ship it.
 */

import { editDistance } from './closest.ts';
import { compareItalian } from './collate.ts';

export { editDistance };

/** A comune as ISTAT lists it, with the centroid of its seat when GeoNames has one. */
export interface Comune {
  istat: string;
  name: string;
  province: string;
  region: string;
  lat?: number;
  lon?: number;
}

/** A province: its centroid and the radius that holds all its comune seats, plus a margin. */
export interface ProvinceArea {
  sigla: string;
  name: string;
  region: string;
  lat: number;
  lon: number;
  radiusKm: number;
}

/** The shape of src/data/comuni.json (compact rows; see provinceFields and comuneFields in the file). */
export interface ComuniData {
  provinces: Record<string, [name: string, region: string, lat: number, lon: number, radiusKm: number]>;
  comuni: ([istat: string, name: string, province: string] | [istat: string, name: string, province: string, lat: number, lon: number])[];
}

/** Lower case, no accents, punctuation as single spaces: "Sant’Ambrogio-di Torino" → "sant ambrogio di torino". */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The key two names share when they differ only in case, accents, apostrophes, hyphens or spaces. */
export function nameKey(text: string): string {
  return normaliseName(text).replace(/ /g, '');
}

/** Every key a comune answers to: its full name and, for bilingual names ("Bolzano/Bozen"), each part. */
export function comuneKeys(name: string): string[] {
  const parts = name.includes('/') ? [name, ...name.split('/')] : [name];
  return [...new Set(parts.map(nameKey).filter(Boolean))];
}

/** Lookups over the comuni data. */
export interface ComuniIndex {
  /** Every comune, in ISTAT order. */
  all: readonly Comune[];
  /** The comune with this name in this province, if any. */
  find(name: string, province: string): Comune | undefined;
  /** Every comune with this name, in any province (homonyms such as Samone TO and Samone TN). */
  findByName(name: string): Comune[];
  /** Comuni whose names look like the given one, closest first (for "did you mean…?" and the form). */
  suggest(name: string, options?: { province?: string; limit?: number }): Comune[];
  /** A province by its sigla. */
  province(sigla: string): ProvinceArea | undefined;
  /** Every province, by sigla. */
  provinces(): ProvinceArea[];
}

/** Builds the lookup index from the compact data. */
export function createComuniIndex(data: ComuniData): ComuniIndex {
  const provinces = new Map<string, ProvinceArea>(
    Object.entries(data.provinces).map(([sigla, [name, region, lat, lon, radiusKm]]) => [sigla, { sigla, name, region, lat, lon, radiusKm }]),
  );
  const all: Comune[] = data.comuni.map(([istat, name, province, lat, lon]) => {
    const region = provinces.get(province)?.region ?? '';
    return lat === undefined || lon === undefined ? { istat, name, province, region } : { istat, name, province, region, lat, lon };
  });
  const byKey = new Map<string, Comune[]>();
  for (const comune of all) for (const key of comuneKeys(comune.name)) byKey.set(key, [...(byKey.get(key) ?? []), comune]);

  return {
    all,
    find: (name, province) => byKey.get(nameKey(name))?.find((c) => c.province === province),
    findByName: (name) => [...(byKey.get(nameKey(name)) ?? [])],
    suggest: (name, options = {}) => suggestFrom(all, name, options.province, options.limit ?? 5),
    province: (sigla) => provinces.get(sigla),
    provinces: () => [...provinces.values()],
  };
}

/** Closest comuni by edit distance between keys; a matching province or prefix counts as closer. */
function suggestFrom(all: readonly Comune[], name: string, province: string | undefined, limit: number): Comune[] {
  const key = nameKey(name);
  if (!key) return [];
  const allowed = Math.max(2, Math.floor(key.length / 3));
  const scored: { comune: Comune; score: number }[] = [];
  for (const comune of all) {
    const distances = comuneKeys(comune.name).map((k) => (k.startsWith(key) ? 0.5 : editDistance(key, k, allowed)));
    const distance = Math.min(...distances);
    if (distance > allowed) continue;
    scored.push({ comune, score: distance - (province && comune.province === province ? 0.75 : 0) });
  }
  scored.sort((a, b) => a.score - b.score || compareItalian(a.comune.name, b.comune.name));
  // A much closer match makes the others noise: keep only those about as close as the best.
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((s) => s.score <= best + 1)
    .slice(0, limit)
    .map((s) => s.comune);
}

let loaded: Promise<ComuniIndex> | undefined;

/** The index over src/data/comuni.json, loaded once. */
export function loadComuniIndex(): Promise<ComuniIndex> {
  loaded ??= import('../data/comuni.json', { with: { type: 'json' } }).then((module) => createComuniIndex(module.default as unknown as ComuniData));
  return loaded;
}
