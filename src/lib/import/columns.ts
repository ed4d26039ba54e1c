/**
 * The columns of the import spreadsheet (npm run import): one table that the importer reads, that
 * the template (public/modelli/importazione.csv) is made from, and that the column guide in
 * CONTRIBUTING.md and on /contribuisci/foglio-di-calcolo/ prints, so the code and the docs cannot
 * disagree. The example is the sample entry content/resources/emilia-romagna/coro-le-nuvole-carpi.md.
 */
import {
  accessibilityFeatures,
  audiences,
  categories,
  joinMethods,
  needs,
  organizationTypes,
  statuses,
  verificationMethods,
  type Term,
} from '../../schema/vocabularies.ts';

/** Lists inside one cell are separated by this character: "anziani, caregiver". */
export const LIST_SEPARATOR = ',';

/** Sessions inside the giorni_orari cell are separated by this character. */
export const SESSION_SEPARATOR = ';';

/** Who is written in verified.by when the command is not told (--da). */
export const DEFAULT_VERIFIED_BY = 'Importazione da foglio di calcolo';

/** One column of the spreadsheet. */
export interface Column {
  /** The header, as written in row 1. */
  name: string;
  /** Whether a new entry needs it, in words. */
  required: string;
  /** What to write, in plain Italian. */
  what: string;
  /** The cell of the example row. */
  example: string;
  /** The entry fields this column fills (dotted paths, locations by position): problems there are reported here. */
  fields: string[];
}

/** "movimento (Movimento e cammino), …": the keys and labels a vocabulary cell accepts. */
function values(vocabulary: Record<string, Term>): string {
  return Object.entries(vocabulary)
    .map(([key, term]) => `${key} (${term.it})`)
    .join(', ');
}

const LIST = `un elenco separato da virgole («${LIST_SEPARATOR}»)`;

/** The place columns: the first place has plain names, the second ends in _2. */
function placeColumns(n: 1 | 2): Column[] {
  const suffix = n === 1 ? '' : `_${n}`;
  const index = n - 1;
  const which = n === 1 ? 'del luogo' : 'del secondo luogo (se l’attività si svolge in due posti)';
  const ex = (value: string) => (n === 1 ? value : '');
  return [
    { name: `luogo${suffix}`, required: 'no', what: `Nome ${which}, es. «Biblioteca civica».`, example: ex('Casa del Volontariato'), fields: [`locations.${index}.name`] },
    { name: `indirizzo${suffix}`, required: 'no', what: `Via e numero civico ${which}.`, example: ex('Via Peruzzi 22'), fields: [`locations.${index}.address`] },
    {
      name: `comune${suffix}`,
      required: n === 1 ? 'sì, se non è solo online' : 'solo per il secondo luogo',
      what: `Il comune ${which}, come nell’elenco ISTAT (es. «Reggio nell’Emilia»). Se è una frazione, scrivi qui il comune e la frazione nell’indirizzo.`,
      example: ex('Carpi'),
      fields: [`locations.${index}.comune`, ...(n === 1 ? ['locations'] : [])],
    },
    {
      name: `provincia${suffix}`,
      required: n === 1 ? 'sì, se non è solo online' : 'solo per il secondo luogo',
      what: 'La sigla della provincia (es. «MO») o il suo nome; si può lasciare vuota se il nome del comune è unico in Italia.',
      example: ex('MO'),
      fields: [`locations.${index}.province`],
    },
    { name: `cap${suffix}`, required: 'no', what: 'Il CAP, 5 cifre (formatta la colonna come testo, o il foglio toglie lo 0 iniziale).', example: '', fields: [`locations.${index}.postcode`] },
    {
      name: `lat${suffix}`,
      required: 'no',
      what: 'Latitudine dell’indirizzo, es. 44.7833. Se lat e lon sono vuote la posizione è il centro del comune, segnata come approssimativa.',
      example: '',
      fields: [`locations.${index}.lat`, `locations.${index}.position`],
    },
    { name: `lon${suffix}`, required: 'no', what: 'Longitudine dell’indirizzo, es. 10.885 (insieme a lat).', example: '', fields: [`locations.${index}.lon`] },
  ];
}

