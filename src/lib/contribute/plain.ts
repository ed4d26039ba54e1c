/**
 * The form's own words for problems and hints. The schema's messages and descriptions are written
 * for people editing the files ("free: true oppure free: false", "spiega in note"); the form asks
 * questions instead, so each message here names the question as the form shows it and says what to
 * do. One table, keyed by field path with list positions as "*" ("locations.*.province"): the rules
 * stay in the schema, only the wording changes.
 */
import type { FieldMessages } from './errors.ts';

interface Wording {
  /** When the answer is missing (the schema says "mancante", "almeno", "Indica…"). */
  missing?: string;
  /** When the answer is there but not right, and the schema's message is not in plain words. */
  invalid?: string;
  /** Particular schema messages, recognised by a pattern, with their own wording. */
  cases?: readonly (readonly [RegExp, string])[];
  /** The same message whatever the schema said. */
  always?: string;
}

const CONTACTS = 'Scrivi almeno un contatto pubblico: un numero di telefono, un indirizzo di posta elettronica o un sito web.';
const ID = 'Il nome del file può avere solo lettere minuscole senza accenti, numeri e trattini, es. «gruppo-di-cammino-rho».';
const WEB = 'Indirizzo non valido: deve iniziare con https://, es. https://www.esempio.it.';
const TIME = 'Scrivi l’ora come 09:30 o 17:00.';

