/** The strings only built pages use, in English (see it-pages.ts). */
import type { PageDictionary } from './it-pages.ts';

const en: Partial<PageDictionary> = {
  siteTagline: 'Community activities and groups that are good for your health, near you',
  skipToContent: 'Skip to content',
  skipToResults: 'Skip to the results',
  navCategories: 'Categories',
  navPlaces: 'Places',
  navAbout: 'Social prescribing',
  dataTitle: 'Open data',
  dataDescription: 'The whole Segnavia directory to download and reuse: Open Referral HSDS 3.0, GeoJSON, CSV, iCalendar, under CC BY 4.0.',
  dataIntro:
    'The whole directory can be downloaded and reused: by a regional portal, by GP software, by researchers mapping community assets. The files are made from the same entries as the pages, at every publication.',
  dataLicenceTitle: 'Licence',
  dataLicence:
    'The data are published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0), the one AgID’s open-data guidelines recommend: you may copy, transform and reuse them, commercially too, crediting “Segnavia” with a link to this page.',
  dataLicenceLink: 'The text of the CC BY 4.0 licence',
  dataCodeLicence: 'The site’s code is a separate matter: it is free software under the MIT licence.',
  dataUpdatesTitle: 'How often they change',
  dataUpdates:
    'The files are rebuilt at every publication of the site, that is whenever a change to the entries is accepted into the repository’s main branch. Every entry says when it was last verified.',
  dataFilesTitle: 'The files',
  dataAddress: 'Address:',
  dataHsdsTitle: 'Open Referral HSDS 3.0',
  dataHsds: 'The international standard for directories of human services (Human Services Data Specification), as a static API: JSON files read as they are.',
  dataHsdsRoot: 'the root, with the standard’s version and a link to its OpenAPI description;',
  dataHsdsServices: 'one full service per resource (organisation, places, schedules, contacts, costs, languages, accessibility), under services/;',
  dataHsdsTaxonomies: 'categories, needs and audiences as terms of a published taxonomy, under taxonomies/;',
  dataHsdsPages: 'the service list in pages, with HSDS’s paging fields, and the whole directory in one file;',
  dataHsdsTabular: 'HSDS’s tabular form: CSV files with their datapackage.json.',
  dataGeojsonTitle: 'GeoJSON, for maps',
  dataGeojson:
    'One point per place of the active or paused resources (not closed ones), in WGS 84, with id, name, category, status, place, address, comune, province, whether the position is approximate (the comune’s centre) and the entry page’s address. Opens in QGIS, uMap and other map software.',
  dataCsvTitle: 'CSV, for spreadsheets',
  dataCsv:
    'One row per resource and place (an online-only resource has one row without a place), active and paused. Opens with a double click in Excel and LibreOffice set to Italian: fields separated by semicolons, UTF-8 with a byte order mark so that Excel reads accented letters, coordinates with a decimal comma. In software set to English, import it with the semicolon as the separator. Text starting with = + - or @ is prefixed with an apostrophe so that a spreadsheet never runs it as a formula.',
  dataIcsTitle: 'iCalendar calendars',
  dataIcs:
    'For every active resource with fixed days and times, an .ics file of its recurring sessions (Rome time) to add to a phone or computer calendar: the “Add to calendar” link is on the entry page. A time-limited programme ends on its end date. Left out, and named in the event description, are sessions without a start time and fortnightly or monthly sessions without a given week: their exact days are not known, and an event on the wrong day is worse than none.',
  dataIcsAddress: 'Address: /dati/calendario/ followed by the entry’s id and .ics, for example',
  dataSitemapTitle: 'Site map',
  dataSitemap: 'sitemap.xml lists every page of the site for search engines; robots.txt points to it.',
  dataSchemaTitle: 'The schema, for contributors',
  dataSchema:
    'Every entry follows a checked schema. Its JSON Schema version lets a text editor (VS Code, for example) suggest fields and flag mistakes while an entry is written:',
  dataSchemaResource: 'Schema of resources',
  dataSchemaOrganization: 'Schema of organisations',
  dataMappingTitle: 'Field mapping to HSDS',
  dataMappingIntro: 'How the fields of Segnavia’s entries become HSDS 3.0 fields.',
  dataMappingOurs: 'Segnavia field',
  dataMappingHsds: 'HSDS 3.0 field',
  dataMappingNote: 'Note',
  dataHsdsFilesCaption: 'The files of the HSDS API ({id} and {n} stand for the identifier and the page number)',
  dataHsdsIdsTitle: 'Stable identifiers',
};

export default en as PageDictionary;
