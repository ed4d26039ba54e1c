import { beforeAll, describe, expect, it } from 'vitest';
import { allTaxonomies, allTaxonomyTerms, attributes, taxonomyTerm, TAXONOMIES } from '../../src/lib/hsds/taxonomy.ts';
import { ids } from '../../src/lib/hsds/ids.ts';
import { audiences, categories, needs, organizationTypes } from '../../src/schema/vocabularies.ts';
import { hsdsErrors, hsdsValidator } from '../support/hsds.ts';
import { testUrl } from '../support/hsds-fixtures.ts';

beforeAll(() => {
  hsdsValidator('taxonomy');
  hsdsValidator('taxonomy_term');
}, 120_000);

describe('HSDS taxonomies', () => {
  it('publishes every key of our categories, needs, audiences and organisation types as a term, once', () => {
    const terms = allTaxonomyTerms(testUrl);
    const expected = [categories, needs, audiences, organizationTypes].reduce((n, vocabulary) => n + Object.keys(vocabulary).length, 0);
    expect(terms).toHaveLength(expected);
    expect(new Set(terms.map((term) => term.id)).size).toBe(expected);
    expect(terms.filter((term) => term.taxonomy_id === ids.taxonomy('categorie')).map((term) => term.code)).toEqual(Object.keys(categories));
  });

  it('every taxonomy and term is valid HSDS, with no field HSDS does not define', () => {
    for (const taxonomy of allTaxonomies(testUrl)) expect(hsdsErrors('taxonomy', taxonomy), taxonomy.name).toEqual([]);
    for (const term of allTaxonomyTerms(testUrl)) expect(hsdsErrors('taxonomy_term', term), term.code).toEqual([]);
  });

  it('a term has its Italian label as name, its hint as description (the label when it has none) and the URLs of its files', () => {
    const term = taxonomyTerm('categorie', 'movimento', testUrl);
    expect(term).toEqual({
      id: ids.taxonomyTerm('categorie', 'movimento'),
      code: 'movimento',
      name: 'Movimento e cammino',
      description: categories.movimento.hint,
      taxonomy: `https://segnavia.test/dati/hsds/taxonomies/${ids.taxonomy('categorie')}.json`,
      language: 'it',
      taxonomy_id: ids.taxonomy('categorie'),
      term_uri: `https://segnavia.test/dati/hsds/taxonomy_terms/${term.id}.json`,
    });
    expect(taxonomyTerm('bisogni', 'muoversi', testUrl).description).toBe('Muoversi di più');
    expect(() => taxonomyTerm('bisogni', 'volare', testUrl)).toThrow(/volare/);
  });

  it('attributes link an entity to the terms, with the taxonomy’s link type', () => {
    const linkId = ids.service('x');
    const list = attributes(linkId, 'service', 'destinatari', ['anziani', 'caregiver'], testUrl);
    expect(list.map((a) => [a.link_type, a.link_entity, a.link_id, a.taxonomy_term_id])).toEqual([
      [TAXONOMIES.destinatari.linkType, 'service', linkId, ids.taxonomyTerm('destinatari', 'anziani')],
      [TAXONOMIES.destinatari.linkType, 'service', linkId, ids.taxonomyTerm('destinatari', 'caregiver')],
    ]);
  });
});
