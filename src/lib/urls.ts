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
  search: () => '/cerca/',
  /** The comuni that have entries, for the search's comune filter suggestions. */
  searchComuni: () => '/cerca/comuni.json',
  shortlist: () => '/lista/',
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
