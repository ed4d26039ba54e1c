/**
 * The import itself, as a pure function: each row of the sheet becomes a resource entry (and its
 * organisation when new), checked with the build's schema and the validator's own checks (comune and
 * province, coordinates, unsafe text, verification date, likely duplicates of existing entries and of
 * earlier rows). A row with errors is reported (row, column, fix) and planned nowhere; the others
 * become file texts written by the contribution form's serializer. Writing is the caller's job.
 */
import { closestMatch } from '../closest.ts';
import { nameKey, type ComuniIndex } from '../comuni.ts';
import { isValidId, suggestId } from '../contribute/paths.ts';
import { organizationFileText, resourceFileText } from '../contribute/serialize.ts';
import { regionFolder } from '../places.ts';
import { rawHtmlProblems, unsafeLinkProblems } from '../validate/body.ts';
import { verifiedDateProblems } from '../validate/freshness.ts';
import { likelyDuplicateProblems } from '../validate/ids.ts';
import { placeProblems } from '../validate/places.ts';
import { scheduleDayProblems } from '../validate/schedule-days.ts';
import { schemaProblems } from '../validate/schema.ts';
import { nearDuplicateProblems } from '../validate/similar.ts';
import type { Entry, Problem, Severity } from '../validate/types.ts';
import { compactPhone, PHONE_PATTERN } from '../../schema/fields.ts';
import { organizationSchema } from '../../schema/organization.ts';
import { resourceSchema } from '../../schema/resource.ts';
import {
  accessibilityFeatures,
  audiences,
  categories,
  joinMethods,
  needs,
  organizationTypes,
  statuses,
  verificationMethods,
} from '../../schema/vocabularies.ts';
import { fold, parseDate, parseLanguages, parseNumber, parseSessions, parseTerm, parseTerms, parseYesNo, type Parsed } from './cells.ts';
import { COLUMNS, columnNamed, columnOfField, DEFAULT_VERIFIED_BY } from './columns.ts';
import type { Sheet, SheetRow } from './csv.ts';
import { fieldChanges, withoutDates, type FieldChange } from './diff.ts';
import { joinDescription, splitDescription } from '../description.ts';

/** What the import needs to know besides the sheet. */
export interface ImportContext {
  /** Today, "YYYY-MM-DD": the verification date when the row gives none. */
  today: string;
  /** Who verified, for verified.by (the --da option). */
  by?: string;
  /** True with --update: rows whose id exists update that entry (only their non-empty cells). */
  update: boolean;
  comuni: ComuniIndex;
  /** The entries already in the content folder, as the validator reads them. */
  resources: readonly Entry[];
  organizations: readonly Entry[];
}

/** A problem in one row (or, without column, with the row as a whole). */
export interface RowProblem {
  row: number;
  column?: string;
  severity: Severity;
  message: string;
}

/** A file to write, relative to the content folder. */
export interface PlannedFile {
  kind: 'resource' | 'organization';
  /** "resources/emilia-romagna/coro-le-nuvole-carpi.md" or "organizations/x.yaml". */
  path: string;
  text: string;
  row: number;
  action: 'create' | 'update';
  /** For an update, what changes. */
  changes: FieldChange[];
}

export interface ImportResult {
  files: PlannedFile[];
  problems: RowProblem[];
  /** Data rows read (blank rows are skipped). */
  rows: number;
  /** Rows with errors: nothing of theirs is written. */
  failed: number[];
  /** Rows that update an entry without changing anything. */
  unchanged: number[];
}

type Draft = Record<string, unknown>;

/** A planned new organisation, shared by the rows that name it. */
interface NewOrganization {
  id: string;
  draft: Draft;
  row: number;
}

