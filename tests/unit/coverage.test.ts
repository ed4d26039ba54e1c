import { describe, expect, it } from 'vitest';
import { AUDIENCE_KEYS, buildCoverage, CATEGORY_KEYS, coveredCells, gaps, type CoverageEntry, type ProvinceInfo } from '../../src/lib/coverage/matrix.ts';
import { gapLines } from '../../src/lib/coverage/describe.ts';
import { coverageCsv } from '../../src/lib/coverage/csv.ts';
import { coverageReportSections, reportSectionsMarkdown, reportSectionsText } from '../../src/lib/coverage/report.ts';
import { italianProvinces } from '../../src/lib/coverage/provinces.ts';

const provinces: ProvinceInfo[] = [
  { sigla: 'BO', name: 'Bologna', region: 'Emilia-Romagna', lat: 44.4, lon: 11.3 },
  { sigla: 'MI', name: 'Milano', region: 'Lombardia', lat: 45.5, lon: 9.2 },
  { sigla: 'RM', name: 'Roma', region: 'Lazio', lat: 41.9, lon: 12.5 },
];

function entry(overrides: Partial<CoverageEntry> = {}): CoverageEntry {
  return { category: 'musica-canto', needs: ['compagnia'], audiences: ['anziani'], status: 'attivo', locations: [{ province: 'BO' }], ...overrides };
}

const fixture: CoverageEntry[] = [
  entry(),
  entry({ category: 'movimento', needs: ['muoversi', 'compagnia'], audiences: ['anziani', 'adulti'] }),
  entry({ category: 'movimento', locations: [{ province: 'MI' }, { province: 'MI' }, { province: 'BO' }] }),
  entry({ category: 'incontro-compagnia', online_only: true, locations: [] }),
];

const cell = (matrix: { rows: readonly string[]; columns: readonly string[]; counts: number[][] }, row: string, column: string) =>
  matrix.counts[matrix.rows.indexOf(row)][matrix.columns.indexOf(column)];
const bologna = (entries: CoverageEntry[]) => buildCoverage(entries, provinces).provinces.find((p) => p.sigla === 'BO')!;

describe('coverage matrix', () => {
  it('counts an entry once in every audience it lists and in every province where it has a place', () => {
    const coverage = buildCoverage(fixture, provinces);
    const bo = coverage.provinces.find((p) => p.sigla === 'BO')!;
    expect(bo.total).toBe(3);
    expect(cell(bo.categories, 'movimento', 'anziani')).toBe(2);
    expect(cell(bo.categories, 'movimento', 'adulti')).toBe(1);
    expect(bo.categories.rowTotals[CATEGORY_KEYS.indexOf('movimento')]).toBe(2);
    expect(cell(bo.needs, 'compagnia', 'anziani')).toBe(3);
    expect(cell(bo.needs, 'muoversi', 'adulti')).toBe(1);
    // Two places in Milan count once there.
    const mi = coverage.provinces.find((p) => p.sigla === 'MI')!;
    expect(mi.total).toBe(1);
    expect(cell(mi.categories, 'movimento', 'anziani')).toBe(1);
  });

  it('adding an entry to the fixture changes the matrix', () => {
    const before = bologna(fixture);
    const after = bologna([...fixture, entry({ category: 'volontariato', audiences: ['giovani'] })]);
    expect(cell(before.categories, 'volontariato', 'giovani')).toBe(0);
    expect(cell(after.categories, 'volontariato', 'giovani')).toBe(1);
    expect(after.total).toBe(before.total + 1);
    expect(after.cellsCovered).toBe(before.cellsCovered + 1);
  });

  it('a closed or paused entry does not count', () => {
    const before = buildCoverage(fixture, provinces);
    const after = buildCoverage([...fixture, entry({ category: 'volontariato', status: 'chiuso' }), entry({ category: 'volontariato', status: 'sospeso' })], provinces);
    expect(after).toEqual(before);
    expect(cell(after.national.categories, 'volontariato', 'anziani')).toBe(0);
  });

  it('online-only entries count nationally and apart, in no province', () => {
    const coverage = buildCoverage(fixture, provinces);
    expect(coverage.national.total).toBe(4);
    expect(coverage.online.total).toBe(1);
    expect(cell(coverage.national.categories, 'incontro-compagnia', 'anziani')).toBe(1);
    for (const province of coverage.provinces) expect(cell(province.categories, 'incontro-compagnia', 'anziani')).toBe(0);
  });

  it('gaps are the empty cells, with what exists in Italy and online', () => {
    const coverage = buildCoverage(fixture, provinces);
    const bo = coverage.provinces.find((p) => p.sigla === 'BO')!;
    const found = gaps(bo.categories, coverage.national.categories, coverage.online.categories);
    expect(found).toHaveLength(CATEGORY_KEYS.length * AUDIENCE_KEYS.length - coveredCells(bo.categories));
    expect(found).not.toContainEqual(expect.objectContaining({ row: 'musica-canto', audience: 'anziani' }));
    expect(found).toContainEqual({ row: 'incontro-compagnia', audience: 'anziani', national: 1, online: 1 });
    expect(bo.cellsCovered).toBe(3); // musica-canto×anziani, movimento×anziani, movimento×adulti
  });

  it('provinces with no entry are there, at level 0; others get a level from the share of cells covered', () => {
    const coverage = buildCoverage(fixture, provinces);
    expect(coverage.provinces.map((p) => [p.sigla, p.total, p.level])).toEqual([
      ['BO', 3, 1],
      ['RM', 0, 0],
      ['MI', 1, 1],
    ]);
    const many = AUDIENCE_KEYS.flatMap((audience) => CATEGORY_KEYS.slice(0, 5).map((category) => entry({ category, audiences: [audience] })));
    expect(bologna(many).level).toBe(4);
    expect(bologna(many.slice(0, 30)).level).toBe(3);
  });

  it('a province that entries name but the list lacks is still counted', () => {
    const coverage = buildCoverage([entry({ locations: [{ province: 'ZZ' }] })], provinces);
    expect(coverage.provinces.find((p) => p.sigla === 'ZZ')?.total).toBe(1);
  });

  it('knows the 107 Italian provinces with their centroids', () => {
    const all = italianProvinces();
    expect(all).toHaveLength(107);
    expect(all.find((p) => p.sigla === 'BO')).toMatchObject({ name: 'Bologna', region: 'Emilia-Romagna' });
    for (const p of all) expect(p.lat).toBeGreaterThan(35);
  });
});

