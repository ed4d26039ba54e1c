/** The spreadsheet import's pure parts: cells, the CSV reader, the column guide and the template. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categories, joinMethods, needs } from '../../src/schema/vocabularies.ts';
import { parseDate, parseLanguages, parseNumber, parseSessions, parseTerm, parseTerms, parseYesNo } from '../../src/lib/import/cells.ts';
import { COLUMNS, columnGuideMarkdown, columnOfField } from '../../src/lib/import/columns.ts';
import { decodeSheet, detectDelimiter, parseSheet, SheetError, templateCsv } from '../../src/lib/import/csv.ts';

describe('giorni_orari', () => {
  it.each([
    ['lunedì 10:00-11:30; venerdì mattina', [{ days: ['lun'], start: '10:00', end: '11:30' }, { days: ['ven'], part_of_day: 'mattina' }]],
    ['da lunedì a venerdì 9-12', [{ days: ['lun', 'mar', 'mer', 'gio', 'ven'], start: '09:00', end: '12:00' }]],
    ['lun-ven 9.30–11', [{ days: ['lun', 'mar', 'mer', 'gio', 'ven'], start: '09:30', end: '11:00' }]],
    ['martedì e giovedì pomeriggio', [{ days: ['mar', 'gio'], part_of_day: 'pomeriggio' }]],
    ['mercoledì dalle 15 alle 16:30', [{ days: ['mer'], start: '15:00', end: '16:30' }]],
    ['primo lunedì del mese 15:00', [{ days: ['lun'], start: '15:00', frequency: 'mensile', week_of_month: 1 }]],
    ['ultimo venerdì del mese', [{ days: ['ven'], frequency: 'mensile', week_of_month: -1 }]],
    ['ogni due settimane sabato', [{ days: ['sab'], frequency: 'quindicinale' }]],
    ['le domeniche alle 10', [{ days: ['dom'], start: '10:00' }]],
  ])('reads «%s»', (cell, sessions) => {
    expect(parseSessions(cell)).toEqual({ value: sessions });
  });

  it('says what it could not read, with an example', () => {
    expect(parseSessions('lunedì 9-10; quando capita').error).toMatch(/In «quando capita» non capisco «quando capita»: scrivi i giorni e l’orario, es\. «lunedì 10:00-11:30; venerdì mattina»/);
    expect(parseSessions('mattina').error).toMatch(/manca il giorno della settimana/);
  });
});

describe('other cells', () => {
  it('reads yes and no as people write them', () => {
    for (const yes of ['sì', 'si', 'SI', 'x', 'X']) expect(parseYesNo(yes)).toEqual({ value: true });
    expect(parseYesNo('no')).toEqual({ value: false });
    expect(parseYesNo('forse').error).toMatch(/scrivi «sì» .* o «no»/);
  });

  it('takes a vocabulary term by its key or its label, and suggests the closest otherwise', () => {
    expect(parseTerm('Musica e canto', categories)).toEqual({ value: 'musica-canto' });
    expect(parseTerm('musica-canto', categories)).toEqual({ value: 'musica-canto' });
    expect(parseTerm('arte musei e teatro', categories)).toEqual({ value: 'arte-cultura' });
    expect(parseTerm('Musica e canti', categories).error).toMatch(/Forse intendevi «Musica e canto» \(musica-canto\)\?/);
    expect(parseTerms('Stare in compagnia, memoria', needs)).toEqual({ value: ['compagnia', 'memoria'] });
    // A label with a comma in it is one value, not two.
    expect(parseTerms('Accesso libero, basta presentarsi, iscrizione', joinMethods)).toEqual({ value: ['accesso-libero', 'iscrizione'] });
  });

  it('reads numbers with a decimal comma, dates as spreadsheets write them, and languages by name', () => {
    expect(parseNumber('2,50')).toBe(2.5);
    expect(parseNumber('€ 10')).toBe(10);
    expect(parseNumber('dieci')).toBe('dieci');
    expect(parseDate('14/05/2022')).toBe('2022-05-14');
    expect(parseDate('05/2022')).toBe('2022-05');
    expect(parseDate('2022')).toBe('2022');
    expect(parseLanguages('it, inglese, arabo')).toEqual({ value: ['it', 'en', 'ar'] });
  });
});

describe('the CSV file', () => {
  it('uses the separator of the header line, with or without a byte-order mark', () => {
    expect(detectDelimiter('nome;comune\nA, B;Rho\n')).toBe(';');
    expect(detectDelimiter('\uFEFFnome,"comune; provincia"\n')).toBe(',');
    const sheet = parseSheet('\uFEFFNome;Comune;Giorni orari\n"Coro; grande";Rho;"lunedì 10-11; venerdì sera"\n');
    expect(sheet.columns).toEqual(['nome', 'comune', 'giorni_orari']);
    expect(sheet.rows[0].cells.get('nome')).toBe('Coro; grande');
    expect(sheet.rows[0].cells.get('giorni_orari')).toBe('lunedì 10-11; venerdì sera');
  });

  it('numbers rows as the spreadsheet does, even with line breaks inside a cell and blank rows', () => {
    const sheet = parseSheet('nome,descrizione\nA,"una\nriga\nlunga"\n,\nB,breve\n');
    expect(sheet.rows.map((r) => [r.row, r.cells.get('nome')])).toEqual([
      [2, 'A'],
      [4, 'B'],
    ]);
  });

  it('reads UTF-8 with or without a byte-order mark, and refuses Excel\'s Windows code page with how to save it', () => {
    expect(parseSheet(decodeSheet(Buffer.from('\uFEFFnome;comune\nCaffè;Forlì\n', 'utf8'))).rows[0].cells.get('comune')).toBe('Forlì');
    expect(parseSheet(decodeSheet(Buffer.from('nome;comune\nCaffè;Forlì\n', 'utf8'))).rows[0].cells.get('nome')).toBe('Caffè');
    expect(() => decodeSheet(Buffer.from('nome;comune\nCaffè;Forlì\n', 'latin1'))).toThrow(/non è in UTF-8 .* «CSV UTF-8»/);
  });

  it('refuses an unknown column, suggesting the closest', () => {
    expect(() => parseSheet('nome,telefno\nA,1\n')).toThrow(SheetError);
    expect(() => parseSheet('nome,telefno\nA,1\n')).toThrow(/Colonna «telefno» sconosciuta: forse intendevi «telefono»\?/);
  });
});

describe('one column table for the importer, the template and the guide', () => {
  it('reports problems in entry fields in the right column', () => {
    expect(columnOfField('contacts.phone')).toBe('telefono');
    expect(columnOfField('cost.amount_eur')).toBe('costo_euro');
    expect(columnOfField('locations.0.province')).toBe('provincia');
    expect(columnOfField('locations.1.comune')).toBe('comune_2');
    expect(columnOfField('schedule.sessions.0.end')).toBe('giorni_orari');
    expect(columnOfField('sources.0.url')).toBe('fonte_url');
    expect(columnOfField('verified.date')).toBe('verifica_data');
  });

  it('ships the template made from the table (header and example row)', () => {
    expect(readFileSync('public/modelli/importazione.csv', 'utf8')).toBe(templateCsv());
    const sheet = parseSheet(templateCsv());
    expect(sheet.columns).toEqual(COLUMNS.map((c) => c.name));
    expect(sheet.rows).toHaveLength(1);
  });

  it('documents every column in CONTRIBUTING.md exactly as the table says (regenerate with npm run import -- --guida)', () => {
    const text = readFileSync('CONTRIBUTING.md', 'utf8');
    const match = /<!-- colonne-importazione:inizio -->\n([\s\S]*?)\n<!-- colonne-importazione:fine -->/.exec(text);
    expect(match?.[1]).toBe(columnGuideMarkdown());
  });
});
