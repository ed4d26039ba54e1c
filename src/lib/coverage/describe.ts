/** Coverage figures in words and labels, for the pages and the report (Italian, from the dictionary). */
import { audiences, categories, needs } from '../../schema/vocabularies.ts';
import { label, t } from '../../i18n/pages.ts';
import { gaps, type AreaCoverage, type CoverageLevel, type Matrix } from './matrix.ts';

/** The label of a category, need or audience key, in the page's language. */
export function rowLabel(kind: 'categories' | 'needs', key: string): string {
  const vocabulary: Record<string, { it: string; en: string }> = kind === 'categories' ? categories : needs;
  return vocabulary[key] ? label(vocabulary[key]) : key;
}

/** The label of an audience key, in the page's language. */
export function audienceLabel(key: string): string {
  const term = (audiences as Record<string, { it: string; en: string }>)[key];
  return term ? label(term) : key;
}

/** The label of a coverage level, as the legend and the tables say it. */
export function levelLabel(level: CoverageLevel): string {
  return t('coverageLevels')[level];
}

/** "Persone anziane" → "persone anziane", for the middle of a sentence. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('it-IT') + text.slice(1);
}

/** The gaps of one row of a province's matrix, in words. */
export interface GapLine {
  /** The row key (category or need). */
  row: string;
  /** Its label, e.g. "Musica e canto". */
  label: string;
  /** What is missing, e.g. "nessuna attività in questa provincia per persone anziane (12 in Italia), giovani (nessuna nemmeno in Italia)." */
  text: string;
}

/**
 * The gaps of a province, row by row: a row with no entry at all says so once, with the national
 * count; otherwise it lists the audiences with no entry, each with the national and online counts.
 */
export function gapLines(kind: 'categories' | 'needs', province: AreaCoverage, national: AreaCoverage, online: AreaCoverage): GapLine[] {
  const matrix = province[kind] as Matrix;
  const found = gaps(matrix, national[kind] as Matrix, online[kind] as Matrix);
  const lines: GapLine[] = [];
  matrix.rows.forEach((row, r) => {
    const rowGaps = found.filter((gap) => gap.row === row);
    if (rowGaps.length === 0) return;
    const label = rowLabel(kind, row);
    if (matrix.rowTotals[r] === 0) {
      const nationalRow = (national[kind] as Matrix).rowTotals[r];
      const onlineRow = (online[kind] as Matrix).rowTotals[r];
      lines.push({ row, label, text: t('coverageRowEmpty')(t('coverageItaly')(nationalRow, onlineRow)) });
      return;
    }
    // Audiences that other provinces serve come first, with their counts; those missing in all Italy in one list.
    const elsewhere = rowGaps.filter((gap) => gap.national > 0);
    const nowhere = rowGaps.filter((gap) => gap.national === 0).map((gap) => lowerFirst(audienceLabel(gap.audience)));
    const clauses: string[] = [];
    if (elsewhere.length > 0) {
      clauses.push(`${t('coverageRowGaps')} ${elsewhere.map((gap) => `${lowerFirst(audienceLabel(gap.audience))} (${t('coverageItaly')(gap.national, gap.online)})`).join(', ')}`);
    }
    if (nowhere.length > 0) clauses.push(t('coverageRowGapsEverywhere')(nowhere.join(', '), elsewhere.length === 0));
    lines.push({ row, label, text: `${clauses.join('; ')}.` });
  });
  return lines;
}
