/**
 * The directory as a spreadsheet: one row per resource and place (an online-only resource has one
 * row with the place columns empty), listed entries only (active or paused), as the map shows them.
 *
 * The format is the Italian spreadsheet convention, chosen so that a double click opens it right in
 * both Excel and LibreOffice set to Italian:
 * - ";" between fields: Excel takes the list separator from the locale, and in Italian that is ";"
 *   (with "," a whole row lands in one column). LibreOffice asks and recognises ";" itself.
 * - a UTF-8 byte order mark: without it Excel reads the file as Windows-1252 and "è" becomes "Ã¨".
 *   No "sep=;" line: Excel then ignores the BOM (the accents break again) and every other CSV
 *   reader takes that line for a row of data.
 * - decimal commas in the coordinates ("45,4642"): with a point, Excel-IT reads 45.4642 as a
 *   thousands-grouped 454642.
 * - CRLF line ends and RFC 4180 quoting (a field with ";", '"' or a line break is quoted, quotes doubled).
 * Entry text is untrusted, so a text cell that begins with = + - @ (or a tab or carriage return) is
 * prefixed with "'" and cannot run as a formula (OWASP "CSV injection").
 */
import { categories, statuses } from '../../schema/vocabularies.ts';
import { scheduleSummary } from '../schedule.ts';
import { formatCost } from '../cost.ts';
import { regionOfProvince } from '../places.ts';
import { entryPageUrl, type ExportEntry } from './entry.ts';
import type { Location } from '../../schema/location.ts';
import { needsCsvQuotes, quoteCsv } from '../csv.ts';

export const CSV_DELIMITER = ';';
export const CSV_BOM = '\uFEFF';
const EOL = '\r\n';

/** The columns, in order: the header row is their names. */
export const CSV_COLUMNS = [
  'id', 'nome', 'categoria', 'stato', 'solo_online', 'luogo', 'indirizzo', 'cap', 'comune', 'provincia', 'regione',
  'lat', 'lon', 'posizione_approssimativa', 'orari', 'costo', 'telefono', 'email', 'sito_web', 'organizzazione', 'verificata_il', 'pagina',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Cell = string | number | boolean | undefined;

/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field as CSV text: numbers with a decimal comma, booleans as sì/no, text made safe and quoted when needed. */
export function csvField(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (typeof value === 'number') return String(value).replace('.', ',');
  const text = neutraliseFormula(value);
  return needsCsvQuotes(text, ';') || text !== text.trim() ? quoteCsv(text) : text;
}

/** The rows of one entry, as column → value. */
export function csvRows(entry: ExportEntry, site: string | URL, organizationName?: (id: string) => string | undefined): Record<Column, Cell>[] {
  const resource = entry.data;
  if (resource.status === 'chiuso') return [];
  const common = {
    id: entry.id,
    nome: resource.name,
    categoria: categories[resource.category].it,
    stato: statuses[resource.status].it,
    solo_online: resource.online_only,
    orari: scheduleSummary(resource.schedule),
    costo: formatCost(resource.cost),
    telefono: resource.contacts.phone,
    email: resource.contacts.email,
    sito_web: resource.contacts.website,
    organizzazione: organizationName?.(resource.organization) ?? resource.organization,
    verificata_il: resource.verified.date,
    pagina: entryPageUrl(entry.id, site),
  };
  const places: (Location | undefined)[] = resource.locations.length > 0 ? resource.locations : [undefined];
  return places.map((place) => ({
    ...common,
    luogo: place?.name,
    indirizzo: place?.address,
    cap: place?.postcode,
    comune: place?.comune,
    provincia: place?.province,
    regione: place && regionOfProvince(place.province),
    lat: place?.lat,
    lon: place?.lon,
    posizione_approssimativa: place && place.position === 'approssimativa',
  }));
}

/** The whole CSV file: BOM, header, one CRLF-ended line per row. */
export function directoryCsv(entries: Iterable<ExportEntry>, site: string | URL, organizationName?: (id: string) => string | undefined): string {
  const lines = [CSV_COLUMNS.join(CSV_DELIMITER)];
  for (const entry of entries) {
    for (const row of csvRows(entry, site, organizationName)) lines.push(CSV_COLUMNS.map((column) => csvField(row[column])).join(CSV_DELIMITER));
  }
  return CSV_BOM + lines.join(EOL) + EOL;
}
