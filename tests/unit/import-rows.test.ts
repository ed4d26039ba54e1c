/** planImport, the pure heart of npm run import: organisations, duplicates within the sheet, honest verification, updates. */
import matter from 'gray-matter';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadComuniIndex, type ComuniIndex } from '../../src/lib/comuni.ts';
import { parseSheet } from '../../src/lib/import/csv.ts';
import { planImport, type ImportContext } from '../../src/lib/import/rows.ts';
import type { Entry } from '../../src/lib/validate/types.ts';

const TODAY = '2026-11-30';
const HEADER = 'nome,riassunto,categoria,bisogni,destinatari,organizzazione,tipo_organizzazione,descrizione_organizzazione,comune,provincia,giorni_orari,gratuito,come_partecipare,telefono,fonte_titolo,verifica_metodo';
const row = (cells: Partial<Record<string, string>>) =>
  HEADER.split(',')
    .map((column) => {
      const defaults: Record<string, string> = { riassunto: 'Si canta insieme.', categoria: 'musica-canto', bisogni: 'compagnia', destinatari: 'tutti', organizzazione: 'auser', provincia: 'MI', giorni_orari: 'lunedì 10-11', gratuito: 'sì', come_partecipare: 'iscrizione', telefono: '02 1234567', fonte_titolo: 'Volantino' };
      const value = cells[column] ?? defaults[column] ?? '';
      return /[,"]/.test(value) ? `"${value}"` : value;
    })
    .join(',');

const auser: Entry = { kind: 'organization', id: 'auser', file: 'content/organizations/auser.yaml', folder: '', data: { name: 'Auser', type: 'rete-nazionale', description: 'Rete.', contacts: { phone: '800 995 988' } }, yaml: '', yamlLine: 1, body: '', bodyLine: 1 };
const existing: Entry = {
  kind: 'resource',
  id: 'coro-di-rho',
  file: 'content/resources/lombardia/coro-di-rho.md',
  folder: 'lombardia',
  data: {
    name: 'Coro di Rho', summary: 'Si canta insieme.', category: 'musica-canto', needs: ['compagnia'], audiences: ['tutti'], organization: 'auser',
    locations: [{ comune: 'Rho', province: 'MI', lat: 45.5287, lon: 9.04, position: 'approssimativa' }],
    schedule: { sessions: [{ days: ['lun'] }] }, cost: { free: true }, joining: { methods: ['iscrizione'] }, contacts: { phone: '02 1234567' },
    accessibility: { features: [], languages: ['it'] }, status: 'attivo', verified: { date: new Date('2026-06-10'), by: 'Redazione Segnavia', method: 'telefono' }, sources: [{ title: 'Sito' }],
  },
  yaml: '', yamlLine: 1, body: 'Un coro.', bodyLine: 1,
};

let comuni: ComuniIndex;
let context: ImportContext;
beforeAll(async () => {
  comuni = await loadComuniIndex();
  context = { today: TODAY, update: false, comuni, resources: [existing], organizations: [auser] };
});

const plan = (lines: string[], extra: Partial<ImportContext> = {}, header = HEADER) => planImport(parseSheet([header, ...lines].join('\n')), { ...context, ...extra });
const front = (text: string) => matter(text).data;

describe('planImport', () => {
  it('creates a new organisation once for the rows that name it, and finds existing ones by name', () => {
    const result = plan([
      row({ nome: 'Coro di Lodi', comune: 'Lodi', provincia: 'LO', organizzazione: 'Voci Insieme', tipo_organizzazione: 'Associazione', descrizione_organizzazione: 'Associazione di cori.' }),
      row({ nome: 'Coro di Pavia', comune: 'Pavia', provincia: 'PV', organizzazione: 'voci insieme' }),
      row({ nome: 'Coro di Como', comune: 'Como', provincia: 'CO', organizzazione: 'AUSER' }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual([
      'organizations/voci-insieme.yaml',
      'resources/lombardia/coro-di-lodi.md',
      'resources/lombardia/coro-di-pavia.md',
      'resources/lombardia/coro-di-como.md',
    ]);
    expect(result.files.slice(1).map((f) => front(f.text).organization)).toEqual(['voci-insieme', 'voci-insieme', 'auser']);
    expect(load(result.files[0].text)).toEqual({ name: 'Voci Insieme', type: 'associazione', description: 'Associazione di cori.', contacts: { phone: '02 1234567' } });
  });

  it('refuses a row that repeats an earlier row, naming it', () => {
    const result = plan([row({ nome: 'Coro di Lodi', comune: 'Lodi', provincia: 'LO' }), row({ nome: 'Il coro di Lodi', comune: 'Lodi', provincia: 'LO' })]);
    expect(result.failed).toEqual([3]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ row: 3, column: 'nome', severity: 'error' });
    expect(result.problems[0].message).toContain('riga 2');
  });

  it('refuses a row with a similar name less than 1 km from an existing entry, even in another comune', () => {
    const header = `${HEADER},lat,lon`;
    const line = (name: string, lat: string) => `${row({ nome: name, comune: 'Pero', provincia: 'MI', organizzazione: 'Voci', tipo_organizzazione: 'associazione', descrizione_organizzazione: 'Cori.' })},${lat},9.0405`;
    const near = plan([line('Il coro di Rho', '45.5290')], {}, header);
    expect(near.failed).toEqual([2]);
    expect(near.problems[0].message).toContain(existing.file);
    expect(near.problems[0].message).toMatch(/a \d+ m di distanza/);
    // The same row 3 km away is another choir.
    expect(plan([line('Il coro di Rho', '45.5560')], {}, header).failed).toEqual([]);
  });

  it('says honestly how and by whom the entry was verified, and that the position is the comune centre', () => {
    const [plain] = plan([row({ nome: 'Coro di Lodi', comune: 'Lodi', provincia: 'LO' })]).files;
    expect(front(plain.text).verified).toEqual({ date: TODAY, by: 'Importazione da foglio di calcolo', method: 'documento-pubblico' });
    const lodi = comuni.find('Lodi', 'LO')!;
    expect(front(plain.text).locations).toEqual([{ comune: 'Lodi', province: 'LO', lat: lodi.lat, lon: lodi.lon, position: 'approssimativa' }]);
    const [called] = plan([row({ nome: 'Coro di Lodi', comune: 'Lodi', provincia: 'LO', verifica_metodo: 'telefono' })], { by: 'ASL di Lodi' }).files;
    expect(front(called.text).verified).toEqual({ date: TODAY, by: 'ASL di Lodi', method: 'telefono' });
  });

  it('on --update moves the position with the comune, and keeps the verification when the row does not speak of it', () => {
    const result = plan(['coro-di-rho,Pero,MI'], { update: true }, 'id,comune,provincia');
    expect(result.problems.map((p) => p.message)).toEqual([]);
    const [file] = result.files;
    expect(file).toMatchObject({ path: 'resources/lombardia/coro-di-rho.md', action: 'update' });
    const pero = comuni.find('Pero', 'MI')!;
    expect(front(file.text).locations).toEqual([{ comune: 'Pero', province: 'MI', lat: pero.lat, lon: pero.lon, position: 'approssimativa' }]);
    expect(front(file.text).verified).toEqual({ date: '2026-06-10', by: 'Redazione Segnavia', method: 'telefono' });
    expect(file.changes.map((c) => c.field)).toEqual(['locations.0.comune', 'locations.0.lat', 'locations.0.lon']);
  });

  it('says whether a required value is in an empty cell or a missing column', () => {
    const result = plan(['Coro di Lodi,,Lodi,LO'], {}, 'nome,riassunto,comune,provincia');
    const byColumn = new Map(result.problems.map((p) => [p.column, p.message]));
    expect(byColumn.get('riassunto')).toMatch(/^La cella è vuota: riempi la colonna riassunto\./);
    expect(byColumn.get('categoria')).toMatch(/^Manca la colonna categoria: aggiungila al foglio/);
    expect(result.files).toEqual([]);
  });

  it('on --update replaces the Italian description and keeps the English one below "## English"', () => {
    const translated = { ...existing, body: 'Un coro.\n\n## English\n\nA choir.' };
    const result = plan(['coro-di-rho,Un coro di quartiere.'], { update: true, resources: [translated] }, 'id,descrizione');
    expect(result.problems.map((p) => p.message)).toEqual([]);
    expect(matter(result.files[0].text).content).toBe('\nUn coro di quartiere.\n\n## English\n\nA choir.\n');
  });

  it('reports a row that changes nothing as unchanged, and writes nothing for it', () => {
    const result = plan(['coro-di-rho,02 1234567'], { update: true }, 'id,telefono');
    expect(result.files).toEqual([]);
    expect(result.unchanged).toEqual([2]);
  });
});
