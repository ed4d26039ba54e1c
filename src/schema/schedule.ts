/** When a resource happens: recurring sessions, an optional season or start–end dates, and a note. */
import { z } from 'astro/zod';
import { dateField, termField, textField } from './fields.ts';
import { days, frequencies, partsOfDay } from './vocabularies.ts';

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

const timeField = z
  .string({ error: 'Orario non valido: scrivilo tra virgolette nel formato "HH:MM", es. "09:30".' })
  .regex(TIME_PATTERN, { error: 'Orario non valido: usa il formato "HH:MM" a 24 ore, es. "09:30" o "17:00".' });

const monthField = z
  .number({ error: 'Mese non valido: scrivi il numero del mese, da 1 (gennaio) a 12 (dicembre).' })
  .int({ error: 'Mese non valido: scrivi un numero intero da 1 a 12.' })
  .min(1, { error: 'Mese non valido: da 1 (gennaio) a 12 (dicembre).' })
  .max(12, { error: 'Mese non valido: da 1 (gennaio) a 12 (dicembre).' });

export const sessionSchema = z
  .strictObject({
    days: z
      .array(termField(days, 'il giorno'), { error: 'Giorni: scrivi un elenco, es. [lun, gio].' })
      .min(1, { error: 'Indica almeno un giorno, es. [mar].' })
      .describe('Giorni della settimana: lun, mar, mer, gio, ven, sab, dom.'),
    start: timeField.optional().describe('Ora di inizio, "HH:MM". Se l’orario non è noto, lasciala vuota e indica la parte del giorno.'),
    end: timeField.optional().describe('Ora di fine, "HH:MM" (facoltativa; solo con l’ora di inizio).'),
    part_of_day: termField(partsOfDay, 'la parte del giorno')
      .optional()
      .describe('Solo se l’orario preciso non è noto: mattina, pomeriggio o sera.'),
    frequency: termField(frequencies, 'la frequenza')
      .default('settimanale')
      .describe('settimanale, quindicinale o mensile.'),
    week_of_month: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], {
        error: 'Settimana del mese non valida: usa 1, 2, 3, 4 oppure -1 per l’ultima.',
      })
      .optional()
      .describe('Per gli incontri mensili: quale settimana del mese (1–4, -1 = l’ultima).'),
  })
  .refine((s) => !s.end || !s.start || s.end > s.start, { error: 'L’ora di fine deve venire dopo l’ora di inizio.', path: ['end'] })
  .refine((s) => !s.end || Boolean(s.start), {
    error: 'C’è l’ora di fine ma manca l’ora di inizio: aggiungi l’ora di inizio (start) oppure togli l’ora di fine (end).',
    path: ['end'],
  })
  .refine((s) => !s.part_of_day || !s.start, {
    error: 'Con l’ora di inizio la parte del giorno non serve: tieni l’ora (start) e togli la parte del giorno (part_of_day).',
    path: ['part_of_day'],
  })
  .refine((s) => s.week_of_month === undefined || s.frequency === 'mensile', {
    error: 'week_of_month si usa solo con frequency: mensile.',
    path: ['week_of_month'],
  })
  .describe('Un appuntamento che si ripete: i giorni, con l’orario se è noto, altrimenti la parte del giorno.');

export const scheduleSchema = z
  .strictObject({
    sessions: z.array(sessionSchema).default([]).describe('Gli appuntamenti ricorrenti. Lascia vuoto se si fissano di volta in volta.'),
    season: z
      .strictObject({
        from_month: monthField.describe('Primo mese di attività (1–12).'),
        to_month: monthField.describe('Ultimo mese di attività (1–12); può essere prima di from_month, es. da 9 a 6.'),
      })
      .optional()
      .describe('Per attività stagionali: da quale mese a quale mese.'),
    start_date: dateField.optional().describe('Per programmi a tempo: data di inizio, AAAA-MM-GG.'),
    end_date: dateField.optional().describe('Per programmi a tempo: data di fine, AAAA-MM-GG.'),
    note: textField('la nota sugli orari', 400).optional().describe('Quello che gli orari non dicono: festività, pause estive, su appuntamento…'),
  })
  .refine((s) => s.sessions.length > 0 || Boolean(s.note), {
    error: 'Senza appuntamenti fissi, spiega in "note" come e quando ci si incontra (es. "su appuntamento").',
    path: ['note'],
  })
  .refine((s) => !s.start_date || !s.end_date || s.end_date >= s.start_date, {
    error: 'La data di fine viene prima della data di inizio: controlla start_date ed end_date.',
    path: ['end_date'],
  })
  .describe('Quando si svolge l’attività.');

export type Session = z.infer<typeof sessionSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
