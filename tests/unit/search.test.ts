import { describe, expect, it } from 'vitest';
import { emptyState, formatDistance, hasQuery, inArea, pagefindFilters, parseState, serializeState } from '../../src/lib/search/state.ts';
import { pageOf, rankResults } from '../../src/lib/search/results.ts';
import { decodeMapData, encodeMapData, entryOfResult, nationalExceptions, resultPoints } from '../../src/lib/search/map-data.ts';
import { toFeatures } from '../../src/lib/search/clusters.ts';
import { facetValues, searchData, searchRecord, sessionDays } from '../../src/lib/search/records.ts';
import { entryIdOfUrl, resultCard } from '../../src/lib/search/card.ts';
import { findComune } from '../../src/lib/search/comuni-lookup.ts';
import { createComuniIndex } from '../../src/lib/comuni.ts';
import { fragmentUrls } from '../../src/lib/search/fragments.ts';
import { resourceSchema } from '../../src/schema/resource.ts';
import { gzipSync } from 'node:zlib';

const choir = resourceSchema.parse({
  name: 'Coro di quartiere',
  summary: 'Un coro aperto a tutti.',
  category: 'musica-canto',
  needs: ['compagnia', 'creativita'],
  audiences: ['anziani'],
  organization: 'coro-di-quartiere',
  locations: [{ comune: 'Rho', province: 'MI', lat: 45.5287, lon: 9.04, position: 'approssimativa' }],
  schedule: { sessions: [{ days: ['gio', 'lun'], start: '18:00' }] },
  cost: { free: true },
  joining: { methods: ['accesso-libero'] },
  contacts: { website: 'https://www.esempio.it' },
  accessibility: { features: ['senza-gradini'], languages: ['it'] },
  status: 'attivo',
  verified: { date: '2026-11-01', by: 'Test', method: 'telefono' },
  sources: [{ title: 'Prova' }],
});

describe('search state in the URL', () => {
  it('round-trips words, filters, place, area, order, page and map', () => {
    const state = {
      ...emptyState(),
      q: 'coro',
      filters: { categoria: ['musica-canto'], costo: ['gratuito'], comune: ['Rho (MI)'] },
      near: { lat: 45.5287, lon: 9.04, label: 'Rho (MI)' },
      area: { south: 45, west: 8.5, north: 46, east: 9.5 },
      sort: 'distanza' as const,
      page: 2,
      map: true,
    };
    const params = serializeState(state);
    expect(params.toString()).toContain('q=coro');
    expect(parseState(new URLSearchParams(params.toString()))).toEqual(state);
  });

  it('ignores malformed or hostile parameters', () => {
    const state = parseState(new URLSearchParams('vicino=abc,def&pagina=-3&ordine=caos&area=1,2,3&mappa=yes&categoria='));
    expect(state).toEqual(emptyState());
  });

  it('does not sort by distance without a place', () => {
    expect(parseState(new URLSearchParams('q=coro&ordine=distanza')).sort).toBe('pertinenza');
  });

  it('asks Pagefind for any value within a facet and all facets together', () => {
    const state = { ...emptyState(), filters: { categoria: ['movimento', 'musica-canto'], costo: ['gratuito'] } };
    expect(pagefindFilters(state)).toEqual({ categoria: { any: ['movimento', 'musica-canto'] }, costo: { any: ['gratuito'] } });
    expect(hasQuery(state)).toBe(true);
    expect(hasQuery(emptyState())).toBe(false);
  });

  it('formats distances for people', () => {
    expect(formatDistance(0.34)).toBe('340 m');
    expect(formatDistance(1.24)).toBe('1,2 km');
    expect(formatDistance(1.24, 'en')).toBe('1.2 km');
    expect(formatDistance(35.4)).toBe('35 km');
  });
});

