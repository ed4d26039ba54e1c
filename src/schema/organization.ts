/** The entry format of an organisation: content/organizations/<id>.yaml. */
import { z } from 'astro/zod';
import { contactsSchema, textField, termField } from './fields.ts';
import { organizationTypes } from './vocabularies.ts';

export const organizationSchema = z
  .strictObject({
    name: textField('il nome dell’organizzazione', 160).describe('Nome ufficiale, es. "Auser Milano".'),
    type: termField(organizationTypes, 'il tipo di organizzazione').describe('associazione, cooperativa-sociale, azienda-sanitaria, comune, museo…'),
    description: textField('la descrizione', 600).describe('Due o tre frasi semplici: chi sono e che cosa fanno.'),
    contacts: contactsSchema,
  })
  .describe('Un’organizzazione che gestisce una o più risorse.');

export type Organization = z.infer<typeof organizationSchema>;
