/**
 * Small field schemas shared by resources and organisations. Each message tells a volunteer
 * what is wrong and how to fix it, in plain Italian.
 */
import { z } from 'astro/zod';
import { closestMatch } from '../lib/closest.ts';
import { keysOf, type Term } from './vocabularies.ts';

// In the browser (the contribution form), zod would probe for eval with `new Function('')`: the site's CSP
// forbids eval, and browsers report the probe as a CSP violation even though zod catches it (Lighthouse
// best-practices, DevTools' Issues). Jitless skips the probe; its compiled fast path only pays off for the
// build's thousands of entries, so the build keeps it. Set before any schema is made (every schema module imports this one).
if (typeof document !== 'undefined') z.config({ jitless: true });

/** Ids are file names: lowercase letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A message for a missing value, or the given one (or the one made from the value) for a value of the wrong kind. */
export function missingOr(what: string, message: string | ((input: unknown) => string)) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `Campo obbligatorio mancante (${what}): aggiungilo.` : typeof message === 'string' ? message : message(issue.input);
}

/** A reference to another entry by its id (its file name without extension). */
export function idField(what: string) {
  return z
    .string({ error: missingOr(what, `${capitalise(what)} va scritto come identificativo, es. "auser-milano".`) })
    .regex(ID_PATTERN, {
      error: 'Identificativo non valido: usa solo lettere minuscole senza accenti, numeri e trattini (es. "auser-milano").',
    });
}

/** A short piece of text that must not be blank. */
export function textField(what: string, max: number) {
  return z
    .string({ error: missingOr(what, `${capitalise(what)} deve essere un testo: scrivilo tra virgolette.`) })
    .trim()
    .min(1, { error: `${capitalise(what)} è vuoto: scrivi qualcosa.` })
    .max(max, { error: `${capitalise(what)} è troppo lungo: al massimo ${max} caratteri.` })
    .refine((text) => !HTML_LIKE.test(text), { error: `${capitalise(what)} contiene codice HTML (< >): scrivi solo testo semplice.` });
}

/** Text that a browser could read as a tag or comment: "<b", "</", "<!", "<?". */
export const HTML_LIKE = /<[a-zA-Z!/?]/;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value from one of the controlled vocabularies; the message lists what is allowed. */
export function termField<T extends Record<string, Term>>(vocabulary: T, what: string) {
  const keys = Object.keys(vocabulary);
  const allowed = keys.join(', ');
  return z.enum(keysOf(vocabulary), {
    error: missingOr(what, (input) => {
      const closest = typeof input === 'string' ? closestMatch(input, keys) : undefined;
      const suggestion = closest ? ` Forse intendevi «${closest}»?` : '';
      return `Valore «${String(input)}» non riconosciuto per ${what}.${suggestion} Valori ammessi: ${allowed}.`;
    }),
  });
}

/** A non-empty list of distinct vocabulary values. */
export function termListField<T extends Record<string, Term>>(vocabulary: T, what: string) {
  return z
    .array(termField(vocabulary, what), {
      error: missingOr(what, `${capitalise(what)}: scrivi un elenco tra parentesi quadre, es. [${Object.keys(vocabulary)[0]}].`),
    })
    .min(1, { error: `Indica almeno un valore per ${what}.` })
    .refine((list) => new Set(list).size === list.length, { error: `${capitalise(what)}: un valore è ripetuto.` });
}

/** Web addresses must be http or https: no javascript:, data: or file: links. */
export const urlField = z
  .string({ error: 'Indirizzo web mancante o non valido: scrivilo completo, es. "https://www.esempio.it".' })
  .trim()
  .refine(isHttpUrl, { error: 'Indirizzo web non valido: deve iniziare con https:// o http:// (es. "https://www.esempio.it").' });

/** True when the text is an absolute http(s) URL with a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Italian phone numbers: landlines start with 0, mobiles with 3, toll-free with 80; +39 is optional. */
export const PHONE_PATTERN = /^(?:\+39)?(?:0\d{5,10}|3\d{8,9}|80\d{4,7}|1\d{2,5})$/;

/** The phone number with spaces, dots, dashes and slashes removed. */
export function compactPhone(value: string): string {
  return value.replace(/[\s./-]/g, '');
}

export const phoneField = z
  .string({ error: 'Numero di telefono mancante: scrivilo tra virgolette, es. "02 1234567".' })
  .trim()
  .refine((value) => PHONE_PATTERN.test(compactPhone(value)), {
    error: 'Numero di telefono non valido: usa un numero italiano pubblico, es. "02 1234567", "333 1234567" o "+39 06 1234567".',
  });

export const emailField = z
  .email({ error: 'Indirizzo email non valido: controlla che sia scritto come "nome@dominio.it".' });

/** YAML turns 2025-03-01 into a Date; keep dates as plain "YYYY-MM-DD" strings everywhere else. */
export const dateField = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'Data non valida: scrivila come AAAA-MM-GG, es. 2025-03-01.' }),
);

/**
 * A date that may be known only to the year or month, as sources often are: "2022", "2022-05" or
 * "2022-05-14". YAML reads 2022 as a number and 2022-05-14 as a Date; both become the plain string.
 */
export const partialDateField = z.preprocess(
  (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    return value;
  },
  z
    .string({ error: 'Data non valida: scrivi l’anno (2022), il mese (2022-05) o il giorno (2022-05-14).' })
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
      error: 'Data non valida: scrivi l’anno (2022), il mese (2022-05) o il giorno (2022-05-14).',
    }),
);

/** The public contacts of a resource or organisation: at least one of them. */
export const contactsSchema = z
  .strictObject({
    phone: phoneField.optional().describe('Numero di telefono pubblico, es. "02 1234567".'),
    email: emailField.optional().describe('Email pubblica, es. "info@associazione.it".'),
    website: urlField.optional().describe('Sito web o pagina ufficiale, https://…'),
  }, { error: 'I contatti vanno scritti come elenco di campi: phone, email, website.' })
  .refine((c) => Boolean(c.phone || c.email || c.website), {
    error: 'Indica almeno un contatto pubblico: phone, email o website.',
  })
  .describe('Contatti pubblici (mai numeri o email personali di privati).');

export type Contacts = z.infer<typeof contactsSchema>;
