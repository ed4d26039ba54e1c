/**
 * What the search index and the map know about each resource, built from the collection data at
 * build time (never by re-reading files). Pagefind gets one custom record per resource: the words
 * people search for, a compact card (meta) and the low-cardinality filters; the map gets points.
 *
 * English words are in the same records (issue 12): the entry's English name, summary and
 * description, and the English labels of its vocabulary values, beside the Italian ones, so one
 * index per region serves both the Italian and the English search page and Italian words work on
 * both. At 1,000 entries that costs 8.5% more index bytes (24% if every entry had English text) and
 * 6–10% more bytes per cold query; a separate English index would add 79–123% (docs/benchmarks.md,
 * "English search").
 */
import type { Resource } from '../../schema/resource.ts';
import { accessibilityFeatures, audiences, categories, days, joinMethods, needs, organizationTypes, type Day, type OrganizationType } from '../../schema/vocabularies.ts';
import { placeSummary } from '../place-summary.ts';
import { regionOfProvince } from '../places.ts';
import { slugify } from '../slug.ts';
import { splitDescription } from '../description.ts';
import { urls } from '../urls.ts';
import { comuneOption } from '../contribute/comuni.ts';
import { ONLINE_SCOPE, scopesOfEntry, type ScopedPlace } from './scopes.ts';
import { synonymWords } from './synonyms.ts';
import { nameTokens } from './precision.ts';
import { encodeCost, encodeSchedule } from './card-facts.ts';
import type { Facet } from './facets.ts';
import { isListed } from '../listed.ts';
import type { Organization } from '../../schema/organization.ts';

/** A Pagefind custom record (see pagefind's CustomRecord type). */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'it';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A point on the map: one per location of a resource. */
export interface MapPoint {
  /** The resource's id; its page is urls.resource(id). */
  id: string;
  /** The search bundle (region) the point belongs to: see scopes.ts. */
  scope: string;
  name: string;
  lat: number;
  lon: number;
  category: string;
}

/** The organisation that runs a resource, as the search records need it. */
export interface RecordOrganization {
  name: string;
  type: OrganizationType;
}

/** The facet names (defined in facets.ts, below this module and state.ts, so they import no circle). */
export { FACETS, type Facet } from './facets.ts';

/** The region slug of a province sigla: a search bundle's key (see scopes.ts). */
export function regionScope(province: string): string {
  return slugify(regionOfProvince(province) ?? 'altro');
}

/** The day keys on which a resource has a session. */
export function sessionDays(resource: Pick<Resource, 'schedule'>): Day[] {
  const found = new Set(resource.schedule.sessions.flatMap((session) => session.days));
  return (Object.keys(days) as Day[]).filter((day) => found.has(day));
}

/** The filter values of a resource, keyed by facet: vocabulary keys, region slugs, province siglas, "Rho (MI)". */
export function facetValues(resource: Resource, organizationType?: OrganizationType): Record<Facet, string[]> {
  const places = resource.locations;
  const unique = (values: string[]) => [...new Set(values)];
  return {
    categoria: [resource.category],
    bisogno: resource.needs,
    destinatari: resource.audiences,
    regione: unique(places.map((place) => regionScope(place.province))).concat(resource.online_only ? [ONLINE_SCOPE] : []),
    provincia: unique(places.map((place) => place.province)),
    comune: unique(places.map((place) => comuneOption({ name: place.comune, province: place.province }))),
    giorno: sessionDays(resource),
    costo: [resource.cost.free ? 'gratuito' : 'a-pagamento'],
    accesso: resource.joining.methods,
    accessibilita: resource.accessibility.features,
    gestore: organizationType ? [organizationType] : [],
  };
}

