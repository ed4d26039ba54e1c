/**
 * Imports a spreadsheet of activities (saved as CSV) into the content folder, one entry per row:
 *
 *   npm run import -- attivita.csv [--contenuti content] [--prova] [--update] [--da "Nome"]
 *
 * Every row is checked with the build's schema and the validator's checks; a row with problems is
 * reported with its row, column and how to fix it, and nothing of it is written. The template and
 * the column guide: public/modelli/importazione.csv and CONTRIBUTING.md («Importare un foglio di
 * calcolo»). Exits with 1 when any row failed (or the file cannot be read), 0 otherwise.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { loadComuniIndex } from '../src/lib/comuni.ts';
import { todayIso } from '../src/lib/dates.ts';
import { columnGuideMarkdown } from '../src/lib/import/columns.ts';
import { formatChange } from '../src/lib/import/diff.ts';
import { decodeSheet, parseSheet, SheetError } from '../src/lib/import/csv.ts';
import { planImport } from '../src/lib/import/rows.ts';
import { findContentFiles, isEntry, parseOrganization, parseResource, readEntries } from '../src/lib/validate/read.ts';

const HELP = `Importa un foglio di calcolo di attività (salvato come CSV) nelle schede di Segnavia.

  npm run import -- FILE.csv [opzioni]

Opzioni:
  --contenuti DIR   la cartella dei contenuti (predefinita: content)
  --prova           controlla e mostra che cosa farebbe, senza scrivere niente
  --update          aggiorna le schede che esistono già (stesso identificativo): cambiano solo le celle non vuote
  --da "Nome"       chi ha verificato le informazioni (predefinito: «Importazione da foglio di calcolo»)
  --guida           stampa la guida alle colonne (la tabella di CONTRIBUTING.md) ed esce
  --help            questo aiuto

Il modello con tutte le colonne è public/modelli/importazione.csv; la guida alle colonne è in
CONTRIBUTING.md, «Importare un foglio di calcolo». Da Excel o LibreOffice salva come «CSV UTF-8»
(separato da virgole o da punto e virgola): i file .xlsx e .ods non si leggono direttamente.`;

let args: ReturnType<typeof parseArgs<{ options: { contenuti: { type: 'string' }; prova: { type: 'boolean' }; update: { type: 'boolean' }; da: { type: 'string' }; help: { type: 'boolean' }; guida: { type: 'boolean' } }; allowPositionals: true }>>;
try {
  args = parseArgs({
    options: { contenuti: { type: 'string' }, prova: { type: 'boolean' }, update: { type: 'boolean' }, da: { type: 'string' }, help: { type: 'boolean' }, guida: { type: 'boolean' } },
    allowPositionals: true,
  });
} catch (error) {
  console.error(`errore: ${(error as Error).message}\n\n${HELP}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(HELP);
  process.exit(0);
}
if (args.values.guida) {
  console.log(columnGuideMarkdown());
  process.exit(0);
}
const [file, ...extra] = args.positionals;
if (!file || extra.length > 0) {
  console.error(`errore: indica un solo file CSV da importare.\n\n${HELP}`);
  process.exit(2);
}
if (/\.(xlsx|xls|ods|numbers)$/i.test(file)) {
  console.error(`errore: ${file} è un file di foglio di calcolo, non un CSV. Aprilo in Excel o LibreOffice e salvalo come «CSV UTF-8» (File › Salva con nome), poi importa quel file.`);
  process.exit(2);
}

const contentDir = args.values.contenuti ?? 'content';
const dryRun = args.values.prova ?? false;
/** A path as the person typed it: relative to where the command runs, or absolute when outside. */
const show = (path: string) => {
  const inside = relative(process.cwd(), path);
  return (inside.startsWith('..') ? resolve(path) : inside).split(sep).join('/');
};

let sheet;
try {
  sheet = parseSheet(decodeSheet(await readFile(file)));
} catch (error) {
  if (error instanceof SheetError) {
    console.error(`${file}: ${error.message}`);
    process.exit(1);
  }
  console.error(`errore: il file ${file} non si può leggere (${(error as Error).message}).`);
  process.exit(2);
}

const files = await findContentFiles(contentDir, process.cwd());
const [resourceResults, organizationResults, comuni] = await Promise.all([
  readEntries(files.resources, parseResource),
  readEntries(files.organizations, parseOrganization),
  loadComuniIndex(),
]);
const result = planImport(sheet, {
  today: todayIso(),
  by: args.values.da,
  update: args.values.update ?? false,
  comuni,
  resources: resourceResults.filter(isEntry),
  organizations: organizationResults.filter(isEntry),
});

console.log(`${file}: ${result.rows} ${result.rows === 1 ? 'riga letta' : 'righe lette'} (separatore «${sheet.delimiter === '\t' ? 'tabulazione' : sheet.delimiter}»).`);
for (const problem of result.problems) {
  const where = problem.column ? `riga ${problem.row}, colonna ${problem.column}` : `riga ${problem.row}`;
  console.log(`${file}: ${where}: ${problem.severity === 'error' ? 'errore' : 'avviso'}: ${problem.message}`);
}
for (const planned of result.files) {
  const path = join(contentDir, planned.path);
  const verb = planned.action === 'create' ? (dryRun ? 'da creare' : 'creato') : dryRun ? 'da aggiornare' : 'aggiornato';
  console.log(`riga ${planned.row}: ${verb} ${show(path)}`);
  for (const change of planned.changes) console.log(`    ${formatChange(change)}`);
  if (!dryRun) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, planned.text, 'utf8');
  }
}
for (const row of result.unchanged) console.log(`riga ${row}: nessuna modifica alla scheda che c’è già.`);

const created = result.files.filter((f) => f.kind === 'resource' && f.action === 'create').length;
const updated = result.files.filter((f) => f.action === 'update').length;
const organizations = result.files.filter((f) => f.kind === 'organization').length;
const summary = [
  `${created} ${created === 1 ? 'scheda nuova' : 'schede nuove'}`,
  `${updated} ${updated === 1 ? 'aggiornata' : 'aggiornate'}`,
  `${organizations} ${organizations === 1 ? 'organizzazione nuova' : 'organizzazioni nuove'}`,
  `${result.failed.length} ${result.failed.length === 1 ? 'riga con errori' : 'righe con errori'}${result.failed.length ? ` (${result.failed.join(', ')}), non scritte` : ''}`,
].join(', ');
console.log(`${dryRun ? 'Prova, nessun file scritto: ' : ''}${summary}.`);
if (!dryRun && result.files.length > 0) console.log(`Controlla il risultato con: npm run validate${contentDir === 'content' ? '' : ` -- ${contentDir}`}`);
process.exitCode = result.failed.length > 0 ? 1 : 0;
