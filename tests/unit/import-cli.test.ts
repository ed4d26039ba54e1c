/**
 * npm run import on a copy of the sample content: a sheet of 20 rows (15 valid, 5 with one mistake
 * each) writes exactly the 15 entries (and the 2 new organisations they name), which the validator
 * accepts, reports the 5 by row, column and fix, and leaves every other file as it was; --update
 * changes only the columns the sheet has.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import matter from 'gray-matter';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestId } from '../../src/lib/contribute/paths.ts';
import { toCsv } from '../../src/lib/import/csv.ts';
import { withoutDates } from '../../src/lib/import/diff.ts';
import { validateDirectory } from '../../src/lib/validate/index.ts';
import { contentDir, firstResource, type ContentResource } from '../support/content.ts';

const run = promisify(execFile);
const FIXTURE = 'tests/fixtures/import/diciannove-righe.csv';

/** Runs the import CLI; its exit code and output whatever the code. */
async function importCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, ['scripts/import.ts', ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/** Every file under a folder with the hash of its bytes. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), createHash('sha1').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

/** A temporary copy of content/. */
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'segnavia-import-'));
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

/** An existing placed entry whose id is not the one the import would make from its name: only the duplicate check can catch it. */
function existingPlaced(): ContentResource {
  return firstResource((r) => Boolean(r.data.locations?.length) && suggestId(r.data.name, r.data.locations![0].comune) !== r.id, 'a placed entry');
}

describe('npm run import with 15 valid rows and 5 mistakes', () => {
  let copy: string;
  let before: Map<string, string>;
  let after: Map<string, string>;
  let result: { code: number; stdout: string };
  let twin: ContentResource;

  beforeAll(async () => {
    copy = contentCopy();
    before = tree(copy);
    // Row 21 repeats an entry of the sample content (its name in its comune), taken from the file, not copied here.
    twin = existingPlaced();
    const place = twin.data.locations![0];
    const records = parse(readFileSync(FIXTURE, 'utf8')) as string[][];
    const header = records[0];
    const row = header.map((column) => ({ nome: twin.data.name, comune: place.comune, provincia: place.province }[column] ?? records[2][header.indexOf(column)]));
    const sheet = join(copy, '..', 'venti-righe.csv');
    writeFileSync(sheet, toCsv([...records, row], ','));
    result = await importCli([sheet, '--contenuti', copy]);
    after = tree(copy);
  });
  afterAll(() => rmSync(join(copy, '..'), { recursive: true, force: true }));

  it('writes exactly the 15 valid rows and the 2 new organisations they name', () => {
    const added = [...after.keys()].filter((path) => !before.has(path)).sort();
    expect(added.filter((path) => path.startsWith('resources/'))).toHaveLength(15);
    expect(added.filter((path) => path.startsWith('organizations/'))).toEqual(['organizations/associazione-orti-uniti.yaml', 'organizations/bottega-aperta.yaml']);
    expect(added).toHaveLength(17);
    expect(added).toContain('resources/puglia/coro-dei-nonni-di-lecce.md');
    expect(added).toContain('resources/online/telefonata-amica.md');
  });

  it('leaves every file that was there untouched', () => {
    for (const [path, hash] of before) expect(after.get(path), path).toBe(hash);
  });

  it('writes entries the validator accepts (npm run validate on the folder)', async () => {
    const cli = await run(process.execPath, ['scripts/validate.ts', copy], { env: { ...process.env, GITHUB_ACTIONS: '', SEGNAVIA_CONTENT_DIR: '' } });
    expect(cli.stdout).toMatch(/: 0 errori, \d+ avvis/);
    const report = await validateDirectory(copy);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.counts.resources).toBe([...before.keys()].filter((p) => p.startsWith('resources/') && p.endsWith('.md')).length + 15);
  });

  it('reports each bad row with its row, column and fix, and fails', () => {
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((line) => line.includes(': errore: '));
    const at = (row: number) => errors.filter((line) => line.includes(`: riga ${row}, `));
    expect(errors).toHaveLength(5);
    expect(at(17)[0]).toMatch(/colonna comune: errore: Il comune «Pippolandia» non è nell’elenco ISTAT/);
    expect(at(18)[0]).toMatch(/colonna provincia: errore: Rho è in provincia di MI, non RM: correggi la provincia/);
    expect(at(19)[0]).toMatch(/colonna telefono: errore: Numero di telefono non valido: usa un numero italiano/);
    expect(at(20)[0]).toMatch(/colonna costo_euro: errore: Se non è gratuito, scrivi quanto costa in costo_euro oppure spiegalo in nota_costo/);
    expect(at(21)[0]).toContain('colonna nome: errore: ');
    expect(at(21)[0]).toContain(twin.path);
    expect(at(21)[0]).toContain('--update');
    expect(result.stdout).toMatch(/15 schede nuove, 0 aggiornate, 2 organizzazioni nuove, 5 righe con errori \(17, 18, 19, 20, 21\), non scritte/);
  });
});