/** YAML field words in the schema's messages, said with the sheet's column names. */
const COLUMN_WORDS: [RegExp, string][] = [
  [/indica quanto costa in amount_eur oppure spiegalo in note/, 'scrivi quanto costa in costo_euro oppure spiegalo in nota_costo'],
  [/togli amount_eur oppure metti free: false/, 'svuota costo_euro oppure scrivi «no» in gratuito'],
  [/se è gratis usa free: true/, 'se è gratis scrivi «sì» in gratuito'],
  [/free: true oppure free: false/, '«sì» oppure «no» in gratuito'],
  [/Indica almeno un luogo in locations, oppure scrivi online_only: true se si svolge solo online\./, 'Scrivi il comune e la provincia, oppure «sì» nella colonna online se si svolge solo online.'],
  [/È indicato online_only: true ma ci sono dei luoghi: togli i luoghi oppure metti online_only: false\./, 'C’è «sì» nella colonna online ma anche un comune: svuota comune e provincia oppure togli il «sì» da online.'],
  [/spiega in "note" come e quando ci si incontra/, 'scrivi i giorni in giorni_orari oppure spiega in note_orari come e quando ci si incontra'],
  [/phone, email o website/, 'telefono, email o sito'],
  [/aggiorna verified\.date/, 'aggiorna verifica_data'],
  [/controlla lat e lon/g, 'controlla lat e lon (o svuotale: la posizione sarà il centro del comune)'],
];

/** A problem's message for the sheet: missing values name their column; YAML words become column names. */
function sheetMessage(problem: Problem, column: string | undefined, row: SheetRow): string {
  if (problem.rule === 'schedule-days') {
    return 'note_orari nomina un giorno che giorni_orari non ha: aggiungilo in giorni_orari (es. «lunedì mattina»), così chi cerca per giorno trova l’attività. Se è un giorno di chiusura, ignora questo avviso.';
  }
  if (/^Campo obbligatorio mancante/.test(problem.message) && column) {
    const what = columnNamed(column)?.what ?? '';
    if (!row.cells.has(column)) return `Manca la colonna ${column}: aggiungila al foglio (come nel modello) e riempila. ${what}`.trim();
    return `La cella è vuota: riempi la colonna ${column}. ${what}`.trim();
  }
  return COLUMN_WORDS.reduce((text, [pattern, words]) => text.replace(pattern, words), problem.message);
}

/** The cells of one row, with helpers: a cell counts only when it is not blank. */
function rowCells(row: SheetRow) {
  const get = (name: string) => row.cells.get(name) ?? '';
  return { get, has: (name: string) => get(name) !== '' };
}

/** A deep copy of plain data. */
function clone<T>(value: T): T {
  return structuredClone(value);
}

function asRecord(value: unknown): Draft {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Draft) : {};
}

/** Grid cells of this many degrees: the 3×3 cells around a point hold everything within NEARBY_KM (1 km) of it. */
const CELL_DEGREES = 0.02;

/**
 * The entries a new one could duplicate, found without comparing it with all of them: those with the same
 * name key, a place in one of its comuni, or a place in the grid cells around its places. The validator's
 * duplicate checks then run on these only, so an import stays linear in the size of the directory.
 */
class DuplicateIndex {
  private readonly groups = new Map<string, Entry[]>();

  private static keys(entry: Entry, around: boolean): string[] {
    const keys: string[] = [];
    if (typeof entry.data.name === 'string') keys.push(`n|${nameKey(entry.data.name)}`);
    const locations = Array.isArray(entry.data.locations) ? (entry.data.locations as unknown[]) : [];
    for (const value of locations) {
      const l = asRecord(value);
      if (typeof l.comune === 'string' && typeof l.province === 'string') keys.push(`c|${nameKey(l.comune)}|${l.province.trim().toUpperCase()}`);
      if (typeof l.lat === 'number' && typeof l.lon === 'number') {
        const [y, x] = [Math.floor(l.lat / CELL_DEGREES), Math.floor(l.lon / CELL_DEGREES)];
        const span = around ? [-1, 0, 1] : [0];
        for (const dy of span) for (const dx of span) keys.push(`g|${y + dy}|${x + dx}`);
      }
    }
    return keys;
  }