describe('filters and records built from an entry', () => {
  it('gives each facet its values, places as region slug, sigla and "Comune (PR)"', () => {
    expect(facetValues(choir)).toMatchObject({
      categoria: ['musica-canto'],
      regione: ['lombardia'],
      provincia: ['MI'],
      comune: ['Rho (MI)'],
      giorno: ['lun', 'gio'],
      costo: ['gratuito'],
      accessibilita: ['senza-gradini'],
    });
    expect(sessionDays(choir)).toEqual(['lun', 'gio']);
  });

  it('indexes the words people use, including vocabulary labels, each once', () => {
    const record = searchRecord('coro-di-quartiere', choir, 'Cantiamo insieme in città.', { name: 'Associazione Coro', type: 'associazione' });
    expect(record.url).toBe('/risorse/coro-di-quartiere/');
    expect(record.content).toContain('Cantiamo insieme in città.');
    // Pagefind indexes meta fields too: name, summary and labels are there, and not written again in the text.
    expect(record.meta.terms).toContain('Musica e canto');
    expect(record.content).not.toContain('Musica e canto');
    expect(record.content).not.toContain(choir.summary);
    expect(record.meta).toEqual({ title: 'Coro di quartiere', terms: record.meta.terms, summary: choir.summary, place: 'Rho (MI)', cost: 'gratuito', when: 'lun gio 18:00' });
    expect(record.filters.accesso).toEqual(['accesso-libero']);
  });

  it('gives a result card what it shows: the id from the URL, the category from the filters', () => {
    const record = searchRecord('coro-di-quartiere', choir, 'Cantiamo insieme.');
    expect(resultCard(record)).toEqual({
      id: 'coro-di-quartiere',
      url: '/risorse/coro-di-quartiere/',
      title: 'Coro di quartiere',
      titleLang: 'it',
      summaryLang: 'it',
      category: 'musica-canto',
      place: 'Rho (MI)',
      summary: choir.summary,
      when: 'lun e gio 18:00',
      whenLang: 'it',
      cost: 'Gratuito',
    });
    // On the English page, the English name and summary where the entry has them, else the Italian ones marked so.
    const translated = searchRecord('coro-di-quartiere', resourceSchema.parse({ ...choir, name_en: 'Neighbourhood choir' }), '');
    expect(resultCard(translated, 'en')).toMatchObject({ title: 'Neighbourhood choir', titleLang: 'en', summary: choir.summary, summaryLang: 'it' });
    expect(resultCard(translated, 'it')).toMatchObject({ title: 'Coro di quartiere', titleLang: 'it' });
    expect(entryIdOfUrl('https://example.org/risorse/a-b/')).toBe('a-b');
    expect(entryIdOfUrl('/cerca/')).toBeUndefined();
  });

  it('weighs vocabulary labels and the synonyms that mean an entry in its terms, and files who runs it', () => {
    const record = searchRecord('coro-di-quartiere', choir, 'Cantiamo insieme in città.', { name: 'Associazione Coro', type: 'associazione' });
    expect(record.meta.terms).toContain('Musica e canto');
    expect(record.meta.terms).toContain('choir');
    expect(record.content).toContain('Associazione');
    expect(record.content).not.toContain('choir');
    expect(record.filters.gestore).toEqual(['associazione']);
    expect(searchRecord('x', choir, '').filters.gestore).toBeUndefined();
  });

  it('indexes the English name, summary, description and vocabulary labels beside the Italian words, without the "## English" line', () => {
    const translated = resourceSchema.parse({ ...choir, name_en: 'Neighbourhood choir', summary_en: 'People sing together every week.' });
    const record = searchRecord('coro-di-quartiere', translated, 'Cantiamo insieme.\n\n## English\n\nWe sing **together** in town.', { name: 'Associazione Coro', type: 'associazione' });
    // The English name and summary are meta fields (which Pagefind indexes too), so content does not repeat them.
    for (const words of ['Cantiamo insieme.', 'We sing', 'together', 'Association']) expect(record.content).toContain(words);
    // The English labels of category, needs and audiences are in the weighted terms, once.
    expect(record.content).not.toContain('Music and singing');
    expect(record.content).not.toContain('People sing together every week.');
    expect(record.content).not.toMatch(/English/);
    expect(record.meta).toMatchObject({ title: 'Coro di quartiere', title_en: 'Neighbourhood choir', summary_en: 'People sing together every week.' });
    expect(record.meta.terms).toContain('Music and singing');
    expect(searchRecord('x', choir, '').meta).not.toHaveProperty('title_en');
  });

  it('files an entry under every day of every session, those without times included, and its card shows them all', () => {
    const dance = resourceSchema.parse({
      ...choir,
      schedule: { sessions: [{ days: ['mar'], start: '10:00', end: '12:00' }, { days: ['ven', 'lun'], part_of_day: 'mattina' }] },
    });
    expect(facetValues(dance).giorno).toEqual(['lun', 'mar', 'ven']);
    expect(resultCard(searchRecord('danza', dance, '')).when).toBe('lun e ven mattina; mar 10:00–12:00');
  });

  it('makes records and map points for the entries a person can join, with their organisation, and none for a closed one', () => {
    const closed = resourceSchema.parse({ ...choir, name: 'Coro chiuso', status: 'chiuso' });
    const paused = resourceSchema.parse({ ...choir, name: 'Coro in pausa', status: 'sospeso' });
    const { records, points } = searchData(
      [
        { id: 'coro-di-quartiere', data: choir, body: 'Cantiamo insieme.', organization: { data: { name: 'Associazione Coro', type: 'associazione' } as never } },
        { id: 'coro-chiuso', data: closed },
        { id: 'coro-in-pausa', data: paused },
      ],
    );
    expect(records.map((record) => record.url)).toEqual(['/risorse/coro-di-quartiere/', '/risorse/coro-in-pausa/']);
    expect(records[0].content).toContain('Associazione Coro');
    expect(points.map((point) => [point.id, point.scope])).toEqual([['coro-di-quartiere', 'lombardia'], ['coro-in-pausa', 'lombardia']]);
  });
});

