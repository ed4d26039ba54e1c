/**
 * SYNTHETIC DATA, FOR BENCHMARKS ONLY — NEVER CONTENT. Every resource and organisation written here is
 * invented: the names, phone numbers and example.org addresses belong to nobody. Write the output under
 * bench-results/ or a temporary folder, never under content/.
 *
 *   node scripts/bench/generate.ts <count> <outDir> [--seed N] [--date YYYY-MM-DD]
 *
 * Writes outDir/resources/<region-slug>/<id>.md (or resources/online/<id>.md) and
 * outDir/organizations/<id>.yaml, about one organisation per ten resources, in the project's entry
 * format (src/schema/) so that the validator and `astro build` accept them. Realistic shape: Italian
 * names from word lists, categories with matching needs and audiences, comuni weighted by the size of
 * their province (the provincial capital gets a share of its own), coordinates near the comune's
 * centroid, weekly and monthly sessions, ~70% free, mostly active, checked in the six months before
 * `--date` (default 2026-11-01). The same count, seed and date always give the same files.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nameKey } from '../../src/lib/comuni.ts';
import { slugify } from '../../src/lib/slug.ts';
import {
  accessibilityFeatures,
  type AccessibilityFeature,
  type Audience,
  type Category,
  type Day,
  type JoinMethod,
  type Need,
  type OrganizationType,
  type VerificationMethod,
} from '../../src/schema/vocabularies.ts';

// ---------------------------------------------------------------------------------------------
// A small seeded PRNG (mulberry32) and helpers on it.

export type Random = () => number;

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rnd: Random, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
const chance = (rnd: Random, p: number) => rnd() < p;

/** Up to n distinct items, the first item favoured (it is the most typical one). */
function some<T>(rnd: Random, list: readonly T[], min: number, max: number, keepFirst = true): T[] {
  const n = Math.min(list.length, int(rnd, min, max));
  const rest = [...list];
  const out: T[] = [];
  if (keepFirst && n > 0) out.push(rest.shift() as T);
  while (out.length < n) out.push(rest.splice(Math.floor(rnd() * rest.length), 1)[0]);
  return out;
}

