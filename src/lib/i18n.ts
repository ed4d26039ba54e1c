/**
 * Every interface string, in one dictionary. Italian is complete and is the fallback;
 * English follows key by key. Strings with values are functions.
 */
const it = {
  siteName: 'Segnavia',
  siteTagline: 'Attività e gruppi della comunità che fanno bene alla salute, vicino a te',
  skipToContent: 'Vai al contenuto',
  navMain: 'Menu principale',
  navHome: 'Inizio',
  navCategories: 'Categorie',
  navPlaces: 'Luoghi',
  navAbout: 'Prescrizione sociale',
  footerAbout:
    'Segnavia è un elenco pubblico e gratuito di risorse della comunità per la prescrizione sociale, aggiornato da volontari. Verifica sempre giorni e orari con l’organizzazione prima di andare.',
  footerData: 'Dati aperti',
  footerSource: 'Codice e contenuti',
  breadcrumb: 'Sei qui',

  homeTitle: 'Trova attività e gruppi che fanno bene, vicino a te',
  homeIntro:
    'Camminare in compagnia, cantare in un coro, coltivare un orto, trovare aiuto per le bollette o sostegno per chi assiste un familiare. Segnavia raccoglie le attività della comunità che medici, farmacisti, bibliotecari e operatori possono consigliare, e che chiunque può trovare da sé.',
  homeByCategory: 'Cerca per tipo di attività',
  homeByPlace: 'Cerca per luogo',
  homeForStaff: 'Per chi lavora nella sanità e nel sociale',
  homeForStaffText:
    'Segnavia è pensato per la «segnaletica attiva»: indicare alle persone le risorse della comunità con informazioni affidabili e aggiornate.',
  homeForStaffLink: 'Che cos’è la prescrizione sociale',
  homeCount: (resources: number, places: number) => `${resources} risorse in ${places} comuni`,

  resourcesCount: (n: number) => (n === 1 ? '1 risorsa' : `${n} risorse`),
  noResources: 'Non ci sono ancora risorse qui. Conosci un’attività? Aiutaci ad aggiungerla.',

  whatLabel: 'Che cos’è',
  whereLabel: 'Dove',
  whenLabel: 'Quando',
  costLabel: 'Costo',
  joinLabel: 'Come partecipare',
  contactsLabel: 'Contatti',
  accessibilityLabel: 'Accessibilità',
  languagesLabel: 'Lingue parlate',
  organizationLabel: 'Chi la organizza',
  needsLabel: 'Utile per',
  audiencesLabel: 'Per chi',
  categoryLabel: 'Categoria',
  sourcesLabel: 'Fonti',
  statusLabel: 'Stato',
  descriptionLabel: 'Descrizione',
  verifiedLabel: 'Ultima verifica',
  verifiedText: (date: string, by: string, how: string) => `${date}, da ${by} (${how})`,
  staleWarning: 'Queste informazioni sono state verificate più di un anno fa: chiedi conferma all’organizzazione prima di andare.',
  statusNotice: (status: string) => `Attenzione: questa attività risulta ${status.toLowerCase()}.`,
  onlineOnly: 'Si svolge solo online.',
  approximatePosition: 'Posizione approssimativa (centro del comune): chiedi l’indirizzo preciso.',
  directions: 'Indicazioni stradali (OpenStreetMap)',
  directionsTo: (place: string) => `Indicazioni stradali per ${place} su OpenStreetMap`,
  phone: 'Telefono',
  email: 'Email',
  website: 'Sito web',
  noAccessibilityInfo: 'Nessuna informazione sull’accessibilità: chiedi all’organizzazione.',
  free: 'Gratuito',
  notFree: 'A pagamento',
  euro: (amount: number) => `${amount.toLocaleString('it-IT', { minimumFractionDigits: amount % 1 ? 2 : 0, maximumFractionDigits: 2 })} €`,
  scheduleUnknown: 'Giorni e orari da chiedere all’organizzazione.',
  otherResourcesOfOrg: 'Attività di questa organizzazione',
  organizationType: 'Tipo',

  categoriesTitle: 'Categorie',
  categoriesIntro: 'Le attività divise per tipo. Ogni scheda dice dove, quando, quanto costa e come partecipare.',
  placesTitle: 'Luoghi',
  placesIntro: 'Scegli la regione, poi la provincia e il comune.',
  onlineTitle: 'Solo online',
  provincesIn: (region: string) => `Province della regione ${region}`,
  comuniIn: (province: string) => `Comuni della provincia di ${province}`,
  resourcesIn: (place: string) => `Risorse a ${place}`,
  regionTitle: (region: string) => `Risorse in ${region}`,
  provinceTitle: (province: string) => `Risorse in provincia di ${province}`,

  aboutTitle: 'Che cos’è la prescrizione sociale',
  notFoundTitle: 'Pagina non trovata',
  notFoundText: 'La pagina che cerchi non esiste o è stata spostata.',
  notFoundHome: 'Torna all’inizio',
  notFoundCategories: 'Sfoglia le categorie',
  notFoundPlaces: 'Sfoglia i luoghi',
} as const;

export type Dictionary = typeof it;
export type Locale = 'it' | 'en';

const en: Partial<Dictionary> = {
  siteTagline: 'Community activities and groups that are good for your health, near you',
  skipToContent: 'Skip to content',
  navCategories: 'Categories',
  navPlaces: 'Places',
  navAbout: 'Social prescribing',
};

const dictionaries: Record<Locale, Partial<Dictionary>> = { it, en };

/** The string for a key in a locale, falling back to Italian. */
export function t<K extends keyof Dictionary>(key: K, locale: Locale = 'it'): Dictionary[K] {
  return (dictionaries[locale][key] ?? it[key]) as Dictionary[K];
}

/** The label of a vocabulary term in a locale. */
export function label(term: { it: string; en: string }, locale: Locale = 'it'): string {
  return term[locale];
}
