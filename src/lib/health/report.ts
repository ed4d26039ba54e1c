/**
 * The health figures as a list of sections, each a title, column headings and rows: the same sections
 * are laid out as HTML tables by the pages (src/pages/coordinamento/) and as text or Markdown by
 * `npm run report`, so the two always agree. Each section comes from a pure builder; another module
 * (coverage) adds its own builder to `reportSections`.
 */
import { formatDate, formatPartialDate, ofPartialDate } from '../dates.ts';
import { statuses } from '../../schema/vocabularies.ts';
import { contributeUrl } from '../contribute/paths.ts';
import { staleFrom } from '../verification.ts';
import { urls } from '../urls.ts';
import { label, t } from '../../i18n/pages.ts';
import {
  countsOf,
  listsOf,
  placeIn,
  provinceCounts,
  provinceLabel,
  regionCounts,
  regionLabel,
  type DirectoryHealth,
  type EntryHealth,
  type HealthCounts,
  type HealthFilter,
} from './index.ts';

/** A table cell: text, or text that links (with an accessible name when the text alone is vague). */
export type Cell = string | { text: string; href?: string; label?: string };

/** One section of the report: a table with a title. */
export interface ReportSection {
  /** A stable id, for anchors and tests: "riepilogo", "province", "mai-confermate"… */
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  /** Indexes of the columns that hold numbers (aligned right). */
  numeric?: number[];
}

/** What a section builder gets: the health of the directory and the area asked for. */
export interface ReportContext {
  health: DirectoryHealth;
  filter: HealthFilter;
}

/** A pure function from the context to zero or more sections. */
export type SectionBuilder = (context: ReportContext) => ReportSection[];

const numberFormat = new Intl.NumberFormat('it-IT');
/** 50000 → "50.000". */
export const formatCount = (n: number): string => numberFormat.format(n);

/** The text of a cell. */
export function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/** The area's overall figures. */
export const summarySection: SectionBuilder = ({ health, filter }) => {
  const c = countsOf(health, filter);
  const rows: [string, number][] = [
    [t('healthEntries'), c.entries],
    [t('healthActive'), c.active],
    [t('healthPaused'), c.paused],
    [t('healthClosed'), c.closed],
    [t('healthUnconfirmed'), c.unconfirmed],
    [t('healthStale'), c.stale],
    [t('healthDue'), c.due],
    [t('healthUnknownAge'), c.unknownAge],
    [t('healthApproximate'), c.approximate],
    [t('healthNoPhoneOrEmail'), c.noPhoneOrEmail],
    [t('healthDuplicates'), c.duplicates],
  ];
  return [{ id: 'riepilogo', title: t('healthSummaryTitle'), columns: [t('healthWhat'), t('healthHowMany')], rows: rows.map(([label, n]) => [label, formatCount(n)]), numeric: [1] }];
};

/** The count columns of the region and province tables. */
const COUNT_COLUMNS = () => [t('healthEntries'), t('healthUnconfirmed'), t('healthColStale'), t('healthColDue'), t('healthApproximate'), t('healthNoPhoneOrEmail'), t('healthPausedOrClosed'), t('healthDuplicates')];
const countCells = (c: HealthCounts): string[] =>
  [c.entries, c.unconfirmed, c.stale, c.due, c.approximate, c.noPhoneOrEmail, c.paused + c.closed, c.duplicates].map(formatCount);
const NUMERIC = [1, 2, 3, 4, 5, 6, 7, 8];

/** Counts by region (the whole country) and by province (the country or one region). */
export const areaSections: SectionBuilder = ({ health, filter }) => {
  if (filter.province) return [];
  const sections: ReportSection[] = [];
  if (!filter.region) {
    sections.push({
      id: 'regioni',
      title: t('healthRegionsTitle'),
      columns: [t('healthRegion'), ...COUNT_COLUMNS()],
      rows: regionCounts(health).map(({ region, counts }) => [{ text: regionLabel(region), href: urls.healthRegion(region) }, ...countCells(counts)]),
      numeric: NUMERIC,
    });
  }
  sections.push({
    id: 'province',
    title: t('healthProvincesTitle'),
    columns: [t('healthProvince'), ...COUNT_COLUMNS()],
    rows: provinceCounts(health, filter.region).map(({ province, counts }) => [{ text: provinceLabel(province), href: urls.healthProvince(province) }, ...countCells(counts)]),
    numeric: NUMERIC,
  });
  return sections;
};

/** The entry's name, linking to its page. */
const entryCell = (entry: EntryHealth): Cell => ({ text: entry.name, href: urls.resource(entry.id) });
/** The link that opens the entry in the contribution form. */
const updateCell = (entry: EntryHealth): Cell => ({ text: t('healthUpdate'), href: contributeUrl(entry.id), label: t('healthUpdateLabel')(entry.name) });