describe('gaps in words', () => {
  it('says which audiences have nothing, with the national and online figures', () => {
    const coverage = buildCoverage([...fixture, entry({ locations: [{ province: 'MI' }], audiences: ['giovani'] })], provinces);
    const bo = coverage.provinces.find((p) => p.sigla === 'BO')!;
    const lines = gapLines('categories', bo, coverage.national, coverage.online);
    const music = lines.find((line) => line.row === 'musica-canto')!;
    expect(music.label).toBe('Musica e canto');
    expect(music.text).toMatch(/^nessuna attività in questa provincia per giovani \(1 in Italia\); nessuna nemmeno in tutta Italia per tutti, adulti, famiglie e bambini, .*, persone migranti\.$/);
    expect(music.text).not.toContain('persone anziane');
    const arts = lines.find((line) => line.row === 'arte-cultura')!;
    expect(arts.text).toBe('nessuna attività in questa provincia (nessuna nemmeno in Italia).');
    const movement = lines.find((line) => line.row === 'movimento')!;
    expect(movement.text).toMatch(/^nessuna attività, né in questa provincia né in tutta Italia, per tutti, giovani, /);
    expect(lines.find((line) => line.row === 'incontro-compagnia')!.text).toBe('nessuna attività in questa provincia (1 in Italia, di cui 1 solo online).');
  });
});

