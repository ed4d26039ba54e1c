/**
 * What /dati/ shows about the HSDS export, as data: where its files are (HSDS_FILES, hsdsPaths)
 * and how our fields become HSDS fields (HSDS_FIELD_MAPPING). The files are written by
 * scripts/build-hsds.ts from the functions of this folder.
 *
 * HSDS 3.0 is the Human Services Data Specification of Open Referral (https://openreferral.org),
 * published here as a static API: the same paths as the HSDS API reference, as files, with `.json`
 * at the end and list pages under `pages/`.
 */
import { HSDS_NAMESPACE, HSDS_NAMESPACE_NAME, URL_NAMESPACE } from './ids.ts';
import { PAGE_SIZE } from './pages.ts';
import { TABLES, type TableName } from './tabular.ts';

/** The HSDS version we publish. */
export const HSDS_VERSION = '3.0';

/** Where the HSDS files live on the site. */
export const HSDS_BASE = '/dati/hsds/';

/** The paths of the HSDS files, relative to HSDS_BASE. */
export const hsdsPaths = {
  root: () => 'index.json',
  openapi: () => 'openapi.json',
  service: (uuid: string) => `services/${uuid}.json`,
  servicesPage: (page: number | '{n}') => `services/pages/${page}.json`,
  allServices: () => 'services/all.ndjson',
  organization: (uuid: string) => `organizations/${uuid}.json`,
  organizationsPage: (page: number | '{n}') => `organizations/pages/${page}.json`,
  taxonomy: (uuid: string) => `taxonomies/${uuid}.json`,
  taxonomiesPage: (page: number) => `taxonomies/pages/${page}.json`,
  taxonomyTerm: (uuid: string) => `taxonomy_terms/${uuid}.json`,
  taxonomyTermsPage: (page: number) => `taxonomy_terms/pages/${page}.json`,
  table: (table: TableName) => `tabular/${TABLES[table].path}`,
  dataPackage: () => 'tabular/datapackage.json',
};

/** The site path of an HSDS file. */
export const hsdsPath = (path: string) => `${HSDS_BASE}${path}`;

export interface ExportFile {
  /** Site path; "{id}" and "{n}" stand for an HSDS id and a page number. */
  path: string;
  it: string;
  en: string;
}

/** The HSDS files, for the /dati/ page. */
export const HSDS_FILES: ExportFile[] = [
  { path: hsdsPath(hsdsPaths.root()), it: 'Documento radice dell’API HSDS: versione e indirizzo della descrizione OpenAPI.', en: 'HSDS API root document: version and the address of the OpenAPI description.' },
  { path: hsdsPath(hsdsPaths.openapi()), it: 'Descrizione OpenAPI 3.1 dei file pubblicati.', en: 'OpenAPI 3.1 description of the published files.' },
  { path: hsdsPath(hsdsPaths.servicesPage('{n}')), it: `Elenco dei servizi a pagine di ${PAGE_SIZE} (total_items, total_pages, page_number…).`, en: `The list of services in pages of ${PAGE_SIZE} (total_items, total_pages, page_number…).` },
  { path: hsdsPath(hsdsPaths.service('{id}')), it: 'Un servizio completo: organizzazione, luoghi, orari, telefoni, costi, lingue, accessibilità, categorie.', en: 'One full service: organisation, places, schedules, phones, costs, languages, accessibility, categories.' },
  { path: hsdsPath(hsdsPaths.allServices()), it: 'Tutta la directory in un file: un servizio completo per riga (NDJSON).', en: 'The whole directory in one file: one full service per line (NDJSON).' },
  { path: hsdsPath(hsdsPaths.organizationsPage('{n}')), it: 'Elenco delle organizzazioni, a pagine.', en: 'The list of organisations, in pages.' },
  { path: hsdsPath(hsdsPaths.organization('{id}')), it: 'Un’organizzazione.', en: 'One organisation.' },
  { path: hsdsPath(hsdsPaths.taxonomiesPage(1)), it: 'Le tassonomie: categorie, bisogni, destinatari, tipi di organizzazione.', en: 'The taxonomies: categories, needs, audiences, types of organisation.' },
  { path: hsdsPath(hsdsPaths.taxonomyTermsPage(1)), it: 'Tutte le voci delle tassonomie.', en: 'Every term of the taxonomies.' },
  { path: hsdsPath(hsdsPaths.dataPackage()), it: 'Forma tabellare HSDS: descrizione (Frictionless Data Package) dei file CSV nella stessa cartella.', en: 'HSDS tabular form: description (Frictionless Data Package) of the CSV files in the same folder.' },
  ...(Object.keys(TABLES) as TableName[]).map((table) => ({
    path: hsdsPath(hsdsPaths.table(table)),
    it: `Tabella CSV «${table}».`,
    en: `CSV table "${table}".`,
  })),
];

