/** Plain geography helpers: distances and a coarse "is this point in Italy?" test. */

/** A point in decimal degrees (WGS 84). */
export interface Point {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle (haversine) distance between two points, in kilometres. */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Italy's bounding box, from Lampedusa to Vetta d'Italia and from Monginevro to Capo d'Otranto. */
export const ITALY_BOUNDS = { south: 35.4, north: 47.1, west: 6.6, east: 18.55 } as const;

/** A rectangle inside the bounding box that holds no Italian land. */
interface Excluded {
  where: string;
  south: number;
  north: number;
  west: number;
  east: number;
}

/**
 * Foreign land and open sea inside the bounding box, drawn with a margin on the Italian side so that
 * no comune falls in one (the unit tests check every comune seat). Border towns such as Lugano, Menton
 * or Nova Gorica still pass: this test only catches gross mistakes (the wrong country, swapped
 * numbers, a sign lost); the distance from the stated comune is the precise check.
 */
const EXCLUDED: readonly Excluded[] = [
  { where: 'Corsica', south: 41.34, north: 43.05, west: 8.5, east: 9.62 },
  { where: 'Tunisia', south: 35.4, north: 37.4, west: 6.6, east: 11.5 },
  { where: 'Malta e mare a sud della Sicilia', south: 35.4, north: 36.45, west: 13.2, east: 18.55 },
  { where: 'Istria e Croazia', south: 44.6, north: 45.55, west: 13.45, east: 18.55 },
  { where: 'isole croate', south: 43.3, north: 44.6, west: 14.1, east: 18.55 },
  { where: 'Dalmazia', south: 42.6, north: 43.3, west: 15.0, east: 18.55 },
  { where: 'Dalmazia meridionale', south: 42.25, north: 42.6, west: 15.9, east: 18.55 },
  { where: 'Slovenia', south: 45.55, north: 47.1, west: 13.95, east: 18.55 },
  { where: 'Austria orientale', south: 46.55, north: 47.1, west: 13.75, east: 18.55 },
  { where: 'Austria (Tirolo orientale)', south: 46.8, north: 47.1, west: 12.3, east: 13.75 },
  { where: 'Svizzera (Grigioni)', south: 46.55, north: 47.1, west: 6.6, east: 10.0 },
  { where: 'Svizzera (Vallese)', south: 46.0, north: 47.1, west: 6.6, east: 7.95 },
  { where: 'Francia (Nizza)', south: 43.0, north: 44.1, west: 6.6, east: 7.45 },
];

/** True when the point is plausibly in Italy: inside the bounding box and not in a known foreign area. */
export function isInsideItaly(lat: number, lon: number): boolean {
  const b = ITALY_BOUNDS;
  if (!(lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east)) return false;
  return !EXCLUDED.some((r) => lat >= r.south && lat <= r.north && lon >= r.west && lon <= r.east);
}
