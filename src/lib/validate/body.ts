/**
 * Checks on the Markdown description, which comes from pull requests and is untrusted: no raw HTML
 * (tags or comments) and no links other than http(s), mailto and tel. Code spans and fenced code
 * blocks are shown as text, so what is inside them is ignored.
 */
import { isAllowedLink } from '../links.ts';
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

/** Links whose scheme is not http, https, mailto or tel (the rule in src/lib/links.ts, which the renderer follows too). */
export function unsafeLinkProblems(entry: Entry): Problem[] {
  const text = withoutCode(entry.body);
  return linkDestinations(text).flatMap(({ destination, offset }): Problem[] => {
    if (isAllowedLink(destination)) return [];
    return [
      {
        file: entry.file,
        field: 'descrizione',
        line: entry.bodyLine + lineIn(text, offset) - 1,
        severity: 'error',
        rule: 'link',
        message: `Link non ammesso nella descrizione («${destination.slice(0, 40)}»): sono ammessi solo indirizzi che iniziano con https://, http://, mailto: o tel:.`,
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
    field: 'descrizione',
    line: entry.bodyLine + line - 1,
    severity: 'error',
    rule: 'html',
    message: `HTML non ammesso nella descrizione («${snippet}»): scrivi solo testo, con la sintassi Markdown per grassetto (**così**), elenchi (- voce) e link ([testo](https://…)). Se vuoi mostrare il simbolo <, scrivi \\<.`,
  }));
}
