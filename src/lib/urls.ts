/** The site's own URLs, in one place so that links and pages agree. */
import { slugify } from './slug.ts';

export const urls = {
  home: () => '/',
  resource: (id: string) => `/risorse/${id}/`,
  organization: (id: string) => `/organizzazioni/${id}/`,
  categories: () => '/categorie/',
  category: (key: string) => `/categorie/${key}/`,
  places: () => '/luoghi/',
  online: () => '/luoghi/online/',
  region: (region: string) => `/luoghi/${slugify(region)}/`,
  province: (region: string, province: string) => `/luoghi/${slugify(region)}/${slugify(province)}/`,
  comune: (region: string, province: string, comune: string) =>
    `/luoghi/${slugify(region)}/${slugify(province)}/${slugify(comune)}/`,
  about: () => '/prescrizione-sociale/',
  /** The coordinators' section (issue 14): its index, the health pages and the coverage pages. */
  coordination: () => '/coordinamento/',
  health: () => '/coordinamento/stato/',
  healthRegion: (region: string) => `/coordinamento/stato/regione/${slugify(region)}/`,
  healthProvince: (province: string) => `/coordinamento/stato/${province.toLowerCase()}/`,
  /** Coverage and gaps for coordinators (issue 14): Italy, one province (by sigla), and the CSV files. */
  coverage: () => '/coordinamento/copertura/',
  coverageProvince: (sigla: string) => `/coordinamento/copertura/${sigla.toLowerCase()}/`,
  coverageCsv: (kind: 'categorie' | 'bisogni') => `/coordinamento/copertura/copertura-${kind}.csv`,
  search: () => '/cerca/',
  /** The comuni that have entries, for the search's comune filter suggestions. */
  searchComuni: () => '/cerca/comuni.json',
  shortlist: () => '/lista/',
  /** The spreadsheet import's template and its column guide. */
  importTemplate: () => '/modelli/importazione.csv',
  importGuide: () => '/contribuisci/foglio-di-calcolo/',
  schema: (name: 'resource' | 'organization') => `/schema/${name}.schema.json`,
  /** The open-data page and its files (src/pages/dati/). */
  data: () => '/dati/',
  geojson: () => '/dati/segnavia.geojson',
  csv: () => '/dati/segnavia.csv',
  calendar: (id: string) => `/dati/calendario/${id}.ics`,
  /** The HSDS 3.0 static API's root and folders (built under /dati/hsds/). */
  hsds: (path = 'index.json') => `/dati/hsds/${path}`,
  sitemap: () => '/sitemap.xml',
};