/** Picks an index from cumulative weights by binary search. */
function weighted(rnd: Random, cumulative: Float64Array): number {
  const x = rnd() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Places: comuni with a centroid, weighted by province population.

interface Place {
  name: string;
  province: string;
  provinceName: string;
  region: string;
  lat: number;
  lon: number;
}

/** Approximate resident population of each province, in thousands (ISTAT, rounded): the weights. */
const PROVINCE_POPULATION: Record<string, number> = {
  AG: 410, AL: 410, AN: 465, AO: 123, AP: 200, AQ: 290, AR: 335, AT: 205, AV: 400, BA: 1220, BG: 1110, BI: 170,
  BL: 198, BN: 265, BO: 1015, BR: 375, BS: 1255, BT: 380, BZ: 535, CA: 420, CB: 215, CE: 905, CH: 375, CL: 250,
  CN: 580, CO: 595, CR: 350, CS: 670, CT: 1065, CZ: 345, EN: 155, FC: 393, FE: 340, FG: 600, FI: 985, FM: 168,
  FR: 470, GE: 815, GO: 138, GR: 215, IM: 210, IS: 80, KR: 160, LC: 333, LE: 770, LI: 328, LO: 227, LT: 567,
  LU: 380, MB: 870, MC: 305, ME: 600, MI: 3215, MN: 405, MO: 705, MS: 190, MT: 190, NA: 2970, NO: 365, NU: 200,
  OR: 150, PA: 1200, PC: 285, PD: 930, PE: 310, PG: 640, PI: 415, PN: 310, PO: 260, PR: 455, PT: 290, PU: 350,
  PV: 535, PZ: 350, RA: 385, RC: 520, RE: 525, RG: 315, RI: 150, RM: 4220, RN: 340, RO: 230, SA: 1060, SI: 265,
  SO: 180, SP: 215, SR: 385, SS: 475, SU: 335, SV: 268, TA: 560, TE: 300, TN: 545, TO: 2210, TP: 415, TR: 215,
  TS: 228, TV: 875, UD: 515, VA: 880, VB: 155, VC: 165, VE: 835, VI: 850, VR: 925, VT: 305, VV: 150,
};

/** Provincial capitals whose name is not the province's. */
const CAPITALS: Record<string, string> = {
  BT: 'Andria', BZ: 'Bolzano/Bozen', FC: 'Forlì', MB: 'Monza', MS: 'Massa', PU: 'Pesaro', RC: 'Reggio di Calabria',
  RE: "Reggio nell'Emilia", SU: 'Carbonia', VB: 'Verbania',
};

/** The share of a province's entries that go to its capital; the rest spread over its other comuni. */
const CAPITAL_SHARE = 0.3;

interface Geography {
  places: Place[];
  /** Cumulative weights over places. */
  cumulative: Float64Array;
  /** Indexes of places by province, and cumulative weights over them. */
  byProvince: Map<string, number[]>;
  provinceCumulative: Map<string, Float64Array>;
}

/** A place in the province, weighted as across Italy (the capital gets its share). */
function placeInProvince(rnd: Random, geo: Geography, province: string): number {
  const indexes = geo.byProvince.get(province) as number[];
  return indexes[weighted(rnd, geo.provinceCumulative.get(province) as Float64Array)];
}

type ComuniJson = {
  provinces: Record<string, [string, string, number, number, number]>;
  comuni: ([string, string, string] | [string, string, string, number, number])[];
};

let geography: Geography | undefined;

function loadGeography(): Geography {
  if (geography) return geography;
  const data = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/data/comuni.json'), 'utf8')) as ComuniJson;
  const places: Place[] = [];
  const byProvince = new Map<string, number[]>();
  for (const row of data.comuni) {
    if (row.length < 5) continue; // only comuni with a centroid
    const [, name, province, lat, lon] = row as [string, string, string, number, number];
    const info = data.provinces[province];
    if (!info) continue;
    byProvince.set(province, [...(byProvince.get(province) ?? []), places.length]);
    places.push({ name, province, provinceName: info[0], region: info[1], lat, lon });
  }
  const weights = new Float64Array(places.length);
  for (const [province, indexes] of byProvince) {
    const population = PROVINCE_POPULATION[province] ?? 300;
    const capitalName = nameKey(CAPITALS[province] ?? data.provinces[province][0]);
    const capital = indexes.find((i) => nameKey(places[i].name) === capitalName);
    const others = indexes.filter((i) => i !== capital);
    if (capital !== undefined) weights[capital] = population * CAPITAL_SHARE;
    const share = capital === undefined ? population : population * (1 - CAPITAL_SHARE);
    for (const i of others) weights[i] = share / Math.max(1, others.length);
  }
  const cumulative = new Float64Array(places.length);
  let sum = 0;
  for (let i = 0; i < places.length; i++) cumulative[i] = sum += weights[i];
  const provinceCumulative = new Map<string, Float64Array>();
  for (const [province, indexes] of byProvince) {
    const c = new Float64Array(indexes.length);
    let total = 0;
    indexes.forEach((index, k) => (c[k] = total += weights[index]));
    provinceCumulative.set(province, c);
  }
  geography = { places, cumulative, byProvince, provinceCumulative };
  return geography;
}

/** A point within `maxKm` of the given one, rounded to 4 decimals (about 10 m). */
function jitter(rnd: Random, lat: number, lon: number, maxKm: number): { lat: number; lon: number } {
  const distance = maxKm * Math.sqrt(rnd());
  const angle = rnd() * 2 * Math.PI;
  const dLat = (distance * Math.cos(angle)) / 111.32;
  const dLon = (distance * Math.sin(angle)) / (111.32 * Math.cos((lat * Math.PI) / 180));
  return { lat: Math.round((lat + dLat) * 1e4) / 1e4, lon: Math.round((lon + dLon) * 1e4) / 1e4 };
}

// ---------------------------------------------------------------------------------------------
// Word lists.

interface Kind {
  names: string[];
  category: Category;
  needs: Need[];
  audiences: Audience[];
  join: JoinMethod[];
  /** What happens, for the one-sentence summary: "Un coro aperto a tutti che canta insieme". */
  what: string[];
  /** Sentences for the body about this kind of activity. */
  body: string[];
  /** Where it happens. */
  venues: string[];
  /** Typical start hours. */
  hours: number[];
  /** Activities that can happen only online or on the phone. */
  online?: boolean;
  /** Outdoor activities often have a season. */
  seasonal?: boolean;
  english?: string;
}

const KINDS: Kind[] = [
  {
    names: ['Gruppo di cammino', 'Camminata del mattino', 'Nordic walking', 'Passeggiata della salute', 'Cammino in compagnia'],
    category: 'movimento', needs: ['muoversi', 'compagnia', 'stare-all-aperto', 'umore-benessere'], audiences: ['adulti', 'anziani', 'malattie-croniche', 'tutti'],
    join: ['accesso-libero'], hours: [8, 9, 10, 17, 18], seasonal: true, english: 'Walking group',
    what: ['Un gruppo che cammina insieme a passo tranquillo', 'Camminate di un’ora con un conduttore formato', 'Passeggiate a passo libero per stare meglio e conoscere persone'],
    body: ['Si cammina per circa un’ora, al passo di chi va più piano.', 'Il percorso è in piano e adatto a chi non fa sport da tempo.', 'Un conduttore volontario, formato dall’azienda sanitaria, guida il gruppo e fa fare qualche esercizio di riscaldamento.', 'Servono solo scarpe comode e una bottiglia d’acqua.'],
    venues: ['Parco comunale', 'Piazza del Municipio', 'Lungofiume', 'Giardini pubblici', 'Parcheggio del centro sportivo'],
  },
  {
    names: ['Ginnastica dolce', 'Tai chi al parco', 'Ballo liscio per tutti', 'Yoga della risata', 'Acquagym dolce', 'Danza in cerchio'],
    category: 'movimento', needs: ['muoversi', 'umore-benessere', 'compagnia'], audiences: ['anziani', 'adulti', 'malattie-croniche', 'persone-con-disabilita'],
    join: ['iscrizione', 'accesso-libero'], hours: [9, 10, 15, 16], english: 'Gentle exercise',
    what: ['Esercizi leggeri in gruppo per tenere il corpo in movimento', 'Lezioni di movimento dolce adatte a ogni età', 'Un’ora di movimento guidato, seduti o in piedi'],
    body: ['Gli esercizi si adattano a chi ha poca mobilità e si possono fare anche da seduti.', 'L’istruttore ha esperienza con persone anziane e con malattie croniche.', 'Si lavora su equilibrio, respiro e scioltezza delle articolazioni.', 'Alla fine c’è sempre un momento per fare due chiacchiere.'],
    venues: ['Palestra comunale', 'Centro civico', 'Sala polivalente', 'Centro sportivo'],
  },
  {
    names: ['Coro', 'Coro polifonico', 'Coro delle voci d’argento', 'Laboratorio di canto', 'Coro di comunità', 'Coro popolare'],
    category: 'musica-canto', needs: ['creativita', 'compagnia', 'umore-benessere'], audiences: ['tutti', 'adulti', 'anziani', 'malattie-croniche', 'persone-con-demenza'],
    join: ['accesso-libero', 'iscrizione'], hours: [17, 18, 20, 21], english: 'Community choir',
    what: ['Un coro aperto a tutti che prova una volta alla settimana', 'Si canta insieme brani popolari e d’autore, senza saper leggere la musica', 'Un coro di comunità per chi ha voglia di cantare in gruppo'],
    body: ['Non serve saper leggere la musica né avere già cantato in un coro.', 'Il maestro insegna le parti a orecchio, un pezzo alla volta.', 'Cantare insieme aiuta il respiro, la voce e l’umore.', 'Il coro si esibisce un paio di volte all’anno nelle feste del paese.'],
    venues: ['Sala parrocchiale', 'Scuola di musica', 'Auditorium comunale', 'Centro culturale'],
  },
  {
    names: ['Banda cittadina', 'Laboratorio di percussioni', 'Musica insieme', 'Laboratorio di musicoterapia'],
    category: 'musica-canto', needs: ['creativita', 'compagnia', 'umore-benessere'], audiences: ['tutti', 'giovani', 'persone-con-disabilita', 'salute-mentale'],
    join: ['iscrizione'], hours: [16, 17, 18, 20], english: 'Music workshop',
    what: ['Un laboratorio di musica d’insieme per principianti', 'Si suona insieme in gruppo con strumenti messi a disposizione'],
    body: ['Gli strumenti li presta l’associazione.', 'Gli incontri sono guidati da un musicista con esperienza nel lavoro di gruppo.', 'Si impara suonando, senza lezioni di teoria.'],
    venues: ['Scuola di musica', 'Centro giovani', 'Sala prove comunale'],
  },
  {
    names: ['Laboratorio al museo', 'Visite guidate al museo', 'Museo per tutti', 'Laboratorio di pittura', 'Laboratorio di ceramica', 'Fotografia di comunità'],
    category: 'arte-cultura', needs: ['creativita', 'compagnia', 'imparare', 'memoria'], audiences: ['tutti', 'anziani', 'persone-con-demenza', 'caregiver', 'persone-con-disabilita'],
    join: ['iscrizione', 'invio'], hours: [10, 15, 16], english: 'Museum workshop',
    what: ['Incontri nelle sale del museo per guardare e raccontare le opere insieme', 'Un laboratorio creativo per esprimersi con le mani', 'Visite lente e laboratori pensati per chi vive con una fragilità'],
    body: ['Un educatore museale accompagna il gruppo davanti a poche opere, con calma.', 'Non servono conoscenze di storia dell’arte: conta quello che ciascuno vede e ricorda.', 'I materiali sono forniti dal laboratorio.', 'I familiari possono partecipare insieme alla persona che assistono.'],
    venues: ['Museo civico', 'Pinacoteca', 'Laboratorio d’arte', 'Centro culturale'],
  },
  {
    names: ['Teatro sociale', 'Laboratorio teatrale', 'Cineforum', 'Teatro di comunità'],
    category: 'arte-cultura', needs: ['creativita', 'compagnia', 'umore-benessere'], audiences: ['adulti', 'giovani', 'salute-mentale', 'tutti'],
    join: ['iscrizione', 'accesso-libero'], hours: [18, 20, 21], english: 'Community theatre',
    what: ['Un laboratorio di teatro aperto a chi non è mai salito su un palco', 'Si guarda un film insieme e poi se ne parla'],
    body: ['Il laboratorio si chiude con uno spettacolo aperto al pubblico.', 'Il gruppo lavora su voce, corpo e racconto di sé.', 'Dopo la proiezione c’è una discussione libera con un tè.'],
    venues: ['Teatro comunale', 'Cinema parrocchiale', 'Centro culturale'],
  },
  {
    names: ['Orto condiviso', 'Orti sociali', 'Giardino condiviso', 'Cura del verde di quartiere', 'Passeggiate naturalistiche'],
    category: 'natura-orti', needs: ['stare-all-aperto', 'compagnia', 'sentirsi-utili', 'muoversi'], audiences: ['tutti', 'anziani', 'adulti', 'salute-mentale', 'famiglie-bambini'],
    join: ['accesso-libero', 'iscrizione'], hours: [9, 10, 16, 17], seasonal: true, english: 'Community garden',
    what: ['Un orto curato insieme dagli abitanti del quartiere', 'Si coltivano ortaggi e fiori in un terreno comune', 'Uscite all’aperto per conoscere piante e sentieri vicino a casa'],
    body: ['Gli attrezzi sono in comune e si impara da chi ne sa di più.', 'Il raccolto si divide tra chi partecipa.', 'Anche chi non ha mai avuto un orto trova qualcosa da fare.', 'D’estate si lavora la mattina presto per evitare il caldo.'],
    venues: ['Orti comunali', 'Giardino di quartiere', 'Parco urbano', 'Cascina'],
  },
  {
    names: ['Centro d’incontro', 'Circolo ricreativo', 'Caffè sociale', 'Pranzo in compagnia', 'Tombolata', 'Pomeriggio di carte', 'Telefonata amica'],
    category: 'incontro-compagnia', needs: ['compagnia', 'umore-benessere'], audiences: ['anziani', 'tutti', 'adulti', 'migranti'],
    join: ['accesso-libero'], hours: [10, 12, 15, 16], online: true, english: 'Drop-in social club',
    what: ['Un luogo dove passare il pomeriggio in compagnia', 'Si sta insieme tra un caffè, le carte e due chiacchiere', 'Volontari che telefonano ogni settimana a chi vive solo'],
    body: ['Si può venire anche solo per un caffè e per leggere il giornale.', 'I volontari accolgono chi arriva per la prima volta e lo presentano agli altri.', 'Una volta al mese si organizza una festa o una gita.', 'Chi non può uscire di casa può chiedere una telefonata di compagnia.'],
    venues: ['Centro anziani', 'Circolo', 'Sala della parrocchia', 'Casa di quartiere'],
  },
  {
    names: ['Alzheimer Café', 'Caffè Alzheimer', 'Caffè Parkinson', 'Meeting Center per famiglie', 'Gruppo per chi assiste'],
    category: 'sostegno-salute', needs: ['memoria', 'sostegno-caregiver', 'compagnia'], audiences: ['persone-con-demenza', 'caregiver', 'malattie-croniche'],
    join: ['accesso-libero', 'invio'], hours: [15, 16], english: 'Memory café',
    what: ['Un pomeriggio di incontro per persone con demenza e per i loro familiari', 'Un gruppo di sostegno per chi si prende cura di un familiare malato', 'Incontri informali con psicologi e volontari per famiglie che convivono con la malattia'],
    body: ['Ogni incontro ha un momento informativo con uno specialista e un momento di svago.', 'Le persone con demenza fanno attività leggere mentre i familiari parlano con lo psicologo.', 'Si impara come comunicare meglio e a chi chiedere aiuto.', 'Partecipare è gratuito e non serve la diagnosi scritta.'],
    venues: ['Casa di riposo', 'Centro diurno', 'Sala civica', 'Bar del centro'],
  },
  {
    names: ['Gruppo di auto mutuo aiuto', 'Sportello di ascolto', 'Gruppo di sostegno al lutto', 'Gruppo per l’ansia'],
    category: 'sostegno-salute', needs: ['umore-benessere', 'compagnia'], audiences: ['adulti', 'salute-mentale', 'tutti'],
    join: ['accesso-libero', 'iscrizione', 'invio'], hours: [18, 20, 21], online: true, english: 'Self-help group',
    what: ['Un gruppo dove parlare di quello che si sta vivendo con chi ci è passato', 'Uno spazio di ascolto gratuito e riservato', 'Incontri di auto mutuo aiuto facilitati da volontari formati'],
    body: ['Quello che si dice nel gruppo resta nel gruppo.', 'Non serve parlare: si può anche solo ascoltare.', 'Il facilitatore non è un terapeuta, ma sa indicare i servizi giusti quando serve.', 'Il primo incontro si concorda al telefono.'],
    venues: ['Consultorio', 'Casa delle associazioni', 'Centro di salute mentale', 'Sala civica'],
  },
  {
    names: ['Gruppo di lettura', 'Lettura ad alta voce', 'Università della terza età', 'Corso di informatica per anziani', 'Biblioteca vivente', 'Scuola di italiano per stranieri'],
    category: 'imparare-leggere', needs: ['imparare', 'compagnia', 'memoria'], audiences: ['anziani', 'adulti', 'tutti', 'migranti'],
    join: ['accesso-libero', 'iscrizione'], hours: [10, 15, 17, 18], online: true, english: 'Reading group',
    what: ['Si legge un libro al mese e se ne parla insieme', 'Lezioni e incontri per continuare a imparare a ogni età', 'Un corso pratico per usare telefono e computer senza paura'],
    body: ['I libri si prendono in prestito in biblioteca.', 'Ogni incontro è guidato da un volontario o da un bibliotecario.', 'I corsi vanno da ottobre a maggio e si può entrare anche a metà anno.', 'Si impara con calma, con esempi pratici e tempo per le domande.'],
    venues: ['Biblioteca civica', 'Biblioteca di quartiere', 'Scuola media', 'Centro culturale'],
  },
  {
    names: ['Sportello debiti', 'Sportello pratiche', 'Sportello digitale', 'Sportello casa', 'Spesa a domicilio', 'Accompagnamento alle visite'],
    category: 'aiuto-pratico', needs: ['soldi-debiti', 'pratiche-diritti'], audiences: ['tutti', 'anziani', 'adulti', 'migranti'],
    join: ['iscrizione', 'invio'], hours: [9, 10, 14, 15], online: true, english: 'Advice desk',
    what: ['Uno sportello gratuito che aiuta a mettere ordine nei debiti e nelle bollette', 'Volontari che aiutano con domande, moduli e pratiche online', 'Un servizio che porta la spesa e i farmaci a casa di chi non può uscire'],
    body: ['Si va su appuntamento, portando le bollette o i documenti.', 'Gli operatori aiutano a capire le lettere e a scrivere le domande.', 'Il servizio è riservato e non chiede nulla in cambio.', 'Se serve, indirizzano verso i servizi sociali o un avvocato.'],
    venues: ['Municipio', 'Centro servizi', 'Casa delle associazioni', 'Sede del patronato'],
  },
  {
    names: ['Volontari per la biblioteca', 'Banco alimentare di quartiere', 'Volontariato in ospedale', 'Riparatori volontari', 'Nonni vigili', 'Volontari della mensa'],
    category: 'volontariato', needs: ['sentirsi-utili', 'compagnia'], audiences: ['tutti', 'adulti', 'anziani', 'giovani'],
    join: ['iscrizione'], hours: [9, 10, 14, 17], english: 'Volunteering',
    what: ['Un’occasione per rendersi utili qualche ora alla settimana', 'Si cercano volontari per dare una mano alle persone del quartiere'],
    body: ['Si sceglie insieme quante ore dedicare e in quali giorni.', 'Prima di iniziare c’è un breve incontro di formazione.', 'Non servono competenze particolari, solo un po’ di tempo.', 'Molti volontari dicono di aver trovato nuovi amici.'],
    venues: ['Sede dell’associazione', 'Ospedale', 'Mensa', 'Magazzino solidale'],
  },
  {
    names: ['Orientamento al lavoro', 'Tirocini per giovani', 'Falegnameria sociale', 'Cucina e formazione', 'Percorso giovani'],
    category: 'lavoro-formazione', needs: ['lavoro-studio', 'imparare', 'sentirsi-utili'], audiences: ['giovani', 'adulti', 'migranti', 'persone-con-disabilita'],
    join: ['iscrizione', 'invio'], hours: [9, 10, 14], english: 'Job guidance',
    what: ['Un percorso per ragazzi e ragazze che cercano la loro strada tra studio e lavoro', 'Un laboratorio dove si impara un mestiere lavorando in gruppo'],
    body: ['Il percorso dura qualche mese e prevede un tirocinio in un’azienda del territorio.', 'Un tutor segue ogni partecipante dall’inizio alla fine.', 'Si lavora su curriculum, colloqui e competenze pratiche.'],
    venues: ['Centro per l’impiego', 'Laboratorio artigiano', 'Centro di formazione professionale'],
  },
  {
    names: ['Gruppo neo-genitori', 'Spazio mamme e papà', 'Musica in gravidanza', 'Letture per piccolissimi'],
    category: 'incontro-compagnia', needs: ['genitorialita', 'compagnia', 'umore-benessere'], audiences: ['neo-genitori', 'famiglie-bambini'],
    join: ['accesso-libero', 'iscrizione'], hours: [10, 16, 17], english: 'New parents group',
    what: ['Incontri per mamme e papà nel primo anno di vita del bambino', 'Uno spazio dove i genitori si incontrano con i loro piccoli'],
    body: ['Si può venire con il bambino, c’è un tappeto e qualche gioco.', 'Un’ostetrica o una educatrice è presente agli incontri.', 'Si parla di sonno, allattamento e stanchezza senza giudizi.'],
    venues: ['Consultorio familiare', 'Biblioteca dei ragazzi', 'Centro per le famiglie'],
  },
];

const QUARTERS = ['San Rocco', 'Borgo Vecchio', 'Santa Maria', 'San Giuseppe', 'Porta Nuova', 'Centro storico', 'Borgo Nuovo', 'San Martino', 'Santa Rita', 'Sant’Anna', 'San Lorenzo', 'Le Grazie', 'Borgo San Paolo', 'San Bernardo', 'Castello', 'Madonna del Piano', 'San Michele', 'Porta Garibaldi', 'Fornaci', 'Santa Chiara', 'Borgo Antico', 'San Pietro', 'Sacro Cuore', 'Ospedaletto'];
const MOTTOS = ['Insieme', 'Passo dopo passo', 'Voci amiche', 'Il Filo', 'La Rete', 'Mani in pasta', 'Il Girasole', 'Arcobaleno', 'Il Melograno', 'Nuovi Orizzonti', 'La Quercia', 'Il Ponte', 'Primavera', 'Il Faro', 'La Bussola', 'L’Albero', 'Le Radici', 'Sorrisi', 'Il Sentiero', 'La Piazza', 'Porte aperte', 'Il Cortile', 'Filo d’Argento', 'La Lanterna'];
const STREETS = ['Via Roma', 'Via Garibaldi', 'Via Mazzini', 'Corso Italia', 'Via Dante', 'Piazza della Libertà', 'Via Verdi', 'Via Matteotti', 'Via XX Settembre', 'Via Cavour', 'Via della Repubblica', 'Viale dei Tigli', 'Via San Francesco', 'Via Marconi', 'Via Manzoni', 'Piazza del Popolo', 'Via dei Mille', 'Via Gramsci', 'Via Leopardi', 'Via del Lavoro'];
const SAINTS = ['San Giovanni Battista', 'Santa Maria Assunta', 'San Michele Arcangelo', 'San Nicola', 'Sant’Antonio', 'San Francesco', 'Santa Lucia', 'San Giorgio', 'San Bartolomeo', 'Santo Stefano'];
const SURNAMES = ['Rossi', 'Bianchi', 'Colombo', 'Ferrari', 'Esposito', 'Romano', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Costa', 'Giordano', 'Mancini', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri'];
const DAY_KEYS: Day[] = ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'];
const OF_DAY: Record<Day, string> = { lun: 'del lunedì', mar: 'del martedì', mer: 'del mercoledì', gio: 'del giovedì', ven: 'del venerdì', sab: 'del sabato', dom: 'della domenica' };
const GENERIC_BODY = [
  'Non serve esperienza e si può venire a provare una volta prima di decidere.',
  'Il medico di famiglia, il farmacista o l’assistente sociale possono suggerire di partecipare.',
  'Prima di andare la prima volta conviene telefonare per avere conferma di giorni e orari.',
  'Le attività sono sospese ad agosto e durante le feste di Natale.',
  'La sede è raggiungibile con i mezzi pubblici.',
  'Chi ha difficoltà a muoversi può chiedere un passaggio ai volontari.',
  'Il gruppo è piccolo e ci si conosce per nome.',
  'Alla fine di ogni incontro c’è un momento per un caffè insieme.',
];
const FEATURE_KEYS = Object.keys(accessibilityFeatures) as AccessibilityFeature[];
const VERIFIERS = ['Redazione Segnavia', 'Redazione Segnavia', 'Volontari Segnavia'];
const METHODS: VerificationMethod[] = ['telefono', 'email', 'sito-web', 'organizzazione', 'documento-pubblico', 'visita'];

interface OrgTemplate {
  type: OrganizationType;
  name: (rnd: Random, place: Place) => string;
  description: (place: Place) => string;
  weight: number;
}

const ORG_TEMPLATES: OrgTemplate[] = [
  { type: 'associazione', weight: 40, name: (rnd, p) => `Associazione ${pick(rnd, MOTTOS)} ${p.name}`, description: (p) => `Associazione di volontariato di ${p.name} che organizza attività di incontro, movimento e cultura per le persone del territorio. È nata da un gruppo di cittadini e vive del lavoro dei suoi soci volontari.` },
  { type: 'cooperativa-sociale', weight: 15, name: (rnd, p) => `Cooperativa sociale ${pick(rnd, MOTTOS)} di ${p.name}`, description: (p) => `Cooperativa sociale che gestisce servizi educativi, di sostegno e di inserimento lavorativo in provincia di ${p.provinceName}. Lavora insieme ai servizi sociali e sanitari del territorio.` },
  { type: 'comune', weight: 10, name: (_, p) => `Comune di ${p.name}`, description: (p) => `Il Comune di ${p.name}, con i suoi servizi sociali e culturali. Promuove attività per il benessere e la partecipazione dei cittadini.` },
  { type: 'biblioteca', weight: 8, name: (rnd, p) => `Biblioteca ${pick(rnd, ['civica', 'comunale', 'di quartiere'])} di ${p.name}`, description: (p) => `La biblioteca pubblica di ${p.name}: prestito di libri, gruppi di lettura, corsi e incontri aperti a tutti. L’iscrizione è gratuita.` },
  { type: 'museo', weight: 5, name: (rnd, p) => `Museo ${pick(rnd, ['civico', 'della città', 'diocesano', 'del territorio'])} di ${p.name}`, description: (p) => `Museo di ${p.name} con collezioni d’arte e di storia locale. Organizza visite e laboratori accessibili per persone fragili e per le loro famiglie.` },
  { type: 'parrocchia', weight: 8, name: (rnd, p) => `Parrocchia ${pick(rnd, SAINTS)} di ${p.name}`, description: (p) => `Parrocchia di ${p.name} che, con i suoi volontari, offre spazi d’incontro, ascolto e aiuto a chi è in difficoltà, senza distinzioni.` },
  { type: 'azienda-sanitaria', weight: 4, name: (rnd, p) => `Distretto sanitario di ${p.name}`, description: (p) => `Il distretto dell’azienda sanitaria che copre ${p.name} e i comuni vicini. Promuove attività di prevenzione e di promozione della salute nella comunità.` },
  { type: 'fondazione', weight: 5, name: (rnd, p) => `Fondazione ${pick(rnd, SURNAMES)} per ${p.name}`, description: (p) => `Fondazione che sostiene progetti di comunità a ${p.name} e dintorni, in particolare contro la solitudine e per l’inclusione.` },
  { type: 'associazione', weight: 5, name: (rnd, p) => `Circolo ${pick(rnd, MOTTOS)} ${pick(rnd, QUARTERS)}, ${p.name}`, description: (p) => `Circolo ricreativo e culturale di ${p.name}, luogo d’incontro per il quartiere. Organizza feste, corsi e attività per tutte le età.` },
];
const ORG_CUMULATIVE = (() => {
  const c = new Float64Array(ORG_TEMPLATES.length);
  let sum = 0;
  ORG_TEMPLATES.forEach((t, i) => (c[i] = sum += t.weight));
  return c;
})();

// ---------------------------------------------------------------------------------------------
// YAML helpers: every string is written as a JSON string, which is valid double-quoted YAML.

const q = (text: string) => JSON.stringify(text);
const list = (items: readonly string[]) => `[${items.join(', ')}]`;
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A fake landline (0 + area code + number) or toll-free number, in a valid Italian format. */
function phone(rnd: Random): string {
  if (chance(rnd, 0.08)) return `800 ${int(rnd, 100000, 999999)}`;
  const area = pick(rnd, ['02', '06', '011', '010', '051', '055', '081', '091', '035', '030', '045', '049', '070', '080', '0521', '0573', '0865', '0961']);
  return `${area} ${int(rnd, 100000, 9999999)}`;
}

/** "YYYY-MM-DD" minus n days. */
function daysBefore(date: string, n: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) - n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** A unique id from a name: its slug, cut at a word, with -2, -3… when taken. */
function uniqueId(name: string, used: Set<string>): string {
  let base = slugify(name);
  if (base.length > 70) base = base.slice(0, 70).replace(/-[^-]*$/, '');
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

// ---------------------------------------------------------------------------------------------

interface Organization {
  id: string;
  name: string;
  home: number;
  site: string;
  /** The kinds of activities it mostly runs. */
  kinds: number[];
}

export interface GenerateOptions {
  count: number;
  outDir: string;
  seed?: number;
  /** Entries are verified in the 182 days before this date ("YYYY-MM-DD"); it must not be in the future. */
  date?: string;
  /** Remove outDir first (default true). */
  clean?: boolean;
}

export interface GenerateResult {
  resources: number;
  organizations: number;
  ids: string[];
  ms: number;
}

export const DEFAULT_DATE = '2026-11-01';

/** Writes the synthetic content folder; returns what it wrote. */
export function generate({ count, outDir, seed = 1, date = DEFAULT_DATE, clean = true }: GenerateOptions): GenerateResult {
  const started = performance.now();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date must be YYYY-MM-DD, got ${date}`);
  const rnd = mulberry32(seed);
  const geo = loadGeography();
  const { places } = geo;
  if (clean) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'organizations'), { recursive: true });
  const madeDirs = new Set<string>();

  // Organisations first: a home comune each, and a focus on two or three kinds of activity.
  const usedOrgIds = new Set<string>();
  const usedOrgNames = new Set<string>();
  const orgs: Organization[] = [];
  const orgCount = Math.max(1, Math.ceil(count / 10));
  for (let i = 0; i < orgCount; i++) {
    const home = weighted(rnd, geo.cumulative);
    const place = places[home];
    let template = ORG_TEMPLATES[weighted(rnd, ORG_CUMULATIVE)];
    let name = template.name(rnd, place);
    for (let tries = 0; usedOrgNames.has(name) && tries < 5; tries++) {
      template = ORG_TEMPLATES[weighted(rnd, ORG_CUMULATIVE)];
      name = template.name(rnd, place);
    }
    if (usedOrgNames.has(name)) name = `${name} – ${pick(rnd, QUARTERS)}`;
    if (usedOrgNames.has(name)) name = `${name} ${i}`;
    usedOrgNames.add(name);
    const id = uniqueId(name, usedOrgIds);
    const site = `https://www.${id.slice(0, 50).replace(/-+$/, '')}.example.org`;
    const kinds = some(rnd, KINDS.map((_, k) => k), 2, 3, false);
    orgs.push({ id, name, home, site, kinds });
    const contacts = [`  website: ${site}`];
    if (chance(rnd, 0.7)) contacts.unshift(`  phone: ${q(phone(rnd))}`);
    if (chance(rnd, 0.5)) contacts.push(`  email: info@${id.slice(0, 40).replace(/-+$/, '')}.example.org`);
    const yaml = [`# Synthetic, for benchmarks only: never content.`, `name: ${q(name)}`, `type: ${template.type}`, `description: ${q(template.description(place))}`, 'contacts:', ...contacts, ''].join('\n');
    writeFileSync(join(outDir, 'organizations', `${id}.yaml`), yaml);
  }

  const usedIds = new Set<string>();
  const usedNames = new Set<string>(); // nameKey|comune|province and nameKey|org, as the duplicate check groups them
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const org = orgs[Math.floor(rnd() * orgs.length)];
    const kind = KINDS[chance(rnd, 0.75) ? pick(rnd, org.kinds) : int(rnd, 0, KINDS.length - 1)];
    const online = kind.online === true && chance(rnd, 0.03);

    // Where: near the organisation most of the time, anywhere in Italy sometimes (national networks).
    const r = rnd();
    const first = r < 0.35 ? org.home : r < 0.85 ? placeInProvince(rnd, geo, places[org.home].province) : weighted(rnd, geo.cumulative);
    const placeIndexes = [first];
    if (!online && chance(rnd, 0.08)) placeIndexes.push(placeInProvince(rnd, geo, places[first].province));
    const place = places[first];

    // A name that is not already used in the same comune or by the same organisation.
    const base = pick(rnd, kind.names);
    const keysFor = (candidate: string) => {
      const k = nameKey(candidate);
      return [`${k}|org|${org.id}`, ...placeIndexes.map((p) => `${k}|${nameKey(places[p].name)}|${places[p].province}`)];
    };
    const where = online ? 'online' : place.name;
    const forms = [
      () => `${base} di ${where}`,
      () => `${base} ${pick(rnd, QUARTERS)} di ${where}`,
      () => `${base} «${pick(rnd, MOTTOS)}» di ${where}`,
      () => `${base} ${OF_DAY[pick(rnd, DAY_KEYS)]} – ${where}`,
      () => `${base} ${pick(rnd, QUARTERS)} «${pick(rnd, MOTTOS)}» – ${where}`,
    ];
    let name = '';
    for (let tries = 0; tries < 8; tries++) {
      name = forms[Math.min(forms.length - 1, tries < 2 ? int(rnd, 0, 2) : int(rnd, 1, forms.length - 1))]();
      if (!keysFor(name).some((k) => usedNames.has(k))) break;
    }
    for (let n = 2; keysFor(name).some((k) => usedNames.has(k)); n++) name = `${name.replace(/ \(gruppo \d+\)$/, '')} (gruppo ${n})`;
    for (const k of keysFor(name)) usedNames.add(k);
    const id = uniqueId(name, usedIds);
    ids.push(id);

    const audiences = some(rnd, kind.audiences, 1, 3);
    const needs = some(rnd, kind.needs, 1, 3);
    const what = pick(rnd, kind.what);
    const forWhom = what.includes(' per ') ? '' : audiences.includes('tutti') ? ', aperto a tutti' : `, pensato per ${audienceText(audiences[0])}`;
    const summary = `${what}${forWhom}${online ? ', a distanza' : `, a ${place.name}`}.`;

    const lines: string[] = ['---', `# Synthetic, for benchmarks only: never content.`, `name: ${q(name)}`];
    if (kind.english && chance(rnd, 0.15)) lines.push(`name_en: ${q(`${kind.english}, ${online ? 'online' : place.name}`)}`);
    lines.push(`summary: ${q(summary)}`);
    lines.push(`category: ${kind.category}`, `needs: ${list(needs)}`, `audiences: ${list(audiences)}`, `organization: ${org.id}`);
    if (online) {
      lines.push('online_only: true');
    } else {
      lines.push('locations:');
      for (const p of placeIndexes) {
        const at = places[p];
        const exact = chance(rnd, 0.45);
        const point = jitter(rnd, at.lat, at.lon, 2);
        lines.push(`  - name: ${q(`${pick(rnd, kind.venues)}${chance(rnd, 0.3) ? ` – ${pick(rnd, QUARTERS)}` : ''}`)}`);
        if (exact) lines.push(`    address: ${q(`${pick(rnd, STREETS)} ${int(rnd, 1, 120)}`)}`);
        lines.push(`    comune: ${q(at.name)}`, `    province: ${at.province}`, `    lat: ${point.lat}`, `    lon: ${point.lon}`, `    position: ${exact ? 'esatta' : 'approssimativa'}`);
      }
    }

    // Schedule: weekly most often, some fortnightly or monthly, a few by appointment.
    lines.push('schedule:');
    const s = rnd();
    if (s < 0.06) {
      lines.push('  sessions: []', `  note: ${q('Su appuntamento: telefonare per fissare un incontro.')}`);
    } else {
      lines.push('  sessions:');
      const sessions = chance(rnd, 0.2) ? 2 : 1;
      for (let k = 0; k < sessions; k++) {
        const startMin = pick(rnd, kind.hours) * 60 + pick(rnd, [0, 0, 0, 30, 15]);
        const end = Math.min(startMin + pick(rnd, [60, 90, 120]), 23 * 60 + 30);
        const weekly = s < 0.7;
        const days = weekly ? some(rnd, DAY_KEYS.slice(0, 6), 1, 2, false).sort((a, b) => DAY_KEYS.indexOf(a) - DAY_KEYS.indexOf(b)) : [pick(rnd, DAY_KEYS.slice(0, 6))];
        lines.push(`    - days: ${list(days)}`, `      start: ${q(hhmm(startMin))}`, `      end: ${q(hhmm(end))}`);
        if (!weekly) {
          if (s < 0.8) lines.push('      frequency: quindicinale');
          else lines.push('      frequency: mensile', `      week_of_month: ${pick(rnd, [1, 2, 3, 4, -1])}`);
        }
      }
      if (kind.seasonal && chance(rnd, 0.4)) lines.push('  season:', `    from_month: ${pick(rnd, [3, 4])}`, `    to_month: ${pick(rnd, [10, 11])}`);
      if (chance(rnd, 0.25)) lines.push(`  note: ${q(pick(rnd, ['Sospeso ad agosto.', 'Nei giorni festivi non ci si incontra.', 'In caso di pioggia l’incontro è rinviato.', 'Orari da confermare a settembre.']))}`);
    }

    // Cost: free about 70% of the time.
    lines.push('cost:');
    const c = rnd();
    if (c < 0.7) lines.push('  free: true');
    else if (c < 0.85) lines.push('  free: false', `  amount_eur: ${pick(rnd, [2, 3, 5, 10, 15, 20, 25, 2.5])}`, `  note: ${q(pick(rnd, ['a incontro', 'al mese', 'quota associativa annuale', 'per il ciclo di incontri']))}`);
    else lines.push('  free: false', `  note: ${q(pick(rnd, ['Quota associativa annuale di pochi euro.', 'A offerta libera.', 'Contributo per i materiali.']))}`);

    lines.push('joining:', `  methods: ${list(some(rnd, kind.join, 1, 2))}`);
    if (chance(rnd, 0.4)) lines.push(`  note: ${q(pick(rnd, ['Telefonare prima di venire la prima volta.', 'Basta presentarsi all’orario indicato.', 'Iscrizioni presso la sede, il lunedì mattina.', 'Su segnalazione del medico di famiglia o dei servizi sociali.']))}`);

    lines.push('contacts:');
    const hasPhone = chance(rnd, 0.75);
    if (hasPhone) lines.push(`  phone: ${q(phone(rnd))}`);
    if (chance(rnd, 0.3)) lines.push(`  email: info@${org.site.replace(/^https:\/\/www\./, '')}`);
    if (!hasPhone || chance(rnd, 0.7)) lines.push(`  website: ${org.site}/attivita/${id}`);

    const features = chance(rnd, 0.6) ? some(rnd, FEATURE_KEYS, 1, 3, false).sort((a, b) => FEATURE_KEYS.indexOf(a) - FEATURE_KEYS.indexOf(b)) : [];
    const languages = audiences.includes('migranti') ? ['it', pick(rnd, ['en', 'fr', 'ar', 'es'])] : chance(rnd, 0.1) ? ['it', 'en'] : ['it'];
    lines.push('accessibility:', `  features: ${list(features)}`, `  languages: ${list(languages)}`);
    if (chance(rnd, 0.15)) lines.push(`  note: ${q(pick(rnd, ['Ascensore all’ingresso laterale.', 'Parcheggio riservato davanti alla sede.', 'Fermata dell’autobus a cento metri.']))}`);

    const st = rnd();
    lines.push(`status: ${st < 0.92 ? 'attivo' : st < 0.97 ? 'sospeso' : 'chiuso'}`);
    lines.push('verified:', `  date: ${q(daysBefore(date, int(rnd, 0, 182)))}`, `  by: ${q(pick(rnd, VERIFIERS))}`, `  method: ${pick(rnd, METHODS)}`);
    lines.push('sources:', `  - title: ${q(`${org.name}, pagina dell’attività`)}`, `    url: ${org.site}/attivita/${id}`);
    if (chance(rnd, 0.3)) lines.push(`  - title: ${q(`Notiziario del Comune di ${place.name}`)}`, `    note: ${q('Numero di primavera, pagina delle associazioni.')}`);
    lines.push('---', '');

    // Body: 3 to 6 sentences in one or two paragraphs, sometimes with a short list.
    const sentences = [...some(rnd, kind.body, 2, 3, false), ...some(rnd, GENERIC_BODY, 1, 3, false)];
    const cut = Math.ceil(sentences.length / 2);
    lines.push(sentences.slice(0, cut).join(' '), '', sentences.slice(cut).join(' '), '');
    if (chance(rnd, 0.15)) lines.push('Da portare:', '', '- scarpe e vestiti comodi', '- la tessera sanitaria', '');

    const folder = online ? 'online' : slugify(place.region);
    const dir = join(outDir, 'resources', folder);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    writeFileSync(join(dir, `${id}.md`), lines.join('\n'));
  }
  return { resources: count, organizations: orgs.length, ids, ms: performance.now() - started };
}