const WORDING: Record<string, Wording> = {
  id: { missing: ID, invalid: ID },
  name: { missing: 'Scrivi il nome dell’attività, come lo conoscono le persone.' },
  summary: { missing: 'Scrivi in una frase che cosa si fa e per chi.' },
  category: { missing: 'Scegli la categoria che descrive meglio l’attività.', invalid: 'Scegli la categoria dall’elenco.' },
  needs: { missing: 'Scegli almeno un bisogno a cui risponde.', invalid: 'Scegli i bisogni dall’elenco.' },
  audiences: { missing: 'Scegli almeno un gruppo di persone a cui si rivolge.', invalid: 'Scegli le persone dall’elenco.' },
  body: {},
  body_en: {},
  organization: {
    always: 'Scrivi il nome dell’associazione o ente e sceglilo dall’elenco che compare; se non c’è, spunta «L’organizzazione non è nell’elenco: la aggiungo».',
  },
  online_only: { always: 'Hai indicato che si svolge solo online, ma ci sono dei luoghi: togli la spunta «solo online» oppure togli i luoghi.' },
  locations: { missing: 'Scrivi il comune in cui si svolge, oppure spunta «Si svolge solo online».', invalid: 'Scrivi il comune in cui si svolge, oppure spunta «Si svolge solo online».' },
  'locations.*.comune': { missing: 'Scrivi il comune e sceglilo dall’elenco che compare, es. Rho (MI).' },
  // The province is filled in by the choice of the comune (it is asked only under "Avanzate").
  'locations.*.province': { always: 'Scegli il comune dall’elenco che compare mentre scrivi (es. «Rho (MI)»): la provincia si compila da sola.' },
  'locations.*.lat': { missing: 'Scegli il comune dall’elenco, oppure tocca il punto sulla mappa.', invalid: 'La posizione non va: scegli di nuovo il comune dall’elenco, oppure tocca il punto sulla mappa.' },
  'locations.*.lon': { missing: 'Scegli il comune dall’elenco, oppure tocca il punto sulla mappa.', invalid: 'La posizione non va: scegli di nuovo il comune dall’elenco, oppure tocca il punto sulla mappa.' },
  'locations.*.position': { always: 'Scegli se la posizione è esatta o approssimativa.' },
  'locations.*.postcode': { invalid: 'Il CAP ha cinque cifre, es. 20017; se non lo sai, lascialo vuoto.' },
  'schedule.note': {
    cases: [[/senza appuntamenti/i, 'Se non ci sono giorni fissi, scrivi nella «Nota sugli orari» come e quando ci si incontra, es. «su appuntamento».']],
    missing: 'Se non ci sono giorni fissi, scrivi nella «Nota sugli orari» come e quando ci si incontra, es. «su appuntamento».',
    invalid: 'Scrivi la nota sugli orari in poche parole.',
  },
  'schedule.sessions': { missing: 'Indica almeno un giorno, oppure spiega gli orari nella «Nota sugli orari».' },
  'schedule.sessions.*.days': { missing: 'Scegli almeno un giorno, oppure togli questo appuntamento.', invalid: 'Scegli i giorni dall’elenco.' },
  'schedule.sessions.*.start': { invalid: TIME },
  'schedule.sessions.*.end': { invalid: 'Scrivi l’ora di fine come 10:30, dopo l’ora di inizio; se non c’è l’ora di inizio, lasciala vuota.' },
  'schedule.sessions.*.part_of_day': { invalid: 'Scegli mattina, pomeriggio o sera, oppure nessuno.' },
  'schedule.sessions.*.week_of_month': { invalid: 'Scegli la settimana del mese dall’elenco.' },
  'schedule.season': { always: 'Scegli sia il mese di inizio sia quello di fine, oppure nessuno dei due.' },
  'schedule.season.from_month': { always: 'Scegli il mese di inizio dall’elenco.' },
  'schedule.season.to_month': { always: 'Scegli il mese di fine dall’elenco.' },
  'schedule.start_date': { invalid: 'Scegli una data valida, oppure lasciala vuota.' },
  'schedule.end_date': { invalid: 'Scegli una data valida, dopo quella di inizio, oppure lasciala vuota.' },
  'cost.free': { missing: 'Rispondi alla domanda «È gratuito?»: sì o no.', invalid: 'Rispondi alla domanda «È gratuito?»: sì o no.' },
  'cost.amount_eur': {
    cases: [
      [/quanto costa|spiegalo/i, 'Se si paga, scrivi quanto costa in euro, oppure spiegalo nella nota sul costo (es. «quota associativa annuale»).'],
      [/gratuito ma/i, 'Hai risposto che è gratuito: togli l’importo, oppure rispondi «No, si paga».'],
    ],
    invalid: 'Scrivi solo il numero in euro, maggiore di zero, es. 10 o 2,50.',
  },
  'cost.note': { invalid: 'Scrivi la nota sul costo in poche parole.' },
  'joining.methods': { missing: 'Scegli almeno un modo di partecipare.', invalid: 'Scegli dall’elenco come si partecipa.' },
  'joining.note': { invalid: 'Scrivi in poche parole cosa fare per partecipare.' },
  contacts: { missing: CONTACTS, invalid: CONTACTS },
  'contacts.phone': { invalid: 'Numero di telefono non valido: scrivi un numero italiano pubblico, es. 02 1234567 o 333 1234567.' },
  'contacts.email': { always: 'Indirizzo di posta elettronica non valido: scrivilo come nome@dominio.it.' },
  'contacts.website': { always: WEB },
  'accessibility.languages': { missing: 'Scegli almeno una lingua.', invalid: 'Scegli le lingue dall’elenco, o scrivi il nome di un’altra lingua.' },
  'accessibility.features': { invalid: 'Scegli dall’elenco.' },
  'accessibility.note': { invalid: 'Scrivi la nota sull’accessibilità in poche parole.' },
  status: { missing: 'Scegli se l’attività è attiva, sospesa o chiusa.', invalid: 'Scegli se l’attività è attiva, sospesa o chiusa.' },
  verified: { missing: 'Rispondi alle domande sull’ultima verifica.' },
  'verified.by': { missing: 'Scrivi chi ha controllato le informazioni: un nome pubblico o l’ente.' },
  'verified.method': { missing: 'Scegli come hai controllato le informazioni.', invalid: 'Scegli dall’elenco come hai controllato le informazioni.' },
  'verified.date': { missing: 'Scegli il giorno in cui hai controllato le informazioni.', invalid: 'Scegli il giorno in cui hai controllato le informazioni.' },
  sources: { missing: 'Indica almeno una fonte: il titolo e, se c’è, l’indirizzo web.' },
  'sources.*.title': { missing: 'Scrivi il titolo della fonte, es. «Volantino 2026» o «Sito del Comune».' },
  'sources.*.url': { always: WEB },
  'sources.*.date': { invalid: 'Scrivi l’anno (2022), il mese (2022-05) o il giorno (2022-05-14), oppure lascia vuoto.' },
  'org.id': { missing: ID, invalid: ID },
  'org.name': { missing: 'Scrivi il nome dell’organizzazione, es. «Auser Milano».' },
  'org.type': { missing: 'Scegli il tipo di organizzazione.', invalid: 'Scegli il tipo di organizzazione dall’elenco.' },
  'org.description': { missing: 'Scrivi in due o tre frasi chi sono e che cosa fanno.' },
};

