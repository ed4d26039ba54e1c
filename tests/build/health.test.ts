// Builds a small fixture directory with entries to look after (a 2021 source never confirmed, a likely
// duplicate, a closed and a paused entry) and checks the coordinators' pages: they exist, list what
// they should, and their tables are the ones `npm run report -- --markdown` prints for the same folder.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSite, repoRoot } from '../support/site.ts';

const CONTENT = join(repoRoot, 'tests/fixtures/content-health');
let outDir = '';
beforeAll(async () => {
  outDir = await buildSite({ contentDir: CONTENT, name: 'health-site' });
});

const decode = (text: string) =>
  text.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
const pageHtml = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

/** The tables of a page: section id → rows of cell texts, the header row first. */
function pageTables(path: string): Map<string, string[][]> {
  const tables = new Map<string, string[][]>();
  for (const match of pageHtml(path).matchAll(/<table[^>]*data-section="([^"]+)"[^>]*>([\s\S]*?)<\/table>/g)) {
    const rows = [...match[2].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => decode(cell[1])));
    tables.set(match[1], rows);
  }
  return tables;
}

/** The tables of the Markdown report: section title → rows of cell texts, the header row first. */
async function reportTables(...args: string[]): Promise<Map<string, string[][]>> {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/report.ts', CONTENT, '--markdown', '--solo', 'stato', ...args], { cwd: repoRoot });
  const tables = new Map<string, string[][]>();
  for (const block of stdout.split(/^## /m).slice(1)) {
    const [title, ...lines] = block.split('\n');
    const rows = lines.filter((line) => line.startsWith('|') && !/^\|( ?-+:? ?\|)+$/.test(line.replace(/\s/g, '')))
      .map((line) => line.slice(1, -1).split(/(?<!\\) \| /).map((cell) => cell.replace(/\\\|/g, '|').trim()));
    tables.set(title.trim(), rows);
  }
  return tables;
}

/** The page's tables keyed by their caption, like the report's. */
function byCaption(path: string): Map<string, string[][]> {
  const html = pageHtml(path);
  const captions = new Map([...html.matchAll(/<table[^>]*data-section="([^"]+)"[^>]*>\s*<caption[^>]*>([\s\S]*?)<\/caption>/g)].map((m) => [m[1], decode(m[2])]));
  return new Map([...pageTables(path)].map(([id, rows]) => [captions.get(id)!, rows]));
}

describe('coordinators’ pages', () => {
  it('exist: the section index, the national page, each region and each province with entries', () => {
    for (const path of ['coordinamento', 'coordinamento/stato', 'coordinamento/stato/regione/lombardia', 'coordinamento/stato/regione/lazio', 'coordinamento/stato/regione/online', 'coordinamento/stato/mi', 'coordinamento/stato/rm', 'coordinamento/stato/online']) {
      expect(existsSync(join(outDir, path, 'index.html')), path).toBe(true);
    }
    expect(existsSync(join(outDir, 'coordinamento/stato/to/index.html'))).toBe(false);
    const index = pageHtml('coordinamento');
    expect(index).toContain('href="/coordinamento/stato/"');
    expect(index).toContain('href="/coordinamento/copertura/"');
    expect(pageHtml('prescrizione-sociale')).toContain('href="/coordinamento/"');
    expect(pageHtml('coordinamento')).toMatch(/<footer[\s\S]*href="\/coordinamento\/"/);
  });

  it('count by region and province on the national page, listing no entry there', () => {
    const tables = pageTables('coordinamento/stato');
    expect([...tables.keys()]).toEqual(['riepilogo', 'regioni', 'province']);
    expect(tables.get('regioni')!.map((row) => row.slice(0, 2))).toEqual([['Regione', 'Schede'], ['Lazio', '2'], ['Lombardia', '3'], ['Solo online', '1']]);
    expect(tables.get('province')!.slice(1).map((row) => row[0])).toEqual(['Roma (RM)', 'Milano (MI)', 'Solo online']);
    expect(pageHtml('coordinamento/stato')).not.toContain('/contribuisci/?da=');
  });

  it('list a province’s entries to look after, each with its page and a link to update it in the form', () => {
    const tables = pageTables('coordinamento/stato/mi');
    const names = (id: string) => tables.get(id)?.slice(1).map((row) => row[0]) ?? [];
    expect(names('mai-confermate')).toEqual(['Gruppi di cammino di Bresso']);
    expect(names('da-ricontrollare')).toEqual(['Gruppi di cammino di Bresso']);
    expect(tables.get('da-ricontrollare')![1][2]).toBe('fonte di settembre 2021');
    expect(names('posizione-approssimativa')).toEqual(['Gruppi di cammino di Bresso']);
    expect(names('senza-telefono-email')).toEqual(['Gruppi di cammino di Bresso']);
    expect(tables.get('sospese-chiuse')!.slice(1).map((row) => row.slice(0, 3))).toEqual([['Coro del giovedì di Milano', 'Milano (MI)', 'Chiuso']]);
    expect(tables.get('doppioni')!.slice(1).map((row) => row.slice(0, 2))).toEqual([['Gruppi di cammino di Bresso', 'Gruppo di cammino del Parco Nord a Bresso']]);
    const html = pageHtml('coordinamento/stato/mi');
    expect(html).toContain('href="/risorse/gruppi-di-cammino-bresso/"');
    expect(html).toContain('href="/contribuisci/?da=gruppi-di-cammino-bresso" aria-label="Aggiorna «Gruppi di cammino di Bresso» con il modulo"');
    // Rome's paused entry is on Rome's page, not Milan's.
    expect(html).not.toContain('Laboratorio di teatro di Testaccio');
    expect(pageTables('coordinamento/stato/rm').get('sospese-chiuse')!.slice(1).map((row) => row[2])).toEqual(['Sospeso']);
  });

  it('show the same tables as npm run report -- --markdown, for the country, a region and a province', async () => {
    for (const [path, args] of [['coordinamento/stato', []], ['coordinamento/stato/regione/lombardia', ['--regione', 'Lombardia']], ['coordinamento/stato/mi', ['--provincia', 'MI']]] as const) {
      const report = await reportTables(...args);
      const page = byCaption(path);
      // The report also says "none" for empty lists, which the page shows as a sentence, not a table.
      const nonEmpty = new Map([...report].filter(([, rows]) => rows.length > 0));
      expect(page, path).toEqual(nonEmpty);
    }
  });
});