  add(entry: Entry): void {
    for (const key of new Set(DuplicateIndex.keys(entry, false))) this.groups.set(key, [...(this.groups.get(key) ?? []), entry]);
  }

  candidates(entry: Entry): Entry[] {
    const found = new Set<Entry>();
    for (const key of DuplicateIndex.keys(entry, true)) for (const other of this.groups.get(key) ?? []) found.add(other);
    return [...found];
  }
}

/** Everything the import knows about the directory while it goes through the rows. */
class Planner {
  readonly result: ImportResult = { files: [], problems: [], rows: 0, failed: [], unchanged: [] };
  private readonly resourcesById = new Map<string, Entry>();
  private readonly organizationsById = new Map<string, Entry>();
  private readonly newOrganizations = new Map<string, NewOrganization>();
  /** Existing resources and those accepted from earlier rows, for likely duplicates. */
  private readonly duplicates = new DuplicateIndex();
  /** Ids used by earlier rows, with their row. */
  private readonly idsUsed = new Map<string, number>();

  private readonly context: ImportContext;

  constructor(context: ImportContext) {
    this.context = context;
    for (const entry of context.resources) {
      this.resourcesById.set(entry.id, entry);
      this.duplicates.add(entry);
    }
    for (const entry of context.organizations) this.organizationsById.set(entry.id, entry);
  }

  /** The organisation a cell names: an id or a name in the directory, one planned by an earlier row, or a new one. */
  private organization(row: SheetRow, cells: ReturnType<typeof rowCells>, err: (column: string, message: string) => void): { id: string; created?: NewOrganization } | undefined {
    const typed = cells.get('organizzazione');
    if (this.organizationsById.has(typed)) return { id: typed };
    const key = nameKey(typed);
    for (const entry of this.organizationsById.values()) if (typeof entry.data.name === 'string' && nameKey(entry.data.name) === key) return { id: entry.id };
    for (const planned of this.newOrganizations.values()) if (planned.id === typed || nameKey(String(planned.draft.name)) === key) return { id: planned.id };
    const id = suggestId(typed);
    if (this.organizationsById.has(id)) return { id };
    if (!cells.has('tipo_organizzazione') || !cells.has('descrizione_organizzazione')) {
      const names = [...this.organizationsById.values()].map((o) => String(o.data.name ?? o.id));
      const close = closestMatch(typed, [...names, ...this.organizationsById.keys()]);
      const closeEntry = close && [...this.organizationsById.values()].find((o) => o.id === close || o.data.name === close);
      const hint = closeEntry ? ` Forse intendevi «${String(closeEntry.data.name)}» (${closeEntry.id})?` : '';
      err('organizzazione', `«${typed}» non è tra le organizzazioni dell’elenco.${hint} Se c’è già, scrivi il suo identificativo (il nome del file in content/organizations); se è nuova, riempi anche tipo_organizzazione e descrizione_organizzazione e verrà aggiunta.`);
      return undefined;
    }
    const type = parseTerm(cells.get('tipo_organizzazione'), organizationTypes);
    if (type.error) err('tipo_organizzazione', type.error);
    const contacts: Draft = {};
    if (cells.has('telefono')) contacts.phone = cells.get('telefono');
    if (cells.has('email')) contacts.email = cells.get('email');
    if (cells.has('sito')) contacts.website = cells.get('sito');
    const draft: Draft = { name: typed, type: type.value, description: cells.get('descrizione_organizzazione'), contacts };
    return { id, created: { id, draft, row: row.row } };
  }

