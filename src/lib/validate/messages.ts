/**
 * Italian messages for the Zod issues whose schema gives none (Zod's own would be English). Shared by
 * the validator and the contribution form, so a volunteer reads the same words in both; this module
 * imports nothing, so the browser can load it.
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue;

const EXPECTED: Record<string, string> = {
  object: 'un gruppo di campi «campo: valore», rientrati sotto questa riga',
  array: 'un elenco: [a, b] oppure una riga per valore che inizia con «- »',
  string: 'un testo (se contiene «: » o inizia con un simbolo, mettilo tra virgolette)',
  number: 'un numero, con il punto per i decimali (es. 45.46)',
  boolean: 'true oppure false',
};

/** Italian messages for the issues whose schema gives none. */
export function italianFallback(issue: Issue): string {
  const expected = 'expected' in issue ? String(issue.expected) : '';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `Campo obbligatorio mancante: aggiungilo${EXPECTED[expected] ? ` (ci vuole ${EXPECTED[expected]})` : ''}.`;
      return `Valore del tipo sbagliato: qui ci vuole ${EXPECTED[expected] ?? 'un valore diverso'}.`;
    case 'too_small':
      return issue.origin === 'array' ? `Servono almeno ${String(issue.minimum)} valori in questo elenco.` : `Valore troppo piccolo o troppo corto (minimo ${String(issue.minimum)}).`;
    case 'too_big':
      return issue.origin === 'array' ? `Troppi valori: al massimo ${String(issue.maximum)}.` : `Valore troppo grande o troppo lungo (massimo ${String(issue.maximum)}).`;
    case 'invalid_value':
      return `Valore non ammesso: usa uno tra ${issue.values.map(String).join(', ')}.`;
    default:
      return 'Valore non valido: controlla questo campo.';
  }
}
