/**
 * Controlled vocabularies: the one place where categories, needs, audiences, accessibility features,
 * organisation types, ways to join, statuses and days are listed, with Italian and English labels.
 * The schema, the pages, the filters and the exports all read from here.
 */

/** One value of a vocabulary: its key (used in files and URLs) and its labels. */
export interface Term {
  it: string;
  en: string;
  /** A short Italian explanation shown to volunteers and staff. */
  hint?: string;
  /** The same explanation in English, where the English pages show it (categories). */
  hint_en?: string;
}

/** A category also carries the name of its icon (see src/components/CategoryIcon.astro). */
export interface CategoryTerm extends Term {
  icon: string;
}

export const categories = {
  movimento: { it: 'Movimento e cammino', en: 'Movement and walking', icon: 'walk', hint: 'Gruppi di cammino, ginnastica dolce, ballo, sport per tutti.', hint_en: 'Walking groups, gentle exercise, dancing, sport for everyone.' },
  'arte-cultura': { it: 'Arte, musei e teatro', en: 'Arts, museums and theatre', icon: 'palette', hint: 'Musei, laboratori artistici, teatro, cinema.', hint_en: 'Museums, art workshops, theatre, cinema.' },
  'musica-canto': { it: 'Musica e canto', en: 'Music and singing', icon: 'music', hint: 'Cori, gruppi di canto, laboratori musicali.', hint_en: 'Choirs, singing groups, music workshops.' },
  'natura-orti': { it: 'Natura e orti', en: 'Nature and gardening', icon: 'leaf', hint: 'Orti sociali, giardinaggio, attività all’aperto.', hint_en: 'Community gardens, gardening, outdoor activities.' },
  'incontro-compagnia': { it: 'Incontro e compagnia', en: 'Meeting people', icon: 'people', hint: 'Centri d’incontro, circoli, pranzi, telefonate di compagnia.', hint_en: 'Drop-in centres, clubs, shared lunches, befriending phone calls.' },
  'sostegno-salute': { it: 'Sostegno e benessere', en: 'Support and wellbeing', icon: 'heart', hint: 'Alzheimer Café, gruppi di auto-aiuto, sostegno a chi assiste.', hint_en: 'Memory cafés, self-help groups, support for carers.' },
  'imparare-leggere': { it: 'Imparare e leggere', en: 'Learning and reading', icon: 'book', hint: 'Biblioteche, gruppi di lettura, corsi, università della terza età.', hint_en: 'Libraries, reading groups, courses, universities of the third age.' },
  'aiuto-pratico': { it: 'Aiuto pratico', en: 'Practical help', icon: 'help', hint: 'Consulenza su debiti, pratiche, trasporti, spesa a domicilio.', hint_en: 'Advice on debt and paperwork, transport, shopping delivered at home.' },
  volontariato: { it: 'Volontariato', en: 'Volunteering', icon: 'hand', hint: 'Occasioni per rendersi utili agli altri.', hint_en: 'Chances to be useful to others.' },
  'lavoro-formazione': { it: 'Lavoro e formazione', en: 'Work and training', icon: 'briefcase', hint: 'Orientamento, tirocini, percorsi per giovani che non studiano né lavorano.', hint_en: 'Careers guidance, traineeships, programmes for young people not in education or work.' },
} as const satisfies Record<string, CategoryTerm>;

export const needs = {
  compagnia: { it: 'Stare in compagnia', en: 'Company', hint: 'Contro la solitudine e l’isolamento.' },
  muoversi: { it: 'Muoversi di più', en: 'Moving more' },
  'umore-benessere': { it: 'Umore e benessere', en: 'Mood and wellbeing', hint: 'Ansia, tristezza, stress, depressione lieve.' },
  memoria: { it: 'Memoria e demenza', en: 'Memory and dementia' },
  creativita: { it: 'Creatività ed espressione', en: 'Creativity' },
  'stare-all-aperto': { it: 'Stare all’aperto', en: 'Being outdoors' },
  imparare: { it: 'Imparare cose nuove', en: 'Learning' },
  'soldi-debiti': { it: 'Soldi e debiti', en: 'Money and debt' },
  'pratiche-diritti': { it: 'Pratiche e diritti', en: 'Paperwork and rights' },
  'lavoro-studio': { it: 'Lavoro e studio', en: 'Work and study' },
  'sostegno-caregiver': { it: 'Sostegno a chi assiste', en: 'Support for carers' },
  genitorialita: { it: 'Essere genitori', en: 'Parenting' },
  'sentirsi-utili': { it: 'Sentirsi utili', en: 'Feeling useful' },
} as const satisfies Record<string, Term>;

export const audiences = {
  tutti: { it: 'Tutti', en: 'Everyone' },
  anziani: { it: 'Persone anziane', en: 'Older people' },
  adulti: { it: 'Adulti', en: 'Adults' },
  giovani: { it: 'Giovani', en: 'Young people', hint: 'Ragazze e ragazzi, anche chi non studia né lavora.' },
  'famiglie-bambini': { it: 'Famiglie e bambini', en: 'Families and children' },
  'neo-genitori': { it: 'Neo-genitori', en: 'New parents', hint: 'Madri e padri nel primo anno di vita del bambino.' },
  caregiver: { it: 'Familiari che assistono', en: 'Carers' },
  'persone-con-demenza': { it: 'Persone con demenza', en: 'People with dementia' },
  'persone-con-disabilita': { it: 'Persone con disabilità', en: 'Disabled people' },
  'malattie-croniche': { it: 'Persone con malattie croniche', en: 'People with long-term conditions' },
  'salute-mentale': { it: 'Persone con disagio psichico', en: 'People with mental health problems' },
  'migranti': { it: 'Persone migranti', en: 'Migrants' },
} as const satisfies Record<string, Term>;