  /** One row: its problems, and its files when it has no errors. */
  addRow(row: SheetRow): void {
    const { context } = this;
    const cells = rowCells(row);
    const problems: RowProblem[] = [];
    const bad = new Set<string>();
    const err = (column: string, message: string) => {
      problems.push({ row: row.row, column, severity: 'error', message });
      bad.add(column);
    };
    const use = <T>(column: string, parsed: Parsed<T>): T | undefined => {
      if (parsed.error !== undefined) err(column, parsed.error);
      return parsed.value;
    };
    this.result.rows++;

    // Which entry: the id written in the row, or the one made from the name and the comune.
    let id = cells.get('id');
    if (id && !isValidId(id)) {
      err('id', `Identificativo «${id}» non valido: usa solo lettere minuscole senza accenti, numeri e trattini (es. «${suggestId(id) || 'coro-le-nuvole-carpi'}»), oppure lascia la cella vuota.`);
    }
    if (!id) id = suggestId(cells.get('nome'), cells.has('online') && parseYesNo(cells.get('online')).value ? undefined : cells.get('comune') || undefined);
    if (!id) {
      this.fail(row.row, [...problems, { row: row.row, column: 'nome', severity: 'error', message: 'La cella è vuota: riempi la colonna nome (o, per aggiornare una scheda, la colonna id).' }]);
      return;
    }
    const existing = this.resourcesById.get(id);
    if (existing && !context.update) {
      err(cells.has('id') ? 'id' : 'nome', `Esiste già la scheda «${id}» (${existing.file}): per aggiornarla con questa riga esegui il comando con --update; se è un’altra attività, scrivi un identificativo diverso nella colonna id.`);
      this.fail(row.row, problems);
      return;
    }
    const earlier = this.idsUsed.get(id);
    if (earlier !== undefined) {
      err(cells.has('id') ? 'id' : 'nome', `La riga ${earlier} ha già l’identificativo «${id}»: se è la stessa attività tieni una sola riga; altrimenti scrivi un identificativo diverso nella colonna id.`);
      this.fail(row.row, problems);
      return;
    }

    const before = existing ? (withoutDates(existing.data) as Draft) : undefined;
    const draft: Draft = before ? clone(before) : {};
    let body = existing ? existing.body.replace(/\r\n?/g, '\n').trim() : '';

    if (cells.has('nome')) draft.name = cells.get('nome');
    if (cells.has('riassunto')) draft.summary = cells.get('riassunto');
    // The column is the Italian description: an English one below "## English" stays (src/lib/description.ts).
    if (cells.has('descrizione')) body = joinDescription(cells.get('descrizione'), splitDescription(body).en);
    if (cells.has('categoria')) draft.category = use('categoria', parseTerm(cells.get('categoria'), categories));
    if (cells.has('bisogni')) draft.needs = use('bisogni', parseTerms(cells.get('bisogni'), needs));
    if (cells.has('destinatari')) draft.audiences = use('destinatari', parseTerms(cells.get('destinatari'), audiences));

    let created: NewOrganization | undefined;
    if (cells.has('organizzazione')) {
      const found = this.organization(row, cells, err);
      if (found) {
        draft.organization = found.id;
        created = found.created;
      }
    }

    if (cells.has('online')) {
      const online = use('online', parseYesNo(cells.get('online')));
      if (online === true) draft.online_only = true;
      else if (online === false) delete draft.online_only;
    }
    const placeHadPosition = [false, false];
    this.places(draft, cells, use, placeHadPosition);

    const schedule = asRecord(draft.schedule);
    if (cells.has('giorni_orari')) schedule.sessions = use('giorni_orari', parseSessions(cells.get('giorni_orari')));
    if (cells.has('note_orari')) schedule.note = cells.get('note_orari');
    if (!existing) schedule.sessions ??= [];
    draft.schedule = schedule;

    const cost = asRecord(draft.cost);
    if (cells.has('gratuito')) cost.free = use('gratuito', parseYesNo(cells.get('gratuito')));
    if (cells.has('costo_euro')) cost.amount_eur = parseNumber(cells.get('costo_euro'));
    if (cells.has('nota_costo')) cost.note = cells.get('nota_costo');
    draft.cost = cost;

    const joining = asRecord(draft.joining);
    if (cells.has('come_partecipare')) joining.methods = use('come_partecipare', parseTerms(cells.get('come_partecipare'), joinMethods));
    if (cells.has('nota_partecipazione')) joining.note = cells.get('nota_partecipazione');
    draft.joining = joining;

    const contacts = asRecord(draft.contacts);
    if (cells.has('telefono')) contacts.phone = cells.get('telefono');
    if (cells.has('email')) contacts.email = cells.get('email');
    if (cells.has('sito')) contacts.website = cells.get('sito');
    draft.contacts = contacts;

    const accessibility = asRecord(draft.accessibility);
    if (cells.has('accessibilita')) accessibility.features = use('accessibilita', parseTerms(cells.get('accessibilita'), accessibilityFeatures));
    if (cells.has('lingue')) accessibility.languages = use('lingue', parseLanguages(cells.get('lingue')));
    if (cells.has('nota_accessibilita')) accessibility.note = cells.get('nota_accessibilita');
    if (!existing) {
      accessibility.features ??= [];
      accessibility.languages ??= ['it'];
    }
    draft.accessibility = accessibility;

    if (cells.has('stato')) draft.status = use('stato', parseTerm(cells.get('stato'), statuses));
    else if (!existing) draft.status = 'attivo';

    this.sources(draft, cells, Boolean(existing));

    // Verification: set for a new entry; changed on an update only when the row says how or when it was checked.
    if (!existing || cells.has('verifica_metodo') || cells.has('verifica_data')) {
      const previous = asRecord(draft.verified);
      const method = cells.has('verifica_metodo') ? use('verifica_metodo', parseTerm(cells.get('verifica_metodo'), verificationMethods)) : existing ? previous.method : 'documento-pubblico';
      draft.verified = {
        date: cells.has('verifica_data') ? parseDate(cells.get('verifica_data')) : context.today,
        by: context.by?.trim() || DEFAULT_VERIFIED_BY,
        method,
      };
    }

    // The build's checks, on the entry as it will be written.
    const folder = existing ? existing.folder : (regionFolder(draft) ?? '');
    const path = `resources/${folder ? `${folder}/` : ''}${id}.md`;
    const entry: Entry = { kind: 'resource', id, file: `riga ${row.row}`, folder, data: draft, yaml: '', yamlLine: 1, body, bodyLine: 1 };
    const checks: Problem[] = [
      ...schemaProblems(entry, resourceSchema),
      ...placeProblems(entry, context.comuni),
      ...unsafeLinkProblems(entry),
      ...rawHtmlProblems(entry),
      ...verifiedDateProblems(entry, context.today),
      ...scheduleDayProblems(entry),
    ];
    if (created) {
      const orgEntry: Entry = { kind: 'organization', id: created.id, file: `riga ${row.row}`, folder: '', data: created.draft, yaml: '', yamlLine: 1, body: '', bodyLine: 1 };
      // The organisation's fields are cells of the row too: report them there.
      const orgColumns: Record<string, string> = { name: 'organizzazione', type: 'tipo_organizzazione', description: 'descrizione_organizzazione', contacts: 'telefono' };
      for (const problem of schemaProblems(orgEntry, organizationSchema)) {
        const [top, key] = (problem.field ?? '').split('.');
        const column = top === 'contacts' && key ? columnOfField(`contacts.${key}`) : orgColumns[top];
        checks.push({ ...problem, field: `__${column ?? 'organizzazione'}`, message: `Organizzazione nuova: ${problem.message}` });
      }
    }
    const placeFailed = [0, 1].map((i) => checks.some((p) => p.severity === 'error' && (p.field === `locations.${i}.comune` || p.field === `locations.${i}.province`)) || bad.has(i === 0 ? 'comune' : 'comune_2') || bad.has(i === 0 ? 'provincia' : 'provincia_2'));
    for (const problem of checks) {
      const column = problem.field?.startsWith('__') ? problem.field.slice(2) : columnOfField(problem.field);
      if (column && problem.rule === 'schema' && (bad.has(column) || (column === 'note_orari' && bad.has('giorni_orari')))) continue;
      const place = /^locations\.(\d)\.(lat|lon|position)$/.exec(problem.field ?? '');
      if (place && placeFailed[Number(place[1])] && !placeHadPosition[Number(place[1])]) continue;
      problems.push({ row: row.row, column, severity: problem.severity, message: this.withHint(sheetMessage(problem, column, row), column, cells) });
    }

    if (!problems.some((p) => p.severity === 'error')) {
      // Likely duplicates of entries already in the directory and of earlier rows: an error here, as the row would add a second entry.
      const others = this.duplicates.candidates(entry);
      const duplicates = [...likelyDuplicateProblems([...others, entry]).filter((p) => p.file === entry.file), ...nearDuplicateProblems([entry], others)];
      const first = duplicates[0];
      if (first) {
        problems.push({
          row: row.row,
          column: 'nome',
          severity: 'error',
          message: `${first.message} Per aggiornare la scheda che c’è già con questa riga, scrivi il suo identificativo nella colonna id ed esegui il comando con --update.`,
        });
      }
    }

    if (problems.some((p) => p.severity === 'error')) {
      this.fail(row.row, problems);
      return;
    }
    this.result.problems.push(...problems);
    this.idsUsed.set(id, row.row);
    this.duplicates.add(entry);
    const changes = before ? fieldChanges({ ...before, descrizione: existing!.body.replace(/\r\n?/g, '\n').trim() }, { ...draft, descrizione: body }) : [];
    if (existing && changes.length === 0) {
      this.result.unchanged.push(row.row);
      return;
    }
    if (created) {
      this.newOrganizations.set(created.id, created);
      this.result.files.push({ kind: 'organization', path: `organizations/${created.id}.yaml`, text: organizationFileText(created.draft), row: row.row, action: 'create', changes: [] });
    }
    this.result.files.push({ kind: 'resource', path, text: resourceFileText(draft, body), row: row.row, action: existing ? 'update' : 'create', changes });
  }