/** What the entry's age counts from: "confermata il 3 ottobre 2024", "fonte di settembre 2021". */
function ageText(entry: EntryHealth): string {
  const v = entry.verification;
  if (v.kind === 'confirmed') return t('healthConfirmedOn')(formatDate(v.date));
  return v.newestSource ? t('healthSourceOf')(ofPartialDate(v.newestSource)) : t('healthCompiledOn')(formatDate(v.date));
}

/** The entry lists of one province (only with a province filter: a country's lists would be too long to read). */
export const listSections: SectionBuilder = ({ health, filter }) => {
  if (!filter.province) return [];
  const lists = listsOf(health, filter);
  const place = (entry: EntryHealth) => placeIn(entry, filter);
  const list = (id: string, title: string, columns: string[], entries: EntryHealth[], middle: (entry: EntryHealth) => Cell[]): ReportSection => ({
    id,
    title,
    columns: [t('healthColEntry'), t('healthColPlace'), ...columns, t('healthColActions')],
    rows: entries.map((entry) => [entryCell(entry), place(entry), ...middle(entry), updateCell(entry)]),
  });
  return [
    list('mai-confermate', t('healthListUnconfirmed'), [t('healthColNewestSource')], lists.unconfirmed, (e) => [
      e.verification.kind === 'compiled' && e.verification.newestSource ? formatPartialDate(e.verification.newestSource) : t('healthUndated'),
    ]),
    list('da-ricontrollare', t('healthListStale'), [t('healthColSince')], lists.stale, (e) => [ageText(e)]),
    list('in-scadenza', t('healthListDue'), [t('healthColStaleOn')], lists.due, (e) => [formatDate(staleFrom(e.verification)!)]),
    list('posizione-approssimativa', t('healthListApproximate'), [], lists.approximate, () => []),
    list('senza-telefono-email', t('healthListNoPhoneOrEmail'), [], lists.noPhoneOrEmail, () => []),
    list('sospese-chiuse', t('healthListPausedOrClosed'), [t('healthColStatus')], lists.pausedOrClosed, (e) => [label(statuses[e.status])]),
    {
      id: 'doppioni',
      title: t('healthListDuplicates'),
      columns: [t('healthColEntry'), t('healthColOther'), t('healthColWhy'), t('healthColActions')],
      rows: lists.duplicates.map((d) => [entryCell(d.a), entryCell(d.b), d.reason, updateCell(d.a)]),
    },
  ];
};

/**
 * The report, in order. ▼ COVERAGE: the coverage module (issue 14, item 3) adds its SectionBuilder
 * here, after listSections, e.g. `coverageSections` from src/lib/coverage/ — nothing else changes.
 */
export const reportSections: SectionBuilder[] = [summarySection, areaSections, listSections];

/** Every section of the report for an area. */
export function buildReport(context: ReportContext, builders: readonly SectionBuilder[] = reportSections): ReportSection[] {
  return builders.flatMap((build) => build(context));
}

/** The heading of the report: "Lo stato dell’elenco: Lombardia". */
export function reportTitle(filter: HealthFilter): string {
  if (filter.province) return t('healthProvinceTitle')(provinceLabel(filter.province));
  if (filter.region) return t('healthRegionTitle')(regionLabel(filter.region));
  return `${t('healthTitle')}: ${t('healthAllItaly')}`;
}

const markdownCell = (cell: Cell, site?: string) => {
  const text = cellText(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return typeof cell !== 'string' && cell.href && site ? `[${text}](${new URL(cell.href, site).href})` : text;
};

/** The report as Markdown (for a CI job summary); links are absolute when `site` is given, else plain text. */
export function renderMarkdown(title: string, today: string, sections: readonly ReportSection[], site?: string): string {
  const out = [`# ${title}`, '', t('healthReportComputed')(formatDate(today)), ''];
  for (const section of sections) {
    out.push(`## ${section.title}`, '');
    if (section.rows.length === 0) {
      out.push(`_${t('healthNone')}_`, '');
      continue;
    }
    out.push(`| ${section.columns.join(' | ')} |`);
    out.push(`| ${section.columns.map((_, i) => (section.numeric?.includes(i) ? '---:' : '---')).join(' | ')} |`);
    for (const row of section.rows) out.push(`| ${row.map((cell) => markdownCell(cell, site)).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}

/** The report as plain text for a terminal, columns padded to line up. */
export function renderText(title: string, today: string, sections: readonly ReportSection[]): string {
  const out = [title, '='.repeat(title.length), t('healthReportComputed')(formatDate(today)), ''];
  for (const section of sections) {
    out.push(section.title, '-'.repeat(section.title.length));
    if (section.rows.length === 0) {
      out.push(t('healthNone'), '');
      continue;
    }
    const table = [section.columns, ...section.rows.map((row) => row.map(cellText))];
    const widths = section.columns.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
    for (const [n, row] of table.entries()) {
      out.push(row.map((text, i) => (section.numeric?.includes(i) ? text.padStart(widths[i]) : text.padEnd(widths[i]))).join('  ').trimEnd());
      if (n === 0) out.push(widths.map((w) => '-'.repeat(w)).join('  '));
    }
    out.push('');
  }
  return out.join('\n');
}