export const accessibilityFeatures = {
  'senza-gradini': { it: 'Accesso senza gradini', en: 'Step-free access' },
  'bagno-accessibile': { it: 'Bagno accessibile', en: 'Accessible toilet' },
  'anello-induttivo': { it: 'Anello a induzione per apparecchi acustici', en: 'Hearing loop' },
  lis: { it: 'Interprete LIS', en: 'Italian Sign Language (LIS)' },
  'lettura-facile': { it: 'Materiali in lettura facile', en: 'Easy-read materials' },
  'caratteri-grandi': { it: 'Materiali a caratteri grandi', en: 'Large print' },
  'posti-a-sedere': { it: 'Posti a sedere e pause', en: 'Seating and rest breaks' },
  'spazio-tranquillo': { it: 'Spazio tranquillo', en: 'Quiet space' },
  'cani-guida': { it: 'Cani guida benvenuti', en: 'Guide dogs welcome' },
} as const satisfies Record<string, Term>;

export const organizationTypes = {
  associazione: { it: 'Associazione', en: 'Association' },
  'cooperativa-sociale': { it: 'Cooperativa sociale', en: 'Social cooperative' },
  'azienda-sanitaria': { it: 'Azienda sanitaria (ASL, ASST, AUSL)', en: 'Local health authority' },
  comune: { it: 'Comune', en: 'Municipality' },
  'ente-pubblico': { it: 'Altro ente pubblico', en: 'Other public body' },
  museo: { it: 'Museo', en: 'Museum' },
  biblioteca: { it: 'Biblioteca', en: 'Library' },
  parrocchia: { it: 'Parrocchia o ente religioso', en: 'Parish or religious body' },
  fondazione: { it: 'Fondazione', en: 'Foundation' },
  universita: { it: 'Università o centro di ricerca', en: 'University or research centre' },
  'rete-nazionale': { it: 'Rete o federazione nazionale', en: 'National network' },
  altro: { it: 'Altro', en: 'Other' },
} as const satisfies Record<string, Term>;

export const joinMethods = {
  'accesso-libero': { it: 'Accesso libero, basta presentarsi', en: 'Drop in' },
  iscrizione: { it: 'Serve l’iscrizione', en: 'Registration needed' },
  invio: { it: 'Su invio del medico o dei servizi', en: 'By referral' },
} as const satisfies Record<string, Term>;

export const statuses = {
  attivo: { it: 'Attivo', en: 'Active' },
  sospeso: { it: 'Sospeso', en: 'Paused' },
  chiuso: { it: 'Chiuso', en: 'Closed' },
} as const satisfies Record<string, Term>;

export const verificationMethods = {
  telefono: { it: 'al telefono', en: 'by phone' },
  email: { it: 'per email', en: 'by email' },
  'sito-web': { it: 'sul sito web ufficiale', en: 'on the official website' },
  visita: { it: 'di persona', en: 'in person' },
  organizzazione: { it: 'dall’organizzazione stessa', en: 'by the organisation itself' },
  'documento-pubblico': { it: 'da un documento pubblico', en: 'from a public document' },
} as const satisfies Record<string, Term>;

export const frequencies = {
  settimanale: { it: 'ogni settimana', en: 'every week' },
  quindicinale: { it: 'ogni due settimane', en: 'every other week' },
  mensile: { it: 'una volta al mese', en: 'once a month' },
} as const satisfies Record<string, Term>;

/** Days of the week, Monday first as in Italy. */
export const days = {
  lun: { it: 'lunedì', en: 'Monday' },
  mar: { it: 'martedì', en: 'Tuesday' },
  mer: { it: 'mercoledì', en: 'Wednesday' },
  gio: { it: 'giovedì', en: 'Thursday' },
  ven: { it: 'venerdì', en: 'Friday' },
  sab: { it: 'sabato', en: 'Saturday' },
  dom: { it: 'domenica', en: 'Sunday' },
} as const satisfies Record<string, Term>;

/** Parts of the day, for sessions whose days are known but not their times. */
export const partsOfDay = {
  mattina: { it: 'mattina', en: 'morning' },
  pomeriggio: { it: 'pomeriggio', en: 'afternoon' },
  sera: { it: 'sera', en: 'evening' },
} as const satisfies Record<string, Term>;

export type Category = keyof typeof categories;
export type Need = keyof typeof needs;
export type Audience = keyof typeof audiences;
export type AccessibilityFeature = keyof typeof accessibilityFeatures;
export type OrganizationType = keyof typeof organizationTypes;
export type JoinMethod = keyof typeof joinMethods;
export type Status = keyof typeof statuses;
export type VerificationMethod = keyof typeof verificationMethods;
export type Frequency = keyof typeof frequencies;
export type Day = keyof typeof days;
export type PartOfDay = keyof typeof partsOfDay;

/** The keys of a vocabulary, as the non-empty tuple z.enum wants. */
export function keysOf<T extends Record<string, Term>>(vocabulary: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}
