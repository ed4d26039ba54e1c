/** The clustering input: map points as GeoJSON features with just what a marker and its card need. */
import type { DecodedPoint } from './map-data.ts';

export interface PointProperties {
  slug: string;
  name: string;
  category: string;
}

export interface PointFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: PointProperties;
}

/** GeoJSON points (longitude first) for supercluster. */
export function toFeatures(points: DecodedPoint[]): PointFeature[] {
  return points.map((point) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
    properties: { slug: point.slug, name: point.name, category: point.category },
  }));
}
