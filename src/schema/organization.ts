/** The entry format of an organisation: content/organizations/<id>.yaml. */
import { z } from 'astro/zod';
import { contactsSchema, textField, termField } from './fields.ts';
import { organizationTypes } from './vocabularies.ts';
import { ENGLISH_MARKER, splitDescription } from '../lib/description.ts';

/** The most characters each language's description may have. */
export const ORGANIZATION_DESCRIPTION_MAX = 600;

/**
 * The description: plain text in Italian and, optionally, below a line that says exactly `## English`,
 * the same in English — the convention of entries' Markdown bodies (src/lib/description.ts). Each part
 * has at most 600 characters; the Italian one is required. Mistyped or repeated marker lines are the
 * validator's (englishMarkerProblems in src/lib/validate/body.ts), as for entries.
 */
const descriptionField = textField('la descrizione', 2 * ORGANIZATION_DESCRIPTION_MAX + ENGLISH_MARKER.length + 10).superRefine((text, context) => {
  const { it, en } = splitDescription(text);
  const tooLong = (part: string, language: string) =>
    context.addIssue({
      code: 'custom',
      message: `La descrizione ${language} è troppo lunga (${part.length} caratteri): al massimo ${ORGANIZATION_DESCRIPTION_MAX}.`,
    });
  if (!it) context.addIssue({ code: 'custom', message: `La descrizione in italiano manca: scrivila prima della riga «${ENGLISH_MARKER}».` });
  if (it.length > ORGANIZATION_DESCRIPTION_MAX) tooLong(it, 'in italiano');
  if (en.length > ORGANIZATION_DESCRIPTION_MAX) tooLong(en, 'in inglese');
});

export const organizationSchema = z
  .strictObject({
    name: textField('il nome dell’organizzazione', 160).describe('Nome ufficiale, es. "Auser Milano".'),
    name_en: textField('il nome in inglese', 160).optional().describe('Nome in inglese (facoltativo), solo se l’organizzazione ne usa uno o se il nome si traduce senza dubbi.'),
    type: termField(organizationTypes, 'il tipo di organizzazione').describe('associazione, cooperativa-sociale, azienda-sanitaria, comune, museo…'),
    description: descriptionField.describe(
      `Due o tre frasi semplici: chi sono e che cosa fanno. Facoltativo, in inglese: dopo una riga vuota, una riga «${ENGLISH_MARKER}», una riga vuota e la stessa descrizione in inglese.`,
    ),
    contacts: contactsSchema,
  })
  .describe('Un’organizzazione che gestisce una o più risorse.');

export type Organization = z.infer<typeof organizationSchema>;
