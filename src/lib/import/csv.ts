/**
 * Reading the spreadsheet saved as CSV: csv-parse does the parsing (quotes, line breaks inside cells,
 * a byte-order mark); here only the separator is chosen, from the header line (Italian Excel writes
 * ";", others ","), and the rows are numbered as the spreadsheet shows them (the header is row 1).
 */
import { parse } from 'csv-parse/sync';
import { closestMatch } from '../closest.ts';
import { COLUMNS } from './columns.ts';
import { needsCsvQuotes, quoteCsv } from '../csv.ts';

/** One data row: its number in the spreadsheet and its cells by column name. */
export interface SheetRow {
  row: number;
  cells: Map<string, string>;
}

export interface Sheet {
  delimiter: ',' | ';' | '\t';
  /** The column names of row 1, normalised ("Giorni orari" → giorni_orari). */
  columns: string[];
  rows: SheetRow[];
}

/** A problem with the file as a whole (not one row): the import stops. */
export class SheetError extends Error {}

/** The first line of the text, without a byte-order mark. */
function headerLine(text: string): string {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
}

/** Counts a character outside double quotes. */
function countOutsideQuotes(line: string, char: string): number {
  let inside = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') inside = !inside;
    else if (c === char && !inside) count++;
  }
  return count;
}

/** The separator the header line uses most: ";" (Italian Excel), "," or a tab. */
export function detectDelimiter(text: string): Sheet['delimiter'] {
  const line = headerLine(text);
  const counts = ([';', ',', '\t'] as const).map((char) => ({ char, n: countOutsideQuotes(line, char) }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.char : ',';
}

/** A header as a column name: lower case, no accents, spaces and hyphens as underscores. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s-]+/g, '_');
}

/**
 * The file's bytes as text. Only UTF-8 (with or without a byte-order mark) is read: Excel's plain «CSV»
 * is in the Windows code page, whose accented letters would come out wrong, so it is refused with how
 * to save it again rather than guessed.
 */
export function decodeSheet(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SheetError('Il file non è in UTF-8 (le lettere accentate non si leggerebbero bene): salvalo di nuovo dal foglio di calcolo scegliendo «CSV UTF-8».');
  }
}

/** Parses the CSV text into rows by column; throws SheetError for a broken file or unknown columns. */
export function parseSheet(text: string): Sheet {
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, trim: false }) as string[][];
  } catch (error) {
    throw new SheetError(`Il file non si legge come CSV (${(error as Error).message}): salvalo di nuovo dal foglio di calcolo come «CSV UTF-8» e controlla che le virgolette siano chiuse.`);
  }
  const [header, ...data] = records;
  if (!header || header.every((h) => h.trim() === '')) throw new SheetError('Il file è vuoto: la riga 1 deve avere i nomi delle colonne (scarica il modello).');
  const columns = header.map(normaliseHeader);
  const known = COLUMNS.map((c) => c.name);
  const problems: string[] = [];
  columns.forEach((name, i) => {
    if (name === '') {
      if (data.some((record) => (record[i] ?? '').trim() !== '')) problems.push(`La colonna ${i + 1} non ha un nome nella riga 1: scrivilo (vedi il modello) oppure togli la colonna.`);
      return;
    }
    if (!known.includes(name)) {
      const close = closestMatch(name, known);
      problems.push(`Colonna «${header[i].trim()}» sconosciuta: ${close ? `forse intendevi «${close}»? ` : ''}Rinominala come nel modello oppure toglila (nessun dato viene importato da colonne sconosciute).`);
    } else if (columns.indexOf(name) !== i) {
      problems.push(`La colonna «${name}» c’è due volte: tienine una sola.`);
    }
  });
  if (problems.length > 0) throw new SheetError(`Riga 1 (i nomi delle colonne): ${problems.join(' ')}`);
  const rows: SheetRow[] = data.map((record, index) => {
    const cells = new Map<string, string>();
    columns.forEach((name, i) => {
      if (name) cells.set(name, (record[i] ?? '').trim());
    });
    return { row: index + 2, cells };
  });
  return { delimiter, columns: columns.filter(Boolean), rows: rows.filter((r) => [...r.cells.values()].some((value) => value !== '')) };
}

/** A cell as CSV: quoted when it holds the separator, a quote or a line break. */
function csvCell(value: string, delimiter: string): string {
  return needsCsvQuotes(value, delimiter) ? quoteCsv(value) : value;
}

/** Rows as CSV text with a byte-order mark (so Excel reads it as UTF-8), lines ending in CRLF. */
export function toCsv(rows: readonly (readonly string[])[], delimiter: Sheet['delimiter'] = ';'): string {
  return `\uFEFF${rows.map((row) => row.map((value) => csvCell(value, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}

/** The template: the header and the example row of every column. */
export function templateCsv(): string {
  return toCsv([COLUMNS.map((c) => c.name), COLUMNS.map((c) => c.example)]);
}
