/** The spreadsheet CSV: parsed back with csv-parse, one row per listed entry and place, safe against formulas. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, csvField, directoryCsv, neutraliseFormula } from '../../src/lib/exports/csv.ts';
import { all, choir, closed, hostile, online, SITE } from './export-fixtures.ts';

const text = directoryCsv(all, SITE, (id) => (id === 'coro-voci' ? 'Associazione Voci; di quartiere' : undefined));
const rows: Record<string, string>[] = parse(text, { delimiter: ';', bom: true, columns: true, record_delimiter: '\r\n' });

describe('directoryCsv', () => {
  it('starts with a UTF-8 BOM and the header, and ends every line with CRLF', () => {
    expect(text.startsWith(`\uFEFF${CSV_COLUMNS.join(';')}\r\n`)).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('parses back to one row per place of every listed entry, one row for an online-only entry', () => {
    const listed = all.filter((e) => e.data.status !== 'chiuso');
    expect(rows).toHaveLength(listed.reduce((n, e) => n + Math.max(1, e.data.locations.length), 0));
    expect(rows.filter((r) => r.id === choir.id).map((r) => r.comune)).toEqual(['Roma', 'Ciampino', 'Frascati']);
    expect(rows.find((r) => r.id === online.id)).toMatchObject({ solo_online: 'sì', comune: '', lat: '' });
    expect(rows.some((r) => r.id === closed.id)).toBe(false);
  });

  it('keeps quotes, semicolons and commas inside a field, and names the organisation', () => {
    const row = rows.find((r) => r.id === choir.id)!;
    expect(row.nome).toBe(choir.data.name);
    expect(row.organizzazione).toBe('Associazione Voci; di quartiere');
    expect(row.pagina).toBe(`${SITE}/risorse/${choir.id}/`);
    expect(row.regione).toBe('Lazio');
  });

  it('writes coordinates with a decimal comma, as a spreadsheet set to Italian reads them', () => {
    expect(rows[0]).toMatchObject({ lat: '41,88', lon: '12,47', posizione_approssimativa: 'no' });
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    const row = rows.find((r) => r.id === hostile.id)!;
    expect(row.nome).toBe(`'${hostile.data.name}`);
    expect(row.luogo).toBe("'-2+3");
    expect(row.telefono).toBe("'+39 06 1234567");
    for (const r of rows) for (const value of Object.values(r)) expect(value).not.toMatch(/^[=+\-@]/);
  });
});

describe('csvField and neutraliseFormula', () => {
  it('quotes only what needs it and doubles quotes', () => {
    expect(csvField('semplice')).toBe('semplice');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('dice "ciao"')).toBe('"dice ""ciao"""');
    expect(csvField('riga\nnuova')).toBe('"riga\nnuova"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(true)).toBe('sì');
    expect(csvField(9.5)).toBe('9,5');
  });

  it('prefixes = + - @, tab and carriage return, and nothing else', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseFormula('1+1')).toBe('1+1');
  });
});