/** Markdown punctuation out of a description, so that only its words are indexed. */
const markdownWords = (markdown: string) => markdown.replace(/[#*_`>[\]()]/g, ' ');

/**
 * The words a resource is found by: its text in Italian and English (the description's two parts,
 * without the "## English" line) plus the Italian labels of its vocabulary values.
 */
export function searchText(resource: Resource, body: string, organization: RecordOrganization | undefined): string {
  return [resource.name, resource.name_en, resource.summary, resource.summary_en, ...labelsOf(resource), bodyText(resource, body, organization)].filter(Boolean).join('\n');
}

/** The Italian labels of a resource's category, needs and audiences. */
function labelsOf(resource: Resource): string[] {
  return [categories[resource.category].it, ...resource.needs.map((key) => needs[key].it), ...resource.audiences.map((key) => audiences[key].it)];
}

/**
 * The words of a resource that its record's meta fields do not already hold (name, summary and
 * labels are there, and Pagefind indexes every meta field): written once, they keep the index
 * chunk a search fetches smaller.
 */
function bodyText(resource: Resource, body: string, organization: RecordOrganization | undefined): string {
  const description = splitDescription(body);
  return [
    ...resource.joining.methods.map((key) => joinMethods[key].it),
    ...resource.accessibility.features.map((key) => accessibilityFeatures[key].it),
    ...resource.locations.flatMap((place) => [place.name, place.address, place.comune]),
    organization?.name,
    organization ? organizationTypes[organization.type].it : undefined,
    markdownWords(description.it),
    markdownWords(description.en),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The English labels of a resource's vocabulary values that its `terms` meta does not hold (those of
 * its category, needs and audiences are there: searchTerms), for English searches: kept apart from
 * searchText, whose words also decide which synonym groups apply (an English label must not make a
 * group apply that the entry's own words do not).
 */
export function englishLabels(resource: Resource, organization: RecordOrganization | undefined): string {
  return [
    ...resource.joining.methods.map((key) => joinMethods[key].en),
    ...resource.accessibility.features.map((key) => accessibilityFeatures[key].en),
    organization ? organizationTypes[organization.type].en : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The words that weigh like a resource's name (see SEARCH_RANKING in precision.ts): the labels of
 * its category, needs and audiences in Italian and English, and the everyday words (Italian and
 * English) of the synonym groups that mean it.
 */
export function searchTerms(resource: Resource, means: string[]): string {
  const english = [categories[resource.category].en, ...resource.needs.map((key) => needs[key].en), ...resource.audiences.map((key) => audiences[key].en)];
  return [...new Set([...labelsOf(resource), ...english, ...means])].join(', ');
}

/**
 * The Pagefind record of a resource. Synonyms are written into the record here, at build time, so
 * a search costs no extra request: those that mean the resource into the weighted `terms` field,
 * those only related to it after its text.
 *
 * Pagefind indexes every meta field as searchable words, so `meta` holds only what a result card
 * shows and the weighted words (the card reads the id from the URL and the category from the
 * filters: card.ts), and `content` only the words that meta does not already hold.
 */
export function searchRecord(id: string, resource: Resource, body: string, organization?: RecordOrganization): SearchRecord {
  const filters = facetValues(resource, organization?.type);
  const text = searchText(resource, body, organization);
  const about = [resource.name, resource.name_en, resource.summary].filter(Boolean).join('\n');
  const found = synonymWords({ category: resource.category, needs: resource.needs, audiences: resource.audiences, text, about });
  const when = encodeSchedule(resource.schedule);
  return {
    url: urls.resource(id),
    content: [bodyText(resource, body, organization), englishLabels(resource, organization), ...found.related, nameTokens(resource.name), resource.name_en ? nameTokens(resource.name_en) : ''].filter(Boolean).join('\n'),
    language: 'it',
    meta: {
      title: resource.name,
      // The English card, for the English search page; absent when there is no translation.
      ...(resource.name_en ? { title_en: resource.name_en } : {}),
      terms: searchTerms(resource, found.means),
      summary: resource.summary,
      ...(resource.summary_en ? { summary_en: resource.summary_en } : {}),
      place: placeSummary(resource),
      // Schedule and cost as codes that the browser writes in the page's language (card-facts.ts); their notes as written, in Italian.
      ...(when ? { when } : { when_note: resource.schedule.note ?? '' }),
      cost: encodeCost(resource.cost),
      ...(resource.cost.note ? { cost_note: resource.cost.note } : {}),
    },
    filters: Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0)),
  };
}

/** The map points of a resource, one per location. */
export function mapPoints(id: string, resource: Resource): MapPoint[] {
  return resource.locations.map((place) => ({
    id,
    scope: regionScope(place.province),
    name: resource.name,
    lat: place.lat,
    lon: place.lon,
    category: resource.category,
  }));
}

/**
 * The search records and map points of every listed entry, in the order given (scripts/build-search-index.ts
 * makes them from what Astro hands over, with each entry's organisation: entryPageInputs in src/lib/render/page-inputs.ts).
 */
export function searchData(entries: readonly { id: string; data: Resource; body?: string; organization?: { data: Organization } }[]): { records: SearchRecord[]; points: MapPoint[] } {
  const listed = entries.filter((entry) => isListed(entry.data));
  const records = listed.map(({ id, data, body, organization }) => searchRecord(id, data, body ?? '', organization && { name: organization.data.name, type: organization.data.type }));
  return { records, points: listed.flatMap((entry) => mapPoints(entry.id, entry.data)) };
}

/** An entry's bundles and places, for the search page's scope catalog. */
export function scopedEntry(resource: Resource): { scopes: string[]; places: ScopedPlace[] } {
  return {
    scopes: scopesOfEntry(facetValues(resource).regione),
    places: resource.locations.map((place) => ({ scope: regionScope(place.province), province: place.province, lat: place.lat, lon: place.lon })),
  };
}
