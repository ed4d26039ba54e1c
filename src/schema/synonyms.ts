/**
 * Everyday words people type, mapped to the directory's own words: a controlled vocabulary kept
 * beside the others (vocabularies.ts), in Italian and English. An older person alone types
 * "solitudine", not "Incontro e compagnia"; a new mother types "neonato", a caregiver "badante",
 * someone in debt "bollette", someone who came from abroad "corso di italiano" or "migrant".
 *
 * Synonyms are applied when the search index is built (src/lib/search/synonyms.ts), not when a
 * search runs: every entry that `means` names carries the group's words in a weighted field, and
 * every entry that `related` names carries them as plain body text. Searching then costs nothing
 * more, and a word only finds entries whose own data say what it means.
 */
import type { Audience, Category, Need } from './vocabularies.ts';

/** What a group of everyday words points at: vocabulary keys, or words found in an entry's own text. */
export interface SynonymTargets {
  categories?: Category[];
  needs?: Need[];
  audiences?: Audience[];
  /**
   * Words or phrases of the directory (matched as whole words, accents and case ignored): for
   * `means`, in an entry's name or summary (found only further down, the entry is related); for
   * `related`, anywhere in its text.
   */
  words?: string[];
}

export interface SynonymGroup {
  /** What people type, in Italian. */
  it: string[];
  /** The same in English, for people who search in English. */
  en: string[];
  /** Entries these words mean: found by them at the weight of names and categories. */
  means: SynonymTargets;
  /** Entries they may also want: found at the weight of body text, so they come after. */
  related?: SynonymTargets;
}

