/** YAML parsing shared by resources and organisations: js-yaml 4, the parser Astro itself uses. */
import { load } from 'js-yaml';
import type { Problem } from './types.ts';

/** The error js-yaml throws, with the position where parsing stopped (0-based). */
interface YamlError {
  reason?: string;
  mark?: { line: number; column: number };
  message: string;
}

/** Parses YAML text; throws js-yaml's error on broken input. */
export function parseYaml(text: string): unknown {
  return load(text);
}

/** Plain-Italian hints for the mistakes volunteers make most often. */
const HINTS: [RegExp, string][] = [
  [/duplicated mapping key/, 'lo stesso campo è scritto due volte: tienine uno solo'],
  [/bad indentation|expected <block end>|end of the stream or a document separator/, 'i rientri non tornano (allinea il campo con quelli vicini, usando spazi), oppure un testo contiene «: » e va messo tra virgolette'],
  [/tab characters must not be used|found character that cannot start any token/, 'c’è un carattere non ammesso (una tabulazione, o un testo che inizia con @, `, % o |): usa spazi e metti il testo tra virgolette'],
  [/missed comma between flow collection entries|unexpected end of the stream within a flow collection/, 'un elenco tra parentesi quadre non è chiuso o manca una virgola: es. [lun, gio]'],
  [/within a (double|single) quoted scalar|unexpected end of the stream within a/, 'delle virgolette non sono chiuse: controlla che ogni " o \' abbia la sua compagna'],
  [/multiline key may not be an implicit key|incomplete explicit mapping pair|can not read a block mapping entry/, 'una riga non ha la forma «campo: valore»: se il testo contiene «: », mettilo tra virgolette'],
];

/** A broken-YAML error as one problem, at the file line where the parser stopped. */
export function yamlProblem(file: string, error: unknown, firstLine: number): Problem {
  const e = error as YamlError;
  const reason = e.reason ?? e.message.split('\n')[0];
  const hint = HINTS.find(([pattern]) => pattern.test(reason))?.[1] ?? 'controlla rientri, due punti e virgolette';
  const line = e.mark ? firstLine + e.mark.line : undefined;
  return {
    file,
    line,
    severity: 'error',
    rule: 'yaml',
    message: `Il file non si legge (YAML non valido${line ? ` alla riga ${line}` : ''}): ${hint}. Dettaglio tecnico: ${reason}.`,
  };
}