describe('map data and ranking', () => {
  const points = [
    { id: 'a', scope: 'lombardia', name: 'Bravo', lat: 45.5287, lon: 9.04, category: 'musica-canto' },
    { id: 'b', scope: 'lazio', name: 'Alfa', lat: 41.8933, lon: 12.4829, category: 'movimento' },
    { id: 'b', scope: 'piemonte', name: 'Alfa', lat: 45.07, lon: 7.69, category: 'movimento' },
  ];
  const decoded = decodeMapData(encodeMapData(points, new Map([['a', 'it_a'], ['b', 'it_b']])));

  it('packs points compactly and unpacks them with their result ids', () => {
    expect(decoded[0]).toEqual({ resultId: 'it_a', slug: 'a', name: 'Bravo', lat: 45.5287, lon: 9.04, category: 'musica-canto' });
    expect(decoded).toHaveLength(3);
    expect(toFeatures(decoded)[1].geometry.coordinates).toEqual([12.4829, 41.8933]);
  });

  it('orders by the nearest location and limits to a map area', () => {
    const byResult = resultPoints(decoded);
    const nearTurin = { lat: 45.0703, lon: 7.6869, label: 'Torino (TO)' };
    const ranked = rankResults(['it_a', 'it_b'], { near: nearTurin, sort: 'distanza' }, byResult);
    expect(ranked.map((r) => r.id)).toEqual(['it_b', 'it_a']);
    expect(ranked[0].distanceKm).toBeLessThan(1);
    const area = { south: 41, west: 12, north: 42, east: 13 };
    expect(rankResults(['it_a', 'it_b'], { area, sort: 'pertinenza' }, byResult).map((r) => r.id)).toEqual(['it_b']);
    expect(inArea(area, 41.9, 12.5)).toBe(true);
    expect(rankResults(['it_a', 'it_b'], { sort: 'nome' }, byResult).map((r) => r.id)).toEqual(['it_b', 'it_a']);
  });

  it('joins the results of the national bundle to map points through entry ids, with its own ids where they differ', () => {
    // The regions' map data: "a" is it_a in Lombardy; "b" is it_b in Lazio and Piedmont. In the national
    // bundle "b" got a longer id (Pagefind lengthens ids in a bigger index), and "c" took the id "a" has
    // in the regions (two ids that start alike in different regions).
    const national = new Map([['a', 'it_a1'], ['b', 'it_b7'], ['c', 'it_a']]);
    const more = [...decoded, ...decodeMapData(encodeMapData([{ id: 'c', scope: 'sicilia', name: 'Charlie', lat: 38.1, lon: 13.3, category: 'movimento' }], new Map([['c', 'it_c']])))];
    const exceptions = nationalExceptions(more, national);
    expect(exceptions).toEqual({ it_a1: 'a', it_b7: 'b', it_a: 'c' });
    const byResult = resultPoints(more, exceptions);
    expect(byResult.get('it_b7')?.map((p) => p.lat)).toEqual([41.8933, 45.07]);
    expect(byResult.get('it_a')?.map((p) => p.name)).toEqual(['Charlie']);
    expect(byResult.get('it_a1')?.map((p) => p.name)).toEqual(['Bravo']);
    // Ids the national bundle shares with the regions need no exception.
    expect(nationalExceptions(more, new Map([['a', 'it_a'], ['b', 'it_b']]))).toEqual({});
    expect(entryOfResult(more).get('it_b')).toBe('b');
  });

  it('pages results and keeps the page in range', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageOf(items, 3)).toEqual({ items: [20, 21, 22], pages: 3, page: 3 });
    expect(pageOf(items, 99).page).toBe(3);
    expect(pageOf([], 1)).toEqual({ items: [], pages: 1, page: 1 });
  });

  it('reads result ids back from Pagefind fragments, single or grouped', () => {
    const single = gzipSync(Buffer.from('pagefind_dcd{"url":"/risorse/a/","content":"x"}'));
    expect(fragmentUrls('it_abc.pf_fragment', single)).toEqual([['/risorse/a/', 'it_abc']]);
    const group = gzipSync(Buffer.from('pagefind_dcd{"it_1":{"url":"/risorse/a/"},"it_2":{"url":"/risorse/b/"}}'));
    expect(fragmentUrls('grp.pf_fragment', group)).toEqual([['/risorse/a/', 'it_1'], ['/risorse/b/', 'it_2']]);
  });
});