export const COLUMNS: readonly Column[] = [
  {
    name: 'id',
    required: 'no',
    what: 'L’identificativo della scheda (il nome del file). Se è vuoto si fa dal nome e dal comune. Serve per aggiornare una scheda che c’è già (con --update).',
    example: '',
    fields: [],
  },
  { name: 'nome', required: 'sì', what: 'Il nome dell’attività come la conoscono le persone (al massimo 120 caratteri).', example: 'Coro Le Nuvole', fields: ['name'] },
  {
    name: 'riassunto',
    required: 'sì',
    what: 'Una sola frase semplice: che cosa si fa e per chi (al massimo 240 caratteri).',
    example: 'Un coro con musicoterapeuta per persone con malattia di Parkinson, che allena la voce e il respiro e fa nascere nuove amicizie.',
    fields: ['summary'],
  },
  {
    name: 'descrizione',
    required: 'no',
    what: 'La descrizione più lunga, in parole semplici; si possono andare a capo nella cella. Niente HTML.',
    example: 'Il coro Le Nuvole è nato nel 2008 e unisce la musicoterapia a un obiettivo artistico e sociale. Cantare insieme aiuta a parlare in modo più chiaro, a controllare il volume della voce e il respiro.',
    fields: ['descrizione'],
  },
  { name: 'categoria', required: 'sì', what: `La categoria principale, con la sua parola chiave o il suo nome: ${values(categories)}.`, example: 'Musica e canto', fields: ['category'] },
  { name: 'bisogni', required: 'sì', what: `A quali bisogni risponde, ${LIST}: ${values(needs)}.`, example: 'creativita, compagnia, umore-benessere', fields: ['needs'] },
  { name: 'destinatari', required: 'sì', what: `A chi si rivolge, ${LIST}: ${values(audiences)}.`, example: 'malattie-croniche, caregiver', fields: ['audiences'] },
  {
    name: 'organizzazione',
    required: 'sì',
    what: 'Chi la organizza: l’identificativo o il nome di un’organizzazione già nell’elenco, oppure il nome di una nuova (che viene aggiunta: riempi allora tipo_organizzazione e descrizione_organizzazione; i suoi contatti sono telefono, email e sito della riga).',
    example: 'gruppo-parkinson-carpi',
    fields: ['organization'],
  },
  { name: 'tipo_organizzazione', required: 'solo per un’organizzazione nuova', what: `Il tipo: ${values(organizationTypes)}.`, example: '', fields: [] },
  { name: 'descrizione_organizzazione', required: 'solo per un’organizzazione nuova', what: 'Due o tre frasi semplici: chi sono e che cosa fanno.', example: '', fields: [] },
  { name: 'online', required: 'no', what: '«sì» se si svolge solo online (allora niente comune); vuoto o «no» altrimenti.', example: '', fields: ['online_only'] },
  ...placeColumns(1),
  ...placeColumns(2),
  {
    name: 'giorni_orari',
    required: 'sì, oppure note_orari',
    what: `Gli appuntamenti fissi, separati da punto e virgola («${SESSION_SEPARATOR}»): i giorni, poi l’orario o la parte del giorno, e la frequenza se non è ogni settimana. Es. «lunedì 10:00-11:30; venerdì mattina», «da lunedì a venerdì 9-12», «martedì e giovedì pomeriggio», «primo lunedì del mese 15:00».`,
    example: 'mercoledì 15:00-16:30',
    fields: ['schedule.sessions'],
  },
  { name: 'note_orari', required: 'no', what: 'Quello che gli orari non dicono: pause estive, festività, «su appuntamento».', example: '', fields: ['schedule.note', 'schedule'] },
  { name: 'gratuito', required: 'sì', what: '«sì» (anche «si» o «x») se è gratuito, «no» se si paga.', example: 'no', fields: ['cost.free', 'cost'] },
  { name: 'costo_euro', required: 'se non è gratuito, questo o nota_costo', what: 'Quanto costa, solo il numero in euro: 10 oppure 2,50.', example: '', fields: ['cost.amount_eur'] },
  {
    name: 'nota_costo',
    required: 'se non è gratuito, questo o costo_euro',
    what: 'Per esempio «quota associativa annuale» o «a offerta libera».',
    example: "Costo non indicato dalla fonte; chiedere all'associazione se serve la tessera associativa.",
    fields: ['cost.note'],
  },
  { name: 'come_partecipare', required: 'sì', what: `Come si partecipa, ${LIST}: ${values(joinMethods)}.`, example: 'iscrizione', fields: ['joining.methods', 'joining'] },
  { name: 'nota_partecipazione', required: 'no', what: 'Che cosa fare in pratica, es. «telefonare il lunedì mattina».', example: 'Contattare il Gruppo Parkinson Carpi tramite il sito.', fields: ['joining.note'] },
  { name: 'telefono', required: 'almeno uno tra telefono, email e sito', what: 'Un numero pubblico, es. «059 123456» (formatta la colonna come testo, o il foglio toglie lo 0 iniziale).', example: '', fields: ['contacts.phone', 'contacts'] },
  { name: 'email', required: 'almeno uno tra telefono, email e sito', what: 'Un’email pubblica, es. «info@associazione.it». Mai email personali.', example: '', fields: ['contacts.email'] },
  { name: 'sito', required: 'almeno uno tra telefono, email e sito', what: 'Il sito o la pagina ufficiale, completo: https://…', example: 'https://www.carpidiemparkinson.it', fields: ['contacts.website'] },
  { name: 'accessibilita', required: 'no', what: `Accessibilità verificata, ${LIST}: ${values(accessibilityFeatures)}.`, example: '', fields: ['accessibility.features'] },
  { name: 'lingue', required: 'no (vuoto = italiano)', what: `Le lingue parlate, ${LIST}: codici di due lettere (it, en, ar…) o nomi (italiano, inglese…).`, example: 'it', fields: ['accessibility.languages', 'accessibility'] },
  { name: 'nota_accessibilita', required: 'no', what: 'Altro da sapere: ascensore, parcheggio, mezzi pubblici.', example: '', fields: ['accessibility.note'] },
  { name: 'stato', required: 'no (vuoto = attivo)', what: `${values(statuses)}.`, example: 'attivo', fields: ['status'] },
  { name: 'fonte_titolo', required: 'sì', what: 'Da dove vengono le informazioni: il titolo del documento o della pagina.', example: 'Gruppo Parkinson Carpi, «Musicoterapia e coro Le Nuvole»', fields: ['sources'] },
  { name: 'fonte_url', required: 'no', what: 'L’indirizzo della fonte, https://…', example: 'https://www.carpidiemparkinson.it/portfolio/musicoterapia-e-coro-le-nuvole/', fields: [] },
  { name: 'fonte_data', required: 'no', what: 'Quando la fonte è stata pubblicata o aggiornata: l’anno (2022), il mese (2022-05 o 05/2022) o il giorno (2022-05-14 o 14/05/2022).', example: '', fields: [] },
  {
    name: 'verifica_metodo',
    required: 'no (vuoto = documento-pubblico)',
    what: `Come sono state controllate le informazioni: ${values(verificationMethods)}. Scrivi telefono, email o visita solo se qualcuno ha davvero confermato.`,
    example: 'documento-pubblico',
    fields: ['verified.method', 'verified'],
  },
  { name: 'verifica_data', required: 'no (vuoto = oggi)', what: 'Quando sono state controllate: 2026-11-24 o 24/11/2026. Non nel futuro.', example: '', fields: ['verified.date'] },
];

