/**
 * The site's own URLs, in one place so that links and pages agree. Page addresses are in the language of
 * the page being made (/en/… on an English page, src/i18n/locale.ts); files (data, calendars, schemas,
 * JSON for the browser) have one address for every language.
 */
import { slugify } from './slug.ts';
import { currentLocale, pathInLocale } from '../i18n/locale.ts';

/** A page's path in the current page's language. */
const page = (path: string) => pathInLocale(path, currentLocale());

export const urls = {
  home: () => page('/'),
  resource: (id: string) => page(`/risorse/${id}/`),
  organization: (id: string) => page(`/organizzazioni/${id}/`),
  categories: () => page('/categorie/'),
  category: (key: string) => page(`/categorie/${key}/`),
  places: () => page('/luoghi/'),
  online: () => page('/luoghi/online/'),
  region: (region: string) => page(`/luoghi/${slugify(region)}/`),
  province: (region: string, province: string) => page(`/luoghi/${slugify(region)}/${slugify(province)}/`),
  comune: (region: string, province: string, comune: string) =>
    page(`/luoghi/${slugify(region)}/${slugify(province)}/${slugify(comune)}/`),
  about: () => page('/prescrizione-sociale/'),
  /** The coordinators' section (issue 14): its index, the health pages and the coverage pages. */
  coordination: () => page('/coordinamento/'),
  health: () => page('/coordinamento/stato/'),
  healthRegion: (region: string) => page(`/coordinamento/stato/regione/${slugify(region)}/`),
  healthProvince: (province: string) => page(`/coordinamento/stato/${province.toLowerCase()}/`),
  /** Coverage and gaps for coordinators (issue 14): Italy, one province (by sigla), and the CSV files. */
  coverage: () => page('/coordinamento/copertura/'),
  coverageProvince: (sigla: string) => page(`/coordinamento/copertura/${sigla.toLowerCase()}/`),
  coverageCsv: (kind: 'categorie' | 'bisogni') => `/coordinamento/copertura/copertura-${kind}.csv`,
  search: () => page('/cerca/'),
  /** The comuni that have entries, for the search's comune filter suggestions. */
  searchComuni: () => '/cerca/comuni.json',
  shortlist: () => page('/lista/'),
  /** The spreadsheet import's template and its column guide. */
  importTemplate: () => '/modelli/importazione.csv',
  importGuide: () => page('/contribuisci/foglio-di-calcolo/'),
  schema: (name: 'resource' | 'organization') => `/schema/${name}.schema.json`,
  /** The open-data page and its files (src/pages/dati/). */
  data: () => page('/dati/'),
  geojson: () => '/dati/segnavia.geojson',
  csv: () => '/dati/segnavia.csv',
  calendar: (id: string) => `/dati/calendario/${id}.ics`,
  /** The HSDS 3.0 static API's root and folders (built under /dati/hsds/). */
  hsds: (path = 'index.json') => `/dati/hsds/${path}`,
  sitemap: () => '/sitemap.xml',
};
