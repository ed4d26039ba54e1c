/**
 * Our vocabularies as published HSDS taxonomies: categories, needs and audiences of resources and the
 * types of organisations, each a taxonomy whose terms are the vocabulary's keys (code) with their
 * Italian labels (name). Services and organisations link to terms through HSDS attributes.
 */
import { audiences, categories, needs, organizationTypes, type Term } from '../../schema/vocabularies.ts';
import { ids } from './ids.ts';
import type { HsdsAttribute, HsdsTaxonomy, HsdsTaxonomyTerm } from './types.ts';

export interface TaxonomyDefinition {
  /** Our key, also the name part of its UUID. */
  key: string;
  name: string;
  description: string;
  /** The attribute link_type of its terms. */
  linkType: string;
  terms: Record<string, Term>;
}

export const TAXONOMIES = {
  categorie: {
    key: 'categorie',
    name: 'Segnavia: categorie',
    description: 'La categoria principale di una risorsa della comunità (una per risorsa).',
    linkType: 'category',
    terms: categories,
  },
  bisogni: {
    key: 'bisogni',
    name: 'Segnavia: bisogni',
    description: 'I bisogni a cui una risorsa risponde (uno o più per risorsa).',
    linkType: 'need',
    terms: needs,
  },
  destinatari: {
    key: 'destinatari',
    name: 'Segnavia: destinatari',
    description: 'Le persone a cui una risorsa si rivolge (una o più voci per risorsa).',
    linkType: 'audience',
    terms: audiences,
  },
  'tipi-organizzazione': {
    key: 'tipi-organizzazione',
    name: 'Segnavia: tipi di organizzazione',
    description: 'Il tipo dell’organizzazione che gestisce le risorse.',
    linkType: 'organization_type',
    terms: organizationTypes,
  },
} as const satisfies Record<string, TaxonomyDefinition>;

export type TaxonomyKey = keyof typeof TAXONOMIES;

/** The absolute URL of an HSDS file, from the base URL of /dati/hsds/. */
export type HsdsUrl = (path: string) => string;

/** A taxonomy as an HSDS taxonomy object. */
export function taxonomy(key: TaxonomyKey, url: HsdsUrl): HsdsTaxonomy {
  const definition: TaxonomyDefinition = TAXONOMIES[key];
  const id = ids.taxonomy(key);
  return { id, name: definition.name, description: definition.description, uri: url(`taxonomies/${id}.json`) };
}

/** Terms already made, per URL function: every service refers to the same few dozen. */
const madeTerms = new WeakMap<HsdsUrl, Map<string, HsdsTaxonomyTerm>>();

/** A term of a taxonomy: code is our key, name the Italian label, description its hint (or the label when it has none). */
export function taxonomyTerm(key: TaxonomyKey, code: string, url: HsdsUrl): HsdsTaxonomyTerm {
  let made = madeTerms.get(url);
  if (!made) {
    made = new Map();
    madeTerms.set(url, made);
  }
  let term = made.get(`${key}/${code}`);
  if (!term) {
    term = makeTerm(key, code, url);
    made.set(`${key}/${code}`, term);
  }
  return term;
}

function makeTerm(key: TaxonomyKey, code: string, url: HsdsUrl): HsdsTaxonomyTerm {
  const definition: TaxonomyDefinition = TAXONOMIES[key];
  const term = definition.terms[code];
  if (!term) throw new Error(`Unknown term «${code}» in taxonomy ${key}`);
  const id = ids.taxonomyTerm(key, code);
  const taxonomyId = ids.taxonomy(key);
  return {
    id,
    code,
    name: term.it,
    description: term.hint ?? term.it,
    taxonomy: url(`taxonomies/${taxonomyId}.json`),
    language: 'it',
    taxonomy_id: taxonomyId,
    term_uri: url(`taxonomy_terms/${id}.json`),
  };
}

/** Every taxonomy, in a fixed order. */
export function allTaxonomies(url: HsdsUrl): HsdsTaxonomy[] {
  return (Object.keys(TAXONOMIES) as TaxonomyKey[]).map((key) => taxonomy(key, url));
}

/** Every term of every taxonomy, taxonomy by taxonomy, in vocabulary order. */
export function allTaxonomyTerms(url: HsdsUrl): HsdsTaxonomyTerm[] {
  return (Object.keys(TAXONOMIES) as TaxonomyKey[]).flatMap((key) =>
    Object.keys(TAXONOMIES[key].terms).map((code) => taxonomyTerm(key, code, url)),
  );
}

/** The term as nested in an attribute: without the URLs of its files (the full term is at term_uri), which would double a service's size. */
function nestedTerm(key: TaxonomyKey, code: string, url: HsdsUrl): HsdsTaxonomyTerm {
  const made = madeTerms.get(url);
  let term = made?.get(`nested:${key}/${code}`);
  if (!term) {
    const { taxonomy: _t, term_uri: _u, ...fields } = taxonomyTerm(key, code, url);
    term = fields;
    madeTerms.get(url)!.set(`nested:${key}/${code}`, term);
  }
  return term;
}

/**
 * The attributes that link an entity (a service, an organisation) to terms of one taxonomy, each with
 * its term nested (id, code, name, description, language, taxonomy_id).
 */
export function attributes(linkId: string, linkEntity: 'service' | 'organization', key: TaxonomyKey, codes: readonly string[], url: HsdsUrl): HsdsAttribute[] {
  return codes.map((code) => {
    const term = nestedTerm(key, code, url);
    return {
      id: ids.attribute(linkId, term.id),
      link_id: linkId,
      taxonomy_term_id: term.id,
      link_type: TAXONOMIES[key].linkType,
      link_entity: linkEntity,
      taxonomy_term: term,
    };
  });
}
