/**
 * Coverage figures as report sections for `npm run report` (terminal text, or Markdown for a CI job
 * summary): the same numbers as the /coordinamento/copertura/ pages, from the same functions.
 *
 *   coverageReportSections(entries)                       every province, the empty ones, Italy by category
 *   coverageReportSections(entries, { regione: 'Lazio' }) the same, only the provinces of that region
 *   coverageReportSections(entries, { provincia: 'BO' })  one province: summary, categories and needs with their gaps
 */
import { t } from '../../i18n/pages.ts';
import { audienceLabel, levelLabel, rowLabel } from './describe.ts';
import { buildCoverage, CATEGORY_KEYS, percent, type AreaCoverage, type CoverageEntry, type Matrix, type ProvinceCoverage, type ProvinceInfo } from './matrix.ts';
import { italianProvinces } from './provinces.ts';
import { formatCount } from '../../i18n/numbers.ts';

/** One table of a report: a title, its column names and its rows (all text), and an optional note. */
export interface ReportSection {
  title: string;
  header: string[];
  rows: string[][];
  note?: string;
}

export interface CoverageReportOptions {
  /** A province sigla ("BO"): that province's categories and needs with their gaps. */
  provincia?: string;
  /** A region name as ISTAT writes it ("Emilia-Romagna"): only its provinces. */
  regione?: string;
  /** The provinces to report on; every Italian province (src/data/comuni.json) by default. */
  provinces?: readonly ProvinceInfo[];
}

const number = (n: number) => formatCount(n, 'it');

/** The row of the national table for one province (the page's table has the same cells). */
export function provinceRow(province: ProvinceCoverage): string[] {
  return [
    province.region,
    province.name,
    province.sigla,
    number(province.total),
    t('coverageOf')(province.categoriesPresent, CATEGORY_KEYS.length),
    t('coverageOf')(province.cellsCovered, province.cellsTotal),
    levelLabel(province.level),
  ];
}

/** Rows of a matrix compared with Italy: label, province count and share, Italy's, and the audiences with none. */
function comparisonRows(kind: 'categories' | 'needs', area: AreaCoverage, national: AreaCoverage): string[][] {
  const matrix = area[kind] as Matrix;
  const italy = national[kind] as Matrix;
  return matrix.rows.map((row, r) => {
    const missing = matrix.columns.filter((_, c) => matrix.counts[r][c] === 0).map(audienceLabel);
    return [
      rowLabel(kind, row),
      number(matrix.rowTotals[r]),
      percent(matrix.rowTotals[r], area.total),
      number(italy.rowTotals[r]),
      percent(italy.rowTotals[r], national.total),
      missing.length === matrix.columns.length ? 'tutti' : missing.join(', ') || '—',
    ];
  });
}

