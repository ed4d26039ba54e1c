/**
 * The places of the directory as GeoJSON (RFC 7946): one Point feature per place of every listed
 * entry (active or paused; closed entries are left out, as on the map), coordinates [lon, lat] in
 * WGS 84, and properties that are plain text and numbers only — never HTML.
 */
import { categories } from '../../schema/vocabularies.ts';
import { entryPageUrl, type ExportEntry } from './entry.ts';

/** The properties of one place: the essentials and the page to read the rest on. */
export interface PlaceProperties {
  id: string;
  name: string;
  category: string;
  category_label: string;
  /** attivo or sospeso. */
  status: string;
  place_name: string | null;
  address: string | null;
  comune: string;
  provincia: string;
  /** True when the point is the comune's centre rather than the address. */
  approximate: boolean;
  url: string;
}

export interface PlaceFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: PlaceProperties;
}

export interface PlaceCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
}

/** The features of one entry: one per place, none for an online-only or closed entry. */
export function placeFeatures(entry: ExportEntry, site: string | URL): PlaceFeature[] {
  const resource = entry.data;
  if (resource.status === 'chiuso') return [];
  const url = entryPageUrl(entry.id, site);
  return resource.locations.map((place) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      id: entry.id,
      name: resource.name,
      category: resource.category,
      category_label: categories[resource.category].it,
      status: resource.status,
      place_name: place.name ?? null,
      address: place.address ?? null,
      comune: place.comune,
      provincia: place.province,
      approximate: place.position === 'approssimativa',
      url,
    },
  }));
}

/** Every listed entry's places as one FeatureCollection. */
export function placesGeoJson(entries: Iterable<ExportEntry>, site: string | URL): PlaceCollection {
  const features: PlaceFeature[] = [];
  for (const entry of entries) features.push(...placeFeatures(entry, site));
  return { type: 'FeatureCollection', features };
}
