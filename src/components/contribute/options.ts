/** Vocabulary values as form choices: key, Italian label and hint, in the vocabulary's order. */
import type { Term } from '../../schema/vocabularies.ts';
import { monthName } from '../../lib/dates.ts';
import type { Choice } from './Fields.tsx';

/** The choices of a vocabulary. */
export function choices<T extends Record<string, Term>>(vocabulary: T): Choice<keyof T & string>[] {
  return Object.entries(vocabulary).map(([key, term]) => [key as keyof T & string, term.it, term.hint] as const);
}

/** The choices of a vocabulary without hints, for a <select>. */
export function selectOptions<T extends Record<string, Term>>(vocabulary: T): [keyof T & string, string][] {
  return Object.entries(vocabulary).map(([key, term]) => [key as keyof T & string, term.it]);
}

/** Months 1–12 with their Italian names. */
export const MONTHS: [string, string][] = Array.from({ length: 12 }, (_, i) => [String(i + 1), monthName(i + 1)]);
