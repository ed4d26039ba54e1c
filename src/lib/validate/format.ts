/** Output of the validator: plain lines for people, workflow commands for GitHub Actions annotations. */
import { fieldInWords } from './field-words.ts';
import type { Problem, Report } from './types.ts';

const LABEL = { error: 'errore', warning: 'avviso' } as const;

/** Short titles of the annotations, by check. */
const TITLES: Record<string, string> = {
  yaml: 'File non leggibile',
  file: 'File non valido',
  schema: 'Campo non valido',
  id: 'Nome del file non valido',
  'duplicate-id': 'Identificativo doppio',
  'likely-duplicate': 'Possibile doppione',
  organization: 'Organizzazione inesistente',
  comune: 'Comune o provincia',
  coordinates: 'Coordinate',
  link: 'Link non ammesso',
  html: 'HTML non ammesso',
  verified: 'Data di verifica',
  folder: 'Cartella',
  'stray-file': 'File ignorato',
};

/** "content/resources/lombardia/x.md:12: primo luogo › lat: errore: …" */
export function formatPlain(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `${fieldInWords(problem.field)}: ` : '';
  return `${where}: ${field}${LABEL[problem.severity]}: ${problem.message}`;
}

/** Escapes the message of a workflow command. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property of a workflow command. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** "::error file=…,line=…,title=…::message", shown by GitHub on the pull request's diff. */
export function formatGithub(problem: Problem): string {
  const field = problem.field && fieldInWords(problem.field);
  const title = `${TITLES[problem.rule] ?? 'Problema'}${field ? ` (${field})` : ''}`;
  const properties = [`file=${escapeProperty(problem.file)}`, problem.line ? `line=${problem.line}` : '', `title=${escapeProperty(title)}`].filter(Boolean).join(',');
  const message = field ? `${field}: ${problem.message}` : problem.message;
  return `::${problem.severity} ${properties}::${escapeData(message)}`;
}

/** Italian singular or plural. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "42 schede controllate (40 risorse, 2 organizzazioni): 0 errori, 1 avviso". */
export function formatSummary(report: Report): string {
  const { resources, organizations, errors, warnings } = report.counts;
  const files = resources + organizations;
  return `${count(files, 'scheda controllata', 'schede controllate')} (${count(resources, 'risorsa', 'risorse')}, ${count(organizations, 'organizzazione', 'organizzazioni')}): ${count(errors, 'errore', 'errori')}, ${count(warnings, 'avviso', 'avvisi')}`;
}
