/** GeoJSON (RFC 7946) of the places: valid against the GeoJSON project's schema, [lon, lat], in Italy, listed entries only. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { placesGeoJson } from '../../src/lib/exports/geojson.ts';
import { all, choir, closed, hostile, online, paused, SITE } from './export-fixtures.ts';

// geojson-schema's FeatureCollection.json declares draft-07, which is Ajv's default dialect.
const schema = JSON.parse(readFileSync('node_modules/geojson-schema/FeatureCollection.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
/** Italy's bounding box, islands included (Lampedusa to the Vetta d'Italia, Sardinia to Otranto). */
export const ITALY = { minLon: 6.6, maxLon: 18.6, minLat: 35.4, maxLat: 47.1 };

describe('placesGeoJson', () => {
  const collection = placesGeoJson(all, SITE);

  it('is a FeatureCollection valid against the GeoJSON schema', () => {
    const json = JSON.parse(JSON.stringify(collection));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has one point per place of every listed entry: none for closed or online-only entries', () => {
    const ids = collection.features.map((f) => f.properties.id);
    expect(ids.filter((id) => id === choir.id)).toHaveLength(3);
    expect(ids).toContain(paused.id);
    expect(ids).not.toContain(closed.id);
    expect(ids).not.toContain(online.id);
    expect(collection.features).toHaveLength(all.filter((e) => e.data.status !== 'chiuso').reduce((n, e) => n + e.data.locations.length, 0));
  });

  it('writes coordinates as [longitude, latitude], every one inside Italy', () => {
    expect(collection.features[0].geometry.coordinates).toEqual([choir.data.locations[0].lon, choir.data.locations[0].lat]);
    for (const { geometry } of collection.features) {
      const [lon, lat] = geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(ITALY.minLon);
      expect(lon).toBeLessThanOrEqual(ITALY.maxLon);
      expect(lat).toBeGreaterThanOrEqual(ITALY.minLat);
      expect(lat).toBeLessThanOrEqual(ITALY.maxLat);
    }
  });

  it('gives the essentials and the absolute page URL as plain values', () => {
    const [first, second] = collection.features;
    expect(first.properties).toMatchObject({ id: choir.id, name: choir.data.name, category: 'musica-canto', category_label: 'Musica e canto', comune: 'Roma', provincia: 'RM', approximate: false, status: 'attivo', url: `${SITE}/risorse/${choir.id}/` });
    expect(second.properties.approximate).toBe(true);
    const hostileFeature = collection.features.find((f) => f.properties.id === hostile.id)!;
    expect(hostileFeature.properties.name).toBe(hostile.data.name);
    for (const feature of collection.features) for (const value of Object.values(feature.properties)) expect(['string', 'boolean'].includes(typeof value) || value === null).toBe(true);
  });
});