  /** The two places of a row: given cells change the place; its position is the comune's centre unless lat and lon are given. */
  private places(draft: Draft, cells: ReturnType<typeof rowCells>, use: <T>(column: string, parsed: Parsed<T>) => T | undefined, hadPosition: boolean[]): void {
    const { comuni } = this.context;
    const locations = Array.isArray(draft.locations) ? [...(draft.locations as Draft[])] : [];
    for (const index of [0, 1]) {
      const suffix = index === 0 ? '' : `_${index + 1}`;
      const col = (name: string) => `${name}${suffix}`;
      if (!['luogo', 'indirizzo', 'comune', 'provincia', 'cap', 'lat', 'lon'].some((name) => cells.has(col(name)))) continue;
      const place: Draft = { ...(locations[index] ?? {}) };
      if (cells.has(col('luogo'))) place.name = cells.get(col('luogo'));
      if (cells.has(col('indirizzo'))) place.address = cells.get(col('indirizzo'));
      if (cells.has(col('cap'))) place.postcode = cells.get(col('cap'));
      if (cells.has(col('comune'))) place.comune = cells.get(col('comune'));
      if (cells.has(col('provincia'))) {
        const typed = cells.get(col('provincia'));
        const byName = () => comuni.provinces().find((p) => fold(p.name) === fold(typed))?.sigla;
        place.province = /^[a-z]{2}$/i.test(typed) ? typed.toUpperCase() : (byName() ?? typed);
      } else if (cells.has(col('comune'))) {
        const homonyms = comuni.findByName(String(place.comune));
        if (homonyms.length === 1) place.province = homonyms[0].province;
        else if (homonyms.length > 1 && !homonyms.some((c) => c.province === place.province)) {
          use(col('provincia'), { error: `Ci sono più comuni chiamati «${homonyms[0].name}» (${homonyms.map((c) => c.province).join(', ')}): scrivi la sigla della provincia.` });
        }
      }
      const previous = locations[index];
      const moved = !previous || nameKey(String(previous.comune ?? '')) !== nameKey(String(place.comune ?? '')) || previous.province !== place.province;
      const found = typeof place.comune === 'string' && typeof place.province === 'string' ? comuni.find(place.comune, place.province) : undefined;
      if (found) place.comune = found.name;
      if (cells.has(col('lat')) || cells.has(col('lon'))) {
        place.lat = parseNumber(cells.get(col('lat')));
        place.lon = parseNumber(cells.get(col('lon')));
        place.position = 'esatta';
        hadPosition[index] = true;
      } else if (moved || place.lat === undefined) {
        if (found?.lat !== undefined && found.lon !== undefined) {
          place.lat = found.lat;
          place.lon = found.lon;
          place.position = 'approssimativa';
        } else {
          delete place.lat;
          delete place.lon;
          delete place.position;
        }
      }
      locations[index] = place;
    }
    if (locations.length > 0) draft.locations = locations.filter(Boolean);
  }