/** The coverage figures as report sections (see the module comment for the options); throws on an unknown province or region. */
export function coverageReportSections(entries: Iterable<CoverageEntry>, options: CoverageReportOptions = {}): ReportSection[] {
  const coverage = buildCoverage(entries, options.provinces ?? italianProvinces());
  if (options.provincia) {
    const sigla = options.provincia.trim().toUpperCase();
    const province = coverage.provinces.find((p) => p.sigla === sigla);
    if (!province) throw new Error(`Provincia sconosciuta: «${options.provincia}». Usa la sigla di due lettere, es. BO.`);
    const place = t('coverageInProvince')(province.name);
    const header = (first: string) => [first, `Attive ${place}`, 'Quota', 'Attive in Italia', 'Quota in Italia', 'Destinatari senza attività (lacune)'];
    return [
      {
        title: t('coverageProvinceTitle')(province.name, province.sigla),
        header: ['Voce', 'Valore'],
        rows: [
          [t('coverageColumnActive'), number(province.total)],
          [t('coverageColumnCategories'), t('coverageOf')(province.categoriesPresent, CATEGORY_KEYS.length)],
          [t('coverageColumnCells'), t('coverageOf')(province.cellsCovered, province.cellsTotal)],
          [t('coverageColumnLevel'), levelLabel(province.level)],
          ['Attività solo online in Italia (valgono ovunque)', number(coverage.online.total)],
        ],
      },
      { title: t('coverageCategoriesMatrix')(place), header: header(t('coverageRowCategory')), rows: comparisonRows('categories', province, coverage.national) },
      { title: t('coverageNeedsMatrix')(place), header: header(t('coverageRowNeed')), rows: comparisonRows('needs', province, coverage.national) },
    ];
  }
  let provinces = coverage.provinces;
  if (options.regione) {
    const wanted = options.regione.trim().toLocaleLowerCase('it-IT');
    provinces = provinces.filter((p) => p.region.toLocaleLowerCase('it-IT') === wanted);
    if (provinces.length === 0) throw new Error(`Regione sconosciuta: «${options.regione}». Scrivila come l’ISTAT, es. Emilia-Romagna.`);
  }
  const empty = provinces.filter((p) => p.total === 0);
  return [
    {
      title: t('coverageTableTitle'),
      header: ['Regione', t('coverageColumnProvince'), 'Sigla', t('coverageColumnActive'), t('coverageColumnCategories'), t('coverageColumnCells'), t('coverageColumnLevel')],
      rows: provinces.map(provinceRow),
      note: t('coverageSummary')(coverage.national.total, coverage.online.total, coverage.provinces.filter((p) => p.total > 0).length, coverage.provinces.length),
    },
    {
      title: t('coverageEmptyTitle')(empty.length),
      header: ['Regione', t('coverageColumnProvince'), 'Sigla'],
      rows: empty.map((p) => [p.region, p.name, p.sigla]),
    },
    {
      title: t('coverageCategoriesMatrix')(t('coverageInItaly')),
      header: [t('coverageRowCategory'), 'Attive in Italia', 'Quota', 'di cui solo online', 'Destinatari senza attività'],
      rows: coverage.national.categories.rows.map((row, r) => {
        const matrix = coverage.national.categories;
        const missing = matrix.columns.filter((_, c) => matrix.counts[r][c] === 0).map(audienceLabel);
        return [rowLabel('categories', row), number(matrix.rowTotals[r]), percent(matrix.rowTotals[r], matrix.total), number(coverage.online.categories.rowTotals[r]), missing.join(', ') || '—'];
      }),
    },
  ];
}

/** Markdown: a heading, an optional note and a pipe table per section (for GitHub job summaries). */
export function reportSectionsMarkdown(sections: readonly ReportSection[], level = 3): string {
  const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return sections
    .map((section) => {
      const lines = [`${'#'.repeat(level)} ${section.title}`, ''];
      if (section.note) lines.push(section.note, '');
      if (section.rows.length === 0) lines.push('_Nessuna._');
      else {
        lines.push(`| ${section.header.map(cell).join(' | ')} |`, `| ${section.header.map(() => '---').join(' | ')} |`);
        for (const row of section.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
      }
      return lines.join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

/** Plain text for a terminal: the title underlined, an optional note, columns padded to line up (numbers to the right). */
export function reportSectionsText(sections: readonly ReportSection[]): string {
  const numeric = /^[\d.,]+%?$/;
  return sections
    .map((section) => {
      const lines = [section.title, '='.repeat(section.title.length)];
      if (section.note) lines.push(section.note);
      if (section.rows.length === 0) {
        lines.push('Nessuna.');
        return lines.join('\n');
      }
      const table = [section.header, ...section.rows];
      const widths = section.header.map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length)));
      const format = (row: string[]) =>
        row
          .map((text, c) => (numeric.test(text) ? text.padStart(widths[c]) : text.padEnd(widths[c])))
          .join('  ')
          .trimEnd();
      lines.push(format(section.header), widths.map((w) => '-'.repeat(w)).join('  '));
      for (const row of section.rows) lines.push(format(row));
      return lines.join('\n');
    })
    .join('\n\n')
    .concat('\n');
}
