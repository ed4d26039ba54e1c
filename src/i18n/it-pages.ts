/**
 * The strings that only pages built ahead of time use, never the browser: the words of the Astro
 * templates' HTML, the open-data page (/dati/), the coordinators' health and coverage pages
 * (/coordinamento/), the spreadsheet-import guide and the terminal report. They live apart from
 * src/lib/i18n.ts so that the browser's bundles, which carry that whole dictionary, do not carry these
 * too (the search page and the form have JavaScript budgets). Astro templates import `t` from here: it
 * also finds every interface string.
 * Italian first, English below; `t` here looks in this dictionary, then in the interface one.
 */
import { t as interfaceString, type Dictionary as InterfaceDictionary, type Locale, type ShapeOf } from './i18n.ts';

const it = {
  siteName: 'Segnavia',
  siteTagline: 'Attività e gruppi della comunità che fanno bene alla salute, vicino a te',
  skipToContent: 'Vai al contenuto',
  skipToResults: 'Vai ai risultati',
  navMain: 'Menu principale',
  navHome: 'Inizio',
  navCategories: 'Categorie',
  navPlaces: 'Luoghi',
  navAbout: 'Prescrizione sociale',
  footerAbout:
    'Segnavia è un elenco pubblico e gratuito di risorse della comunità per la prescrizione sociale, aggiornato da volontari. Verifica sempre giorni e orari con l’organizzazione prima di andare.',
  footerData: 'Dati aperti',
  breadcrumb: 'Sei qui',

  homeTitle: 'Trova attività e gruppi che fanno bene, vicino a te',
  homeIntro:
    'Camminare in compagnia, cantare in un coro, coltivare un orto, trovare aiuto per le bollette o sostegno per chi assiste un familiare. Segnavia raccoglie le attività della comunità che medici, farmacisti, bibliotecari e operatori possono consigliare, e che chiunque può trovare da sé.',
  homeSearchTitle: 'Cerca un’attività vicino a te',
  homeByCategory: 'Cerca per tipo di attività',
  homeByPlace: 'Cerca per luogo',
  homeForStaff: 'Per chi lavora nella sanità e nel sociale',
  homeForStaffText:
    'Segnavia è pensato per la «segnaletica attiva»: indicare alle persone le risorse della comunità con informazioni affidabili e aggiornate.',
  homeForStaffLink: 'Che cos’è la prescrizione sociale',
  homeCount: (resources: number, places: number) => `${resources} risorse in ${places} comuni`,

  resourcesCount: (n: number) => (n === 1 ? '1 risorsa' : `${n} risorse`),
  noResources: 'Non ci sono ancora risorse qui. Conosci un’attività? Aiutaci ad aggiungerla.',

  descriptionLabel: 'Descrizione',
  otherResourcesOfOrg: 'Attività di questa organizzazione',
  organizationType: 'Tipo',

  // Coordinators: the directory's health (issue 14)
  navCoordination: 'Per chi coordina',
  // Shortlist (issue 4). Plain strings with {name}, {n}, {max}, {ids} reach the browser as
  // templates (src/lib/shortlist/strings.ts) and are filled in there; functions are used at build time.
  shortlistNav: 'La mia lista',
  shortlistTitle: 'La mia lista',
  shortlistDescription: 'Le risorse scelte per una persona, da stampare o mandare con un link o un messaggio.',
  shortlistIntro:
    'Scegli due o tre attività adatte alla persona, poi stampa il foglio o mandale il link. La lista resta solo in questo browser: nessun account, nessun dato inviato a un server.',
  shortlistNoScript: 'La lista funziona solo con JavaScript attivo. Ogni scheda si può comunque stampare dalla sua pagina.',
  shortlistLoading: 'Caricamento della lista…',
  shortlistEmpty: 'La lista è vuota. Apri una scheda o una categoria e premi «Aggiungi alla lista».',
  shortlistReceived: 'Questa lista ti è stata mandata con un link. Puoi stamparla, inoltrarla o salvarla nella tua lista.',
  shortlistReceivedTitle: 'Attività consigliate per te',
  shortlistReceivedIntro: 'Sono state scelte per te. Tocca un nome per leggere tutto, oppure chiama il numero indicato.',
  shortlistSave: 'Salva nella mia lista',
  shortlistNoteTitle: 'Nota per la persona',
  shortlistNoteLabel: 'Nota (facoltativa), per esempio un consiglio o a chi chiedere',
  shortlistNoteHint:
    'Compare solo sul foglio stampato e resta in questo browser: non va nel link né nei messaggi. Non scrivere dati sulla salute.',
  shortlistHandOver: 'Consegna la lista',
  shortlistOnPaper: 'Su carta',
  shortlistPrint: 'Stampa il foglio',
  shortlistByLink: 'Con un link',
  shortlistLinkLabel: 'Link alla lista',
  shortlistLinkHint: 'Chi apre il link vede le stesse risorse e può salvarle nella propria lista.',
  shortlistCopy: 'Copia il link',
  shortlistByMessage: 'Con un messaggio',
  shortlistWhatsapp: 'Invia con WhatsApp',
  shortlistSms: 'Invia con SMS',
  shortlistEmail: 'Invia per email',
  shortlistShare: 'Condividi con un’altra app',
  shortlistClear: 'Svuota la lista',
  shortlistSheetTitle: 'Attività consigliate per te',
  shortlistSheetDate: 'Data',
  shortlistSheetFor: 'Per',
  shortlistSheetFooter: 'Da Segnavia, elenco pubblico delle risorse della comunità. Verifica giorni e orari con l’organizzazione prima di andare.',
  printQrCaption: 'Inquadra il codice con il telefono per aprire questa scheda:',
  calendarLink: 'Aggiungi al calendario',
  calendarLinkHint: 'Scarica gli incontri ricorrenti (file .ics) per il calendario del telefono o del computer.',
  correctionTitle: 'Qualcosa non va in questa scheda?',
  correctionText:
    'Se un’informazione è sbagliata o non è più valida, segnalacelo: la redazione controllerà e aggiornerà la scheda.',
  correctionGithub: 'Suggerisci una correzione su GitHub',
  correctionEmail: 'Scrivi alla redazione per email (senza account GitHub)',
  categoriesTitle: 'Categorie',
  categoriesIntro: 'Le attività divise per tipo. Ogni scheda dice dove, quando, quanto costa e come partecipare.',
  placesTitle: 'Luoghi',
  placesIntro: 'Scegli la regione, poi la provincia e il comune.',
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

  // Contribute (issue 5)
  navContribute: 'Contribuisci',
  contributeTitle: 'Aggiungi o aggiorna un’attività',
  contributeDescription: 'Un modulo per aggiungere a Segnavia un’attività della comunità, o aggiornarne una, senza conoscere git.',
  contributeIntro:
    'Compila il modulo con le informazioni pubbliche dell’attività: il modulo controlla ogni campo con le stesse regole del sito e prepara il file da proporre. La redazione lo rilegge prima di pubblicarlo. Servono circa dieci minuti.',
  contributeNoScript: 'Il modulo ha bisogno di JavaScript. Se nel tuo browser è spento, puoi contribuire in altri modi:',
  contributeIssueForm: 'Segnala una nuova attività con il modulo su GitHub (serve un account gratuito, non serve conoscere git)',
  contributeCorrectionForm: 'Segnala una correzione a una scheda esistente',
  contributeEmail: (email: string) => `Scrivi alla redazione: ${email}`,
  contributeGuide: 'Leggi la guida per chi contribuisce',
  contributeSpreadsheet: 'Hai già le attività in un foglio di calcolo?',
  contributeSpreadsheetText:
    'Chi coordina molte attività (un’ASL, un Comune, un Centro servizi per il volontariato) può importarle tutte insieme: una riga per attività, con gli stessi controlli del modulo.',
  contributeSpreadsheetTemplate: 'Scarica il modello di foglio di calcolo (CSV)',
  contributeSpreadsheetGuide: 'Come compilarlo: la guida alle colonne',
  correctionForm: 'Aggiorna la scheda con il modulo (anche per confermare che è ancora attuale)',

  // Search and map (issue 3)
  tooManyToList: (limit: number) => `Sono più di ${limit}: scegli un comune qui sopra per un elenco breve, oppure`,
  searchAllHere: 'cercale tutte con i filtri',
  navSearch: 'Cerca',
  searchTitle: 'Cerca un’attività',
  searchIntro: 'Scrivi che cosa cerchi, scegli quello che conta e dove: i risultati compaiono nell’elenco e sulla mappa.',
  searchLabel: 'Che cosa cerchi?',
  searchHint: 'Es. coro, camminata, orto, Alzheimer, debiti',
  searchButton: 'Cerca',
  searchWhereLabel: 'Dove?',
  searchWhereHint: 'Un comune, es. Rho (MI): prima i più vicini',
  filtersTitle: 'Filtri',
  filterLabels: {
    categoria: 'Tipo di attività',
    bisogno: 'Utile per',
    destinatari: 'Per chi',
    regione: 'Regione',
    provincia: 'Provincia',
    comune: 'Comune',
    giorno: 'Giorno',
    costo: 'Costo',
    accesso: 'Come si partecipa',
    accessibilita: 'Accessibilità',
    gestore: 'Chi la organizza',
  } as Record<string, string>,
  runByComune: 'Amministrazione comunale',
  anyProvince: 'Tutte le province',
  comuneHint: 'Scrivi il nome e scegli dall’elenco, es. Rho (MI)',
  freeOnly: 'Gratuito',
  paid: 'A pagamento',
  applyFilters: 'Applica i filtri',
  clearFilters: 'Togli tutti i filtri',
  filtersIntro: 'Scegli quello che conta, poi premi «Applica i filtri»: torni ai risultati.',
  nearMe: 'Vicino a me',
  removeNear: 'Togli la posizione',
  sortLabel: 'Ordina per',
  sortOptions: { pertinenza: 'pertinenza', distanza: 'distanza', nome: 'nome' } as Record<string, string>,
  resultsTitle: 'Risultati',
  searchLoading: 'Carico la ricerca…',
  noJsSearch: 'La ricerca ha bisogno di JavaScript, che nel tuo browser è spento. Puoi sfogliare tutte le attività per tipo o per luogo:',
  noJsBrowseCategories: 'Per tipo di attività',
  noJsBrowsePlaces: 'Per luogo (regione, provincia, comune)',
  pageLabel: 'Pagine dei risultati',
  previousPage: 'Pagina precedente',
  nextPage: 'Pagina successiva',
  areaActive: 'Elenco limitato all’area della mappa.',
  removeArea: 'Togli il limite dell’area',
  dataTitle: 'Dati aperti',
  dataDescription: 'Tutto l’elenco di Segnavia da scaricare e riusare: Open Referral HSDS 3.0, GeoJSON, CSV, calendari iCalendar, con licenza CC BY 4.0.',
  dataIntro:
    'Tutto l’elenco si può scaricare e riusare: da un portale regionale, da un programma per gli ambulatori, da chi fa ricerca sulle risorse della comunità. I file sono fatti dalle stesse schede delle pagine, a ogni pubblicazione.',
  dataLicenceTitle: 'Licenza',
  dataLicence:
    'I dati sono pubblicati con licenza Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0), quella raccomandata dalle Linee guida AgID per i dati aperti: puoi copiarli, trasformarli e riusarli, anche per fini commerciali, citando «Segnavia» con un collegamento a questa pagina.',
  dataLicenceLink: 'Il testo della licenza CC BY 4.0',
  dataCodeLicence: 'Il codice del sito è un’altra cosa: è software libero con licenza MIT.',
  dataUpdatesTitle: 'Quando cambiano',
  dataUpdates:
    'I file si rifanno a ogni pubblicazione del sito, cioè ogni volta che una modifica alle schede è accettata nel ramo principale (main) del repository. Ogni scheda dice quando è stata verificata l’ultima volta.',
  dataFilesTitle: 'I file',
  dataAddress: 'Indirizzo:',
  dataHsdsTitle: 'Open Referral HSDS 3.0',
  dataHsds:
    'Lo standard internazionale degli elenchi di servizi alla persona (Human Services Data Specification), come API statica: file JSON che si leggono così come sono.',
  dataHsdsRoot: 'la radice, con la versione dello standard e il collegamento alla sua descrizione OpenAPI;',
  dataHsdsServices: 'un servizio completo per ogni attività (organizzazione, luoghi, orari, contatti, costi, lingue, accessibilità), in services/;',
  dataHsdsTaxonomies: 'le categorie, i bisogni e i destinatari come termini di una tassonomia pubblicata, in taxonomies/;',
  dataHsdsPages: 'l’elenco dei servizi in pagine, con i campi di paginazione di HSDS, e tutto l’elenco in un solo file;',
  dataHsdsTabular: 'la forma tabellare di HSDS: file CSV con il loro datapackage.json.',
  dataGeojsonTitle: 'GeoJSON, per le mappe',
  dataGeojson:
    'Un punto per ogni luogo delle attività attive o sospese (le chiuse no), in coordinate WGS 84, con id, nome, categoria, stato, luogo, indirizzo, comune, provincia, se la posizione è approssimativa (il centro del comune) e l’indirizzo della scheda. Si apre in QGIS, uMap e nei programmi di mappe.',
  dataCsvTitle: 'CSV, per i fogli di calcolo',
  dataCsv:
    'Una riga per ogni attività e luogo (un’attività solo online ha una riga senza luogo), attive e sospese. Si apre con un doppio clic in Excel e LibreOffice in italiano: campi separati dal punto e virgola, codifica UTF-8 con il segno iniziale (BOM) che fa riconoscere a Excel le lettere accentate, coordinate con la virgola decimale. In un programma impostato in inglese, importalo indicando il punto e virgola come separatore. Un testo che comincia con = + - o @ è preceduto da un apostrofo, perché il foglio di calcolo non lo esegua come una formula.',
  dataIcsTitle: 'Calendari iCalendar',
  dataIcs:
    'Per ogni attività attiva con giorni e orari fissi, un file .ics con gli incontri ricorrenti (ora di Roma), da aggiungere al calendario del telefono o del computer: il collegamento «Aggiungi al calendario» è sulla scheda. Un programma a tempo finisce alla sua data di fine. Restano fuori, e sono nominati nella descrizione dell’evento, gli incontri senza l’ora d’inizio e quelli ogni due settimane o mensili senza la settimana indicata: non se ne conoscono i giorni esatti, e un evento nel giorno sbagliato è peggio di nessun evento.',
  dataIcsAddress: 'Indirizzo: /dati/calendario/ seguito dall’identificativo della scheda e da .ics, per esempio',
  dataSitemapTitle: 'Mappa del sito',
  dataSitemap: 'sitemap.xml elenca ogni pagina del sito per i motori di ricerca; robots.txt la indica.',
  dataSchemaTitle: 'Lo schema, per chi contribuisce',
  dataSchema:
    'Ogni scheda segue uno schema controllato. La sua versione JSON Schema permette a un editor di testo (per esempio VS Code) di suggerire i campi e segnalare gli errori mentre si scrive una scheda:',
  dataSchemaResource: 'Schema delle attività',
  dataSchemaOrganization: 'Schema delle organizzazioni',
  dataMappingTitle: 'Corrispondenza dei campi con HSDS',
  dataMappingIntro: 'Come i campi delle schede di Segnavia diventano i campi di HSDS 3.0.',
  dataMappingOurs: 'Campo di Segnavia',
  dataMappingHsds: 'Campo HSDS 3.0',
  dataMappingNote: 'Nota',
  dataHsdsFilesCaption: 'I file dell’API HSDS ({id} e {n} stanno per l’identificativo e il numero di pagina)',
  dataHsdsIdsTitle: 'Identificativi stabili',
  coordinationTitle: 'Per chi coordina',
  coordinationDescription: 'Lo stato dell’elenco per chi se ne prende cura: schede da confermare, da ricontrollare, doppioni, copertura del territorio.',
  coordinationIntro:
    'Queste pagine servono a chi si prende cura di Segnavia sul proprio territorio — il referente della prescrizione sociale di un’ASL, l’ufficio sociale di un Comune, un Centro Servizi per il Volontariato — per vedere quali schede vanno confermate o ricontrollate, quali mancano di un contatto e dove manca un’offerta. Ogni scheda elencata ha un link per aggiornarla con il modulo.',
  coordinationHealthLink: 'Lo stato dell’elenco: schede da confermare, da ricontrollare, doppioni',
  coordinationHealthText: 'Conteggi per regione e provincia e, per ogni provincia, l’elenco delle schede da sistemare.',
  coordinationCoverageLink: 'Copertura e vuoti: che cosa c’è e che cosa manca in ogni provincia',
  coordinationCoverageText: 'Per ogni provincia, quali tipi di attività ci sono per ogni gruppo di persone, e dove mancano.',
  coordinationReport: 'Le stesse cifre si ottengono dal terminale con npm run report (anche in Markdown, per le pull request).',
  coordinationHowTo: 'Come si conferma una scheda',
  coordinationHowToText:
    'Telefona o scrivi all’organizzazione (o vai a vedere), poi apri la scheda con «Aggiorna»: nel modulo scegli come hai verificato (al telefono, per email, di persona, dall’organizzazione stessa) e la data di oggi. Una scheda compilata da documenti pubblici resta «non confermata» finché qualcuno non lo fa.',
  healthTitle: 'Lo stato dell’elenco',
  healthRegionTitle: (region: string) => `Lo stato dell’elenco: ${region}`,
  healthProvinceTitle: (province: string) => `Lo stato dell’elenco: ${province}`,
  healthDescription: 'Schede mai confermate, da ricontrollare, senza contatti, sospese o chiuse e probabili doppioni, per regione e provincia.',
  healthIntro:
    'Una scheda è «confermata» quando qualcuno ha sentito l’organizzazione (al telefono, per email, di persona) o l’ha vista; altrimenti è «compilata da documenti pubblici» e la sua età è quella della fonte più recente. Va ricontrollata dopo 12 mesi dalla conferma o, senza conferma, dalla fonte più recente.',
  healthComputed: (date: string) => `Calcolato il ${date}, quando il sito è stato costruito.`,
  healthReportComputed: (date: string) => `Calcolato il ${date} dai file dei contenuti.`,
  healthChooseProvince: 'Scegli una provincia per vedere le schede una per una.',
  healthAllItaly: 'Tutta Italia',
  healthTableScroll: 'La tabella scorre di lato.',
  healthChartLabel: 'Quanto sono recenti le schede non chiuse',
  healthSummaryTitle: 'Quadro generale',
  healthWhat: 'Che cosa',
  healthHowMany: 'Schede',
  healthRegionsTitle: 'Per regione',
  healthProvincesTitle: 'Per provincia',
  healthRegion: 'Regione',
  healthProvince: 'Provincia',
  healthEntries: 'Schede',
  healthActive: 'Attive',
  healthPaused: 'Sospese',
  healthClosed: 'Chiuse',
  healthUnconfirmed: 'Mai confermate',
  healthStale: 'Da ricontrollare (più di 12 mesi)',
  healthDue: 'In scadenza (entro 60 giorni)',
  healthUnknownAge: 'Età sconosciuta (fonti senza data)',
  healthFresh: 'Recenti',
  healthApproximate: 'Posizione approssimativa',
  healthNoPhoneOrEmail: 'Senza telefono né email',
  healthPausedOrClosed: 'Sospese o chiuse',
  healthDuplicates: 'Probabili doppioni',
  healthListUnconfirmed: 'Schede mai confermate dall’organizzazione',
  healthListStale: 'Da ricontrollare: più di 12 mesi',
  healthListDue: 'In scadenza nei prossimi 60 giorni',
  healthListApproximate: 'Schede con la posizione approssimativa (centro del comune)',
  healthListNoPhoneOrEmail: 'Schede senza telefono né email',
  healthListPausedOrClosed: 'Schede sospese o chiuse',
  healthListDuplicates: 'Probabili doppioni',
  healthColEntry: 'Scheda',
  healthColPlace: 'Comune',
  healthColNewestSource: 'Fonte più recente',
  healthColSince: 'Conta da',
  healthColStaleOn: 'Da ricontrollare dal',
  healthColWebsite: 'Altri contatti',
  healthColStatus: 'Stato',
  healthColStale: 'Da ricontrollare',
  healthColDue: 'In scadenza',
  healthColOther: 'Forse uguale a',
  healthColWhy: 'Perché',
  healthColActions: 'Aggiorna',
  healthUpdate: 'Aggiorna',
  healthUpdateLabel: (name: string) => `Aggiorna «${name}» con il modulo`,
  healthUndated: 'senza data',
  healthConfirmedOn: (date: string) => `confermata il ${date}`,
  healthSourceOf: (date: string) => `fonte ${date}`,
  healthCompiledOn: (date: string) => `compilata il ${date}, fonti senza data`,
  healthWebsiteOnly: 'solo il sito web',
  healthNone: 'Nessuna.',

  // Coverage and gaps for coordinators (issue 14): /coordinamento/copertura/
  coverageTitle: 'Copertura e lacune',
  coverageDescription: 'Quante attività attive ci sono in ogni provincia, per tipo di attività, bisogno e destinatari, e dove mancano.',
  coverageIntro:
    'Per chi coordina la prescrizione sociale in un territorio: quante attività attive ci sono in ogni provincia per tipo di attività e destinatari, dove mancano e come si confronta con l’Italia.',
  coverageRulesTitle: 'Come si contano',
  coverageRules: [
    'Contano solo le attività attive: quelle sospese o chiuse no.',
    'Un’attività conta una volta per ciascun destinatario che indica, e in ogni provincia in cui ha un luogo.',
    'Le attività solo online contano nei numeri dell’Italia e sono indicate a parte: non appartengono a nessuna provincia.',
    'Una «lacuna» è una combinazione (per esempio musica e canto per persone anziane) senza nessuna attività attiva nella provincia.',
  ],
  coverageSummary: (active: number, online: number, provinces: number, allProvinces: number) =>
    `${active.toLocaleString('it-IT')} attività attive in Italia, di cui ${online.toLocaleString('it-IT')} solo online; ${provinces} province su ${allProvinces} ne hanno almeno una.`,
  coverageMapTitle: 'Mappa della copertura per provincia',
  coverageMapHelp:
    'Ogni cerchio è una provincia, al centro dei suoi comuni: il colore dice quanta parte delle combinazioni tipo di attività × destinatari ha almeno un’attività, la grandezza quante attività attive ci sono. Tocca un cerchio per aprire la provincia.',
  coverageMapEquivalent: 'La tabella «Copertura per provincia» qui sotto ha gli stessi numeri della mappa.',
  coverageMapNoScript: 'La mappa ha bisogno di JavaScript: la tabella qui sotto ha gli stessi numeri.',
  coverageLegendTitle: 'Legenda della mappa',
  coverageLevels: ['nessuna attività attiva', 'meno del 10% delle combinazioni coperte', 'dal 10% al 24%', 'dal 25% al 49%', 'il 50% o più'] as readonly string[],
  coverageLegendSize: (max: number) => `Più grande è il cerchio, più attività attive ci sono (al massimo ${max.toLocaleString('it-IT')} in una provincia).`,
  coverageMarkerLabel: (name: string, sigla: string, active: number, level: string) =>
    `${name} (${sigla}): ${active === 1 ? '1 attività attiva' : `${active.toLocaleString('it-IT')} attività attive`}; ${level}`,
  coverageTableTitle: 'Copertura per provincia',
  coverageTableCaption: 'Copertura per provincia, regione per regione',
  coverageColumnProvince: 'Provincia',
  coverageColumnActive: 'Attività attive',
  coverageColumnCategories: 'Tipi di attività presenti',
  coverageColumnCells: 'Combinazioni coperte (tipo × destinatari)',
  coverageColumnLevel: 'Copertura',
  coverageOf: (part: number, whole: number) => `${part} su ${whole}`,
  coverageScrollHint: 'La tabella è larga: scorrila di lato dentro il riquadro.',
  coverageEmptyTitle: (n: number) => `Province senza nessuna attività attiva (${n})`,
  coverageEmptyIntro:
    'Sono le lacune più grandi: nessuna attività attiva in tutta la provincia. Se ne conosci una, aggiungila.',
  coverageEmptyNone: 'Ogni provincia ha almeno un’attività attiva.',
  coverageNationalTitle: 'Il quadro nazionale',
  coverageCategoriesMatrix: (place: string) => `Tipi di attività e destinatari ${place}`,
  coverageNeedsMatrix: (place: string) => `Bisogni e destinatari ${place}`,
  coverageInItaly: 'in Italia',
  coverageInProvince: (name: string) => `in provincia di ${name}`,
  coverageRowCategory: 'Tipo di attività',
  coverageRowNeed: 'Utile per',
  coverageTotal: 'Totale',
  coverageCellItaly: (n: number) => `Italia: ${n.toLocaleString('it-IT')}`,
  coverageCellOnline: (n: number) => `online: ${n.toLocaleString('it-IT')}`,
  coverageShare: (province: string, italy: string) => `${province} delle attività (Italia: ${italy})`,
  coverageGapMark: 'lacuna',
  coverageMatrixLegend:
    'In ogni casella: le attività attive nella provincia e, sotto, quelle in tutta Italia. Le caselle «0 lacuna», tratteggiate, non hanno nessuna attività attiva nella provincia.',
  coverageNationalLegend: 'In ogni casella: le attività attive in tutta Italia e, sotto, quante sono solo online.',
  coverageDownloadTitle: 'Scarica i dati',
  coverageCsvCategories: 'Copertura per provincia, tipo di attività e destinatari (CSV)',
  coverageCsvNeeds: 'Copertura per provincia, bisogno e destinatari (CSV)',
  coverageCsvFormat:
    'File CSV in UTF-8 con una riga per provincia × tipo (o bisogno) × destinatari, anche quando il numero è 0. Le colonne sono separate dal punto e virgola (;), come le apre Excel in italiano; se le lettere accentate non si vedono bene, aprilo da Dati › Da testo/CSV scegliendo UTF-8.',
  coverageProvinceTitle: (name: string, sigla: string) => `Copertura in provincia di ${name} (${sigla})`,
  coverageProvinceDescription: (name: string) => `Attività attive in provincia di ${name} per tipo, bisogno e destinatari, le lacune e il confronto con l’Italia.`,
  coverageProvinceSummary: (active: number, covered: number, cells: number, categories: number, allCategories: number) =>
    `${active === 1 ? '1 attività attiva' : `${active.toLocaleString('it-IT')} attività attive`}; ${categories === 1 ? '1 tipo' : `${categories} tipi`} di attività su ${allCategories}; ${covered} ${covered === 1 ? 'combinazione' : 'combinazioni'} tipo × destinatari ${covered === 1 ? 'coperta' : 'coperte'} su ${cells}.`,
  coverageProvinceOnline: (n: number) =>
    n === 0
      ? 'In Italia non ci sono attività attive solo online.'
      : `In più, ${n === 1 ? '1 attività attiva si svolge' : `${n.toLocaleString('it-IT')} attività attive si svolgono`} solo online e vale anche per questa provincia: accanto alle lacune è indicato quante sono.`,
  coverageProvinceBrowse: (name: string) => `Sfoglia le attività in provincia di ${name}`,
  coverageBackToNational: 'Torna alla copertura in Italia',
  coverageGapsTitle: 'Le lacune, in parole',
  coverageGapsCategories: 'Per tipo di attività',
  coverageGapsNeeds: 'Per bisogno',
  coverageNoGaps: 'Nessuna lacuna: ogni combinazione ha almeno un’attività attiva.',
  coverageItaly: (n: number, online: number) =>
    n === 0 ? 'nessuna nemmeno in Italia' : `${n.toLocaleString('it-IT')} in Italia${online > 0 ? `, di cui ${online.toLocaleString('it-IT')} solo online` : ''}`,
  coverageRowEmpty: (italy: string) => `nessuna attività in questa provincia (${italy}).`,
  coverageRowGaps: 'nessuna attività in questa provincia per',
  coverageRowGapsEverywhere: (audiences: string, first: boolean) => first ? `nessuna attività, né in questa provincia né in tutta Italia, per ${audiences}` : `nessuna nemmeno in tutta Italia per ${audiences}`,

  importTitle: 'Importare un foglio di calcolo',
  importDescription: 'Come preparare un foglio di calcolo di attività da importare in Segnavia: il modello e che cosa scrivere in ogni colonna.',
  importIntro:
    'Una riga per attività. L’importazione controlla ogni riga con le stesse regole del sito: una riga con un problema è segnalata con il suo numero, la colonna e che cosa correggere, e non viene scritta.',
  importSteps: 'Come si fa',
  importStepTemplate: 'Scarica il modello: ha i nomi delle colonne e una riga d’esempio presa da una scheda vera.',
  importStepFill: 'Riempi una riga per attività. Le colonne che non ti servono si possono togliere; i loro nomi non vanno cambiati.',
  importStepSave: 'Salva dal foglio di calcolo come «CSV UTF-8» (Excel o LibreOffice): il separatore può essere la virgola o il punto e virgola. I file .xlsx e .ods non si leggono direttamente.',
  importStepSend: (email: string) =>
    `Manda il file alla redazione (${email}), oppure, se usi git, importalo tu: npm run import -- attivita.csv --prova per controllarlo, poi senza --prova per scrivere le schede.`,
  importColumns: 'Che cosa scrivere in ogni colonna',
  importColumnsNote: 'Negli elenchi dentro una cella separa i valori con la virgola. Per sì scrivi «sì», «si» o «x». I valori degli elenchi fissi si scrivono con la parola chiave o con il nome che mostra il sito.',
  importRequired: 'Obbligatoria',
  importExample: 'Esempio',
} as const;

/** The shape every language must give for these pages (see Dictionary in src/lib/i18n.ts). */
export type PageDictionary = ShapeOf<typeof it>;
type Translation = { [K in keyof PageDictionary]: PageDictionary[K] extends string ? string : PageDictionary[K] };

const en: Partial<Translation> = {
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

const dictionaries: Record<Locale, Partial<Translation>> = { it, en };

type Key = keyof PageDictionary | keyof InterfaceDictionary;
type Value<K extends Key> = K extends keyof PageDictionary ? PageDictionary[K] : K extends keyof InterfaceDictionary ? InterfaceDictionary[K] : never;

/** The string for a key in a locale, from these pages' strings or the interface's, falling back to Italian. */
export function t<K extends Key>(key: K, locale: Locale = 'it'): Value<K> {
  if (key in it) return (dictionaries[locale][key as keyof PageDictionary] ?? it[key as keyof PageDictionary]) as Value<K>;
  return interfaceString(key as keyof InterfaceDictionary, locale) as Value<K>;
}

/** Every key of this dictionary, for the tests. */
export const pageStringKeys = Object.keys(it) as (keyof PageDictionary)[];
