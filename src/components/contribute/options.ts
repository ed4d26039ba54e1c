/** Vocabulary values as form choices: key, label and hint in the page's language, in the vocabulary's order. */
import type { Term } from '../../schema/vocabularies.ts';
import { currentLocale, label } from '../../i18n/index.ts';
import { monthName } from '../../lib/dates.ts';
import type { Choice } from './Fields.tsx';

/** The choices of a vocabulary. */
export function choices<T extends Record<string, Term>>(vocabulary: T): Choice<keyof T & string>[] {
  // A hint is shown only in the page's language (the Italian hints are not all translated).
  const hintOf = (term: Term) => (currentLocale() === 'it' ? term.hint : term.hint_en);
  return Object.entries(vocabulary).map(([key, term]) => [key as keyof T & string, label(term), hintOf(term)] as const);
}

/** The choices of a vocabulary without hints, for a <select>. */
export function selectOptions<T extends Record<string, Term>>(vocabulary: T): [keyof T & string, string][] {
  return Object.entries(vocabulary).map(([key, term]) => [key as keyof T & string, label(term)]);
}

/** Months 1–12 with their Italian names. */
export const MONTHS: [string, string][] = Array.from({ length: 12 }, (_, i) => [String(i + 1), monthName(i + 1)]);
