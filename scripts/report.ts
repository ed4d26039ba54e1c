/**
 * The directory's health in the terminal, from the content files (no build needed): the same sections,
 * computed by the same functions (src/lib/health/), as the coordinators' pages under /coordinamento/stato/.
 *
 *   node scripts/report.ts [contentDir] [--provincia BO | --regione "Emilia-Romagna"] [--markdown] [--site URL] [--oggi AAAA-MM-GG]
 *
 * Without a filter it prints the counts by region and province; with --provincia, the entries to look
 * at one by one. --markdown prints Markdown (for a CI job summary: `npm run report -- --markdown >>
 * "$GITHUB_STEP_SUMMARY"`), with links when --site gives the site's address.
 */
import { slugify } from '../src/lib/slug.ts';
import { todayIso } from '../src/lib/dates.ts';
import { regionOfProvince } from '../src/lib/places.ts';
import { directoryHealth, ONLINE, type HealthFilter } from '../src/lib/health/index.ts';
import { buildReport, renderMarkdown, renderText, reportTitle } from '../src/lib/health/report.ts';
import { readHealthEntries } from '../src/lib/health/read.ts';
import { coverageReportSections, reportSectionsMarkdown, reportSectionsText } from '../src/lib/coverage/report.ts';

const HELP = `npm run report -- [opzioni] [cartella dei contenuti]

Lo stato dell'elenco e la sua copertura. Stato: schede mai confermate, da ricontrollare (più di 12 mesi) o in scadenza
(entro 60 giorni), con la posizione approssimativa, senza telefono né email, sospese o chiuse, e
probabili doppioni. Copertura: quante attività attive per categoria, bisogno e destinatari, e
dove mancano (le lacune), come le pagine /coordinamento/copertura/. Legge i file dei contenuti (default: $SEGNAVIA_CONTENT_DIR, poi ./content).

  --provincia BO        una provincia (sigla, o "online"): le schede una per una
  --regione NOME        una regione (es. "Emilia-Romagna", "lombardia"): i conteggi per provincia
  --solo stato|copertura   solo lo stato delle schede, o solo la copertura (categorie e bisogni × destinatari)
  --markdown            in Markdown, per il riepilogo di un job di CI
  --site URL            con --markdown, i link alle schede e al modulo (es. https://segnavia.it)
  --oggi AAAA-MM-GG     calcola come se oggi fosse quel giorno
  --help                questo aiuto`;

function fail(message: string): never {
  console.error(`errore: ${message}\n\n${HELP}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const options: { markdown: boolean; only?: 'stato' | 'copertura'; province?: string; region?: string; site?: string; today?: string; dir?: string } = { markdown: false };
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  const value = () => {
    const next = args[++i];
    if (!next || next.startsWith('--')) fail(`${arg} vuole un valore.`);
    return next;
  };
  if (arg === '--help' || arg === '-h') {
    console.log(HELP);
    process.exit(0);
  } else if (arg === '--markdown') options.markdown = true;
  else if (arg === '--solo') {
    const part = value();
    if (part !== 'stato' && part !== 'copertura') fail(`--solo vuole «stato» o «copertura», non «${part}».`);
    options.only = part;
  } else if (arg === '--provincia') options.province = value();
  else if (arg === '--regione') options.region = value();
  else if (arg === '--site') options.site = value();
  else if (arg === '--oggi') options.today = value();
  else if (arg.startsWith('--')) fail(`opzione sconosciuta: ${arg}`);
  else options.dir = arg;
}

const filter: HealthFilter = {};
if (options.province) {
  const sigla = options.province.trim().toLowerCase() === ONLINE ? ONLINE : options.province.trim().toUpperCase();
  if (sigla !== ONLINE && !regionOfProvince(sigla)) fail(`provincia sconosciuta: «${options.province}». Usa la sigla, es. BO, MI, RM.`);
  filter.province = sigla;
}
const { entries, invalid } = await readHealthEntries(options.dir ?? process.env.SEGNAVIA_CONTENT_DIR ?? 'content');
if (options.region) {
  const wanted = slugify(options.region);
  const known = [...new Set(entries.flatMap((e) => e.data.locations.map((l) => regionOfProvince(l.province) ?? '')))].filter(Boolean);
  const region = wanted === ONLINE ? ONLINE : known.find((name) => slugify(name) === wanted);
  if (!region) fail(`nessuna scheda nella regione «${options.region}». Regioni con schede: ${known.sort().join(', ')}.`);
  filter.region = region;
}
if (options.today && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) fail('--oggi vuole una data AAAA-MM-GG.');

const today = options.today ?? todayIso();
const health = directoryHealth(entries, today);
if (options.only !== 'copertura') {
  const sections = buildReport({ health, filter });
  const title = reportTitle(filter);
  console.log(options.markdown ? renderMarkdown(title, today, sections, options.site) : renderText(title, today, sections));
}
// Coverage counts places in provinces: online-only entries are in Italy's figures, so "online" has no coverage of its own.
if (options.only !== 'stato' && filter.province !== ONLINE && filter.region !== ONLINE) {
  const coverage = coverageReportSections(
    entries.map((entry) => entry.data),
    { provincia: filter.province, regione: filter.region },
  );
  if (options.only !== 'copertura') console.log('');
  console.log(options.markdown ? `## Copertura\n\n${reportSectionsMarkdown(coverage)}` : `COPERTURA\n\n${reportSectionsText(coverage)}`);
}
if (invalid.length) {
  console.error(`${invalid.length === 1 ? '1 file lasciato fuori perché non valido' : `${invalid.length} file lasciati fuori perché non validi`} (npm run validate dice perché): ${invalid.slice(0, 5).join(', ')}${invalid.length > 5 ? '…' : ''}`);
}
