import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { buildScopeCatalog, distanceToBoundsKm, entriesIn, mapScopes, NATIONAL_PART_MAX, NATIONAL_SCOPE, nationalBundles, nationalPartOf, nationalParts, primaryScope, provinceOfComuneOption, scopesForState, scopesOfEntry, searchBundles } from '../../src/lib/search/scopes.ts';
import { metaPageIds } from '../../src/lib/search/pagefind-meta.ts';
import { emptyState, type SearchState } from '../../src/lib/search/state.ts';

const place = (scope: string, province: string, lat: number, lon: number) => ({ scope, province, lat, lon });
// Bologna and Modena (Emilia-Romagna), Firenze (Toscana), Milano (Lombardia), Palermo (Sicilia), and an online group.
const catalog = buildScopeCatalog([
  { scopes: ['emilia-romagna'], places: [place('emilia-romagna', 'BO', 44.4939, 11.3428)] },
  { scopes: ['emilia-romagna'], places: [place('emilia-romagna', 'MO', 44.6471, 10.9252)] },
  { scopes: ['toscana', 'lombardia'], places: [place('toscana', 'FI', 43.7696, 11.2558), place('lombardia', 'MI', 45.4642, 9.19)] },
  { scopes: ['sicilia'], places: [place('sicilia', 'PA', 38.1157, 13.3615)] },
  { scopes: scopesOfEntry([]), places: [] },
]);
const state = (patch: Partial<SearchState>): SearchState => ({ ...emptyState(), ...patch });

describe('search bundles by region', () => {
  it('counts entries per bundle and bounds the places of each province', () => {
    expect(catalog.scopes).toEqual({ 'emilia-romagna': 2, lombardia: 1, online: 1, sicilia: 1, toscana: 1 });
    expect(catalog.provinces.BO).toEqual({ scope: 'emilia-romagna', bounds: { south: 44.4939, west: 11.3428, north: 44.4939, east: 11.3428 } });
    expect(entriesIn(['emilia-romagna', 'online'], catalog)).toBe(3);
  });

  it('puts an entry without places in the online bundle', () => {
    expect(scopesOfEntry([])).toEqual(['online']);
    expect(scopesOfEntry(['lazio', 'lazio', 'umbria'])).toEqual(['lazio', 'umbria']);
  });

  it('searches only the regions a place filter names', () => {
    expect(scopesForState(state({ filters: { provincia: ['BO'] } }), catalog)).toEqual(['emilia-romagna']);
    expect(scopesForState(state({ filters: { regione: ['sicilia'], comune: ['Firenze (FI)'] } }), catalog)).toEqual(['sicilia', 'toscana']);
    expect(scopesForState(state({ filters: { regione: ['online'] } }), catalog)).toEqual(['online']);
    expect(provinceOfComuneOption('Reggio nell’Emilia (RE)')).toBe('RE');
  });

  it('searches everywhere when a comune is typed without its province, or nothing names a place', () => {
    const all = ['emilia-romagna', 'lombardia', 'online', 'sicilia', 'toscana'];
    expect(scopesForState(state({ filters: { comune: ['Bologna'] } }), catalog)).toEqual(all);
    expect(scopesForState(state({ q: 'coro', filters: { costo: ['gratuito'] } }), catalog)).toEqual(all);
  });

  it('searches the regions around a position, with online resources, or all of Italy when nothing is near', () => {
    const nearBologna = { lat: 44.4939, lon: 11.3428, label: 'Bologna (BO)' };
    expect(scopesForState(state({ near: nearBologna }), catalog)).toEqual(['emilia-romagna', 'online']);
    // Firenze is 80 km from Bologna: too far for the 30 km reach; Pistoia would not be.
    expect(distanceToBoundsKm(nearBologna, catalog.provinces.FI.bounds)).toBeGreaterThan(70);
    const nearSassari = { lat: 40.7259, lon: 8.5557, label: 'Sassari (SS)' };
    expect(scopesForState(state({ near: nearSassari }), catalog)).toHaveLength(5);
  });

  it('searches the regions a map area overlaps', () => {
    const aroundMilan = { south: 45.3, west: 9.0, north: 45.6, east: 9.4 };
    expect(scopesForState(state({ area: aroundMilan }), catalog)).toEqual(['lombardia']);
  });

  it('fetches map data only for bundles that have points: never for online resources', () => {
    const everywhere = scopesForState(state({}), catalog);
    expect(everywhere).toContain('online');
    expect(mapScopes(everywhere)).toEqual(['emilia-romagna', 'lombardia', 'sicilia', 'toscana']);
    expect(mapScopes(['online'])).toEqual([]);
  });

  it('starts Pagefind from the online bundle when there is one', () => {
    expect(primaryScope(['sicilia'], catalog)).toBe('online');
    expect(primaryScope(['sicilia'], { scopes: { sicilia: 1 }, provinces: {} })).toBe('sicilia');
  });

  it('opens the national bundle alone for a search of all of Italy, and the regions\' own for a place', () => {
    const everywhere = scopesForState(state({ q: 'coro' }), catalog);
    expect(searchBundles(everywhere, catalog)).toEqual([NATIONAL_SCOPE]);
    expect(primaryScope([NATIONAL_SCOPE], catalog)).toBe(NATIONAL_SCOPE);
    // Nothing near Sassari in this catalog: all of Italy again.
    expect(searchBundles(scopesForState(state({ near: { lat: 40.7259, lon: 8.5557, label: 'Sassari (SS)' } }), catalog), catalog)).toEqual([NATIONAL_SCOPE]);
    expect(searchBundles(scopesForState(state({ filters: { provincia: ['BO'] } }), catalog), catalog)).toEqual(['emilia-romagna']);
    expect(searchBundles(['emilia-romagna', 'online'], catalog)).toEqual(['emilia-romagna', 'online']);
    // A directory with a single bundle has no national one: that bundle is all of Italy.
    expect(searchBundles(['sicilia'], { scopes: { sicilia: 1 }, provinces: {} })).toEqual(['sicilia']);
  });
});