describe('CSV', () => {
  it('has one row per province × category × audience, zeros included, separated by semicolons', () => {
    const csv = coverageCsv(buildCoverage(fixture, provinces));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('provincia;nome_provincia;regione;categoria;nome_categoria;destinatari;nome_destinatari;attive_provincia;attive_italia;attive_solo_online_italia');
    expect(lines).toHaveLength(1 + provinces.length * CATEGORY_KEYS.length * AUDIENCE_KEYS.length);
    expect(lines).toContain('BO;Bologna;Emilia-Romagna;movimento;Movimento e cammino;anziani;Persone anziane;2;2;0');
    expect(lines).toContain('RM;Roma;Lazio;incontro-compagnia;Incontro e compagnia;anziani;Persone anziane;0;1;1');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('quotes a field that holds the separator or a quote', () => {
    const csv = coverageCsv(buildCoverage(fixture, [{ sigla: 'AO', name: 'Aosta; "Valle"', region: 'Valle d’Aosta', lat: 45, lon: 7 }]));
    expect(csv.split('\r\n')[1]).toMatch(/^AO;"Aosta; ""Valle""";Valle d’Aosta;/);
  });

  it('can list needs instead of categories', () => {
    const lines = coverageCsv(buildCoverage(fixture, provinces), 'needs').split('\r\n');
    expect(lines[0]).toContain(';bisogno;nome_bisogno;');
    expect(lines).toContain('BO;Bologna;Emilia-Romagna;compagnia;Stare in compagnia;anziani;Persone anziane;3;4;1');
  });
});

describe('report sections', () => {
  it('lists every province with the table figures, and the empty ones apart', () => {
    const [table, empty, italy] = coverageReportSections(fixture, { provinces });
    expect(table.header).toEqual(['Regione', 'Provincia', 'Sigla', 'Attività attive', 'Tipi di attività presenti', 'Combinazioni coperte (tipo × destinatari)', 'Copertura']);
    expect(table.rows[0]).toEqual(['Emilia-Romagna', 'Bologna', 'BO', '3', '2 su 10', '3 su 120', 'meno del 10% delle combinazioni coperte']);
    expect(empty.rows).toEqual([['Lazio', 'Roma', 'RM']]);
    expect(italy.rows.find((row) => row[0] === 'Incontro e compagnia')?.slice(1, 4)).toEqual(['1', '25%', '1']);
  });

  it('filters by region and reports one province with its gaps', () => {
    expect(coverageReportSections(fixture, { provinces, regione: 'lazio' })[0].rows.map((row) => row[2])).toEqual(['RM']);
    const [summary, byCategory, byNeed] = coverageReportSections(fixture, { provinces, provincia: 'bo' });
    expect(summary.title).toBe('Copertura in provincia di Bologna (BO)');
    expect(summary.rows[0]).toEqual(['Attività attive', '3']);
    expect(byCategory.rows.find((row) => row[0] === 'Movimento e cammino')).toEqual(['Movimento e cammino', '2', '67%', '2', '50%', expect.stringContaining('Tutti, Giovani')]);
    expect(byCategory.rows.find((row) => row[0] === 'Volontariato')?.[5]).toBe('tutti');
    expect(byNeed.rows.find((row) => row[0] === 'Stare in compagnia')?.slice(1, 4)).toEqual(['3', '100%', '4']);
    expect(() => coverageReportSections(fixture, { provinces, provincia: 'XX' })).toThrow(/Provincia sconosciuta/);
    expect(() => coverageReportSections(fixture, { provinces, regione: 'Atlantide' })).toThrow(/Regione sconosciuta/);
  });

  it('renders as Markdown tables and as aligned text', () => {
    const sections = coverageReportSections(fixture, { provinces });
    const markdown = reportSectionsMarkdown(sections);
    expect(markdown).toContain('### Copertura per provincia\n');
    expect(markdown).toContain('| Emilia-Romagna | Bologna | BO | 3 | 2 su 10 | 3 su 120 | meno del 10% delle combinazioni coperte |');
    expect(reportSectionsMarkdown([{ title: 'T', header: ['a'], rows: [['x|y']] }])).toContain('| x\\|y |');
    const text = reportSectionsText(sections);
    expect(text).toContain('Copertura per provincia\n=======================');
    expect(text).toMatch(/Emilia-Romagna +Bologna +BO +3  2 su 10/);
  });
});

describe('map markers', () => {
  it('one per province with a position, sized by the square root of its share of the largest count, linked only when it has entries', async () => {
    const { coverageMarkers, markerSize } = await import('../../src/lib/coverage/map.ts');
    expect([0, 1, 4, 25, 100].map((n) => markerSize(n, 100))).toEqual([0, 1, 1, 3, 5]);
    const coverage = buildCoverage([...fixture, entry({ locations: [{ province: 'ZZ' }] })], provinces);
    const markers = coverageMarkers(coverage.provinces, (p) => `${p.name}: ${p.total}`, (sigla) => `/p/${sigla}/`);
    expect(markers.map((m) => [m.sigla, m.total, m.size, m.href])).toEqual([
      ['BO', 3, 5, '/p/BO/'],
      ['RM', 0, 0, undefined],
      ['MI', 1, 3, '/p/MI/'],
    ]);
    expect(markers[0]).toMatchObject({ lat: 44.4, lon: 11.3, level: 1, label: 'Bologna: 3' });
  });
});