describe('npm run import on other files', () => {
  it('reads a ";"-separated file with a byte-order mark, as Italian Excel saves it, the same as the comma one', async () => {
    const copy = contentCopy();
    try {
      const records = parse(readFileSync(FIXTURE, 'utf8')) as string[][];
      const sheet = join(copy, '..', 'excel.csv');
      writeFileSync(sheet, toCsv(records.slice(0, 4), ';'));
      expect(readFileSync(sheet, 'utf8').charCodeAt(0)).toBe(0xfeff);
      const { code, stdout } = await importCli([sheet, '--contenuti', copy]);
      expect(stdout).toContain('3 righe lette (separatore «;»)');
      expect(code).toBe(0);
      const written = matter(readFileSync(join(copy, 'resources/puglia/coro-dei-nonni-di-lecce.md'), 'utf8')).data;
      expect(written.name).toBe('Coro dei nonni di Lecce');
      expect(written.needs).toEqual(['compagnia', 'creativita']);
      expect(written.schedule.sessions).toEqual([{ days: ['mar'], start: '16:00', end: '18:00' }]);
      expect(written.cost).toEqual({ free: false, amount_eur: 20 });
    } finally {
      rmSync(join(copy, '..'), { recursive: true, force: true });
    }
  });

  it('with --prova says what it would write and writes nothing', async () => {
    const copy = contentCopy();
    try {
      const before = tree(copy);
      const { code, stdout } = await importCli([FIXTURE, '--contenuti', copy, '--prova']);
      expect(code).toBe(1);
      expect(stdout).toMatch(/riga 2: da creare .*resources\/puglia\/coro-dei-nonni-di-lecce\.md/);
      expect(stdout).toContain('Prova, nessun file scritto: 15 schede nuove');
      expect(tree(copy)).toEqual(before);
    } finally {
      rmSync(join(copy, '..'), { recursive: true, force: true });
    }
  });

  it('with --update changes only the columns in the file, shows the diff, and without it changes nothing', async () => {
    const copy = contentCopy();
    try {
      const target = firstResource((r) => r.data.status === 'attivo' && Boolean(r.data.contacts?.phone), 'an active entry with a phone');
      const path = join(copy, relative('content', target.path));
      const original = readFileSync(path, 'utf8');
      const sheet = join(copy, '..', 'aggiorna.csv');
      writeFileSync(sheet, toCsv([['id', 'telefono', 'stato', 'nome'], [target.id, '0461 999999', 'sospeso', '']], ';'));

      const refused = await importCli([sheet, '--contenuti', copy]);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(new RegExp(`riga 2, colonna id: errore: Esiste già la scheda «${target.id}»`));
      expect(readFileSync(path, 'utf8')).toBe(original);

      const { code, stdout } = await importCli([sheet, '--contenuti', copy, '--update']);
      expect(code).toBe(0);
      expect(stdout).toContain(`contacts.phone: «${target.data.contacts!.phone}» → «0461 999999»`);
      expect(stdout).toContain('status: «attivo» → «sospeso»');
      const old = matter(original);
      const updated = matter(readFileSync(path, 'utf8'));
      // Dates compared as text: the serializer quotes them, YAML reads the bare ones as Date objects.
      expect(withoutDates(updated.data)).toEqual(withoutDates({ ...old.data, contacts: { ...old.data.contacts, phone: '0461 999999' }, status: 'sospeso' }));
      expect(updated.content.trim()).toBe(old.content.trim());
      const report = await validateDirectory(copy);
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    } finally {
      rmSync(join(copy, '..'), { recursive: true, force: true });
    }
  });

  it('refuses a spreadsheet file with how to save it as CSV, and an unknown column with the closest name', async () => {
    const xlsx = await importCli(['attivita.xlsx']);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain('salvalo come «CSV UTF-8»');
    const dir = mkdtempSync(join(tmpdir(), 'segnavia-import-'));
    try {
      writeFileSync(join(dir, 'a.csv'), 'nome,telefno\nCoro,02 123456\n');
      const unknown = await importCli([join(dir, 'a.csv'), '--contenuti', join(dir, 'content'), '--prova']);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('Colonna «telefno» sconosciuta: forse intendevi «telefono»?');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
