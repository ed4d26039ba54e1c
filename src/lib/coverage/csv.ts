/**
 * The coverage as CSV, one row per province × category (or need) × audience, zeros included so that
 * gaps are rows a spreadsheet can filter. UTF-8 without BOM, ';' between fields (Italian Excel opens
 * it with a double click; a BOM would confuse other tools), CRLF line ends and RFC 4180 quoting.
 */
import type { Coverage, Matrix } from './matrix.ts';
import { audienceLabel, rowLabel } from './describe.ts';
import { needsCsvQuotes, quoteCsv } from '../csv.ts';

/** The separator of the coverage CSV files. */
export const CSV_SEPARATOR = ';';

/** A field quoted when it holds the separator, a quote or a line break (RFC 4180). */
function field(value: string | number): string {
  const text = String(value);
  return needsCsvQuotes(text, ';') || text.includes(',') ? quoteCsv(text) : text;
}

/** The coverage of every province as CSV: categories (the default) or needs as rows. */
export function coverageCsv(coverage: Coverage, kind: 'categories' | 'needs' = 'categories'): string {
  const rowColumn = kind === 'categories' ? 'categoria' : 'bisogno';
  const header = ['provincia', 'nome_provincia', 'regione', rowColumn, `nome_${rowColumn}`, 'destinatari', 'nome_destinatari', 'attive_provincia', 'attive_italia', 'attive_solo_online_italia'];
  const national = coverage.national[kind] as Matrix;
  const online = coverage.online[kind] as Matrix;
  const lines = [header.join(CSV_SEPARATOR)];
  for (const province of coverage.provinces) {
    const matrix = province[kind] as Matrix;
    matrix.rows.forEach((row, r) => {
      matrix.columns.forEach((audience, c) => {
        lines.push(
          [province.sigla, province.name, province.region, row, rowLabel(kind, row), audience, audienceLabel(audience), matrix.counts[r][c], national.counts[r][c], online.counts[r][c]]
            .map(field)
            .join(CSV_SEPARATOR),
        );
      });
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}