describe('near a comune', () => {
  const index = createComuniIndex({
    provinces: { MI: ['Milano', 'Lombardia', 45.46, 9.19, 40], RE: ['Reggio Emilia', 'Emilia-Romagna', 44.7, 10.63, 40], TO: ['Torino', 'Piemonte', 45.07, 7.68, 80], TN: ['Trento', 'Trentino-Alto Adige', 46.07, 11.12, 80], BZ: ['Bolzano', 'Trentino-Alto Adige', 46.5, 11.35, 90] },
    comuni: [
      ['015182', 'Rho', 'MI', 45.53, 9.04],
      ['035033', "Reggio nell'Emilia", 'RE', 44.7, 10.63],
      ['001256', 'Samone', 'TO', 45.45, 7.84],
      ['022165', 'Samone', 'TN', 46.08, 11.52],
      ['021008', 'Bolzano/Bozen', 'BZ', 46.5, 11.35],
    ],
  });
  it('finds a typed comune whatever the case, accents or apostrophes', () => {
    expect(findComune(index, 'rho')?.name).toBe('Rho');
    expect(findComune(index, 'Reggio nell Emilia')?.province).toBe('RE');
    expect(findComune(index, 'Bolzano')?.province).toBe('BZ');
  });
  it('uses the province to tell homonyms apart', () => {
    expect(findComune(index, 'Samone (TN)')?.lon).toBe(11.52);
  });
  it('finds nothing for an unknown name', () => {
    expect(findComune(index, 'Atlantide')).toBeUndefined();
  });
});