export const synonyms: SynonymGroup[] = [
  // Singing and music
  { it: ['coro', 'cori', 'corale', 'cantare', 'canto', 'canti', 'cantiamo'], en: ['choir', 'singing', 'sing'], means: { categories: ['musica-canto'] } },
  { it: ['musica', 'suonare', 'strumento', 'musicoterapia'], en: ['music'], means: { categories: ['musica-canto'] } },
  // Dancing and moving
  {
    it: ['ballo', 'balli', 'ballare', 'danza', 'danzare', 'liscio'],
    en: ['dance', 'dancing'],
    means: { words: ['dance', 'danza'] },
    related: { needs: ['muoversi'] },
  },
  {
    it: ['passeggiata', 'passeggiate', 'passeggiare', 'camminata', 'camminate', 'camminare', 'cammino', 'marcia', 'nordic walking'],
    en: ['walk', 'walking', 'walking group'],
    means: { words: ['gruppo di cammino', 'gruppi di cammino'] },
    related: { categories: ['movimento'] },
  },
  {
    it: ['ginnastica', 'ginnastica dolce', 'esercizio', 'esercizi', 'attività fisica', 'palestra', 'sport', 'movimento', 'muoversi', 'allenamento', 'yoga'],
    en: ['exercise', 'gym', 'fitness', 'physical activity'],
    means: { needs: ['muoversi'] },
    related: { categories: ['movimento'] },
  },
  // Memory and dementia
  {
    it: ['alzheimer', 'demenza', 'demenze', 'memoria', 'smemorato', 'smemorata', 'dimenticare', 'perdita di memoria', 'decadimento cognitivo', 'deterioramento cognitivo', 'confusione'],
    en: ['dementia', 'memory', 'memory loss'],
    means: { needs: ['memoria'], audiences: ['persone-con-demenza'] },
  },
  // Loneliness and company
  {
    it: ['solitudine', 'solo', 'sola', 'soli', 'isolamento', 'isolato', 'isolata', 'compagnia', 'amici', 'amicizia', 'socializzare', 'chiacchierare', 'conoscere gente', 'vedovo', 'vedova'],
    en: ['loneliness', 'lonely', 'alone', 'company', 'friends'],
    means: { categories: ['incontro-compagnia'] },
    related: { needs: ['compagnia'] },
  },
  {
    it: ['circolo', 'centro sociale', 'centro anziani', 'centro diurno', 'pranzo', 'merenda', 'tombola', 'caffè', 'incontrarsi'],
    en: ['social club', 'lunch club', 'meeting people'],
    means: { categories: ['incontro-compagnia'] },
  },
  {
    it: ['telefono', 'telefonata', 'telefonate', 'telefonare', 'chiamata', 'telefono amico'],
    en: ['phone', 'phone call'],
    means: { words: ['telefono', 'telefonata', 'telefonate', 'telefonica'] },
  },
  // Older people, young people, families
  {
    it: ['anziani', 'anziano', 'anziana', 'terza età', 'pensionati', 'pensionato', 'pensionata', 'nonni', 'nonno', 'nonna', 'over 65'],
    en: ['elderly', 'older people', 'seniors', 'old age'],
    means: { audiences: ['anziani'] },
  },
  {
    it: ['giovani', 'giovane', 'ragazzi', 'ragazze', 'ragazzo', 'ragazza', 'adolescenti', 'neet', 'studenti'],
    en: ['young people', 'youth', 'teenagers'],
    means: { audiences: ['giovani'] },
  },
  {
    it: ['lavoro', 'lavorare', 'cerco lavoro', 'disoccupato', 'disoccupata', 'disoccupazione', 'tirocinio', 'stage', 'curriculum', 'orientamento', 'formazione', 'senza lavoro'],
    en: ['job', 'work', 'unemployed', 'training', 'internship'],
    means: { categories: ['lavoro-formazione'], needs: ['lavoro-studio'] },
  },
  {
    it: ['mamma', 'mamme', 'neomamma', 'neomamme', 'neonato', 'neonata', 'neonati', 'gravidanza', 'incinta', 'parto', 'allattamento', 'maternità', 'papà', 'neogenitori', 'depressione post partum'],
    en: ['mother', 'new mother', 'mum', 'baby', 'pregnancy', 'new parents'],
    means: { audiences: ['neo-genitori'], needs: ['genitorialita'] },
  },
  {
    it: ['bambini', 'bambino', 'bambina', 'figli', 'figlio', 'figlia', 'famiglia', 'famiglie', 'genitori'],
    en: ['children', 'kids', 'family', 'parents'],
    means: { audiences: ['famiglie-bambini'], needs: ['genitorialita'] },
  },
  // Mood and mental health
  {
    it: ['depressione', 'depresso', 'depressa', 'tristezza', 'triste', 'ansia', 'ansioso', 'ansiosa', 'stress', 'stressato', 'umore', 'giù di morale', 'benessere', 'serenità', 'lutto'],
    en: ['depression', 'anxiety', 'stress', 'mood', 'wellbeing', 'grief'],
    means: { needs: ['umore-benessere'] },
  },
  {
    it: ['salute mentale', 'disagio psichico', 'psichiatria', 'psicologo', 'psicologa', 'ascolto', 'parlare con qualcuno', 'sfogarsi', 'auto aiuto', 'mutuo aiuto', 'gruppo di sostegno'],
    en: ['mental health', 'someone to talk to', 'self-help', 'support group'],
    means: { audiences: ['salute-mentale'], categories: ['sostegno-salute'] },
    related: { needs: ['umore-benessere'] },
  },
  // Carers
  {
    it: ['caregiver', 'badante', 'assistere', 'assisto', 'accudire', 'prendersi cura', 'familiare malato', 'familiari', 'sollievo'],
    en: ['carer', 'caregiver', 'caring'],
    means: { needs: ['sostegno-caregiver'], audiences: ['caregiver'] },
  },
  // Health conditions and disability
  {
    it: ['malattia cronica', 'malattie croniche', 'diabete', 'cuore', 'artrosi', 'mal di schiena', 'ictus', 'tumore', 'parkinson', 'sclerosi', 'dolore cronico'],
    en: ['long-term condition', 'chronic illness', 'diabetes'],
    means: { audiences: ['malattie-croniche'] },
  },
  {
    it: ['disabilità', 'disabile', 'disabili', 'handicap', 'carrozzina', 'sedia a rotelle', 'non vedente', 'cieco', 'sordo', 'sorda', 'invalidità'],
    en: ['disabled', 'disability', 'wheelchair', 'blind', 'deaf'],
    means: { audiences: ['persone-con-disabilita'] },
  },
  // Money and paperwork
  {
    it: ['debiti', 'debito', 'bollette', 'bolletta', 'affitto', 'sfratto', 'usura', 'prestito', 'prestiti', 'soldi', 'rate', 'pignoramento', 'sovraindebitamento', 'finanziaria', 'povertà', 'non arrivo a fine mese'],
    en: ['debt', 'debts', 'bills', 'money', 'rent', 'loan'],
    means: { needs: ['soldi-debiti'] },
    related: { categories: ['aiuto-pratico'] },
  },
  {
    it: ['pratiche', 'burocrazia', 'documenti', 'moduli', 'modulo', 'pensione', 'permesso di soggiorno', 'isee', 'spid', 'diritti', 'patronato'],
    en: ['paperwork', 'forms', 'benefits', 'rights'],
    means: { needs: ['pratiche-diritti'] },
    related: { categories: ['aiuto-pratico'] },
  },
  {
    it: ['aiuto', 'aiuto pratico', 'spesa', 'spesa a domicilio', 'trasporto', 'accompagnamento', 'commissioni', 'farmaci a domicilio'],
    en: ['help', 'practical help', 'shopping', 'transport', 'lift'],
    means: { categories: ['aiuto-pratico'] },
  },
  // People who came from abroad
  {
    it: ['migranti', 'migrante', 'stranieri', 'straniero', 'straniera', 'immigrati', 'immigrato', 'rifugiati', 'rifugiato', 'profughi', 'richiedenti asilo', 'italiano per stranieri', 'corso di italiano', 'imparare l’italiano'],
    en: ['migrant', 'migrants', 'refugee', 'foreigner', 'learn italian', 'italian lessons'],
    means: { audiences: ['migranti'] },
  },
  // Nature, arts, learning, volunteering
  {
    it: ['orto', 'orti', 'giardino', 'giardini', 'giardinaggio', 'piante', 'coltivare', 'verde', 'natura', 'fiori', 'zappare'],
    en: ['garden', 'gardening', 'allotment', 'nature'],
    means: { categories: ['natura-orti'] },
  },
  {
    it: ['aria aperta', 'all’aperto', 'parco', 'parchi', 'fuori casa'],
    en: ['outdoors', 'outside', 'park'],
    means: { needs: ['stare-all-aperto'] },
  },
  {
    it: ['museo', 'musei', 'arte', 'mostra', 'mostre', 'quadri', 'pittura', 'teatro', 'cinema', 'cultura', 'visita guidata'],
    en: ['museum', 'art', 'arts', 'theatre', 'gallery'],
    means: { categories: ['arte-cultura'] },
  },
  {
    it: ['creatività', 'creativo', 'laboratorio', 'laboratori', 'disegno', 'disegnare', 'uncinetto', 'maglia', 'cucito', 'artigianato', 'fotografia', 'scrittura', 'scrivere', 'recitare'],
    en: ['crafts', 'creative', 'workshop', 'drawing', 'writing'],
    means: { needs: ['creativita'] },
  },
  {
    it: ['leggere', 'lettura', 'libri', 'libro', 'biblioteca', 'gruppo di lettura', 'corso', 'corsi', 'lezioni', 'università', 'imparare', 'studiare', 'scuola', 'computer', 'informatica'],
    en: ['reading', 'books', 'library', 'course', 'classes', 'learning'],
    means: { categories: ['imparare-leggere'] },
    related: { needs: ['imparare'] },
  },
  {
    it: ['volontario', 'volontaria', 'volontari', 'volontariato', 'aiutare gli altri', 'rendersi utile', 'dare una mano', 'sentirsi utile', 'impegnarsi'],
    en: ['volunteer', 'volunteering', 'helping others'],
    means: { categories: ['volontariato'], needs: ['sentirsi-utili'] },
  },
];