const MISSING = /mancante|almeno|^Indica /i;
/**
 * Words of the file format that a person filling the form never sees: key names, list positions
 * ("locations.0"), YAML values and lists. A message with one of them is replaced.
 */
export const SCHEMA_WORDS =
  /\b(free|note|phone|email|website|online_only|amount_eur|locations|sessions|languages|needs|audiences|true|false|null|undefined|yaml|front matter)\b|\b[a-z]+_[a-z_]+\b|\b[a-z]+\.\d+|\[[a-z, "]*\]/i;
const GENERIC = 'Questa risposta non va bene così: controllala e correggila.';

/** "locations.0.province" → "locations.*.province". */
function pattern(key: string): string {
  return key.replace(/\.\d+(?=\.|$)/g, '.*');
}

/** The wording of one message for the field `key`. */
export function plainMessage(key: string, message: string): string {
  const path = pattern(key);
  // The organisation's contacts say the same as the activity's.
  const wording = WORDING[path] ?? (path.startsWith('org.contacts') ? WORDING[path.slice(4)] : undefined) ?? {};
  if (wording.always) return wording.always;
  for (const [test, text] of wording.cases ?? []) if (test.test(message)) return text;
  if (wording.missing && MISSING.test(message)) return wording.missing;
  if (!SCHEMA_WORDS.test(message)) return message;
  return wording.invalid ?? wording.missing ?? GENERIC;
}

/** Every message in the form's words (several schema messages may become one). */
export function plainMessages(messages: FieldMessages): FieldMessages {
  const out: FieldMessages = {};
  for (const [key, list] of Object.entries(messages)) {
    const plain = [...new Set(list.map((message) => plainMessage(key, message)))];
    if (plain.length) out[key] = plain;
  }
  return out;
}

/**
 * Hints the form shows instead of the schema's descriptions, where those speak of the file (quotes,
 * "HH:MM", vocabulary keys) rather than of the question.
 */
export const FORM_HINTS: Record<string, string> = {
  'locations.postcode': 'Cinque cifre, es. 20017. Se non lo sai, lascialo vuoto.',
  'schedule.sessions.start': 'Se l’orario preciso non è noto, lascia vuoto e scegli la parte del giorno.',
  'schedule.sessions.end': 'Solo se c’è l’ora di inizio.',
  'schedule.start_date': 'Solo per programmi a tempo, es. un corso da settembre a dicembre.',
  'schedule.end_date': 'Solo per programmi a tempo.',
  'joining.methods': 'Si può andare e basta, bisogna iscriversi, oppure serve l’invio di un medico o di un servizio.',
  contacts: 'Contatti pubblici dell’attività o dell’ente: mai numeri o indirizzi personali di privati.',
  'contacts.phone': 'Un numero pubblico, es. 02 1234567.',
  'contacts.email': 'Un indirizzo pubblico, es. info@associazione.it.',
  'contacts.website': 'Il sito o la pagina ufficiale, https://…',
  status: 'Non cancellare un’attività che finisce: segnala che è chiusa.',
  'verified.date': 'Il giorno in cui hai controllato le informazioni.',
  verified: 'Chi ha controllato queste informazioni, come e quando.',
  'org.description': 'Due o tre frasi semplici: chi sono e che cosa fanno.',
};
