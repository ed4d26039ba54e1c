// Builds the fixture directory plus two entries in Milan (one active, one closed) and checks the coverage
// pages and CSV files: they exist, their numbers are the fixture's, and they match `npm run report`'s sections.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { buildSite, repoRoot } from '../support/site.ts';
import { coverageReportSections } from '../../src/lib/coverage/report.ts';
import type { CoverageEntry } from '../../src/lib/coverage/matrix.ts';

const contentDir = join(repoRoot, 'tests/.output/coverage-content');
let outDir = '';
let entries: CoverageEntry[] = [];

/** A copy of the Bresso walking group with another id, name, category, audiences and status. */
function variant(id: string, name: string, fields: string): void {
  const source = readFileSync(join(contentDir, 'resources/lombardia/gruppo-di-cammino-parco-nord-bresso.md'), 'utf8');
  const text = source
    .replace(/^name: .*$/m, `name: ${name}`)
    .replace(/^name_en: .*\n/m, '')
    .replace(/^summary_en: .*\n/m, '')
    .replace(/^category: .*\nneeds: .*\naudiences: .*$/m, fields.trim());
  writeFileSync(join(contentDir, `resources/lombardia/${id}.md`), text);
}

beforeAll(async () => {
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(join(repoRoot, 'tests/fixtures/content-valid'), contentDir, { recursive: true });
  variant('orto-dei-ragazzi-bresso', 'Orto dei ragazzi a Bresso', 'category: natura-orti\nneeds: [stare-all-aperto]\naudiences: [giovani]');
  variant('coro-chiuso-bresso', 'Coro del martedì a Bresso', 'category: musica-canto\nneeds: [creativita]\naudiences: [anziani]');
  const closed = join(contentDir, 'resources/lombardia/coro-chiuso-bresso.md');
  writeFileSync(closed, readFileSync(closed, 'utf8').replace(/^status: attivo$/m, 'status: chiuso'));
  entries = readdirSync(join(contentDir, 'resources'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => matter(readFileSync(join(contentDir, 'resources', file), 'utf8')).data as CoverageEntry);
  outDir = await buildSite({ contentDir, name: 'coverage-site' });
});

const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const text = (fragment: string) => fragment.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
/** The cells of the table rows that carry data-provincia, by province. */
function provinceRows(page: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const [, sigla, row] of page.matchAll(/<tr data-provincia="(\w+)"[^>]*>([\s\S]*?)<\/tr>/g)) {
    rows.set(sigla, [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1])));
  }
  return rows;
}
/** The count in each cell of a matrix on a page: "movimento:anziani" → 1. */
function matrixCells(page: string, kind: 'categories' | 'needs'): Map<string, number> {
  const table = page.match(new RegExp(`<table class="coverage-matrix" data-matrice="${kind}"[\\s\\S]*?</table>`))![0];
  return new Map([...table.matchAll(/data-cella="([^"]+)" data-n="(\d+)"/g)].map(([, cell, n]) => [cell, Number(n)]));
}

describe('coverage pages', () => {
  it('the national page counts active entries only, online ones apart, and lists the provinces without entries', () => {
    const page = html('coordinamento/copertura');
    expect(text(page)).toContain('4 attività attive in Italia, di cui 1 solo online; 2 province su 107 ne hanno almeno una.');
    const rows = provinceRows(page);
    expect(rows.size).toBe(107);
    expect(rows.get('MI')?.slice(0, 4)).toEqual(['Milano (MI)', '2', '2 su 10', '4 su 120']);
    expect(rows.get('RM')?.slice(0, 4)).toEqual(['Roma (RM)', '1', '1 su 10', '3 su 120']);
    expect(page).toContain('href="/coordinamento/copertura/mi/"');
    const empty = page.match(/<ul class="empty-provinces">[\s\S]*?<\/ul>/)![0];
    expect(text(empty)).toContain('Bologna (BO)');
    expect(text(empty)).not.toContain('Milano (MI)');
    expect(page).toContain('href="/coordinamento/copertura/copertura-categorie.csv"');
  });

  it('its province table has the same numbers as the report', () => {
    const rows = provinceRows(html('coordinamento/copertura'));
    const [report] = coverageReportSections(entries);
    expect(report.rows).toHaveLength(rows.size);
    for (const [region, name, sigla, active, types, cells, level] of report.rows) {
      expect(rows.get(sigla), `${sigla} (${region})`).toEqual([`${name} (${sigla})`, active, types, cells, level]);
    }
  });

  it('a province page has a page only when the province has entries', () => {
    expect(existsSync(join(outDir, 'coordinamento/copertura/mi/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'coordinamento/copertura/rm/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'coordinamento/copertura/bo/index.html'))).toBe(false);
  });

  it('the Milan page shows its matrix, its gaps in words and Italy beside them, as the report does', () => {
    const page = html('coordinamento/copertura/mi');
    const cells = matrixCells(page, 'categories');
    expect(cells.get('natura-orti:giovani')).toBe(1);
    expect(cells.get('movimento:anziani')).toBe(1);
    // The closed choir does not count: music for older people is a gap here, and Rome's choir is Italy's one.
    expect(cells.get('musica-canto:anziani')).toBe(0);
    expect(page).toMatch(/<td class="gap" data-cella="musica-canto:anziani" data-n="0">\s*<span class="n">0<\/span>\s*<span class="gap-mark">lacuna<\/span>\s*<span class="sub">Italia: 1<\/span>/);
    const gapsText = text(page.match(/<ul class="gap-lines" data-lacune="categories">[\s\S]*?<\/ul>/)![0]);
    expect(gapsText).toContain('Musica e canto : nessuna attività in questa provincia (1 in Italia).');
    expect(gapsText).toContain('Incontro e compagnia : nessuna attività in questa provincia (1 in Italia, di cui 1 solo online).');
    expect(gapsText).toContain('Natura e orti : nessuna attività, né in questa provincia né in tutta Italia, per tutti, persone anziane, adulti, famiglie e bambini,');
    const [, byCategory] = coverageReportSections(entries, { provincia: 'MI' });
    const rowTotals = [...cells].filter(([cell]) => cell.endsWith(':totale')).map(([, n]) => String(n));
    expect(rowTotals).toEqual(byCategory.rows.map((row) => row[1]));
  });

  it('the CSV files hold one row per province × category (or need) × audience, with the pages’ numbers', () => {
    const csv = readFileSync(join(outDir, 'coordinamento/copertura/copertura-categorie.csv'), 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(lines[0]).toBe('provincia;nome_provincia;regione;categoria;nome_categoria;destinatari;nome_destinatari;attive_provincia;attive_italia;attive_solo_online_italia');
    expect(lines).toHaveLength(1 + 107 * 10 * 12);
    expect(lines).toContain('MI;Milano;Lombardia;natura-orti;Natura e orti;giovani;Giovani;1;1;0');
    const cells = matrixCells(html('coordinamento/copertura/mi'), 'categories');
    for (const line of lines.filter((l) => l.startsWith('MI;'))) {
      const [, , , category, , audience, , count] = line.split(';');
      expect(cells.get(`${category}:${audience}`), line).toBe(Number(count));
    }
    const needs = readFileSync(join(outDir, 'coordinamento/copertura/copertura-bisogni.csv'), 'utf8').split('\r\n');
    expect(needs).toContain('RM;Roma;Lazio;creativita;Creatività ed espressione;salute-mentale;Persone con disagio psichico;1;1;0');
  });
});