/** The column of a name, if it is one. */
export function columnNamed(name: string): Column | undefined {
  return COLUMNS.find((column) => column.name === name);
}

/** The column where a problem in an entry field is reported: the column whose field is the longest prefix of it. */
export function columnOfField(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  if (field.startsWith('sources.')) {
    const key = field.split('.')[2];
    return key === 'url' ? 'fonte_url' : key === 'date' ? 'fonte_data' : 'fonte_titolo';
  }
  let best: { name: string; length: number } | undefined;
  for (const column of COLUMNS) {
    for (const prefix of column.fields) {
      const matches = field === prefix || field.startsWith(`${prefix}.`);
      if (matches && (!best || prefix.length > best.length)) best = { name: column.name, length: prefix.length };
    }
  }
  if (best) return best.name;
  if (/^locations\.\d+/.test(field)) return Number(field.split('.')[1]) === 0 ? 'comune' : 'comune_2';
  return undefined;
}

/** A Markdown table cell: pipes escaped, no line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The column guide as a Markdown table (in CONTRIBUTING.md between the import markers). */
export function columnGuideMarkdown(): string {
  const rows = COLUMNS.map((c) => `| \`${c.name}\` | ${cell(c.required)} | ${cell(c.what)} | ${c.example ? cell(c.example) : ''} |`);
  return ['| colonna | obbligatoria | che cosa scrivere | esempio |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
