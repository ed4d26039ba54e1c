/**
 * Checks on the verification: its date not in the future, and the information not stale — counted
 * from the confirmation or, for an entry compiled from public documents, from its newest source, as
 * src/lib/verification.ts defines it (a warning).
 */
import { formatDate } from '../dates.ts';
import { freshnessOf, STALE_AFTER_MONTHS, verificationOf } from '../verification.ts';
import type { VerificationMethod } from '../../schema/vocabularies.ts';
import { lineOf } from './schema.ts';
import type { Entry, Problem } from './types.ts';

export { STALE_AFTER_MONTHS };

/** The date as "YYYY-MM-DD", whether YAML read it as a date or a string; undefined when it is neither. */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined;
}

/** A source's date as written ("2022", "2022-05", "2022-05-14"), whatever YAML made of it. */
function sourceDate(value: unknown): string | undefined {
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value.trim() : undefined;
}

/** A verified date after today is an error; information older than 12 months (see verification.ts) is a warning. */
export function verifiedDateProblems(entry: Entry, today: string): Problem[] {
  const raw = entry.data.verified;
  const verified = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const date = isoDate(verified.date);
  if (!date) return [];
  const where = { file: entry.file, field: 'verified.date', line: lineOf(entry, ['verified', 'date']), rule: 'verified' };
  if (date > today) {
    return [{ ...where, severity: 'error', message: `La data di verifica ${date} è nel futuro (oggi è ${today}): scrivi il giorno in cui hai controllato davvero le informazioni.` }];
  }
  const sources = Array.isArray(entry.data.sources) ? (entry.data.sources as unknown[]) : [];
  const verification = verificationOf({
    verified: { date, by: String(verified.by ?? ''), method: verified.method as VerificationMethod },
    sources: sources.map((s) => ({ date: sourceDate(s && typeof s === 'object' ? (s as Record<string, unknown>).date : undefined) })),
  });
  if (freshnessOf(verification, today) !== 'stale') return [];
  if (verification.kind === 'confirmed') {
    return [{ ...where, severity: 'warning', message: `Confermata con l’organizzazione l’ultima volta il ${formatDate(date)}, più di ${STALE_AFTER_MONTHS} mesi fa: richiamala (o scrivile) e aggiorna verified.date.` }];
  }
  const newest = verification.newestSource;
  return [
    {
      ...where,
      severity: 'warning',
      message: newest
        ? `Scheda mai confermata dall’organizzazione e la fonte più recente (${newest}) ha più di ${STALE_AFTER_MONTHS} mesi: chiedi all’organizzazione se l’attività c’è ancora e, se sì, scrivi verified.method: telefono, email, visita o organizzazione con la data di oggi.`
        : `Scheda compilata il ${formatDate(date)} da fonti senza data, più di ${STALE_AFTER_MONTHS} mesi fa, e mai confermata: chiedi all’organizzazione se l’attività c’è ancora e aggiorna verified.`,
    },
  ];
}