function audienceText(audience: Audience): string {
  const text: Record<Audience, string> = {
    tutti: 'tutti',
    anziani: 'persone anziane',
    adulti: 'adulti',
    giovani: 'ragazze e ragazzi',
    'famiglie-bambini': 'famiglie con bambini',
    'neo-genitori': 'neo-genitori',
    caregiver: 'familiari che assistono',
    'persone-con-demenza': 'persone con demenza e familiari',
    'persone-con-disabilita': 'persone con disabilità',
    'malattie-croniche': 'persone con malattie croniche',
    'salute-mentale': 'persone con disagio psichico',
    migranti: 'persone migranti',
  };
  return text[audience];
}

// ---------------------------------------------------------------------------------------------
// Command line.

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (flag: string) => {
    const i = args.indexOf(flag);
    if (i === -1) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value;
  };
  const seed = Number(option('--seed') ?? 1);
  const date = option('--date') ?? DEFAULT_DATE;
  const [countText, outDir] = args;
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 1 || !outDir || !Number.isInteger(seed)) {
    console.error('usage: node scripts/bench/generate.ts <count> <outDir> [--seed N] [--date YYYY-MM-DD]');
    process.exit(2);
  }
  const target = resolve(outDir);
  const content = resolve(import.meta.dirname, '../../content');
  if (target === content || target.startsWith(`${content}/`)) {
    console.error('Refusing to write synthetic entries into the content folder: use bench-results/ or a temporary folder.');
    process.exit(2);
  }
  const result = generate({ count, outDir: target, seed, date });
  console.log(`${result.resources} resources and ${result.organizations} organisations written to ${target} in ${Math.round(result.ms)} ms (seed ${seed}, verified before ${date}).`);
}