describe('the national bundle in parts', () => {
  it('has one part up to NATIONAL_PART_MAX entries, then as many as it takes; the catalog says how many', () => {
    expect(catalog.national).toBe(1);
    expect(nationalParts(0)).toBe(1);
    expect(nationalParts(NATIONAL_PART_MAX)).toBe(1);
    expect(nationalParts(50_000)).toBe(3);
    expect(nationalBundles(1)).toEqual([NATIONAL_SCOPE]);
    expect(nationalBundles(3)).toEqual(['italia-1', 'italia-2', 'italia-3']);
  });

  it('opens every part for all of Italy, starts from the first and merges the others', () => {
    const parted = { ...catalog, national: 3 };
    const bundles = searchBundles(scopesForState(state({ q: 'coro' }), parted), parted);
    expect(bundles).toEqual(['italia-1', 'italia-2', 'italia-3']);
    expect(primaryScope(bundles, parted)).toBe('italia-1');
    expect(searchBundles(['emilia-romagna', 'online'], parted)).toEqual(['emilia-romagna', 'online']);
  });

  it('splits entries in order into about equal parts, keeping together entries whose ids start alike', () => {
    expect(nationalPartOf(['a', 'b', 'c', 'd', 'e', 'f'], 3)).toEqual([0, 0, 1, 1, 2, 2]);
    // "e" starts like "a": in another part both would get the same result id.
    expect(nationalPartOf(['a', 'b', 'c', 'd', 'a', 'f'], 3)).toEqual([0, 0, 1, 1, 0, 2]);
    expect(nationalPartOf(['a', 'b'], 1)).toEqual([0, 0]);
  });
});

describe('Pagefind meta file', () => {
  it('lists the page hashes in order, whatever fields follow each hash', () => {
    // [version, [[hash, word count, ""], [hash, word count, ""]], …] as Pagefind 1.6 writes it.
    const cbor = Buffer.from([0x83, 0x65, ...Buffer.from('1.6.0'), 0x82, 0x83, 0x6a, ...Buffer.from('it_0123abc'), 0x18, 0x6d, 0x60, 0x83, 0x6a, ...Buffer.from('it_4567def'), 0x05, 0x60, 0x80]);
    const file = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), cbor]));
    expect(metaPageIds(file)).toEqual(['it_0123abc', 'it_4567def']);
  });
});
