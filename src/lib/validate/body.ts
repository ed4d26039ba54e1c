/**
 * Checks on the Markdown description, which comes from pull requests and is untrusted: no raw HTML
 * (tags or comments) and no links other than http(s), mailto and tel. Code spans and fenced code
 * blocks are shown as text, so what is inside them is ignored. The English description below the
 * "## English" line (src/lib/description.ts) gets the same checks, reported as `descrizione_en`.
 */
import { ENGLISH_MARKER, isEnglishMarker, looksLikeEnglishMarker, splitDescription } from '../description.ts';
import { isAllowedLink } from '../links.ts';
import { lineIndexOfPath } from './lines.ts';
import type { Entry, Problem } from './types.ts';

export { ALLOWED_LINK_SCHEMES as ALLOWED_SCHEMES, linkScheme } from '../links.ts';

/** Replaces every character but newlines with a space, so offsets and lines stay put. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** The body with fenced code blocks and inline code spans blanked out. */
export function withoutCode(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: { char: string; length: number } | undefined;
  const kept = lines.map((line) => {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
      return blank(line);
    }
    if (open && !(open[1][0] === '`' && line.slice(open.index + open[1].length).includes('`'))) {
      fence = { char: open[1][0], length: open[1].length };
      return blank(line);
    }
    return line;
  });
  return kept.join('\n').replace(/(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span) => blank(span));
}

/** The 1-based line of an offset within a text. */
function lineIn(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Link destinations in Markdown: inline links and images, reference definitions, autolinks. */
export function linkDestinations(markdown: string): { destination: string; offset: number }[] {
  const patterns = [/\]\(\s*<?((?:[^\s()<>]|\([^\s()]*\))+)/g, /^ {0,3}\[[^\]\n]+\]:\s*<?([^\s>]+)/gm, /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi];
  return patterns.flatMap((pattern) => [...markdown.matchAll(pattern)].map((m) => ({ destination: m[1], offset: m.index ?? 0 })));
}

/** The field and the words for a problem on a line of the body (1-based): the Italian or the English description. */
function descriptionAt(entry: Entry, line: number): { field: string; words: string } {
  const { enLine } = splitDescription(entry.body);
  return enLine !== undefined && line > enLine + 1
    ? { field: 'descrizione_en', words: 'nella descrizione in inglese' }
    : { field: 'descrizione', words: 'nella descrizione' };
}

/** Links whose scheme is not http, https, mailto or tel (the rule in src/lib/links.ts, which the renderer follows too). */
export function unsafeLinkProblems(entry: Entry): Problem[] {
  const text = withoutCode(entry.body);
  return linkDestinations(text).flatMap(({ destination, offset }): Problem[] => {
    if (isAllowedLink(destination)) return [];
    const line = lineIn(text, offset);
    const { field, words } = descriptionAt(entry, line);
    return [
      {
        file: entry.file,
        field,
        line: entry.bodyLine + line - 1,
        severity: 'error',
        rule: 'link',
        message: `Link non ammesso ${words} («${destination.slice(0, 40)}»): sono ammessi solo indirizzi che iniziano con https://, http://, mailto: o tel:.`,
      },
    ];
  });
}

/** Anything a browser would read as markup: a tag (<div, </p, <img …), a comment, a declaration or an instruction. */
const HTML = /(?<!\\)<(?:!--|![A-Za-z[]|\?|\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$))/gm;

/** Raw HTML in the description, one problem per line. */
export function rawHtmlProblems(entry: Entry): Problem[] {
  const text = withoutCode(entry.body);
  const lines = new Map<number, string>();
  for (const match of text.matchAll(HTML)) {
    const line = lineIn(text, match.index ?? 0);
    if (!lines.has(line)) lines.set(line, text.slice(match.index).split('\n')[0].slice(0, 30).trim());
  }
  return [...lines].map(([line, snippet]) => ({
    file: entry.file,
    field: descriptionAt(entry, line).field,
    line: entry.bodyLine + line - 1,
    severity: 'error',
    rule: 'html',
    message: `HTML non ammesso ${descriptionAt(entry, line).words} («${snippet}»): scrivi solo testo, con la sintassi Markdown per grassetto (**così**), elenchi (- voce) e link ([testo](https://…)). Se vuoi mostrare il simbolo <, scrivi \\<.`,
  }));
}

/**
 * The "## English" line that starts the English description: a line that looks like a mistyped
 * marker (the English text would show as Italian), a second marker, an empty English part.
 */
export function englishMarkerProblems(entry: Entry): Problem[] {
  const lines = withoutCode(entry.body).split('\n');
  const problems: Problem[] = [];
  const at = (index: number) => entry.bodyLine + index;
  const markers = lines.flatMap((line, index) => (isEnglishMarker(line) ? [index] : []));
  lines.forEach((line, index) => {
    if (!looksLikeEnglishMarker(line)) return;
    problems.push({
      file: entry.file,
      field: 'descrizione',
      line: at(index),
      severity: 'error',
      rule: 'english',
      message: `La riga «${line.trim().slice(0, 30)}» sembra l’inizio della descrizione in inglese, ma per separarla scrivi la riga esattamente così: ${ENGLISH_MARKER} (due cancelletti, uno spazio, English).`,
    });
  });
  for (const index of markers.slice(1)) {
    problems.push({
      file: entry.file,
      field: 'descrizione_en',
      line: at(index),
      severity: 'error',
      rule: 'english',
      message: `La riga «${ENGLISH_MARKER}» c’è più di una volta: lasciane una sola, prima di tutta la descrizione in inglese.`,
    });
  }
  if (markers.length > 0 && !splitDescription(entry.body).en) {
    problems.push({
      file: entry.file,
      field: 'descrizione_en',
      line: at(markers[0]),
      severity: 'warning',
      rule: 'english',
      message: `Sotto la riga «${ENGLISH_MARKER}» non c’è niente: scrivi lì la descrizione in inglese, oppure togli la riga.`,
    });
  }
  return problems;
}

/**
 * The same "## English" checks on an organisation's description, which is a YAML text rather than a
 * Markdown body (src/schema/organization.ts): reported on the field `description`, at the file line
 * where the offending line is written (YAML may fold lines, so it is found by its text).
 */
export function organizationEnglishProblems(entry: Entry): Problem[] {
  const description = entry.data.description;
  if (typeof description !== 'string') return [];
  const lines = description.split('\n');
  const fileLines = entry.yaml.split('\n');
  const keyIndex = lineIndexOfPath(entry.yaml, ['description']) ?? 0;
  return englishMarkerProblems({ ...entry, body: description, bodyLine: 1 }).map((problem) => {
    const text = (lines[(problem.line ?? 1) - 1] ?? '').trim();
    const at = fileLines.findIndex((line, index) => index >= keyIndex && line.trim() === text);
    return { ...problem, field: 'description', line: entry.yamlLine + (at >= 0 ? at : keyIndex) };
  });
}