/** How ids are made, for the /dati/ page. */
export const HSDS_ID_RULE = {
  namespace: HSDS_NAMESPACE,
  namespaceName: HSDS_NAMESPACE_NAME,
  urlNamespace: URL_NAMESPACE,
  it: `Ogni id è un UUID versione 5 (RFC 9562) del nome «tipo/id-del-file[/parte]», es. «service/gruppo-di-cammino», nel namespace ${HSDS_NAMESPACE} (l’UUIDv5 di «${HSDS_NAMESPACE_NAME}» nel namespace URL): una scheda mantiene i suoi id da una pubblicazione all’altra.`,
  en: `Every id is a version 5 UUID (RFC 9562) of the name "kind/file-id[/part]", e.g. "service/gruppo-di-cammino", in the namespace ${HSDS_NAMESPACE} (the UUIDv5 of "${HSDS_NAMESPACE_NAME}" in the URL namespace): an entry keeps its ids from one publication to the next.`,
};

export interface FieldMapping {
  /** Our field, as written in the entry files. */
  ours: string;
  /** The HSDS field(s). */
  hsds: string;
  it?: string;
  en?: string;
}

/** Our fields → HSDS fields. */
export const HSDS_FIELD_MAPPING: FieldMapping[] = [
  { ours: 'id (nome del file)', hsds: 'service.id', it: 'UUIDv5 dell’id del file.', en: 'UUIDv5 of the file id.' },
  { ours: 'name', hsds: 'service.name' },
  { ours: 'name_en', hsds: 'service.alternate_name' },
  { ours: 'summary', hsds: 'service.description' },
  { ours: 'status', hsds: 'service.status', it: 'attivo → active, sospeso → temporarily closed, chiuso → inactive.', en: 'attivo → active, sospeso → temporarily closed, chiuso → inactive.' },
  { ours: 'category', hsds: 'service.attributes (link_type category)', it: 'Voce della tassonomia «Segnavia: categorie».', en: 'Term of the taxonomy "Segnavia: categorie".' },
  { ours: 'needs', hsds: 'service.attributes (link_type need)', it: 'Voci della tassonomia «Segnavia: bisogni».', en: 'Terms of the taxonomy "Segnavia: bisogni".' },
  { ours: 'audiences', hsds: 'service.attributes (link_type audience), service.eligibility_description', it: 'Voci della tassonomia «Segnavia: destinatari», e in parole.', en: 'Terms of the taxonomy "Segnavia: destinatari", and in words.' },
  { ours: 'organization', hsds: 'service.organization_id, service.organization', it: 'Nome, descrizione, email, sito, telefono; il tipo come voce della tassonomia «tipi di organizzazione».', en: 'Name, description, email, website, phone; the type as a term of the "types of organisation" taxonomy.' },
  { ours: 'locations[]', hsds: 'service.service_at_locations[].location', it: 'location_type physical, name, latitude, longitude.', en: 'location_type physical, name, latitude, longitude.' },
  { ours: 'locations[].address, postcode, comune, province', hsds: 'location.addresses[] (address_1, postal_code, city, state_province, region, country IT)', it: 'Solo quando via e CAP sono noti; altrimenti il luogo è descritto in location.description, es. «Rho (MI)».', en: 'Only when street and postcode are known; otherwise the place is described in location.description, e.g. "Rho (MI)".' },
  { ours: 'locations[].position: approssimativa', hsds: 'location.description', it: 'Le coordinate sono il centro del comune: lo dice la descrizione.', en: 'The coordinates are the centre of the comune: the description says so.' },
  { ours: 'online_only', hsds: 'location (location_type virtual, url = contacts.website)' },
  { ours: 'schedule.sessions[]', hsds: 'service.schedules[] (freq, interval, byday, opens_at, closes_at, description)', it: 'settimanale → WEEKLY; quindicinale → WEEKLY, interval 2; mensile → MONTHLY, byday «1MO» o «-1FR» se è nota la settimana. Orari locali italiani (Europe/Rome), senza scarto da UTC.', en: 'settimanale → WEEKLY; quindicinale → WEEKLY, interval 2; mensile → MONTHLY, byday "1MO" or "-1FR" when the week is known. Local Italian times (Europe/Rome), without a UTC offset.' },
  { ours: 'schedule.sessions[].part_of_day, schedule.season', hsds: 'schedule.description', it: 'HSDS non ha un campo per la parte del giorno né per i mesi: sono nella descrizione.', en: 'HSDS has no field for the part of the day or the months: they are in the description.' },
  { ours: 'schedule.start_date, end_date', hsds: 'schedule.valid_from, valid_to' },
  { ours: 'schedule.note', hsds: 'schedule.notes' },
  { ours: 'cost', hsds: 'service.cost_options[] (currency EUR, amount; amount_description), service.fees_description', it: 'Gratuito = importo 0 EUR.', en: 'Free = amount 0 EUR.' },
  { ours: 'joining', hsds: 'service.application_process' },
  { ours: 'contacts.phone', hsds: 'service.phones[].number' },
  { ours: 'contacts.email', hsds: 'service.email' },
  { ours: 'contacts.website', hsds: 'service.url' },
  { ours: 'accessibility.languages', hsds: 'service.languages[] (code, name)' },
  { ours: 'accessibility.features, accessibility.note', hsds: 'location.accessibility[].description', it: 'Una voce per caratteristica, più la nota.', en: 'One record per feature, plus the note.' },
  { ours: 'verified.date', hsds: 'service.assured_date' },
  { ours: 'verified.by, verified.method, sources', hsds: '—', it: 'Non pubblicati in HSDS (sono sulla pagina della scheda).', en: 'Not published in HSDS (they are on the entry page).' },
];