  /** The source of a row: a new entry's only source; on an update, a new title is added first, a known one gets the row's address and date. */
  private sources(draft: Draft, cells: ReturnType<typeof rowCells>, updating: boolean): void {
    const sources = Array.isArray(draft.sources) ? (draft.sources as Draft[]).map((s) => ({ ...s })) : [];
    if (!['fonte_titolo', 'fonte_url', 'fonte_data'].some((name) => cells.has(name))) {
      if (!updating) draft.sources = [];
      return;
    }
    let source: Draft;
    if (cells.has('fonte_titolo')) {
      const title = cells.get('fonte_titolo');
      const known = sources.find((s) => typeof s.title === 'string' && fold(s.title) === fold(title));
      source = known ?? { title };
      if (!known) sources.unshift(source);
    } else {
      source = sources[0] ?? {};
      if (sources.length === 0) sources.push(source);
    }
    if (cells.has('fonte_url')) source.url = cells.get('fonte_url');
    if (cells.has('fonte_data')) source.date = parseDate(cells.get('fonte_data'));
    draft.sources = sources;
  }

  /** A hint for what spreadsheets do to phone numbers: the leading 0 dropped from a number cell. */
  private withHint(message: string, column: string | undefined, cells: ReturnType<typeof rowCells>): string {
    if (column !== 'telefono') return message;
    const phone = compactPhone(cells.get('telefono'));
    // Only a cell of bare digits can be a number the spreadsheet reformatted.
    if (/^\d+$/.test(cells.get('telefono')) && !PHONE_PATTERN.test(phone) && PHONE_PATTERN.test(`0${phone}`)) {
      return `${message} Sembra che il foglio di calcolo abbia tolto lo 0 iniziale: formatta la colonna telefono come testo e riscrivi «0${phone}».`;
    }
    return message;
  }

  private fail(row: number, problems: RowProblem[]): void {
    this.result.failed.push(row);
    this.result.problems.push(...problems);
  }
}

/** The column order, for sorting problems as the sheet shows them. */
const COLUMN_ORDER = new Map(COLUMNS.map((c, i) => [c.name, i]));

/** Plans the import of a sheet: what to write, and every problem by row and column. */
export function planImport(sheet: Sheet, context: ImportContext): ImportResult {
  const planner = new Planner(context);
  for (const row of sheet.rows) planner.addRow(row);
  const { result } = planner;
  result.problems.sort((a, b) => a.row - b.row || (COLUMN_ORDER.get(a.column ?? '') ?? -1) - (COLUMN_ORDER.get(b.column ?? '') ?? -1));
  return result;
}
