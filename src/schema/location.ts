/** Where a resource happens: one or more places, each in a real Italian comune. */
import { z } from 'astro/zod';
import { textField } from './fields.ts';

export const PROVINCE_PATTERN = /^[A-Z]{2}$/;

export const locationSchema = z
  .strictObject({
    name: textField('il nome del luogo', 120).optional().describe('Nome del luogo, es. "Biblioteca civica" (facoltativo).'),
    address: textField('l’indirizzo', 160).optional().describe('Via e numero civico, es. "Via Roma 12". Ometti se non è noto.'),
    comune: textField('il comune', 80).describe('Il comune, scritto come nell’elenco ISTAT, es. "Reggio nell\'Emilia".'),
    province: z
      .string({ error: 'Manca la provincia: scrivi la sigla di due lettere, es. "MI".' })
      .regex(PROVINCE_PATTERN, {
        error: (issue) => {
          const upper = typeof issue.input === 'string' ? issue.input.trim().toUpperCase() : '';
          const suggestion = PROVINCE_PATTERN.test(upper) ? ` Forse intendevi «${upper}»?` : '';
          return `Provincia non valida: usa la sigla di due lettere maiuscole, es. "MI", "RM", "TO".${suggestion}`;
        },
      })
      .describe('Sigla della provincia o città metropolitana, es. "MI".'),
    postcode: z
      .string({ error: 'CAP non valido: scrivilo tra virgolette, es. "20017".' })
      .regex(/^\d{5}$/, { error: 'CAP non valido: sono 5 cifre, scritte tra virgolette, es. "20017".' })
      .optional()
      .describe('Codice di avviamento postale, 5 cifre tra virgolette.'),
    lat: z
      .number({ error: 'Latitudine mancante o non numerica: scrivi un numero con il punto, es. 45.4642.' })
      .min(-90, { error: 'Latitudine fuori scala: deve essere tra -90 e 90.' })
      .max(90, { error: 'Latitudine fuori scala: deve essere tra -90 e 90.' })
      .describe('Latitudine in gradi decimali (in Italia tra 35 e 48), es. 45.4642.'),
    lon: z
      .number({ error: 'Longitudine mancante o non numerica: scrivi un numero con il punto, es. 9.19.' })
      .min(-180, { error: 'Longitudine fuori scala: deve essere tra -180 e 180.' })
      .max(180, { error: 'Longitudine fuori scala: deve essere tra -180 e 180.' })
      .describe('Longitudine in gradi decimali (in Italia tra 6 e 19), es. 9.19.'),
    position: z
      .enum(['esatta', 'approssimativa'], {
        error: 'Indica se la posizione è "esatta" (l’indirizzo preciso) o "approssimativa" (per esempio il centro del paese).',
      })
      .describe('"esatta" se le coordinate sono quelle dell’indirizzo, "approssimativa" se sono il centro del comune.'),
  })
  .describe('Un luogo in cui si svolge l’attività.');

export type Location = z.infer<typeof locationSchema>;
