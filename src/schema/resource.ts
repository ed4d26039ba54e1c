/**
 * The entry format of a resource: the front matter of content/resources/<region>/<id>.md.
 * The Markdown body below the front matter is the longer, plain-language description; an English
 * description, when there is one, follows it below a line "## English" (src/lib/description.ts).
 */
import { z } from 'astro/zod';
import { contactsSchema, dateField, idField, partialDateField, textField, termField, termListField, urlField } from './fields.ts';
import { locationSchema } from './location.ts';
import { scheduleSchema } from './schedule.ts';
import {
  accessibilityFeatures,
  audiences,
  categories,
  joinMethods,
  needs,
  statuses,
  verificationMethods,
} from './vocabularies.ts';

export const costSchema = z
  .strictObject({
    free: z.boolean({ error: 'Indica se è gratuito: free: true oppure free: false.' }).describe('true se la partecipazione è gratuita.'),
    amount_eur: z
      .number({ error: 'Importo non valido: scrivi solo il numero in euro, es. 10 o 2.50.' })
      .positive({ error: 'L’importo deve essere maggiore di zero; se è gratis usa free: true.' })
      .optional()
      .describe('Quanto costa, in euro (solo il numero).'),
    note: textField('la nota sul costo', 200).optional().describe('Per esempio "quota associativa annuale" o "a offerta libera".'),
  })
  .refine((cost) => cost.free || cost.amount_eur !== undefined || Boolean(cost.note), {
    error: 'Se non è gratuito, indica quanto costa in amount_eur oppure spiegalo in note.',
    path: ['amount_eur'],
  })
  .refine((cost) => !(cost.free && cost.amount_eur !== undefined), {
    error: 'È indicato gratuito ma con un importo: togli amount_eur oppure metti free: false.',
    path: ['amount_eur'],
  })
  .describe('Quanto costa partecipare.');

export const joiningSchema = z
  .strictObject({
    methods: termListField(joinMethods, 'come partecipare').describe('accesso-libero, iscrizione e/o invio.'),
    note: textField('la nota su come partecipare', 300).optional().describe('Cosa fare in pratica, es. "telefonare il lunedì mattina".'),
  })
  .describe('Come si partecipa.');

export const accessibilitySchema = z
  .strictObject({
    features: z
      .array(termField(accessibilityFeatures, 'l’accessibilità'))
      .default([])
      .describe('Caratteristiche di accessibilità verificate.'),
    languages: z
      .array(
        z.string().regex(/^[a-z]{2,3}$/, { error: 'Lingua non valida: usa il codice di due lettere, es. "it", "en", "ar".' }),
      )
      .min(1, { error: 'Indica almeno una lingua parlata, es. [it].' })
      .default(['it'])
      .describe('Lingue parlate, codici ISO 639-1: it, en, fr, ar…'),
    note: textField('la nota sull’accessibilità', 300).optional().describe('Altro da sapere: ascensore, parcheggio, mezzi pubblici…'),
  })
  .describe('Accessibilità e lingue.');

export const verificationSchema = z
  .strictObject({
    date: dateField.describe('Quando sono state controllate le informazioni, AAAA-MM-GG.'),
    by: textField('chi ha verificato', 80).describe('Chi ha controllato: un nome pubblico, es. "Redazione Segnavia" o l’ente.'),
    method: termField(verificationMethods, 'il modo di verifica').describe('telefono, email, sito-web, visita, organizzazione, documento-pubblico.'),
  })
  .describe('Ultima verifica delle informazioni.');

export const sourceSchema = z
  .strictObject({
    title: textField('il titolo della fonte', 200).describe('Titolo del documento o della pagina.'),
    url: urlField.optional().describe('Indirizzo della fonte, https://…'),
    date: partialDateField
      .optional()
      .describe('Quando la fonte è stata pubblicata o aggiornata l’ultima volta, se si sa: 2022, 2022-05 o 2022-05-14.'),
    note: textField('la nota sulla fonte', 200).optional().describe('Dove si trova l’informazione nella fonte.'),
  })
  .describe('Una fonte delle informazioni.');

export const resourceSchema = z
  .strictObject({
    name: textField('il nome', 120).describe('Il nome dell’attività come la conoscono le persone.'),
    name_en: textField('il nome in inglese', 120).optional().describe('Nome in inglese (facoltativo).'),
    summary: textField('il riassunto', 240)
      .refine((text) => !/\p{L}{4,}[.!?]\s+\p{Lu}/u.test(text), { error: 'Il riassunto deve essere una sola frase semplice: sposta il resto nella descrizione.' })
      .describe('Una frase semplice: che cosa si fa e per chi.'),
    summary_en: textField('il riassunto in inglese', 240).optional().describe('La stessa frase in inglese (facoltativa).'),
    category: termField(categories, 'la categoria').describe('La categoria principale.'),
    needs: termListField(needs, 'i bisogni').describe('A quali bisogni risponde.'),
    audiences: termListField(audiences, 'i destinatari').describe('A chi si rivolge.'),
    organization: idField('l’organizzazione').describe('Identificativo dell’organizzazione (nome del file in content/organizations, senza .yaml).'),
    online_only: z.boolean({ error: 'online_only: scrivi true oppure false.' }).default(false).describe('true se si svolge solo online.'),
    locations: z.array(locationSchema).default([]).describe('I luoghi in cui si svolge.'),
    schedule: scheduleSchema,
    cost: costSchema,
    joining: joiningSchema,
    contacts: contactsSchema,
    accessibility: accessibilitySchema.default({ features: [], languages: ['it'] }),
    status: termField(statuses, 'lo stato').describe('attivo, sospeso o chiuso (non cancellare le schede: segnale come chiuso).'),
    verified: verificationSchema,
    sources: z.array(sourceSchema).min(1, { error: 'Indica almeno una fonte (titolo e, se c’è, indirizzo web).' }).describe('Da dove vengono le informazioni.'),
  })
  .refine((entry) => entry.online_only || entry.locations.length > 0, {
    error: 'Indica almeno un luogo in locations, oppure scrivi online_only: true se si svolge solo online.',
    path: ['locations'],
  })
  .refine((entry) => !(entry.online_only && entry.locations.length > 0), {
    error: 'È indicato online_only: true ma ci sono dei luoghi: togli i luoghi oppure metti online_only: false.',
    path: ['online_only'],
  })
  .describe(
    'Una risorsa della comunità (attività, gruppo, servizio). Nel file .md, sotto l’intestazione: la descrizione in italiano e, facoltativa, quella in inglese dopo una riga «## English».',
  );

export type Resource = z.infer<typeof resourceSchema>;
export type ResourceInput = z.input<typeof resourceSchema>;
export type Cost = z.infer<typeof costSchema>;
