/**
 * CSV quoting as RFC 4180 has it, for every CSV file the project writes (open-data export, HSDS tabular
 * form, coverage, import template): a field is quoted when it holds the separator, a quote or a line
 * break, and its quotes are doubled. Each writer decides its separator and any further reason to quote.
 */

/** True when a field must be quoted: it holds the separator, a double quote, CR or LF. */
export function needsCsvQuotes(text: string, separator: string): boolean {
  return /["\r\n]/.test(text) || text.includes(separator);
}

/** The field in double quotes, its own quotes doubled. */
export function quoteCsv(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
